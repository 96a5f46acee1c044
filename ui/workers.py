"""Background work for the desktop client: the GUI thread never waits on the store, PDFs or disk.

A `Worker` is a QRunnable that calls one plain function of a service; its `WorkerSignals` (a separate
QObject, because QRunnable cannot carry signals) bring back progress, the result or the error. The
`TaskRunner` owns two pools: one single thread for writes to the local store (SQLite takes one writer
at a time, and a queue keeps writes in the order the officer made them) and a wider one for reads,
thumbnails and PDF rendering. Workers stay referenced by the runner until they finish, so Python never
collects one whose signals are still to be delivered.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

logger = logging.getLogger(__name__)


class AbortFlag(threading.Event):
    """Set when the officer cancels. Services may poll it as an Event (`is_set()`) or call it."""

    def __call__(self) -> bool:
        return self.is_set()


class WorkerSignals(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # done, total, message
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()


class Worker(QRunnable):
    """Runs `fn(*args, **kwargs)` on a pool thread. With `with_progress`, the keyword arguments
    `progress` (a callable done, total, message) and `cancel` (the AbortFlag) are passed too."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it referenced and drops it when finished
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.abort = AbortFlag()
        if with_progress:
            self.kwargs["progress"] = self._report
            self.kwargs["cancel"] = self.abort

    def _report(self, done: int, total: int, message: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), str(message))

    def cancel(self) -> None:
        self.abort.set()

    def run(self) -> None:
        self.signals.started.emit()
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # every failure goes to the error handler, never up the pool
            if not _is_user_error(exc):
                logger.exception("background task %s failed", getattr(self.fn, "__name__", self.fn))
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


def _guarded(fn: Callable[..., Any], owner: QObject | None) -> Callable[..., Any]:
    """A result may arrive after the widget that asked for it was closed and deleted: then it is
    dropped instead of touching a dead C++ object. The owner is the callback's own object when the
    callback is a bound method of a QObject, else the `owner` given."""
    target = owner
    if target is None and isinstance(getattr(fn, "__self__", None), QObject):
        target = fn.__self__
    if target is None:
        return fn

    def call(*args: Any) -> None:
        if shiboken6.isValid(target):
            fn(*args)

    return call


def _is_user_error(exc: BaseException) -> bool:
    from desk_app.errors import DeskError

    return isinstance(exc, DeskError)


class TaskRunner(QObject):
    """The pools of the client. `write()` for anything that changes the store, `run()` for the rest.
    Callbacks run on the GUI thread; pass `owner=widget` with lambdas so that a result arriving
    after the widget was deleted is dropped (bound methods of QObjects are guarded by themselves)."""

    def __init__(self, parent: QObject | None = None, threads: int = 3) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max(1, threads))
        self._active: set[Worker] = set()
        self._lock = threading.Lock()

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        with_progress: bool,
        kwargs: dict[str, Any],
    ) -> Worker:
        owner = kwargs.pop("owner", None)
        worker = Worker(fn, *args, with_progress=with_progress, **kwargs)
        if on_result is not None:
            worker.signals.result.connect(_guarded(on_result, owner))
        if on_error is not None:
            worker.signals.error.connect(_guarded(on_error, owner))
        if on_progress is not None:
            worker.signals.progress.connect(_guarded(on_progress, owner))
        with self._lock:
            self._active.add(worker)
        worker.signals.finished.connect(lambda w=worker: self._forget(w))
        pool.start(worker)
        return worker

    def _forget(self, worker: Worker) -> None:
        with self._lock:
            self._active.discard(worker)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Worker:
        return self._start(
            self.pool, fn, args, on_result, on_error, on_progress, with_progress, kwargs
        )

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> Worker:
        return self._start(
            self.db_pool, fn, args, on_result, on_error, on_progress, with_progress, kwargs
        )

    @property
    def active_count(self) -> int:
        with self._lock:
            return len(self._active)

    def wait_done(self, msecs: int = 30000) -> bool:
        """Blocks until both pools are idle: only for shutdown and tests, never in a slot."""
        return self.db_pool.waitForDone(msecs) and self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        with self._lock:
            for worker in self._active:
                worker.cancel()
