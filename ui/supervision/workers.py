"""A small worker for the supervision screen: a QRunnable running a blocking call off the GUI
thread, reporting through a separate QObject's signals. (When the lead's ui/workers.py exists this
can be swapped for it; the interface is the same shape: result / error / finished.)"""
from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)


_niced = threading.local()


def lower_thread_priority(nice: int) -> None:
    """Lowers the CPU priority of the calling pool thread (once per thread), so that a long
    background query never takes the CPU from the GUI thread on a busy two-core counter PC. Linux
    applies nice values per thread; elsewhere this does nothing."""
    if getattr(_niced, "done", False) or not sys.platform.startswith("linux"):
        return
    _niced.done = True
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except OSError:
        logger.debug("could not lower a worker thread's priority")


class TaskSignals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)
    finished = Signal()


class Task(QRunnable):
    """Runs fn(*args) in a pool thread. With `with_progress`, fn also gets progress= and cancel=."""

    _alive: set[Task] = set()  # kept referenced until finished (the pool does not own them)

    def __init__(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.with_progress = with_progress
        self.cancel = threading.Event()
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            if self.with_progress:
                value = self.fn(*self.args, progress=self.signals.progress.emit, cancel=self.cancel)
            else:
                value = self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - every failure goes to the error handler
            logger.warning("supervision task failed: %s", type(exc).__name__)
            self._emit(self.signals.error, exc)
        else:
            self._emit(self.signals.result, value)
        finally:
            self._emit(self.signals.finished)
            Task._alive.discard(self)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The widget that asked was closed meanwhile; nobody is left to tell.
            logger.debug("task result dropped: its receiver is gone")

    def start(self, pool: QThreadPool) -> Task:
        Task._alive.add(self)
        pool.start(self)
        return self


def run_task(pool: QThreadPool, fn: Callable[..., Any], *args: Any,
             on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[Any], None] | None = None,
             with_progress: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None) -> Task:
    task = Task(fn, *args, with_progress=with_progress)
    if on_result:
        task.signals.result.connect(on_result)
    if on_error:
        task.signals.error.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    return task.start(pool)
