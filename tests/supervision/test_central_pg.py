"""The same log queries, flags, officer rates and indicators against a real PostgreSQL store whose
tables carry the local names (verification_entries as in the central schema, page_hashes jsonb)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.orm import Session
from sv_fixture import add_indicator_dossiers  # type: ignore[import-not-found]

from db.central.schema import sqlalchemy_url
from db.models import Base
from desk_app.supervision.flags import FLAG_CODES
from desk_app.supervision.indicators import indicators_for
from desk_app.supervision.log_query import LogFilter, LogQuery
from desk_app.supervision.officer_rates import officer_rates
from tests.pg_server import PgServer


@pytest.fixture(scope="module")
def pg() -> Iterator[PgServer]:
    server = PgServer().init().start()
    yield server
    server.cleanup()


def _copy_to_pg(ctx, url: str):
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        # As in the central schema (db/central of the sync area): the page list is jsonb.
        conn.execute(text("ALTER TABLE verification_entries ALTER COLUMN page_hashes TYPE jsonb "
                          "USING page_hashes::jsonb"))
    with Session(ctx.engine) as src, engine.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(table), rows)
    return engine


def test_log_queries_on_postgresql(ctx, known, pg) -> None:
    engine = _copy_to_pg(ctx, sqlalchemy_url(pg.url()))
    local, central = LogQuery(ctx.engine), LogQuery(engine)
    for code in FLAG_CODES:
        got = {r.id: list(r.flags) for r in central.iter_rows(LogFilter(flag=code))}
        assert set(got) == {i for i, f in known.entries.items() if code in f}, code
        assert all(got[i] == known.entries[i] for i in got)
    flagged = [r.id for r in central.iter_rows(LogFilter(flagged_only=True), batch=3)]
    assert flagged == [r.id for r in local.iter_rows(LogFilter(flagged_only=True))]
    assert central.count(LogFilter(date_from=dt.date(2026, 10, 1))) == len(known.entries) - 2
    with Session(engine) as s:
        rates = officer_rates(s).as_json()
    with ctx.sessions() as s:
        assert rates == officer_rates(s).as_json()
    engine.dispose()


def test_indicators_on_postgresql(ctx, pg) -> None:
    add_indicator_dossiers(ctx)
    engine = _copy_to_pg(ctx, sqlalchemy_url(pg.url()))
    period = (dt.date(2026, 10, 1), dt.date(2026, 10, 5))
    with Session(engine) as s:
        central = indicators_for(s, *period).as_json()
    with ctx.sessions() as s:
        assert central == indicators_for(s, *period).as_json()
    assert central["indicators"]["on_time"] == {"numerator": 3, "denominator": 5, "rate": 0.6}
    engine.dispose()
