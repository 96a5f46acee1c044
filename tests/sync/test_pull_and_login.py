"""Pull of versioned snapshots, and offline login with a device-local verifier."""
from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg
from sqlalchemy import func, select

from db.central.schema import publish_reference, revoke_account, set_password
from db.models import Account, Agency, Holiday, OfflineVerifier, Procedure, ProcedureComponent
from desk_app.sync.client import SyncClient
from desk_app.sync.offline_login import login, verify_offline

ACCOUNT = {"id": "0191c000-0000-7000-8000-000000000001", "username": "canbo1",
           "full_name": "Lê Văn Cường", "role": "officer", "agency_code": "H31.12.05",
           "active": True}
OTHER = {**ACCOUNT, "id": "0191c000-0000-7000-8000-000000000002", "username": "canbo2",
         "full_name": "Phạm Thị Dung"}


def _publish(url: str) -> None:
    publish_reference(url, {
        "agencies": [{"code": "H31.12.05", "name": "UBND xã A", "level": "commune"},
                     {"code": "H31", "name": "Tỉnh B", "level": "province"}],
        "procedures": [{"code": "1.001234", "name": "Đăng ký khai sinh",
                        "deciding_agency_code": "H31.12.05", "processing_days": 0}],
        "procedure_components": [
            {"id": "KS-01.1", "procedure_code": "1.001234", "position": 1,
             "name": "Tờ khai đăng ký khai sinh", "accepted_forms": ["original"]},
            {"id": "KS-01.2", "procedure_code": "1.001234", "position": 2,
             "name": "Giấy chứng sinh", "accepted_forms": ["original", "photocopy_with_original"]},
        ],
        "holidays": [{"day": dt.date(2026, 9, 2), "name": "Quốc khánh", "working": False}],
        "accounts": [ACCOUNT, OTHER],
    })
    set_password(url, "canbo1", "mật-khẩu-đúng")
    set_password(url, "canbo2", "khác")


def test_snapshots_are_pulled_once_and_again_when_they_change(ctx: Any, central_url: str) -> None:
    _publish(central_url)
    assert SyncClient(ctx, central_url).run_once().pulled == ["catalog", "holidays", "accounts"]
    assert SyncClient(ctx, central_url).run_once().pulled == []
    with ctx.sessions() as s:
        assert s.get(Agency, "H31").name == "Tỉnh B"
        # The centre is the authority: procedures it does not list are kept but inactive.
        active = s.scalars(select(Procedure.code).where(Procedure.active)).all()
        assert active == ["1.001234"]
        assert s.get(ProcedureComponent, "KS-01.2").accepted_forms == [
            "original", "photocopy_with_original"]
        assert s.get(Holiday, dt.date(2026, 9, 2)).name == "Quốc khánh"
        # Accounts arrive without any password hash.
        assert [a.password_hash for a in s.scalars(select(Account))] == [None, None]
    with psycopg.connect(central_url) as conn:
        conn.execute("SET ROLE desk_owner")
        conn.execute("DELETE FROM procedure_components WHERE id = 'KS-01.1'")
        conn.execute("UPDATE procedures SET name = 'Đăng ký khai sinh (mới)'")
    assert SyncClient(ctx, central_url).run_once().pulled == ["catalog"]
    with ctx.sessions() as s:
        assert s.get(Procedure, "1.001234").name == "Đăng ký khai sinh (mới)"
        assert s.get(ProcedureComponent, "KS-01.1") is None


def test_online_then_offline_login_expiry_lockout_and_revocation(
    ctx: Any, central_url: str, pg_server: Any
) -> None:
    _publish(central_url)
    now = dt.datetime(2026, 11, 26, 8, 0)
    assert login(ctx, "canbo1", "sai", central_url, now).status == "wrong"
    first = login(ctx, "canbo1", "mật-khẩu-đúng", central_url, now)
    assert first.ok and first.online and first.full_name == "Lê Văn Cường"
    with ctx.sessions() as s:
        verifiers = s.scalars(select(OfflineVerifier)).all()
        # Only the officer who logged in here has a verifier; it is Argon2id, not the central hash.
        assert [v.username for v in verifiers] == ["canbo1"]
        assert verifiers[0].verifier.startswith("$argon2id$")
        assert s.get(Account, ACCOUNT["id"]).password_hash is None
    dead = "postgresql://postgres@127.0.0.1:1/none"  # the centre is unreachable
    later = now + dt.timedelta(days=3)
    assert login(ctx, "canbo1", "mật-khẩu-đúng", dead, later) == login(
        ctx, "canbo1", "mật-khẩu-đúng", None, later)
    assert login(ctx, "canbo1", "mật-khẩu-đúng", None, later).ok
    assert login(ctx, "canbo2", "khác", None, later).status == "no_offline_verifier"
    # Expiry after N days (14 by default): an online login is needed again.
    assert login(ctx, "canbo1", "mật-khẩu-đúng", None, now + dt.timedelta(days=15)).status == "expired"
    # Lockout after repeated failures, even with the right password afterwards.
    statuses = [login(ctx, "canbo1", f"sai{i}", None, later).status for i in range(5)]
    assert statuses == ["wrong"] * 4 + ["locked"]
    assert login(ctx, "canbo1", "mật-khẩu-đúng", None, later).status == "locked"
    assert login(ctx, "canbo1", "mật-khẩu-đúng", None,
                 later + dt.timedelta(minutes=16)).ok
    # Revocation: applied on the next sync, the verifier is gone.
    revoke_account(central_url, ACCOUNT["id"], "nghỉ việc")
    assert "accounts" in SyncClient(ctx, central_url).run_once().pulled
    with ctx.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(OfflineVerifier)) == 0
        assert verify_offline(s, "canbo1", "mật-khẩu-đúng", later).status == "no_offline_verifier"
    assert login(ctx, "canbo1", "mật-khẩu-đúng", central_url, later).status == "inactive"


def test_admin_commands_publish_set_password_and_revoke(
    ctx: Any, central_url: str, monkeypatch: Any, capsys: Any
) -> None:
    from desk_app.cli import main as cli_main

    with ctx.sessions.begin() as s:
        s.add(Account(id=ACCOUNT["id"], username="canbo1", full_name="Lê Văn Cường",
                      role="officer", password_hash="$argon2id$local-only"))
    assert cli_main(["central", "publish", "--url", central_url]) == 0
    with psycopg.connect(central_url) as conn:  # the local hash is not published
        assert conn.execute("SELECT username, password_hash FROM accounts").fetchall() == [
            ("canbo1", None)]
    monkeypatch.setenv("DESK_APP_PASSWORD", "mật-khẩu-mới-2026")
    assert cli_main(["central", "set-password", "--url", central_url, "canbo1"]) == 0
    assert cli_main(["central", "set-password", "--url", central_url, "khong-co"]) == 2
    assert login(ctx, "canbo1", "mật-khẩu-mới-2026", central_url).ok
    assert cli_main(["central", "revoke", "--url", central_url, ACCOUNT["id"]]) == 0
    SyncClient(ctx, central_url).run_once()
    assert login(ctx, "canbo1", "mật-khẩu-mới-2026", None).status == "no_offline_verifier"
    with ctx.sessions() as s:
        assert s.get(Account, ACCOUNT["id"]).active is False
