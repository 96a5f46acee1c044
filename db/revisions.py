"""The local store's schema revisions, read without SQLAlchemy or Alembic: the heads come from the
migration files' `revision` / `down_revision` lines, the store's own from its `alembic_version`
table. A command on a store already at head (db/session.py, db/fast_read.py) then pays for neither
import; only a store that is behind loads Alembic to upgrade."""
from __future__ import annotations

import ast
import sqlite3
from pathlib import Path
from typing import Any

MIGRATIONS = Path(__file__).parent / "migrations"
# The application's connections read through memory-mapped I/O (db/session.py): a list page touches
# rows spread over the whole file (a search's 200 rows, their page counts), and through SQLite's
# page cache each costs a copy and, past its 2 MB, a read: 18 ms against 1.5 ms for the same
# search of a 20,000-dossier store.
MMAP_BYTES = 1 << 30


def _revision_links(path: Path) -> tuple[str, tuple[str, ...]] | None:
    """(revision, down revisions) of one migration file, from its module-level assignments."""
    values: dict[str, Any] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if names and names[0] in ("revision", "down_revision") and node.value is not None:
                values[names[0]] = ast.literal_eval(node.value)
    revision = values.get("revision")
    if not isinstance(revision, str):
        return None
    down = values.get("down_revision")
    downs = (down,) if isinstance(down, str) else tuple(down or ())
    return revision, downs


def head_revisions() -> set[str]:
    """The revisions no other migration builds on. Each area adds its migrations on its own branch
    from 0001; "heads" applies them all."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        links = _revision_links(path)
        if links:
            revisions.add(links[0])
            parents.update(links[1])
    return revisions - parents


def store_revisions(conn: sqlite3.Connection) -> set[str]:
    """The revisions recorded in an open store (empty for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
    if exists is None:
        return set()
    return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
