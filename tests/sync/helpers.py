"""Helpers shared by the sync tests and the benchmark."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import psycopg

from tests.pg_server import PgServer

_counter = itertools.count(1)


def new_central_db(server: PgServer) -> str:
    name = f"central_{next(_counter)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE central_template")
    return server.url(name)


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert row is not None
        return int(row[0])


def open_store(path: Path) -> Any:
    from desk_app.context import open_context
    from tests.store_template import copy_migrated_store

    return open_context(copy_migrated_store(path))


SYNCED = ("applicants", "dossiers", "dossier_components", "pages", "verification_entries",
          "dossier_steps", "page_photos")


def local_rows(ctx: Any, table: str) -> dict[str, int]:
    from sqlalchemy import text

    with ctx.engine.connect() as c:
        return {r[0]: r[1] for r in c.execute(text(f"SELECT id, ws_seq FROM {table}"))}


def central_rows(url: str, table: str, ws: str | None = None) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        q = f"SELECT id, ws_seq FROM {table}"
        rows = conn.execute(q + " WHERE src_workstation = %s", (ws,)) if ws else conn.execute(q)
        return {r[0]: r[1] for r in rows.fetchall()}


def assert_central_equals_local(ctx: Any, url: str) -> None:
    """Nothing lost, nothing doubled: every synced row of this workstation is centrally at its
    last version, operations equal the outbox one for one, images present under their hash,
    log entries identical (hash included)."""
    import hashlib

    from sqlalchemy import text

    ws = ctx.workstation.id
    for table in SYNCED:
        assert central_rows(url, table, ws) == local_rows(ctx, table), table
    with ctx.engine.connect() as c:
        outbox = {r[0]: r[1] for r in c.execute(text("SELECT op_id, seq FROM outbox"))}
        states = {r[0] for r in c.execute(text("SELECT DISTINCT state FROM outbox"))}
        shas = {r[0] for r in c.execute(text(
            "SELECT sha256 FROM pages UNION SELECT sha256 FROM page_photos"))}
        entries = [tuple(r) for r in c.execute(text(
            "SELECT id, chain_index, prev_hash, entry_hash FROM verification_entries "
            "ORDER BY chain_index"))]
    assert states <= {"sent"}, states
    with psycopg.connect(url) as conn:
        ops = dict(conn.execute("SELECT op_id, seq FROM operations WHERE workstation_id = %s",
                                (ws,)).fetchall())
        assert ops == outbox
        central_entries = [tuple(r) for r in conn.execute(
            "SELECT id, chain_index, prev_hash, entry_hash FROM verification_entries "
            "WHERE workstation_id = %s ORDER BY chain_index", (ws,)).fetchall()]
        assert central_entries == entries
        for sha in shas:
            row = conn.execute("SELECT data FROM page_images WHERE sha256 = %s", (sha,)).fetchone()
            assert row is not None, sha
            assert hashlib.sha256(bytes(row[0])).hexdigest() == sha
        breaks = conn.execute("SELECT count(*) FROM chain_breaks").fetchone()
        assert breaks is not None and breaks[0] == 0
        from desk_app.sync.central_check import verify_central

        report = verify_central(conn)  # every chain re-walked and re-hashed centrally
        assert report.intact, report.problems[:3]
