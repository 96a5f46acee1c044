"""Typing Vietnamese into widgets the way an input method (Unikey, ibus-bamboo) delivers it: one
QInputMethodEvent with the committed text. (qtbot.keyClicks with non-ASCII text aborts Qt.)"""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def type_focused(text: str) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    return widget


def show_active(qtbot: object, window: QWidget) -> None:
    """Shows `window` and waits until it really has the keyboard. Offscreen, activation events
    arrive late (a popup can take the activation after it was asked back): ask until it holds."""
    window.show()
    window.activateWindow()

    def active() -> bool:
        if QApplication.activeWindow() is window:
            return True
        handle = window.windowHandle()
        if handle is not None:
            handle.requestActivate()
        return False

    qtbot.waitUntil(active)  # type: ignore[attr-defined]


def start_test_reception(qtbot: Any, window: Any, applicant: str) -> Any:
    """F2 on the main window, the test procedure T.KS chosen, the applicant's name typed, the
    first two components ticked by keyboard and the second presented as a photocopy with its
    original (where a certified copy is one step stricter). Returns the reception page."""
    from PySide6.QtCore import Qt

    key, until = qtbot.keyClick, qtbot.waitUntil
    key(window, Qt.Key.Key_F2)
    page = window.reception_page
    until(lambda: len(page._procedures) > 0)
    page.select_procedure("T.KS")
    until(lambda: page.procedure is not None)
    type_text(page.applicant.full_name, applicant)
    rows = page.checklist.rows
    for row in rows[:2]:
        row.tick.setFocus()
        key(row.tick, Qt.Key.Key_Space)
    rows[1].form.setCurrentIndex(rows[1].form.findData("photocopy_with_original"))
    return page
