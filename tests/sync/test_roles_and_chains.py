"""Least privilege and the chain: workstation roles cannot change the log, the owner's edit is
caught by the chain check, two workstations push to one centre without collisions."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select

from db.central.schema import add_workstation, init_central
from db.models import Setting
from desk_app.cli import main as cli_main
from desk_app.sync.central_check import verify_central
from desk_app.sync.client import CentralRefused, SyncClient
from desk_app.verification.chain import entry_hash
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local, count, open_store


def _store(path: Path, slot: int) -> Any:
    ctx = open_store(path)
    ctx.set_setting("workstation_slot", str(slot))
    ctx.close()
    return open_store(path)


def test_two_workstations_one_centre_no_collision_chains_verified(
    tmp_path: Path, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = _store(tmp_path / "a", 1), _store(tmp_path / "b", 2)
    logins = [add_workstation(central_url, c.workstation.id, c.workstation.agency_code,
                              c.workstation.slot, c.workstation.name) for c in (a, b)]
    codes_a = make_dossiers(a, 8)
    codes_b = make_dossiers(b, 8)
    for ctx, login in zip((a, b), logins, strict=False):
        SyncClient(ctx, login.url, batch_ops=10).run_once()
    for ctx in (a, b):
        assert_central_equals_local(ctx, central_url)
    with psycopg.connect(central_url) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM dossiers").fetchall()]
        report = verify_central(conn)
    assert sorted(codes) == sorted(codes_a + codes_b) and len(set(codes)) == 16
    assert report.intact and report.workstations == 2 and report.entries == 32
    assert cli_main(["central", "verify", "--url", central_url]) == 0
    assert "nguyên vẹn: 32 mục, 2 máy trạm" in capsys.readouterr().out
    # A third counter claiming slot 1 of the same agency is refused: its codes could collide.
    c = _store(tmp_path / "c", 1)
    with pytest.raises(CentralRefused):
        SyncClient(c, central_url).run_once()
    for ctx in (a, b, c):
        ctx.close()


def test_workstation_role_cannot_update_or_delete_the_log(ctx: Any, central_url: str) -> None:
    login = add_workstation(central_url, ctx.workstation.id, ctx.workstation.agency_code,
                            ctx.workstation.slot)
    make_dossiers(ctx, 2)
    SyncClient(ctx, login.url).run_once()
    with psycopg.connect(login.url, autocommit=True) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login.role,)
        for stmt in ("UPDATE verification_entries SET verdict = 'mismatch'",
                     "DELETE FROM verification_entries",
                     "TRUNCATE verification_entries",
                     "UPDATE dossiers SET status = 'refused'",
                     "DELETE FROM operations",
                     "INSERT INTO operations VALUES ('x', 'y', 1, 'dossiers', 'z', '{}')",
                     "SELECT password_hash FROM accounts"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
        # It may read the catalog, and push only as itself.
        conn.execute("SELECT count(*) FROM procedures")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM sync_push('someone-else', '[]')")
    assert count(central_url, "verification_entries") == 4


def test_owner_edit_past_the_triggers_is_caught_by_the_chain_check(
    ctx: Any, central_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make_dossiers(ctx, 3)
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        for stmt in ("UPDATE verification_entries SET verdict = 'mismatch'",
                     "DELETE FROM verification_entries",
                     "TRUNCATE verification_entries CASCADE"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # triggers, even for owner
                conn.execute(stmt)
            conn.rollback()
        victim = conn.execute("SELECT id FROM verification_entries WHERE chain_index = 3"
                              ).fetchone()[0]
        # The rows' writer stays: no foreign key checks it row by row (c009), so its
        # workstation row may be neither removed nor renamed, by the owner either.
        for stmt in ("DELETE FROM workstations", "UPDATE workstations SET id = id || 'x'",
                     "TRUNCATE workstations CASCADE"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(stmt)
            conn.rollback()
        conn.execute("UPDATE workstations SET name = name")  # other columns change as before
        conn.execute("SET ROLE desk_owner")
        conn.execute("ALTER TABLE verification_entries DISABLE TRIGGER verification_entries_no_change")
        conn.execute("UPDATE verification_entries SET verdict = 'mismatch' WHERE id = %s", (victim,))
        conn.execute("ALTER TABLE verification_entries ENABLE TRIGGER verification_entries_no_change")
        conn.commit()
        report = verify_central(conn)
    # The chain names the entry; the replay of the operations names the row too.
    assert [(p.entry_id, p.chain_index, p.reason) for p in report.problems] == [
        (victim, 3, "hash"), (victim, 0, "row:verification_entries:edited")]
    assert cli_main(["central", "verify", "--url", central_url]) == 1
    assert victim in capsys.readouterr().out


def test_a_break_arriving_from_a_counter_is_recorded_and_stays_visible(
    ctx: Any, central_url: str
) -> None:
    make_dossiers(ctx, 2)
    SyncClient(ctx, central_url).run_once()
    # The counter's store is restored from an old backup: its chain restarts behind the centre.
    # (The local trigger stops this by accident; a restore of an old file gets there anyway.)
    with ctx.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER verification_entries_no_delete")
        c.exec_driver_sql("DELETE FROM verification_entries WHERE chain_index > 2")
    make_dossiers(ctx, 1)
    report = SyncClient(ctx, central_url).run_once()
    assert report.refused == 2  # chain positions 3 and 4 already taken centrally
    with psycopg.connect(central_url) as conn:
        breaks = conn.execute("SELECT chain_index, reason FROM chain_breaks ORDER BY id").fetchall()
        assert breaks == [(3, "fork"), (4, "fork")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM chain_breaks")
        conn.rollback()
        assert not verify_central(conn).intact


def test_central_init_is_idempotent_and_upgrades(pg_server: Any, capsys: Any) -> None:
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE central_init_test")
    url = pg_server.url("central_init_test")
    from db.central.schema import head_revision

    head = head_revision()  # c001 plus the areas' later central migrations
    assert cli_main(["central", "init", "--url", url]) == 0
    assert f"mới -> {head}" in capsys.readouterr().out
    assert init_central(url) == (head, head)
    assert count(url, "verification_entries") == 0


def test_chain_hash_is_the_shared_one(ctx: Any, central_url: str) -> None:
    make_dossiers(ctx, 1, entries=1)
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        from psycopg.rows import dict_row

        row = conn.cursor(row_factory=dict_row).execute(
            "SELECT * FROM verification_entries").fetchone()
    assert entry_hash(row) == row["entry_hash"]
    with ctx.sessions() as s:
        assert s.scalars(select(Setting.value).where(Setting.key == "sync_online")).one() == "1"


def test_central_tables_hold_every_local_synced_column(central_url: str) -> None:
    """A column added locally to a synced table needs a central migration too, or the centre
    would drop it silently (the full payload stays in `operations`, but reports would miss it)."""
    from db.models import Base

    with psycopg.connect(central_url) as conn:
        kinds = dict(conn.execute("SELECT name, kind FROM sync_entities").fetchall())
        missing = {}
        for table in kinds:
            central = {r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (table,)).fetchall()}
            local = {c.name for c in Base.metadata.tables[table].columns}
            if local - central:
                missing[table] = sorted(local - central)
    assert missing == {}
    synced_locally = {t for t, tab in Base.metadata.tables.items() if "ws_seq" in tab.columns}
    assert synced_locally == set(kinds)


def test_bad_central_urls_give_a_sentence_not_a_traceback(
    home: Path, capsys: pytest.CaptureFixture[str], pg_server: Any
) -> None:
    assert cli_main(["central", "init", "--url", "không-phải-url"]) == 2
    assert "Địa chỉ máy chủ trung tâm không hợp lệ" in capsys.readouterr().err
    assert cli_main(["central", "init", "--url", "postgresql://postgres@127.0.0.1:1/x"]) == 2
    assert "Không kết nối được máy chủ trung tâm" in capsys.readouterr().err
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:  # a login that may not migrate
        conn.execute("DROP ROLE IF EXISTS plain_user")
        conn.execute("CREATE ROLE plain_user LOGIN PASSWORD 'plain-user-pw'")
    assert cli_main(["central", "init", "--url",
                     pg_server.url(user="plain_user", password="plain-user-pw")]) == 2
    assert "từ chối" in capsys.readouterr().err
    assert cli_main(["central", "verify", "--url", "postgresql://postgres@127.0.0.1:1/x"]) == 2
    assert cli_main(["sync", "--once", "--url", "không-phải-url"]) == 2
    assert "Địa chỉ máy chủ trung tâm không hợp lệ" in capsys.readouterr().err
