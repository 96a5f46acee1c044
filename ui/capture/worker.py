"""A QRunnable for capture work (scanning, importing, thumbnails). Its signals live on a separate
QObject; `item` carries each page as it arrives, so thumbnails appear while the rest is still
being scanned. Workers are kept referenced in `ACTIVE` until finished.

Connect these signals to bound methods of QObjects (widgets): Qt then queues the call to the
widget's (GUI) thread. A plain lambda would run on the worker thread."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QTimer, Signal

logger = logging.getLogger(__name__)

ACTIVE: set[CaptureWorker] = set()


class _Keeper(QObject):
    """Lives on the GUI thread; drops a worker only once its last signal has been delivered
    there, so no Python wrapper is collected while Qt still has its signals queued."""

    def release(self, worker: object) -> None:
        # Other slots of the same `done` emission are still queued behind this one: let them
        # run first, then drop the worker.
        QTimer.singleShot(0, self, lambda: ACTIVE.discard(worker))  # type: ignore[arg-type]


_KEEPER: _Keeper | None = None


def _keeper() -> _Keeper:
    global _KEEPER
    if _KEEPER is None:
        _KEEPER = _Keeper()
    return _KEEPER


class CaptureSignals(QObject):
    progress = Signal(int, int, str)
    item = Signal(object)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()
    done = Signal(object)  # the worker itself, after `finished`: for slots that need to know which


class CaptureWorker(QRunnable):
    """Runs fn(emit_item, progress, cancel) on a pool thread."""

    def __init__(self, fn: Callable[[Callable[[Any], None], Callable[[int, int, str], None],
                                     threading.Event], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.cancel = threading.Event()
        self.after: list[Callable[[], None]] = []  # run on the GUI thread by the owner's done slot
        self.signals = CaptureSignals()
        ACTIVE.add(self)
        self.signals.done.connect(_keeper().release)

    def run(self) -> None:
        try:
            value = self.fn(self.signals.item.emit,
                            lambda d, t, m="": self.signals.progress.emit(int(d), int(t), str(m)),
                            self.cancel)
        except Exception as exc:  # noqa: BLE001 - every failure goes to the error handler
            from desk_app.errors import DeskError

            if not isinstance(exc, DeskError):
                logger.exception("capture task failed")
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()
            self.signals.done.emit(self)
