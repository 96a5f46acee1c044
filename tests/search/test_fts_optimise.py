"""`desk-app maintenance` merges the FTS5 search indexes (one segment each, what every search
walks): the same dossiers and pages are found before and after, and the indexes check intact."""
from __future__ import annotations

import sqlite3
from typing import Any


def _segments(db: sqlite3.Connection, table: str) -> int:
    # one row per leaf page or segment structure; fewer after the merge
    return int(db.execute(f"SELECT count(*) FROM {table}_data").fetchone()[0])


def test_maintenance_merges_search_indexes(ctx: Any, home: Any) -> None:
    from desk_app.demo.dossiers import create_demo_data
    from desk_app.reception import ReceptionService
    from desk_app.store_compaction import compact_store

    create_demo_data(ctx, 60, seed=3)
    reception = ReceptionService(ctx)
    found = [d.code for d in reception.list_dossiers(query="nguyen", limit=500)]
    assert found
    ctx.engine.dispose()
    store = home / "store.sqlite3"
    db = sqlite3.connect(store)
    # a store written one dossier at a time: many small segments
    before = _segments(db, "dossier_fts")
    db.close()
    compact_store(store)
    db = sqlite3.connect(store)
    for table in ("dossier_fts", "ocr_fts", "applicant_fts"):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    assert _segments(db, "dossier_fts") < before
    db.close()
    assert [d.code for d in reception.list_dossiers(query="nguyen", limit=500)] == found
