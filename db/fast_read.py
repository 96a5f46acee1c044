"""A plain sqlite3 connection to a store already at head, for read-only commands that should not
pay for SQLAlchemy's import (`desk-app dossiers list`). A missing store, or one that needs a
migration, gives None: the caller then opens it the ordinary way (db/session.py)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.revisions import head_revisions, store_revisions


def connect_at_head(path: Path) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        # no memory-mapped I/O here (unlike db/session.py): a command that streams the whole
        # table would count every page of the file it touched in its memory
        conn.execute("PRAGMA query_only=ON")
        if store_revisions(conn) != head_revisions():
            conn.close()
            return None
    except sqlite3.Error:
        conn.close()
        return None
    return conn
