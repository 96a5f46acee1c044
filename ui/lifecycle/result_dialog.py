"""The result comes back: its pages scanned or imported (the same page window as at reception),
then stored with the dossier and digitised into a searchable PDF/A; an electronic result (a
signed file) is marked as such."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from ui.lifecycle.dialog_base import ActionDialog
from ui.lifecycle.page_sets import PageSet
from ui.workers import TaskRunner


class ResultDialog(ActionDialog):
    def __init__(self, code: str, capture: Any, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            "resultDialog", self.tr("Nhận kết quả giải quyết hồ sơ %1").replace("%1", code),
            self.tr("Quét hoặc nhập các trang của kết quả (quyết định, giấy chứng nhận…). Khi ghi, "
                    "các trang được lưu vào hồ sơ và số hoá thành PDF/A tìm kiếm được."),
            self.tr("&Ghi nhận kết quả và số hoá"), parent)
        self.page_set = PageSet(self.tr("Kết quả giải quyết"), capture, runner, parent=self)
        self.pages_button = QPushButton(self.tr("&Quét / nhập trang kết quả…"))
        self.pages_button.setObjectName("resultPages")
        self.pages_button.setEnabled(capture is not None)
        self.count = QLabel(self.tr("Chưa có trang nào."))
        self.count.setObjectName("pageCount")
        self.electronic = QCheckBox(self.tr("Kết quả &điện tử (bản có chữ ký số)"))
        self.electronic.setObjectName("electronic")
        self.row(self.tr("Trang kết quả:"), self.pages_button)
        self.form.addRow("", self.count)
        self.form.addRow("", self.electronic)
        self.pages_button.clicked.connect(lambda: self.page_set.open(self))
        self.page_set.changed.connect(self._on_count)
        self.pages_button.setFocus()

    def _on_count(self, n: int) -> None:
        self.count.setText(self.tr("%n trang", "", n) if n else self.tr("Chưa có trang nào."))
        if n:
            self.ok_button.setFocus()

    def problem(self) -> str:
        if self.page_set.count() == 0:
            return self.tr("Chưa có trang kết quả: quét hoặc nhập ít nhất một trang.")
        return ""

    def values(self) -> dict[str, Any]:
        return {"pages": self.page_set.prepared(), "electronic": self.electronic.isChecked()}

    def close_windows(self) -> None:
        self.page_set.close_window()
