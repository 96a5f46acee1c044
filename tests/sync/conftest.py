"""A real PostgreSQL for the sync tests: one server per session (started here, stopped here), a
template database with the central schema, and a fresh database cloned from it per test."""
from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from db.central.schema import init_central
from tests.pg_server import PgServer
from tests.sync.helpers import new_central_db


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = PgServer().init()
    server.start()
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE central_template")
        init_central(server.url("central_template"))
        yield server
    finally:
        server.cleanup()


@pytest.fixture()
def central_url(pg_server: PgServer) -> str:
    """The owner's URL of a fresh central database (schema at head)."""
    return new_central_db(pg_server)
