"""Mẫu 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả": issued before the due date passes, with
the reason for the delay and the new date promised to the citizen. The dossier stays late in
every figure once returned after its first due date (docs/gui.md)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from desk_app.domain import vn_format
from ui.lifecycle.dialog_base import ActionDialog


class ApologyDialog(ActionDialog):
    def __init__(self, code: str, due: dt.datetime | None, suggested: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            "apologyDialog",
            self.tr("Phiếu xin lỗi và hẹn lại ngày trả kết quả – Mẫu 04"),
            self.tr("Hồ sơ %1 hẹn trả %2. Ghi lý do chậm và ngày hẹn trả mới; phiếu Mẫu 04 được "
                    "tạo để in và giao cho công dân.").replace("%1", code)
            .replace("%2", vn_format.date(due) or "—"),
            self.tr("&Lập và in phiếu – Mẫu 04"), parent)
        self._due = due
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Ví dụ: cần xác minh thêm thông tin tại cơ quan khác"))
        self.new_date = QDateEdit()
        self.new_date.setObjectName("newDate")
        self.new_date.setDisplayFormat("dd/MM/yyyy")
        self.new_date.setCalendarPopup(True)
        self.new_date.setDate(QDate(suggested.year, suggested.month, suggested.day))
        self.row(self.tr("&Lý do chậm:"), self.reason)
        self.row(self.tr("Ngày hẹn &mới:"), self.new_date)
        self.note = QLabel(self.tr("Hồ sơ trả sau ngày hẹn đầu tiên vẫn tính là trễ hạn."))
        self.note.setWordWrap(True)
        self.body.insertWidget(2, self.note)
        self.reason.setFocus()

    def chosen_date(self) -> dt.date:
        d = self.new_date.date()
        return dt.date(d.year(), d.month(), d.day())

    def problem(self) -> str:
        if not self.reason.text().strip():
            self.reason.setFocus()
            return self.tr("Cần ghi lý do chậm trả kết quả.")
        if self._due is not None and self.chosen_date() <= self._due.date():
            self.new_date.setFocus()
            self.new_date.setSelectedSection(QDateEdit.Section.DaySection)  # retype from the day
            return self.tr("Ngày hẹn mới phải sau ngày hẹn trả %1.").replace(
                "%1", vn_format.date(self._due))
        return ""

    def values(self) -> dict[str, Any]:
        return {"reason": " ".join(self.reason.text().split()), "new_date": self.chosen_date()}
