"""The set-based push (c008) takes the log entries in one statement only when they continue the
head link by link; a gap or a broken link in a batch falls back to the entry-by-entry walk,
which records each break and keeps the entry (the fork is in test_roles_and_chains)."""
from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy import text

from desk_app.sync.client import SyncClient
from tests.sync.factory import make_dossiers


def test_a_gap_and_a_broken_link_in_one_batch_are_recorded(ctx: Any, central_url: str) -> None:
    make_dossiers(ctx, 2, entries=2)  # log entries 1..4, all in one batch
    entry = ("entity = 'verification_entries' AND "
             "json_extract(payload, '$.chain_index') = :i")
    with ctx.engine.begin() as c:
        c.execute(text(f"UPDATE outbox SET payload = json_set(payload, '$.prev_hash', :h) "
                       f"WHERE {entry}"), {"h": "f" * 64, "i": 2})
        c.execute(text(f"DELETE FROM outbox WHERE {entry}"), {"i": 3})
    report = SyncClient(ctx, central_url).run_once()
    assert report.refused == 0 and report.pending_left == 0
    with psycopg.connect(central_url) as conn:
        breaks = conn.execute("SELECT chain_index, reason, expected_index FROM chain_breaks "
                              "ORDER BY id").fetchall()
        assert breaks == [(2, "link", 2), (4, "gap", 3)]
        kept = conn.execute("SELECT chain_index FROM verification_entries "
                            "ORDER BY chain_index").fetchall()
        assert [k[0] for k in kept] == [1, 2, 4]  # the broken entries are kept, visible
        head = conn.execute("SELECT chain_index FROM workstations WHERE id = %s",
                            (ctx.workstation.id,)).fetchone()
        assert head == (4,)


def test_entries_continuing_the_head_across_pushes_leave_no_break(
    ctx: Any, central_url: str
) -> None:
    make_dossiers(ctx, 2, entries=2)
    SyncClient(ctx, central_url).run_once()
    make_dossiers(ctx, 1, entries=3)  # a second push continues from head 4
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT count(*) FROM chain_breaks").fetchone() == (0,)
        head = conn.execute("SELECT chain_index FROM workstations WHERE id = %s",
                            (ctx.workstation.id,)).fetchone()
        assert head == (7,)
