"""Pages gathered for an action before it is recorded (a result, a supplement): a page set in the
store's page folder (never a temp file outside the store), scanned or imported in the same page
window the reception uses, and handed to the service when the officer confirms."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.workers import TaskRunner


class PageSet(QObject):
    """One set of staged pages and its page window; `changed(count)` after every change."""

    changed = Signal(int)
    window_opened = Signal(object)  # the ComponentPagesDialog

    def __init__(self, name: str, capture: Any, runner: TaskRunner, colour: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._capture = capture
        self._runner = runner
        self.colour = colour
        self.pages: Any | None = None
        self.dialog: Any | None = None

    def count(self) -> int:
        return len(self.pages.pages()) if self.pages is not None else 0

    def prepared(self) -> list[Any]:
        return list(self.pages.prepared()) if self.pages is not None else []

    def open(self, parent: QWidget) -> None:
        """The page window (scan, import, rotate, order); the set is made on a worker the first
        time (it opens the page folder)."""
        if self.pages is not None:
            self._show(parent)
            return
        self._runner.run(self._capture.draft_pages, self.colour, owner=self,
                         on_result=lambda pages: self._made(pages, parent))

    def _made(self, pages: Any, parent: QWidget) -> None:
        self.pages = pages
        self._show(parent)

    def _show(self, parent: QWidget) -> None:
        from ui.capture.component_pages import ComponentPagesDialog

        if self.dialog is not None or self.pages is None:
            return
        dialog = ComponentPagesDialog(self.name, self.pages, self._runner,
                                      self._capture.scanner(),
                                      self._capture.settings_for(self.colour), parent=parent)
        dialog.pages_changed.connect(lambda _n: self.changed.emit(self.count()))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        self.window_opened.emit(dialog)

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.changed.emit(self.count())

    def close_window(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
