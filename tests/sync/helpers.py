"""Helpers shared by the sync tests and the benchmark."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import psycopg

from tests.sync.pg_server import PgServer

_counter = itertools.count(1)


def new_central_db(server: PgServer) -> str:
    name = f"central_{next(_counter)}"
    with psycopg.connect(server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE central_template")
    return server.url(name)


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - test names
        assert row is not None
        return int(row[0])


def open_store(path: Path) -> Any:
    from desk_app.context import open_context

    path.mkdir(parents=True, exist_ok=True)
    return open_context(path)
