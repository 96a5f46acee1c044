"""Background work of the desktop client, one way (docs/architecture.md, "Background work").

The GUI thread never waits on the store, PDFs, OCR, scanners or the network. `TaskRunner` owns the
client's two pools: the **writer**, one thread through which every write to the local store goes
(SQLite takes one writer at a time, and a queue keeps writes in the order the officer made them),
and the **wide** pool for reads and CPU work (OCR, comparison, PDFs, thumbnails, network). `Worker`
is the one QRunnable: it calls one plain function; its `WorkerSignals` (a separate QObject, since
a QRunnable cannot carry signals) bring back what happens. The runner keeps every worker referenced
until its last signal is delivered, so Python never collects one whose signals are still queued.
Cancelling a worker sets its `CancelToken` (desk_app.tasks), which the service polls.

`guard_store()` makes the store refuse a write from any thread but the writer
(desk_app/write_guard.py).
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    Signal,
)

from desk_app.errors import DeskError
from desk_app.tasks import CancelToken

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desk_app.write_guard import WriteGuard

logger = logging.getLogger(__name__)

T = TypeVar("T")
_local = threading.local()  # `writer` is true while this thread runs a writer task


def on_writer_thread() -> bool:
    return bool(getattr(_local, "writer", False))


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # done, total, message
    item = Signal(object)  # a part of the result as it arrives (a scanned page, ...)
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()


class Worker(QRunnable):
    """Runs `fn(*args, **kwargs)` on a pool thread. With `with_progress`, the keyword arguments
    `progress` (a desk_app.tasks.Progress) and `cancel` (the worker's CancelToken) are passed too;
    with `with_items`, `emit` (one part of the result at a time, delivered by `item`)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, writer: bool = False,
                 with_progress: bool = False, with_items: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it referenced and drops it when finished
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.writer = writer
        self.signals = WorkerSignals()
        self.token = CancelToken()
        if with_progress:
            self.kwargs["progress"] = self._report
            self.kwargs["cancel"] = self.token
        if with_items:
            self.kwargs["emit"] = self.signals.item.emit

    def _report(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), str(message))

    def cancel(self) -> None:
        self.token.set()

    @property
    def cancelled(self) -> bool:
        return self.token.is_set()

    def run(self) -> None:
        _local.writer = self.writer
        self.signals.started.emit()
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # every failure goes to the error handler, never up the pool
            if not isinstance(exc, DeskError):
                logger.exception("background task %s failed", getattr(self.fn, "__name__", self.fn))
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            _local.writer = False
            self.signals.finished.emit()


def _guarded(fn: Callable[..., object], owner: QObject | None) -> Callable[..., object]:
    """A result may arrive after the widget that asked for it was closed and deleted: then it is
    dropped instead of touching a dead C++ object. The owner is the callback's own object when the
    callback is a bound method of a QObject, else the `owner` given."""
    target = owner
    bound_to = getattr(fn, "__self__", None)
    if target is None and isinstance(bound_to, QObject):
        target = bound_to
    if target is None:
        return fn

    def call(*args: Any) -> None:
        if shiboken6.isValid(target):
            fn(*args)

    return call


