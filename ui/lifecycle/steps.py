"""The Mẫu 06 control sheet's steps on the details page: each hand-over with its giver, receiver,
real time and whether it finished early, on time or late (colour and word), read from the store."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from ui.i18n import QT_TRANSLATE_NOOP

RESULT_TEXT = {
    "early": QT_TRANSLATE_NOOP("HandoverResult", "Trước hạn"),
    "on_time": QT_TRANSLATE_NOOP("HandoverResult", "Đúng hạn"),
    "late": QT_TRANSLATE_NOOP("HandoverResult", "Quá hạn"),
}
RESULT_COLOUR = {"early": "#1b5e20", "on_time": "#1b5e20", "late": "#b00020"}


def result_text(value: str | None) -> str:
    if not value:
        return "—"
    source = RESULT_TEXT.get(str(value))
    return QCoreApplication.translate("HandoverResult", source) if source else str(value)


class StepsBox(QGroupBox):
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quá trình giải quyết (Mẫu 06)"))
        self.setObjectName("stepsBox")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("steps")
        self.table.setHorizontalHeaderLabels([
            self.tr("Lúc"), self.tr("Bên giao"), self.tr("Bên nhận"), self.tr("Kết quả"),
            self.tr("Ghi chú"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # who gave and received wrap in a fixed width: the note keeps the rest of the row
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, 150)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.print_button = QPushButton(self.tr("Xem / in phiếu kiểm soát – Mẫu 06 (F11)"))
        self.print_button.setObjectName("printControlSheet")
        self.print_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("stepsSummary")
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.setMaximumHeight(220)

    def set_steps(self, steps: list[Any]) -> None:
        """`steps`: objects with giver, receiver, at, result (early/on_time/late/None), note."""
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            result = getattr(step, "result", None)
            result = getattr(result, "value", result)
            texts = (vn_format.datetime(step.at), step.giver, step.receiver, result_text(result),
                     getattr(step, "note", "") or "")
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3 and result:
                    item.setForeground(QColor(RESULT_COLOUR.get(str(result), "#000")))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if steps:
            self.table.scrollToBottom()
        self.summary.setText(self.tr("%n bước đã ghi", "", len(steps)))

    def texts(self) -> list[list[str]]:
        out = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.COLUMNS)]
            out.append([item.text() if item is not None else "" for item in items])
        return out
