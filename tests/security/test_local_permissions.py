"""Issue 11 point 7: `store.sqlite3` was 0644 and DESK_APP_HOME and pages/ 0755: any local user
could copy names, ID numbers, birth dates and phones. Now a new store is private (folder 0700,
files 0600) and an old one is tightened when opened."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

from desk_app.context import open_context
from tests.security.conftest import ROOT


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def _everything(home: Path) -> list[Path]:
    return [home, *sorted(home.rglob("*"))]


def _assert_private(home: Path) -> None:
    wrong = [f"{p.relative_to(home.parent)} {_mode(p):o}" for p in _everything(home)
             if _mode(p) != (0o700 if p.is_dir() else 0o600)]
    assert wrong == []


def test_a_new_store_is_private(tmp_path: Path, cli: Any) -> None:
    """As a user starts it: `desk-app demo-data` on a new DESK_APP_HOME, under the usual 022."""
    home = tmp_path / "home"
    run = subprocess.run(
        [sys.executable, "-c", ("import os, runpy, sys; os.umask(0o022); "
                                "sys.argv = ['desk-app', 'demo-data', '--dossiers', '2']; "
                                "runpy.run_module('desk_app', run_name='__main__')")],
        env={**os.environ, "DESK_APP_HOME": str(home), "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert _mode(home) == 0o700
    assert _mode(home / "store.sqlite3") == 0o600
    pages = [p for p in (home / "pages").rglob("*") if p.is_file()]
    assert pages, "the demo dossiers have page files"
    _assert_private(home)


def test_an_old_store_is_tightened_when_opened(tmp_path: Path) -> None:
    home = tmp_path / "home"
    old = os.umask(0o022)
    try:
        ctx = open_context(home)
        sha = ctx.pages.put(b"\x89PNG trang cu")
        ctx.close()
        # as a store made before the rule looks: everything readable by all
        for p in _everything(home):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        backup = home / "store.sqlite3.bak-0001"
        backup.write_bytes(b"copy")
        os.chmod(backup, 0o644)
        with open_context(home).sessions() as s:  # the settings key marks the one deep walk
            from db.models import Setting

            s.execute(Setting.__table__.delete().where(Setting.key == "store_private"))
            s.commit()
        for p in _everything(home):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        ctx = open_context(home)
        ctx.close()
    finally:
        os.umask(old)
    _assert_private(home)
    assert _mode(ctx.pages.path(sha)) == 0o600
