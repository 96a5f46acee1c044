"""Typing Vietnamese into widgets the way an input method (Unikey, ibus-bamboo) delivers it: one
QInputMethodEvent with the committed text. (qtbot.keyClicks with non-ASCII text aborts Qt.)"""
from __future__ import annotations

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
