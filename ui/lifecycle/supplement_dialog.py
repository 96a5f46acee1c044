"""Completing a dossier sent back for supplements (Mẫu 02): the citizen brings what was listed,
the officer scans or imports the new pages into each listed component and records the
completion; the time limit then counts from the complete dossier (docs/gui.md)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from ui.lifecycle.dialog_base import ActionDialog
from ui.lifecycle.page_sets import PageSet
from ui.workers import TaskRunner


class SupplementDialog(ActionDialog):
    def __init__(self, code: str, components: list[Any], capture: Any, runner: TaskRunner,
                 reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            "supplementDialog", self.tr("Hoàn thành bổ sung hồ sơ %1").replace("%1", code),
            self.tr("Chọn từng thành phần đã yêu cầu bổ sung (↑↓), nhấn Enter để quét hoặc nhập "
                    "các trang mới. Khi ghi, hồ sơ đủ và thời hạn giải quyết tính lại từ lúc này."),
            self.tr("&Ghi hoàn thành bổ sung"), parent, width=700)
        self.components = list(components)
        self.sets = [PageSet(c.name, capture, runner, parent=self) for c in self.components]
        asked = QLabel(reason or "—")
        asked.setObjectName("asked")
        asked.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("supplementComponents")
        self.pages_button = QPushButton(self.tr("&Quét / nhập trang cho thành phần đã chọn…"))
        self.pages_button.setObjectName("supplementPages")
        self.pages_button.setEnabled(capture is not None and bool(self.components))
        self.form.addRow(self.tr("Đã yêu cầu:"), asked)
        self.row(self.tr("&Thành phần:"), self.list)
        self.form.addRow("", self.pages_button)
        for n, page_set in enumerate(self.sets):
            self.list.addItem(QListWidgetItem())
            page_set.changed.connect(lambda _c, n=n: self._show(n))
            self._show(n)
        if self.components:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self.open_selected())
        self.pages_button.clicked.connect(self.open_selected)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, n: int) -> None:
        count = self.sets[n].count()
        mark = "✓" if count else "○"
        pages = self.tr("%n trang", "", count) if count else self.tr("chưa có trang")
        self.list.item(n).setText(f"{mark} {self.components[n].name} — {pages}")

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.sets):
            self.sets[row].open(self)

    def problem(self) -> str:
        if not any(s.count() for s in self.sets):
            return self.tr("Chưa có trang bổ sung nào: quét hoặc nhập trang cho thành phần đã "
                           "yêu cầu.")
        return ""

    def values(self) -> dict[str, Any]:
        return {"pages": {c.id: s.prepared() for c, s in zip(self.components, self.sets, strict=True)
                          if s.count()}}

    def close_windows(self) -> None:
        for s in self.sets:
            s.close_window()
