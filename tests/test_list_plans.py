"""The dossier lists cost what they show: the SQL of the main list (today) and of the all-days
list is read back with EXPLAIN QUERY PLAN on a store of a few hundred dossiers made by the demo
generator (the reception service), and must use indexes, never a full scan of `pages` or
`dossiers`, nor an index SQLite builds on the fly."""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from sqlalchemy import event, text

from desk_app.demo.dossiers import create_demo_data
from desk_app.reception import ReceptionService


def _plans(ctx: Any, call: Any) -> list[tuple[str, list[str]]]:
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    out = []
    with ctx.engine.connect() as conn:
        for sql, params in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).all()
            out.append((sql, [r[-1] for r in rows]))
    return out


def _bad(plan: list[str]) -> list[str]:
    return [
        step for step in plan
        if "AUTOMATIC" in step.upper()
        # pages are only ever looked up by dossier: any walk over them grows with the store
        or step.startswith("SCAN pages")
        # dossiers may be walked in an index's order (all days, newest first, stopping at the
        # limit), never read whole
        or step == "SCAN dossiers"
        or step.startswith("SCAN dossiers ") and "INDEX" not in step
    ]


def test_main_and_all_days_lists_use_indexes(ctx: Any) -> None:
    create_demo_data(ctx, 300, seed=7)
    reception = ReceptionService(ctx)
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM dossiers")).scalar() == 300
        assert conn.execute(text("SELECT count(*) FROM pages")).scalar() > 300
    today = dt.date.today()
    shown: list[Any] = []
    for label, call in (
        ("today", lambda: shown.extend(reception.list_dossiers(day=today))),
        ("all days", lambda: shown.extend(reception.list_dossiers(limit=50))),
        ("all days, words", lambda: reception.list_dossiers(query="nguyen", limit=50)),
    ):
        plans = _plans(ctx, call)
        main = [(sql, plan) for sql, plan in plans if "FROM dossiers" in sql]
        assert main, label
        for sql, plan in plans:
            assert not _bad(plan), (label, plan, sql)
        # the page count is a per-row lookup through the index, not a grouped count of the store
        joined = " | ".join(main[0][1])
        assert "ix_pages_dossier_id" in joined, (label, joined)
        assert "MATERIALIZE" not in joined, (label, joined)
    # the counts read back through the per-row subquery are the dossiers' real page counts
    with ctx.engine.connect() as conn:
        real = dict(conn.execute(text(
            "SELECT d.code, count(p.id) FROM dossiers d LEFT JOIN pages p "
            "ON p.dossier_id = d.id AND NOT p.deleted GROUP BY d.id")).all())
    assert shown and all(s.pages == real[s.code] for s in shown)


def test_an_existing_store_gains_the_list_indexes(tmp_path: Any) -> None:
    from alembic import command

    from db.session import alembic_config, open_store

    path = tmp_path / "store.sqlite3"

    def indexes() -> set[str]:
        with sqlite3.connect(path) as db:
            return {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='dossiers'")}

    engine, _ = open_store(path)
    assert {"ix_dossiers_received", "ix_dossiers_status", "ix_dossiers_due"} <= indexes()
    cfg = alembic_config()  # back to the store as it was before migration 0007
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007@-1")
    engine.dispose()
    assert not {"ix_dossiers_status", "ix_dossiers_due"} & indexes()
    engine, _ = open_store(path)  # as the application opens it
    engine.dispose()
    assert {"ix_dossiers_status", "ix_dossiers_due"} <= indexes()
