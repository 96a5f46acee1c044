"""The dossier lists cost what they show: the SQL of the main list (today) and of the all-days
list is read back with EXPLAIN QUERY PLAN on a store of a few hundred dossiers made by the demo
generator (the reception service), and must use indexes, never a full scan of `pages` or
`dossiers`, nor an index SQLite builds on the fly; the page count is read with the dossier's row
(dossiers.page_count, kept by triggers: migration 0018), never counted from `pages`.

The plans do not depend on the store's size (no ANALYZE statistics: SQLite plans from the schema
alone), so the demo store is kept small: making it is most of these tests' time."""
from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

import pytest
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


DEMO = 80  # dossiers; several pages of every list below


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One demo store made through the services, read (never written) by the plan tests below."""
    from desk_app.context import open_context

    context = open_context(tmp_path_factory.mktemp("plans"))
    create_demo_data(context, DEMO, seed=7)
    yield context
    context.close()


def test_main_and_all_days_lists_use_indexes(demo: Any) -> None:
    ctx = demo
    reception = ReceptionService(ctx)
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM dossiers")).scalar() == DEMO
        assert conn.execute(text("SELECT count(*) FROM pages")).scalar() > DEMO
    today = dt.date.today()
    shown: list[Any] = []
    for label, call in (
        ("today", lambda: shown.extend(reception.list_dossiers(day=today))),
        ("all days", lambda: shown.extend(reception.list_dossiers(limit=50))),
        ("all days, words", lambda: reception.list_dossiers(query="nguyen", limit=50)),
    ):
        plans = _plans(ctx, call)
        main = [(sql, plan) for sql, plan in plans if "dossiers d " in sql]
        assert main, label
        for sql, plan in plans:
            assert not _bad(plan), (label, plan, sql)
        # the page count comes with the dossier's row: `pages` is not read at all
        joined = " | ".join(main[0][1])
        assert "pages" not in main[0][0] and "pages" not in joined, (label, joined)
        # the only thing materialised is the page of rows shown (k), never a count over pages
        assert all(step == "MATERIALIZE k" for step in main[0][1] if "MATERIALIZE" in step), \
            (label, joined)
    # the counts read back with the rows are the dossiers' real page counts
    with ctx.engine.connect() as conn:
        real = dict(conn.execute(text(
            "SELECT d.code, count(p.id) FROM dossiers d LEFT JOIN pages p "
            "ON p.dossier_id = d.id AND NOT p.deleted GROUP BY d.id")).all())
    assert shown and all(s.pages == real[s.code] for s in shown)


def _undo_migration(path: Any, revision: str) -> None:
    """Take the store at `path` back to just before `revision`, as an older release left it."""
    from alembic import command

    from db.session import alembic_config, open_store

    engine, _ = open_store(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, f"{revision}@-1")
    engine.dispose()


def test_an_existing_store_gains_the_list_indexes(tmp_path: Any) -> None:
    from db.session import open_store

    path = tmp_path / "store.sqlite3"

    def indexes() -> set[str]:
        with sqlite3.connect(path) as db:
            return {r[0] for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='dossiers'")}

    engine, _ = open_store(path)
    assert {"ix_dossiers_received", "ix_dossiers_status", "ix_dossiers_due"} <= indexes()
    engine.dispose()
    _undo_migration(path, "0007")  # back to the store as it was before migration 0007
    assert not {"ix_dossiers_status", "ix_dossiers_due"} & indexes()
    engine, _ = open_store(path)  # as the application opens it
    engine.dispose()
    assert {"ix_dossiers_status", "ix_dossiers_due"} <= indexes()


def _one_plan(ctx: Any, call: Any) -> tuple[str, list[str]]:
    plans = [(sql, plan) for sql, plan in _plans(ctx, call) if "dossiers d " in sql]
    assert len(plans) == 1
    return plans[0]


def test_every_filter_and_the_search_use_an_index(demo: Any) -> None:
    """Status, officer, procedure, applicant, a cursor, and words through FTS5 (diacritics
    folded) rather than LIKE: each read through its index, and the rows the same as a plain
    reading of the table says."""
    from desk_app.domain.text import fold
    from desk_app.dossier_list import make_cursor

    ctx = demo
    reception = ReceptionService(ctx)
    with ctx.engine.connect() as conn:
        officer, procedure, applicant, status = conn.execute(text(
            "SELECT officer_id, procedure_code, applicant_id, status FROM dossiers "
            "ORDER BY received_at DESC LIMIT 1")).one()
        by_key = {r[0]: r[1:] for r in conn.execute(text(
            "SELECT d.code, d.officer_id, d.procedure_code, d.applicant_id, d.status, "
            "d.search_text FROM dossiers d"))}
    cases = {
        "status": ({"status": status}, "ix_dossiers_status", lambda r: r[3] == status),
        "officer": ({"officer_id": officer}, "ix_dossiers_officer", lambda r: r[0] == officer),
        "procedure": ({"procedure_code": procedure}, "ix_dossiers_procedure",
                      lambda r: r[1] == procedure),
        "applicant": ({"applicant_id": applicant}, "ix_dossiers_applicant",
                      lambda r: r[2] == applicant),
    }
    for label, (kwargs, index, keep) in cases.items():
        rows: list[Any] = []

        def filtered(kw: dict[str, Any] = kwargs, out: list[Any] = rows) -> None:
            out.extend(reception.list_dossiers(limit=500, **kw))

        sql, plan = _one_plan(ctx, filtered)
        assert not _bad(plan), (label, plan)
        assert index in " | ".join(plan), (label, plan)
        assert {r.code for r in rows} == {c for c, r in by_key.items() if keep(r)}, label
        assert rows == sorted(rows, key=lambda r: (r.received_at, r.code), reverse=True)

    # words: through the FTS index, diacritics and case ignored, the last word may be the start
    # of a word being typed
    name = reception.list_dossiers(limit=1)[0].applicant_name
    words = name.split()
    for query in (name, fold(name).upper(), " ".join([*words[:-1], words[-1][:2]])):
        found: list[Any] = []

        def searched(q: str = query, out: list[Any] = found) -> None:
            out.extend(reception.list_dossiers(query=q, limit=500))

        sql, plan = _one_plan(ctx, searched)
        assert "LIKE" not in sql.upper() and not _bad(plan), (query, plan)
        assert any("VIRTUAL TABLE" in step and "dossier_fts" in step for step in plan), plan
        *whole, last = fold(query).split()
        expected = {c for c, r in by_key.items()
                    if all(w in _tokens(r[4]) for w in whole)
                    and any(t.startswith(last) for t in _tokens(r[4]))}
        assert {r.code for r in found} == expected, query
        assert name in {r.applicant_name for r in found}

    # paging: offset and cursor give the same pages, and together the whole list
    whole = [r.code for r in reception.list_dossiers(limit=1000)]
    assert len(whole) == DEMO
    pages, cursor = [], None
    while True:
        page = reception.list_dossiers(limit=15, cursor=cursor)
        if not page:
            break
        pages.append([r.code for r in page])
        cursor = make_cursor(page[-1].received_at, page[-1].code)
    assert [code for page in pages for code in page] == whole
    assert len(pages) > 3
    assert [r.code for r in reception.list_dossiers(limit=15, offset=30)] == pages[2]
    sql, plan = _one_plan(ctx, lambda: reception.list_dossiers(limit=15, cursor=cursor))
    assert not _bad(plan) and "ix_dossiers_received" in " | ".join(plan)


def _tokens(folded: str) -> list[str]:
    import re

    return re.findall(r"[0-9a-z]+", folded)


def test_an_existing_store_gains_the_filter_indexes_and_a_filled_search_index(
        tmp_path: Any) -> None:
    """Migration 0011 on a store that already holds dossiers: the indexes appear and the FTS
    index is filled from the dossiers already there."""
    from desk_app.context import open_context

    home = tmp_path / "home"
    ctx = open_context(home)
    create_demo_data(ctx, 12, seed=3)
    name = ReceptionService(ctx).list_dossiers(limit=1)[0].applicant_name
    ctx.close()
    path = home / "store.sqlite3"
    _undo_migration(path, "0011")
    with sqlite3.connect(path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert "dossier_fts" not in names and "ix_dossiers_officer" not in names
    ctx = open_context(home)  # as the application opens it
    try:
        with sqlite3.connect(path) as db:
            names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert {"dossier_fts", "ix_dossiers_officer", "ix_dossiers_procedure",
                "ix_dossiers_applicant"} <= names
        assert name in {r.applicant_name for r in
                        ReceptionService(ctx).list_dossiers(query=name, limit=50)}
    finally:
        ctx.close()


def test_search_pages_follow_each_other(demo: Any) -> None:
    """A search lists its matches newest first and pages through them by cursor or offset, each
    page read from the FTS index in order and stopping at its limit."""
    from desk_app.dossier_list import make_cursor

    ctx = demo
    reception = ReceptionService(ctx)
    whole = reception.list_dossiers(query="dang ky", limit=1000)
    assert len(whole) > 15
    got, cursor = [], None
    while page := reception.list_dossiers(query="dang ky", limit=5, cursor=cursor):
        got += page
        cursor = make_cursor(page[-1].received_at, page[-1].code)
    assert [d.code for d in got] == [d.code for d in whole]
    assert [d.code for d in reception.list_dossiers(query="dang ky", limit=5, offset=5)] == \
        [d.code for d in whole[5:10]]
    # entry order is reception order for dossiers received here
    assert whole == sorted(whole, key=lambda d: (d.received_at, d.code), reverse=True)
    _sql, plan = _one_plan(ctx, lambda: reception.list_dossiers(query="dang ky", limit=5,
                                                                cursor=cursor))
    assert not _bad(plan) and "USE TEMP B-TREE FOR ORDER BY" not in plan[:3], plan


def test_the_page_count_follows_every_change_of_pages(tmp_path: Any) -> None:
    """dossiers.page_count is kept by triggers on `pages`, so no writer can forget it: pages added,
    marked deleted and restored, moved to another dossier, removed; and migration 0018 fills it for
    a store that already holds pages."""
    from desk_app.context import open_context

    home = tmp_path / "home"
    ctx = open_context(home)
    create_demo_data(ctx, 3, seed=5)
    ctx.close()
    path = home / "store.sqlite3"

    def wrong(db: sqlite3.Connection) -> list[Any]:
        return db.execute(
            "SELECT code, page_count, (SELECT count(*) FROM pages p WHERE p.dossier_id = d.id"
            " AND NOT p.deleted) AS real FROM dossiers d WHERE page_count != real").fetchall()

    with sqlite3.connect(path) as db:
        assert not wrong(db)
        (a, a_pages), (b, _) = db.execute(
            "SELECT id, page_count FROM dossiers ORDER BY page_count DESC LIMIT 2").fetchall()
        assert a_pages > 0
        page = db.execute("SELECT id FROM pages WHERE dossier_id = ? AND NOT deleted LIMIT 1",
                          (a,)).fetchone()[0]
        columns = [r[1] for r in db.execute("PRAGMA table_info(pages)") if r[1] != "id"]
        names = ", ".join(columns)
        steps = [
            (f"INSERT INTO pages (id, {names}) SELECT 'new-page', {names} FROM pages WHERE id = ?",
             (page,)),
            ("UPDATE pages SET deleted = 1 WHERE id = ?", (page,)),
            ("UPDATE pages SET deleted = 1 WHERE id = ?", (page,)),  # no change: no count
            ("UPDATE pages SET deleted = 0 WHERE id = ?", (page,)),
            ("UPDATE pages SET dossier_id = ? WHERE id = 'new-page'", (b,)),
            ("UPDATE pages SET dossier_id = ?, deleted = 1 WHERE id = 'new-page'", (a,)),
            ("UPDATE pages SET deleted = 0, position = position WHERE id = 'new-page'", ()),
            ("DELETE FROM pages WHERE id = 'new-page'", ()),
            ("UPDATE pages SET deleted = 1 WHERE id = ?", (page,)),
            ("DELETE FROM pages WHERE id = ?", (page,)),  # a deleted page removed: no count
        ]
        for sql, params in steps:
            db.execute(sql, params)
            assert not wrong(db), sql
        db.commit()
        assert db.execute("SELECT page_count FROM dossiers WHERE id = ?",
                          (a,)).fetchone()[0] == a_pages - 1

    _undo_migration(path, "0018")  # the store as it was before migration 0018
    with sqlite3.connect(path) as db:
        assert "page_count" not in {r[1] for r in db.execute("PRAGMA table_info(dossiers)")}
    open_context(home).close()  # as the application opens it: added and filled
    with sqlite3.connect(path) as db:
        assert not wrong(db)
        assert db.execute("SELECT sum(page_count) FROM dossiers").fetchone()[0] == db.execute(
            "SELECT count(*) FROM pages WHERE NOT deleted").fetchone()[0] > 0
