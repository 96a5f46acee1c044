"""A hand-over of the dossier (a row of the Mẫu 06 control sheet): to the specialist unit that
settles it, to the leader who decides, or back to the counter; who receives it and a note. The
time is the moment it is recorded (the service's clock)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ui.lifecycle.dialog_base import ActionDialog

# the service's unit keys, in the order a dossier usually travels
UNITS = ("specialist", "leader", "counter")


class HandoverDialog(ActionDialog):
    def __init__(self, code: str, next_unit: str = "specialist",
                 parent: QWidget | None = None) -> None:
        super().__init__(
            "handoverDialog", self.tr("Bàn giao hồ sơ %1").replace("%1", code),
            self.tr("Ghi một lần giao – nhận hồ sơ vào phiếu kiểm soát (Mẫu 06); thời gian là lúc "
                    "ghi. Kết quả trước hạn / đúng hạn / quá hạn được tính theo ngày hẹn trả."),
            self.tr("&Ghi bàn giao"), parent)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for key, text in (
            ("specialist", self.tr("Cơ quan chuyên môn giải quyết")),
            ("leader", self.tr("Lãnh đạo có thẩm quyền quyết định")),
            ("counter", self.tr("Trả về Bộ phận Một cửa")),
        ):
            self.unit.addItem(text, key)
        self.unit.setCurrentIndex(max(0, self.unit.findData(next_unit)))
        self.receiver = QLineEdit()
        self.receiver.setObjectName("receiver")
        self.receiver.setPlaceholderText(self.tr("Họ tên người nhận (nếu biết)"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.row(self.tr("&Giao cho:"), self.unit)
        self.row(self.tr("Người &nhận:"), self.receiver)
        self.row(self.tr("Ghi &chú:"), self.note)
        self.unit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"to": self.unit.currentData(), "receiver": " ".join(self.receiver.text().split()),
                "note": " ".join(self.note.text().split())}
