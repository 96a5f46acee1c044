"""A QRunnable that runs one core call off the GUI thread; its signals live on a separate QObject
kept referenced until the run ends. The call gets `progress` and `cancel` when it accepts them."""
from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

logger = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)
    error = Signal(object)
    finished = Signal()


class FunctionWorker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.cancel = threading.Event()
        self.signals = WorkerSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        kwargs: dict[str, Any] = {}
        params = inspect.signature(self.fn).parameters
        if "progress" in params:
            kwargs["progress"] = lambda d, t, m: self.signals.progress.emit(d, t, m)
        if "cancel" in params:
            kwargs["cancel"] = self.cancel
        try:
            self.signals.result.emit(self.fn(*self.args, **kwargs))
        except Exception as exc:  # handed to the widget's error slot, never lost
            logger.warning("background work failed: %s", type(exc).__name__)
            self.signals.error.emit(exc)
        finally:
            self.signals.finished.emit()
