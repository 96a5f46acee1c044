"""What the administrator's tabs share: the facade, the runner, who is acting (for the audit) and
one way to run a change — on the single writer when it changes this store, on the wide pool when
it goes to the centre (network) — with the word the administrator sees after it."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from desk_app.admin_access import AdminAccess
from ui.error_text import error_text
from ui.workers import TaskRunner


class AdminTab(QWidget):
    said = Signal(str, bool)  # text, is an error

    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.runner = runner
        self.actor = actor

    def say(self, text: str, error: bool = False) -> None:
        self.said.emit(text, error)

    def fail(self, exc: BaseException) -> None:
        self.say(error_text(exc), True)

    def read(self, fn: Callable[..., Any], *args: Any,
             on_result: Callable[[Any], object]) -> None:
        self.runner.run(fn, *args, owner=self, on_result=on_result, on_error=self.fail)

    def change(self, fn: Callable[..., Any], *args: Any,
               on_result: Callable[[Any], object]) -> None:
        """A change: to the centre on the wide pool, to this store on the single writer."""
        if self.access.central_admin_url():
            self.runner.run(fn, *args, owner=self, on_result=on_result, on_error=self.fail)
        else:
            self.runner.write(fn, *args, owner=self, on_result=on_result, on_error=self.fail)

    def refresh(self) -> None:
        """Reloads what the tab shows (called when it is first shown and after a change)."""


class PlannedChangeTab(AdminTab):
    """A tab whose change is planned first (its differences shown in `preview`) and applied only
    from that plan (`apply_button`): the catalog and the holiday calendar. The words said stay in
    the subclasses, so each keeps its own translation context."""

    preview: QPlainTextEdit
    apply_button: QPushButton
    plan: Any | None

    def show_plan(self, plan: Any, lines: list[str], empty: bool, unchanged: str,
                  ready: str) -> None:
        self.plan = plan
        self.preview.setPlainText("\n".join(lines))
        if empty:
            self.say(unchanged)
            return
        self.apply_button.setEnabled(True)
        self.apply_button.setFocus()
        self.say(ready)

    def fail(self, exc: BaseException) -> None:
        detail = getattr(exc, "detail", "")
        if getattr(exc, "code", "") == "catalog_invalid" and detail:  # one refused line a row
            self.preview.setPlainText(detail.replace("; dòng", "\ndòng"))
        super().fail(exc)

    def apply_plan(self, fn: Callable[..., Any], on_result: Callable[[Any], object]) -> None:
        if self.plan is None:
            return
        plan, self.plan = self.plan, None
        self.apply_button.setEnabled(False)
        self.change(fn, plan, on_result=on_result)


def preview_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setReadOnly(True)
    box.setPlaceholderText(placeholder)
    box.setObjectName("preview")
    box.setMaximumBlockCount(5000)
    return box


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label
