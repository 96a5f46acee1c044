"""The frame every action dialog of the dossier's life shares: a title line saying what the action
records, a form, an inline error line (the dialog stays open on bad input), the primary button
named after the action and Esc to cancel. Fits 1366×768 (ui/window_fit.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.window_fit import fit_window

ERROR_STYLE = "color: #b00020;"


class ActionDialog(QDialog):
    def __init__(self, name: str, title: str, intro: str, ok_text: str,
                 parent: QWidget | None = None, width: int = 620) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("intro")
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Huỷ (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # once inside the dialog, so Enter in any field records
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        fit_window(self, width, 0, name)

    def row(self, label: str, widget: QWidget) -> QWidget:
        text = QLabel(label)
        text.setBuddy(widget)
        self.form.addRow(text, widget)
        return widget

    def problem(self) -> str:
        """What keeps the input from being recorded, as a sentence; "" when it can be."""
        return ""

    def values(self) -> dict[str, Any]:
        return {}

    def say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _try_accept(self) -> None:
        problem = self.problem()
        self.say_error(problem)
        if not problem:
            self.accept()