class TaskRunner(QObject):
    """The pools of the client. `write()` for anything that changes the store, `run()` for the
    rest; a task on the wide pool that writes as it goes passes `write_and_wait` to the service as
    its desk_app.tasks.Writer. Callbacks run on the GUI thread; pass `owner=widget` with lambdas so
    that a result arriving after the widget was deleted is dropped (bound methods of QObjects are
    guarded by themselves)."""

    def __init__(self, parent: QObject | None = None, threads: int = 3) -> None:
        super().__init__(parent)
        self.writer_pool = QThreadPool(self)
        self.writer_pool.setMaxThreadCount(1)
        self.pool = QThreadPool(self)  # the wide pool
        self.pool.setMaxThreadCount(max(1, threads))
        self._active: set[Worker] = set()
        self._lock = threading.Lock()

    def run(self, fn: Callable[..., Any], *args: Any,
            on_result: Callable[[Any], object] | None = None,
            on_error: Callable[[BaseException], object] | None = None,
            on_progress: Callable[[int, int, str], object] | None = None,
            on_item: Callable[[Any], object] | None = None,
            on_finished: Callable[[], object] | None = None,
            with_progress: bool = False, with_items: bool = False,
            owner: QObject | None = None, **kwargs: Any) -> Worker:
        """Reads and CPU work, on the wide pool."""
        worker = Worker(fn, *args, with_progress=with_progress, with_items=with_items, **kwargs)
        return self._start(self.pool, worker, owner, on_result, on_error, on_progress, on_item,
                           on_finished)

    def write(self, fn: Callable[..., Any], *args: Any,
              on_result: Callable[[Any], object] | None = None,
              on_error: Callable[[BaseException], object] | None = None,
              on_progress: Callable[[int, int, str], object] | None = None,
              on_item: Callable[[Any], object] | None = None,
              on_finished: Callable[[], object] | None = None,
              with_progress: bool = False, with_items: bool = False,
              owner: QObject | None = None, **kwargs: Any) -> Worker:
        """Anything that changes the store, on the single writer, in the order asked."""
        worker = Worker(fn, *args, writer=True, with_progress=with_progress,
                        with_items=with_items, **kwargs)
        return self._start(self.writer_pool, worker, owner, on_result, on_error, on_progress,
                           on_item, on_finished)

    def _start(self, pool: QThreadPool, worker: Worker, owner: QObject | None,
               on_result: Callable[[Any], object] | None,
               on_error: Callable[[BaseException], object] | None,
               on_progress: Callable[[int, int, str], object] | None,
               on_item: Callable[[Any], object] | None,
               on_finished: Callable[[], object] | None) -> Worker:
        # Every connection is made before the worker starts: a fast task could otherwise emit
        # into the void.
        signals = worker.signals
        for signal, callback in ((signals.result, on_result), (signals.error, on_error),
                                 (signals.progress, on_progress), (signals.item, on_item),
                                 (signals.finished, on_finished)):
            if callback is not None:
                signal.connect(_guarded(callback, owner))
        with self._lock:
            self._active.add(worker)
        # Connected last: runs on the GUI thread after every other slot of `finished`.
        signals.finished.connect(lambda w=worker: self._forget(w))
        pool.start(worker)
        return worker

    def _forget(self, worker: Worker) -> None:
        with self._lock:
            self._active.discard(worker)

    def write_and_wait(self, fn: Callable[[], T], /) -> T:
        """A desk_app.tasks.Writer for a task on the wide pool that writes as it goes (OCR
        results, a sync round's bookkeeping): runs `fn` on the writer and waits for it. The GUI
        thread never waits: it uses `write()`."""
        if on_writer_thread():
            return fn()
        if on_gui_thread():
            raise RuntimeError("write_and_wait would block the GUI thread; use write()")
        done = threading.Event()
        outcome: list[tuple[bool, Any]] = []

        def job() -> None:
            _local.writer = True
            try:
                outcome.append((True, fn()))
            except BaseException as exc:  # noqa: BLE001 - raised again in the waiting task
                outcome.append((False, exc))
            finally:
                _local.writer = False
                done.set()

        self.writer_pool.start(job)
        done.wait()
        ok, value = outcome[0]
        if not ok:
            raise value
        return cast(T, value)

    def guard_store(self, engine: Engine) -> WriteGuard:
        """Refuses (and records) a store write from any thread but the writer."""
        # Imported here: it brings SQLAlchemy, which the login window must not wait for.
        from desk_app.write_guard import guard_writes

        return guard_writes(engine, on_writer_thread)

    @property
    def active_count(self) -> int:
        with self._lock:
            return len(self._active)

    def wait_done(self, msecs: int = 30000) -> bool:
        """Blocks until both pools are idle: only for shutdown and tests, never in a slot. A wide
        task may still hand a write to the writer after the writer looked idle: asked again."""
        deadline = time.monotonic() + msecs / 1000
        while True:
            for pool in (self.writer_pool, self.pool):
                left = int((deadline - time.monotonic()) * 1000)
                if left <= 0 or not pool.waitForDone(left):
                    return False
            if self.writer_pool.activeThreadCount() == 0 and self.pool.activeThreadCount() == 0:
                return True

    def cancel_all(self) -> None:
        with self._lock:
            for worker in self._active:
                worker.cancel()



def run_niced(nice: int, fn: Callable[..., T], *args: Any) -> T:
    """Runs `fn(*args)` at a lower CPU priority in a short-lived thread of its own and waits for
    it: a heavy query (a million-row count) then never takes the CPU from the GUI thread on a busy
    two-core counter PC, and no thread of the shared pool is left niced (an unprivileged process
    cannot raise a thread's priority back). Linux applies nice values per thread; elsewhere the
    call simply runs at normal priority."""
    outcome: list[tuple[bool, Any]] = []

    def body() -> None:
        if sys.platform.startswith("linux"):
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
            except OSError:
                logger.debug("could not lower a worker thread's priority")
        try:
            outcome.append((True, fn(*args)))
        except BaseException as exc:  # noqa: BLE001 - raised again in the calling task
            outcome.append((False, exc))

    thread = threading.Thread(target=body, name="niced", daemon=True)
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return cast(T, value)
