"""A small background worker: a QRunnable running one call, its outcome sent back through signals
(the GUI thread never waits on comparison, OCR or the disk)."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

logger = logging.getLogger(__name__)


class WorkerSignals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class CallWorker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self.cancelled = False
        self.setAutoDelete(False)  # the owner keeps it referenced until finished

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure goes to the failed handler
            logger.info("background call failed: %s", type(exc).__name__)
            if not self.cancelled:
                self.signals.failed.emit(exc)
        else:
            if not self.cancelled:
                self.signals.done.emit(value)
        finally:
            self.signals.finished.emit()
