"""Where log records go, for the command line and the desktop client alike.

The officer's terminal shows the program's own Vietnamese sentences only. Log records are for whoever
maintains the counter: without `-v` the warnings and errors go to `logs/desk-app.log` in the store's
folder (DESK_APP_HOME), never to the terminal; with `-v` every record from DEBUG up goes to standard
error. Python's `warnings` (a library's deprecation notice, say) follow the same way. No record
carries a citizen's ID number, name, page text or image: the modules that log keep to counts,
codes and row ids.
"""
from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_NAME = "desk-app.log"
FORMAT_TERMINAL = "%(levelname)s %(name)s: %(message)s"
FORMAT_FILE = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """The log of the store in DESK_APP_HOME (the folder is not created here)."""
    env = os.environ.get("DESK_APP_HOME")
    if env:
        base = Path(env)
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir("desk-app", appauthor=False))
    return base / "logs" / LOG_NAME


class StoreLogHandler(logging.handlers.RotatingFileHandler):
    """Appends to the store's log file, opened on the first record only (a command that logs
    nothing creates nothing), rotated at 1 MB with 3 old files kept."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path or log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8",
                         delay=True)
        self.setLevel(logging.WARNING)
        self.setFormatter(logging.Formatter(FORMAT_FILE))

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written is given up silently: the default prints a traceback of
        # its own on the terminal, which is what this handler is here to keep clean.
        return


@contextmanager
def routed(verbose: bool) -> Iterator[None]:
    """Log records go to standard error with -v, to the store's log otherwise, for the block; the
    root logger is put back as it was afterwards (a test that runs commands in its own process
    keeps its own logging). Handlers set up by others (a test runner's capture) are left alone."""
    root = logging.getLogger()
    handler: logging.Handler
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(FORMAT_TERMINAL))
    else:
        handler = StoreLogHandler()
    level = root.level
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root.addHandler(handler)
    logging.captureWarnings(True)
    try:
        yield
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)
