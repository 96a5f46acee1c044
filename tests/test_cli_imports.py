"""A command loads only what it uses: `desk-app dossiers list --json` on a store at head imports
no OpenCV, pikepdf, reportlab or Alembic (read from `python -X importtime`, the list of modules,
not the time), and the migrations' heads are read from the migration files themselves."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desk_app.demo.dossiers import create_demo_data

HEAVY = ("cv2", "pikepdf", "reportlab", "alembic", "mako", "pygments")
ROOT = Path(__file__).resolve().parents[1]


def _imported(home: Path, *args: str) -> tuple[set[str], str]:
    env = dict(os.environ, DESK_APP_HOME=str(home), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "desk_app", *args],
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    modules = {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines()
               if line.startswith("import time:") and "|" in line}
    return modules, proc.stdout


def test_dossiers_list_imports_only_its_own_area(ctx: Any, home: Path) -> None:
    create_demo_data(ctx, 6, seed=5)
    ctx.close()
    modules, out = _imported(home, "dossiers", "list", "--json")
    assert len(json.loads(out)) == 6
    assert "desk_app.dossier_list" in modules  # the list was read (and importtime listed it)
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert heavy == [], heavy
    # the list is read with sqlite3 alone: neither the ORM nor the image stack
    assert not {m for m in modules if m.split(".")[0] in ("sqlalchemy", "numpy", "PIL")}


def test_a_store_behind_the_migrations_is_upgraded_first(tmp_path: Path) -> None:
    """Only then is Alembic loaded; the list that follows is the same."""
    import sqlite3

    from db.revisions import head_revisions
    from desk_app.context import open_context

    home = tmp_path / "home"
    ctx = open_context(home)
    create_demo_data(ctx, 3, seed=5)
    ctx.close()
    with sqlite3.connect(home / "store.sqlite3") as db:
        # as if migration 0011 had not run (it is idempotent: running it again is harmless)
        db.execute("DELETE FROM alembic_version WHERE version_num = '0011'")
    modules, out = _imported(home, "dossiers", "list", "--json")
    assert "alembic" in modules
    assert len(json.loads(out)) == 3
    with sqlite3.connect(home / "store.sqlite3") as db:
        assert {r[0] for r in db.execute("SELECT version_num FROM alembic_version")} \
            == head_revisions()


def test_heads_come_from_the_migration_files() -> None:
    from alembic.script import ScriptDirectory

    from db.revisions import head_revisions
    from db.session import alembic_config

    assert head_revisions() == set(ScriptDirectory.from_config(alembic_config()).get_heads())
    assert "0011" in head_revisions()
