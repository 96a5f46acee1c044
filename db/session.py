"""Opening the local store: SQLite in WAL mode with synchronous=FULL and foreign keys on, migrated
in-process by Alembic at start-up. An existing file is backed up before an upgrade and never deleted."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

import db.models_admin
import db.outbox  # noqa: F401  (registers the outbox flush hooks)

logger = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revisions() -> set[str]:
    # Each area adds its migrations on its own branch from 0001; "heads" applies them all.
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def migrate(engine: Engine, path: Path | None = None) -> None:
    """Brings the schema to head. A file with data at an older revision is copied aside first."""
    current = current_revisions(engine)
    if current == head_revisions():
        return
    if current and path is not None and path.exists():
        backup = path.with_name(f"{path.name}.bak-{'-'.join(sorted(current))}")
        with sqlite3.connect(path) as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
        logger.info("backed up the store before upgrading from %s", current)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def open_store(path: Path) -> tuple[Engine, sessionmaker[Any]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate(engine, path)
    return engine, sessionmaker(engine, expire_on_commit=False)
