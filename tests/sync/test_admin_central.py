"""Issue 14 against a real PostgreSQL centre: the catalog published centrally and pulled by a
counter (the dossier received before keeps its version); accounts made centrally (must change
the password, a disabled one refused online and offline); the account audit synced; `enrol`
refusing a taken slot; `restore` refusing a backup older than the centre's copy."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desk_app.account_admin import AccountAdmin
from desk_app.accounts import AccountService
from desk_app.catalog_admin import CatalogAdmin
from desk_app.errors import AuthError
from desk_app.sync.client import SyncClient
from tests.admin.helpers import cli, receive, two_hundred, write_json

DEAD = "postgresql://postgres@127.0.0.1:1/none"


def test_catalog_published_centrally_is_pulled_and_old_dossiers_keep_their_version(
    ctx: Any, home: Path, central_url: str, tmp_path: Path,
) -> None:
    admin = CatalogAdmin(ctx)
    shipped = admin.listing(full=True)
    code = next(p["code"] for p in shipped if p["processing_days"] >= 3)
    first = cli(home, "central", "publish", "--url", central_url)
    assert first.returncode == 0, first.stderr
    assert "catalog" in SyncClient(ctx, central_url).run_once().pulled
    old = receive(ctx, code, dt.datetime(2026, 11, 27, 9, 0), tmp_path)
    old_version = admin.current_version()

    big = two_hundred(shipped)
    next(p for p in big if p["code"] == code)["processing_days"] += 4
    path = write_json(tmp_path / "big.json", big)
    diff = cli(home, "catalog", "diff", str(path), "--central", central_url, "--json")
    assert diff.returncode == 0, diff.stderr
    assert len(json.loads(diff.stdout)["added"]) == 185
    # A counter that syncs refuses a local import: the centre is the authority.
    out = cli(home, "catalog", "import", str(path), "--yes",
              env={"DESK_APP_CENTRAL_URL": central_url})
    assert out.returncode == 2 and "trung tâm" in out.stderr
    out = cli(home, "catalog", "import", str(path), "--yes", "--central", central_url)
    assert out.returncode == 0, out.stderr
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT count(*) FROM procedures WHERE active").fetchone() == (200,)

    assert SyncClient(ctx, central_url).run_once().pulled == ["catalog"]
    assert len(admin.listing()) == 200
    new_version = admin.current_version()
    assert new_version > old_version
    assert admin.versions()[-1]["source"].startswith("centre:")
    new = receive(ctx, code, dt.datetime(2026, 11, 27, 9, 5), tmp_path)
    from sqlalchemy import select

    from db.models import Dossier

    with ctx.sessions() as s:
        kept = {d.code: d.catalog_version for d in s.scalars(select(Dossier))}
    assert kept[old.code] == old_version and kept[new.code] == new_version
    assert admin.show(code, old_version)["processing_days"] + 4 == \
        admin.show(code)["processing_days"]
    assert new.due_at > old.due_at
    # The dossier's version reached the centre with it.
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        rows = dict(conn.execute("SELECT code, catalog_version FROM dossiers").fetchall())
    assert rows == {old.code: old_version, new.code: new_version}


def test_central_accounts_must_change_then_disabled_refused_online_and_offline(
    ctx: Any, home: Path, central_url: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = cli(home, "accounts", "add", "canbo.hoa", "--name", "Đỗ Thị Hoa", "--central",
              central_url, env={"DESK_APP_NEW_PASSWORD": "Tamthoi2026"})
    assert out.returncode == 0, out.stderr
    assert "ở trung tâm" in out.stdout
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    accounts = AccountService(ctx)
    with pytest.raises(AuthError) as caught:
        accounts.login("canbo.hoa", "Tamthoi2026")
    assert caught.value.code == "must_change_password"
    AccountAdmin(ctx).change_own_password("canbo.hoa", "Tamthoi2026", "Senvang-2027", central_url)
    assert accounts.login("canbo.hoa", "Senvang-2027").full_name == "Đỗ Thị Hoa"
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", DEAD)  # offline: the verifier made just now works
    assert accounts.login("canbo.hoa", "Senvang-2027").username == "canbo.hoa"

    out = cli(home, "accounts", "disable", "canbo.hoa", "--central", central_url)
    assert out.returncode == 0, out.stderr
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    with pytest.raises(AuthError) as caught:
        accounts.login("canbo.hoa", "Senvang-2027")  # online: the centre refuses
    assert caught.value.code == "account_revoked"
    SyncClient(ctx, central_url).run_once()
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", DEAD)
    with pytest.raises(AuthError) as caught:
        accounts.login("canbo.hoa", "Senvang-2027")  # offline: the verifier is gone
    assert caught.value.code in ("account_revoked", "needs_online_login")
    listed = json.loads(cli(home, "accounts", "list", "--json", "--central", central_url).stdout)
    assert [(a["username"], a["active"]) for a in listed] == [("canbo.hoa", False)]
    with psycopg.connect(central_url) as conn:
        actions = [r[0] for r in conn.execute(
            "SELECT action FROM account_audit ORDER BY created_at").fetchall()]
    assert actions == ["add", "password", "disable"]
    # the centre's own audit rows are not counter data: `central verify` stays intact
    from desk_app.sync.central_check import verify_central

    with psycopg.connect(central_url) as conn:
        assert verify_central(conn).problems == []


def test_local_account_audit_syncs_to_the_centre(ctx: Any, central_url: str) -> None:
    admin = AccountAdmin(ctx)
    admin.add("canbo.an", "Ngô Văn An", "officer", "Batdau-2026", "os:test")
    admin.set_role("canbo.an", "supervisor", "os:test")
    report = SyncClient(ctx, central_url).run_once()
    assert report.refused == 0
    with psycopg.connect(central_url) as conn:
        rows = conn.execute("SELECT username, action, detail, src_workstation FROM account_audit"
                            " ORDER BY ws_seq").fetchall()
    assert rows == [("canbo.an", "add", "officer", ctx.workstation.id),
                    ("canbo.an", "role", "supervisor", ctx.workstation.id)]
    from desk_app.sync.central_check import verify_central

    with psycopg.connect(central_url) as conn:  # synced audit rows are chained and replayed
        assert verify_central(conn).problems == []


def test_enrol_gives_distinct_slots_and_refuses_a_taken_one(tmp_path: Path,
                                                             central_url: str) -> None:
    homes = [tmp_path / f"counter{n}" for n in (1, 2, 3)]
    for n, home in enumerate(homes[:2], start=1):
        out = cli(home, "enrol", "--agency", "H31.12.05", "--slot", str(n), "--name", f"Quầy {n}",
                  "--central", central_url)
        assert out.returncode == 0, out.stderr
        assert "DESK_APP_CENTRAL_URL=" in out.stdout
    before = cli(homes[2], "settings", "list", "--json").stdout
    out = cli(homes[2], "enrol", "--agency", "H31.12.05", "--slot", "1", "--name", "Quầy 3",
              "--central", central_url)
    assert out.returncode == 2
    assert "đã có quầy khác dùng" in out.stderr and "Traceback" not in out.stderr
    assert cli(homes[2], "settings", "list", "--json").stdout == before
    slots = [cli(h, "settings", "get", "workstation_slot").stdout.strip() for h in homes[:2]]
    assert slots == ["1", "2"]
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT slot FROM workstations ORDER BY slot").fetchall() == [(1,), (2,)]
    # Enrolling again with the same slot is fine (the same counter); the third takes slot 3.
    assert cli(homes[0], "enrol", "--agency", "H31.12.05", "--slot", "1", "--name", "Quầy Một",
               "--central", central_url).returncode == 0
    assert cli(homes[2], "enrol", "--agency", "H31.12.05", "--slot", "3", "--name", "Quầy 3",
               "--central", central_url).returncode == 0


def test_restore_of_a_backup_older_than_the_centre_is_refused(home: Path, central_url: str,
                                                               tmp_path: Path) -> None:
    assert cli(home, "demo-data", "--dossiers", "3").returncode == 0
    assert cli(home, "sync", "--once", "--url", central_url).returncode == 0
    old = tmp_path / "old.tar"
    assert cli(home, "backup", "-o", str(old)).returncode == 0
    assert cli(home, "accounts", "add", "canbo.moi", "--name", "Cán bộ mới",
               env={"DESK_APP_NEW_PASSWORD": "Batdau-2026"}).returncode == 0
    assert cli(home, "sync", "--once", "--url", central_url).returncode == 0  # the centre moved on
    out = cli(home, "restore", str(old), "--replace", "--central", central_url)
    assert out.returncode == 2
    assert "cũ hơn dữ liệu trung tâm" in out.stderr
    assert cli(home, "accounts", "list").stdout.count("canbo.moi") == 1  # store untouched
    fresh = tmp_path / "fresh.tar"
    assert cli(home, "backup", "-o", str(fresh)).returncode == 0
    out = cli(tmp_path / "elsewhere", "restore", str(fresh),
              env={"DESK_APP_CENTRAL_URL": central_url})
    assert out.returncode == 0, out.stderr
    assert "Đã đối chiếu với trung tâm" in out.stdout
    out = cli(home, "restore", str(old), "--replace", "--central", DEAD)
    assert out.returncode == 2 and "Không kết nối được máy chủ trung tâm" in out.stderr


def test_holidays_published_centrally_reach_the_counter(ctx: Any, home: Path, central_url: str,
                                                        tmp_path: Path) -> None:
    assert cli(home, "central", "publish", "--url", central_url).returncode == 0
    SyncClient(ctx, central_url).run_once()
    path = tmp_path / "2031.csv"
    path.write_text("day,name,kind\n2031-01-01,Tết Dương lịch,day_off\n"
                    "2031-01-25,Làm bù Tết,working_day\n", encoding="utf-8")
    out = cli(home, "holidays", "import", str(path), "--yes", "--central", central_url)
    assert out.returncode == 0, out.stderr
    assert "holidays" in SyncClient(ctx, central_url).run_once().pulled
    from desk_app.holidays_admin import HolidayAdmin

    rows = HolidayAdmin(ctx).rows(2031)
    assert [(r.day.isoformat(), r.kind) for r in rows] == [("2031-01-01", "day_off"),
                                                           ("2031-01-25", "working_day")]
    assert HolidayAdmin(ctx).rows(2026)  # the other years are kept
    assert ctx.setting("holidays_version") is not None
