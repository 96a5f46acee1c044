"""What long work shares, whoever runs it (the desktop client's workers, the CLI, a test): how it
reports progress, how it is asked to stop, how it says it stopped, and where it writes the store.

- `Progress`: `progress(done, total, message)`, total 0 when unknown.
- `CancelToken`: a thread-safe flag set by whoever started the work; services poll `is_set()`
  (calling the token answers the same). It is a `threading.Event`, so a scanner backend can wait
  on it too.
- `Cancelled`: what a service raises when it stopped because its token was set.
- `Writer`: runs one store write where store writes belong. The CLI writes in its own thread
  (`write_here`); the desktop client passes its single writer thread (docs/architecture.md,
  "Background work"), so a long task on the wide pool (OCR, a sync round) hands each of its writes
  over instead of writing from its own thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from desk_app.errors import DeskError

T = TypeVar("T")

Progress = Callable[[int, int, str], None]


class CancelToken(threading.Event):
    """Set once the person cancels; never cleared."""

    def __call__(self) -> bool:
        return self.is_set()


class Cancelled(DeskError):
    code = "cancelled"


class Writer(Protocol):
    def __call__(self, fn: Callable[[], T], /) -> T: ...


def write_here(fn: Callable[[], T], /) -> T:
    """The writer of a process with one thread doing the work: the write runs where it is asked."""
    return fn()
