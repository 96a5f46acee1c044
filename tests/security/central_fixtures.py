"""The centre for the security tests: one PostgreSQL (TLS + SCRAM, tests/pg_server.py) for the
whole run, a template database at the central schema's head, and a fresh database per test; two
counter stores, each registered with its own login role. Imported by the test modules (the
fixtures are re-exported there by name)."""
from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from db.central.schema import WorkstationLogin, add_workstation, init_central
from tests.pg_server import PgServer

ROOT = Path(__file__).resolve().parents[2]
_server: PgServer | None = None
_names = itertools.count(1)


def _shared_server() -> PgServer:
    """One server for every module that imports these fixtures."""
    global _server
    if _server is None:
        server = PgServer().init().start()
        try:
            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE central_template")
            init_central(server.url("central_template"))
        except BaseException:
            server.cleanup()
            raise
        _server = server
    return _server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = _shared_server()
    yield server
    global _server
    if _server is not None:
        _server.cleanup()
        _server = None


@pytest.fixture()
def central_url(pg_server: PgServer) -> str:
    name = f"sec_central_{os.getpid()}_{next(_names)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE central_template")
    return pg_server.url(name)


@dataclass
class Counter:
    home: Path
    ctx: Any
    login: WorkstationLogin

    @property
    def ws(self) -> str:
        return str(self.ctx.workstation.id)

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(DESK_APP_HOME=str(self.home), DESK_APP_CENTRAL_URL=self.login.url,
                   PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        return env

    def sync_once(self) -> subprocess.CompletedProcess[str]:
        """`desk-app sync --once` in its own process, as the counter runs it."""
        return subprocess.run([sys.executable, "-m", "desk_app", "sync", "--once"],
                              env=self.env(), capture_output=True, text=True, timeout=300,
                              check=False)


def make_counter(path: Path, slot: int, central_url: str) -> Counter:
    from tests.sync.helpers import open_store

    ctx = open_store(path)
    ctx.set_setting("workstation_slot", str(slot))
    ctx.close()
    ctx = open_store(path)
    ws = ctx.workstation
    login = add_workstation(central_url, ws.id, ws.agency_code, ws.slot, ws.name)
    return Counter(path, ctx, login)


@pytest.fixture()
def counters(tmp_path: Path, central_url: str) -> Iterator[tuple[Counter, Counter]]:
    one = make_counter(tmp_path / "counter1", 1, central_url)
    two = make_counter(tmp_path / "counter2", 2, central_url)
    yield one, two
    one.ctx.close()
    two.ctx.close()


def owner(url: str) -> psycopg.Connection[Any]:
    """The owner's connection (what an administrator, or an intruder with its password, has)."""
    conn = psycopg.connect(url)
    conn.execute("SET ROLE desk_owner")
    return conn


def scalar(url: str, query: str, *params: Any) -> Any:
    with psycopg.connect(url) as conn:
        row = conn.execute(query, params).fetchone()
    return None if row is None else row[0]
