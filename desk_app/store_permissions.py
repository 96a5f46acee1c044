"""Citizens' data at rest is readable by this program's user alone: the store folder (DESK_APP_HOME)
0700, its SQLite file with its -wal, -shm and pre-upgrade copies, and every page file 0600.

Three layers: the process starts with umask 077 (ui/launcher.py, desk_app/__main__.py), so whatever it
creates is private from the first byte; `open_context` sets the modes explicitly on the store it
opens (a library caller may not have set the umask); and a store made before this rule is
tightened once, page files included, the first time it is opened (setting `store_private`).

On Windows modes mean nothing: the store lives under the user's %LOCALAPPDATA%, whose ACL admits
only that user, SYSTEM and administrators; docs/security.md gives the icacls line that removes
inherited entries when DESK_APP_HOME points elsewhere."""
from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
DIR_MODE = 0o700
FILE_MODE = 0o600
DONE_SETTING = "store_private"
_POSIX = sys.platform != "win32"


def private_umask() -> None:
    """From here on, files and folders this process creates are its user's alone."""
    if _POSIX:
        os.umask(PRIVATE_UMASK)


def _chmod(path: Path, mode: int) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(st.st_mode) or stat.S_IMODE(st.st_mode) == mode:
        return
    try:
        os.chmod(path, mode)
    except OSError as exc:  # a store on a share that refuses chmod: said once, not fatal
        logger.warning("could not make %s private: %s", path.name, type(exc).__name__)


def tighten(home: Path) -> None:
    """The folder, the database files and the pages folder: cheap, done at every open."""
    if not _POSIX:
        return
    home = Path(home)
    _chmod(home, DIR_MODE)
    for entry in home.glob("store.sqlite3*"):  # -wal, -shm, .bak-<revisions>
        _chmod(entry, FILE_MODE)
    _chmod(home / "pages", DIR_MODE)


def tighten_pages(pages: Path) -> int:
    """Every folder and file under pages/ (a store made before this rule); returns how many
    files were looked at."""
    if not _POSIX:
        return 0
    count = 0
    for root, dirs, files in os.walk(pages):
        for d in dirs:
            _chmod(Path(root) / d, DIR_MODE)
        for f in files:
            _chmod(Path(root) / f, FILE_MODE)
            count += 1
    return count
