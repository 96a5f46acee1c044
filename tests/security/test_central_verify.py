"""Issue 11, point 2 / must-show 3: `central verify` fails, naming the workstation, after each kind
of tampering by the database owner with the triggers disabled; the other counter is not named."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from db.central.push_sql import op_chain_step, op_item_text
from desk_app.cli import main as cli_main
from desk_app.sync.client import SyncClient
from desk_app.verification.chain import entry_hash
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter, owner
from tests.sync.factory import make_dossiers

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures


def _entries(conn: psycopg.Connection[Any], ws: str) -> list[dict[str, Any]]:
    return conn.cursor(row_factory=dict_row).execute(
        "SELECT * FROM verification_entries WHERE workstation_id = %s ORDER BY chain_index",
        (ws,)).fetchall()


def delete_last_entry(conn: psycopg.Connection[Any], ws: str) -> None:
    last = _entries(conn, ws)[-1]
    conn.execute("DELETE FROM verification_entries WHERE id = %s", (last["id"],))


def delete_whole_chain(conn: psycopg.Connection[Any], ws: str) -> None:
    conn.execute("DELETE FROM verification_entries WHERE workstation_id = %s", (ws,))


def rewrite_entry_and_recompute(conn: psycopg.Connection[Any], ws: str) -> None:
    rows = _entries(conn, ws)
    rows[1]["verdict"] = "mismatch"
    prev = rows[0]["entry_hash"]
    for row in rows[1:]:
        row["prev_hash"] = prev
        row["entry_hash"] = prev = entry_hash(row)
        conn.execute("UPDATE verification_entries SET verdict = %s, prev_hash = %s, "
                     "entry_hash = %s WHERE id = %s",
                     (row["verdict"], row["prev_hash"], row["entry_hash"], row["id"]))


def edit_dossier_row(conn: psycopg.Connection[Any], ws: str) -> None:
    conn.execute("UPDATE dossiers SET status = 'returned', note = 'đã sửa' WHERE id = "
                 "(SELECT id FROM dossiers WHERE src_workstation = %s LIMIT 1)", (ws,))


def rewrite_operation_and_recompute_chain(conn: psycopg.Connection[Any], ws: str) -> None:
    """An operation's payload and the dossier row edited together, the operations chain
    recomputed after it: only the head kept in `workstations` still tells."""
    ops = conn.execute("SELECT op_id, seq, entity, entity_id, payload FROM operations "
                       "WHERE workstation_id = %s ORDER BY seq", (ws,)).fetchall()
    target = next(i for i, o in enumerate(ops) if o[2] == "dossiers")
    payload = {**ops[target][4], "note": "đã sửa"}
    conn.execute("UPDATE operations SET payload = %s WHERE op_id = %s",
                 (json.dumps(payload, ensure_ascii=False), ops[target][0]))
    conn.execute("UPDATE dossiers SET note = 'đã sửa' WHERE id = %s", (ops[target][3],))
    prev = "0" * 64
    for op_id, seq, entity, entity_id, _p in ops:
        (text,) = conn.execute("SELECT payload::text FROM operations WHERE op_id = %s",
                               (op_id,)).fetchone() or ("",)
        h = op_chain_step(prev, op_item_text(op_id, seq, entity, entity_id, text))
        conn.execute("UPDATE operations SET prev_hash = %s, op_hash = %s WHERE op_id = %s",
                     (prev, h, op_id))
        prev = h


TAMPERING: dict[str, Callable[[psycopg.Connection[Any], str], None]] = {
    "last entry deleted": delete_last_entry,
    "whole chain deleted": delete_whole_chain,
    "entry rewritten, rest of the chain recomputed": rewrite_entry_and_recompute,
    "dossier row edited": edit_dossier_row,
    "operation rewritten, operations chain recomputed": rewrite_operation_and_recompute_chain,
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_central_verify_names_the_tampered_workstation(
    name: str, counters: tuple[Counter, Counter], central_url: str,
    capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = counters
    for c in (one, two):
        make_dossiers(c.ctx, 2, entries=2)
        assert SyncClient(c.ctx, c.login.url).run_once().refused == 0
    assert cli_main(["central", "verify", "--url", central_url]) == 0
    assert "nguyên vẹn: 8 mục, 2 máy trạm" in capsys.readouterr().out
    with owner(central_url) as conn:
        for table in ("verification_entries", "operations", "dossiers"):
            conn.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        TAMPERING[name](conn, one.ws)
        for table in ("verification_entries", "operations", "dossiers"):
            conn.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
        conn.commit()
    assert cli_main(["central", "verify", "--url", central_url]) == 1
    out = capsys.readouterr().out
    assert f"máy trạm {one.ws}" in out and two.ws not in out, out
    assert cli_main(["central", "verify", "--url", central_url, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["intact"] is False and report["workstations_at_fault"] == [one.ws]
