"""A migrated, empty store made once per test process and copied into a test's store folder.

Running the local migrations costs ~0.4 s per store (Alembic's upgrade through every revision); a
copy of the file costs milliseconds. The template holds the schema and `alembic_version` only: no
settings (so every copy still gets its own workstation id when it is opened) and no reference data
(seeded by `open_context` as on any new store). Tests about creating or upgrading a store do not
use it: they take `home` without `ctx` and let the program make its own store."""
from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

_template: Path | None = None


def _make() -> Path:
    from db.session import open_store

    folder = Path(tempfile.mkdtemp(prefix="desk-store-template-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "store.sqlite3"
    engine, _ = open_store(path)
    engine.dispose()
    conn = sqlite3.connect(path)
    try:  # everything into the main file, so that the copy is that one file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return path


def copy_migrated_store(home: Path) -> Path:
    """Puts a migrated empty store into `home`, unless a store is already there; returns home."""
    global _template
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = home / "store.sqlite3"
    if target.exists():
        return home
    if _template is None or not _template.exists():
        _template = _make()
    shutil.copyfile(_template, target)
    os.chmod(target, 0o600)
    return home
