"""One sync round at a time per local store.

Two rounds pushing the same outbox at once (the client's timer and a `desk-app sync` started by
hand, say) would send the same operations side by side; the centre takes each operation once, but
its checks of a workstation's log chain then see entries arrive out of order and refuse them, which
puts them on the "needs attention" list for nothing. A round therefore holds an exclusive lock on a
file beside the store; a second round waits for the first to end, then finds nothing left to send.
The operating system drops the lock when its process dies, so a killed round never blocks the next.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def round_lock(home: Path) -> Iterator[None]:
    path = home / "sync.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            # LK_LOCK retries for about ten seconds before failing; a round lasts less.
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
