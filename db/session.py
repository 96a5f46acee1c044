"""Opening the local store: SQLite in WAL mode with synchronous=FULL and foreign keys on, migrated
in-process by Alembic at start-up. An existing file is backed up before an upgrade and never deleted.

Alembic (with Mako and Pygments) is imported only when the store is behind: the heads are read from
the migration files' `revision` / `down_revision` lines and compared with the `alembic_version`
table, so a command on a store already at head does not pay for it."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker

import db.models_admin
import db.outbox  # noqa: F401  (registers the outbox flush hooks)
from db.revisions import MIGRATIONS, MMAP_BYTES, head_revisions

__all__ = ["MIGRATIONS", "alembic_config", "current_revisions", "head_revisions", "make_engine",
           "migrate", "open_store"]

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    # Only takes effect on a new file (before its first table): freed pages can then be given
    # back with `PRAGMA incremental_vacuum` (desk_app/store_compaction.py) without a full VACUUM.
    cur.execute("PRAGMA auto_vacuum=INCREMENTAL")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        if exists is None:
            return set()
        return {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


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
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def open_store(path: Path) -> tuple[Engine, sessionmaker[Any]]:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    migrate(engine, path)
    return engine, sessionmaker(engine, expire_on_commit=False)
