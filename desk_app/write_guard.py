"""A check on the store's engine that a write comes from the thread allowed to write.

The desktop client writes the local store from one thread only (docs/architecture.md, "Background
work"): SQLite takes one writer at a time and the officer's changes must land in the order made.
`guard_writes(engine, allowed)` makes every INSERT, UPDATE, DELETE or REPLACE ask `allowed()` first;
a write from elsewhere is recorded and refused. Nothing installs it for the CLI, whose commands
write from their own thread.
"""
from __future__ import annotations

import logging
import re
import threading
import traceback
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

logger = logging.getLogger(__name__)

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class WriteOutsideWriter(RuntimeError):
    """A programming error, never the officer's: a store write ran outside the single writer."""


class WriteGuard:
    def __init__(self, engine: Engine, allowed: Callable[[], bool]) -> None:
        self.engine = engine
        self.allowed = allowed
        self.violations: list[str] = []  # statement and where it came from, for tests and logs
        self._lock = threading.Lock()
        self._listener = self._check  # one bound method object, so remove() finds it again
        event.listen(engine, "before_cursor_execute", self._listener)

    def _check(self, _conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any,
               _executemany: bool) -> None:
        if not _WRITE.match(statement) or self.allowed():
            return
        where = "".join(traceback.format_stack(limit=12)[:-1])
        verb = " ".join(statement.split(None, 3)[:3])
        text = f"{verb} from thread {threading.current_thread().name}"
        with self._lock:
            self.violations.append(f"{text}\n{where}")
        logger.error("store write outside the single writer: %s", text)
        raise WriteOutsideWriter(text)

    def remove(self) -> None:
        if event.contains(self.engine, "before_cursor_execute", self._listener):
            event.remove(self.engine, "before_cursor_execute", self._listener)


def guard_writes(engine: Engine, allowed: Callable[[], bool]) -> WriteGuard:
    return WriteGuard(engine, allowed)
