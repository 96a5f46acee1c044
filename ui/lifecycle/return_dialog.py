"""Returning the result to the citizen: who collected it (the citizen, or a person they authorised)
checked against the ID card read by the card reader (ui/idcard/), when, how (at the desk, by post,
online) and the fees collected, if any."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.lifecycle.dialog_base import ActionDialog
from ui.workers import TaskRunner

OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class ReturnDialog(ActionDialog):
    def __init__(self, code: str, runner: TaskRunner, applicant: tuple[str, str],
                 submitter: tuple[str, str] | None, now: dt.datetime,
                 method: str = "desk", parent: QWidget | None = None) -> None:
        super().__init__(
            "returnDialog", self.tr("Trả kết quả hồ sơ %1").replace("%1", code),
            self.tr("Đọc thẻ căn cước của người đến nhận để đối chiếu với người nộp hồ sơ, rồi ghi "
                    "việc trả kết quả."),
            self.tr("&Ghi trả kết quả"), parent, width=660)
        self._runner = runner
        self.applicant = applicant  # (name, ID number) as received
        self.submitter = submitter
        self.id_card_dialog: Any | None = None
        self.card_read = False

        self.collector = QComboBox()
        self.collector.setObjectName("collector")
        self.collector.addItem(self.tr("Chính người nộp hồ sơ"), "citizen")
        self.collector.addItem(self.tr("Người được uỷ quyền"), "authorised")
        self.read_card = QPushButton(self.tr("Đọc &thẻ căn cước…"))
        self.read_card.setObjectName("readCard")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.id_number = QLineEdit()
        self.id_number.setObjectName("idNumber")
        self.id_number.setMaxLength(20)
        self.check = QLabel(self.tr("Chưa đọc thẻ căn cước."))
        self.check.setObjectName("idCheck")
        self.check.setWordWrap(True)
        self.authorisation = QCheckBox(self.tr("Đã kiểm tra giấy uỷ quyền"))
        self.authorisation.setObjectName("authorisation")
        self.when = QDateTimeEdit()
        self.when.setObjectName("when")
        self.when.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.when.setDateTime(QDateTime(now.replace(microsecond=0, tzinfo=None)))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for key, text in (("desk", self.tr("Tại Bộ phận Một cửa")),
                          ("post", self.tr("Qua dịch vụ bưu chính")),
                          ("online", self.tr("Trực tuyến (bản điện tử)"))):
            self.method.addItem(text, key)
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self.fees = QLineEdit()
        self.fees.setObjectName("fees")
        self.fees.setPlaceholderText(self.tr("Số tiền (đồng), để trống nếu không thu"))

        self.row(self.tr("&Người nhận:"), self.collector)
        self.form.addRow("", self.read_card)
        self.row(self.tr("&Họ tên:"), self.name)
        self.row(self.tr("&Số định danh:"), self.id_number)
        self.form.addRow("", self.check)
        self.form.addRow("", self.authorisation)
        self.row(self.tr("&Lúc:"), self.when)
        self.row(self.tr("Hình thức t&rả:"), self.method)
        self.row(self.tr("&Phí, lệ phí:"), self.fees)

        self.collector.currentIndexChanged.connect(self._on_collector)
        self.read_card.clicked.connect(self.open_id_card)
        self.id_number.textChanged.connect(self._show_check)
        self.name.textChanged.connect(self._show_check)
        self._on_collector()
        self.read_card.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the ID card ----------------------------------------------------------------------------
    def open_id_card(self) -> Any:
        from ui.idcard.idcard_dialog import IdCardDialog

        dialog = IdCardDialog(self._runner, parent=self)
        dialog.accepted.connect(lambda: self.fill_from_card(dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._on_card_closed)
        self.id_card_dialog = dialog
        dialog.open()
        return dialog

    def _on_card_closed(self, *_a: Any) -> None:
        self.id_card_dialog = None

    def fill_from_card(self, values: dict[str, Any]) -> None:
        self.card_read = True
        self.name.setText(values.get("full_name") or "")
        self.id_number.setText(values.get("id_number") or "")
        self._show_check()
        self.when.setFocus()

    def expected(self) -> tuple[str, str] | None:
        """Whose card is expected: the applicant's, or the authorised submitter's if known."""
        if self.collector.currentData() == "citizen":
            return self.applicant
        return self.submitter

    def _on_collector(self, *_a: Any) -> None:
        citizen = self.collector.currentData() == "citizen"
        self.authorisation.setVisible(not citizen)
        if citizen and not self.card_read and not self.name.text():
            self.name.setText(self.applicant[0])
        self._show_check()

    def matches(self) -> bool | None:
        """Whether the number read matches the expected person's (None: nothing to compare)."""
        expected = self.expected()
        number = _digits(self.id_number.text())
        if expected is None or not expected[1] or not number:
            return None
        return number == _digits(expected[1])

    def _show_check(self, *_a: Any) -> None:
        match = self.matches()
        if not self.card_read:
            text, style = self.tr("Chưa đọc thẻ căn cước."), ""
        elif match is None:
            text, style = self.tr("Đã đọc thẻ; không có số định danh để đối chiếu."), ""
        elif match:
            text, style = self.tr("✓ Số định danh trên thẻ khớp với hồ sơ."), OK_STYLE
        else:
            text, style = self.tr("⚠ Số định danh trên thẻ KHÔNG khớp với hồ sơ."), BAD_STYLE
        self.check.setText(text)
        self.check.setStyleSheet(style)

    # --- recording ------------------------------------------------------------------------------
    def problem(self) -> str:
        if not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Cần ghi họ tên người nhận kết quả.")
        if self.collector.currentData() == "citizen" and self.matches() is False:
            return self.tr("Số định danh của người nhận không khớp với người nộp hồ sơ: kiểm tra lại "
                           "thẻ, hoặc chọn “Người được uỷ quyền”.")
        if self.method.currentData() == "desk" and not _digits(self.id_number.text()):
            self.id_number.setFocus()
            return self.tr("Trả tại quầy cần số định danh của người nhận (đọc thẻ căn cước).")
        if self.collector.currentData() == "authorised":
            if not _digits(self.id_number.text()):
                self.id_number.setFocus()
                return self.tr("Người được uỷ quyền cần xuất trình thẻ căn cước (số định danh).")
            if not self.authorisation.isChecked():
                self.authorisation.setFocus()
                return self.tr("Cần kiểm tra giấy uỷ quyền trước khi trả kết quả.")
        fees = self.fees.text().replace(".", "").replace(",", "").strip()
        if fees and not fees.isdigit():
            self.fees.setFocus()
            return self.tr("Phí, lệ phí ghi bằng số tiền (đồng).")
        return ""

    def values(self) -> dict[str, Any]:
        fees = self.fees.text().replace(".", "").replace(",", "").strip()
        return {
            "to": " ".join(self.name.text().split()),
            "id_number": _digits(self.id_number.text()) or None,
            "collector": self.collector.currentData(),
            "checked_by_card": self.card_read,
            "at": self.when.dateTime().toPython(),
            "method": self.method.currentData(),
            "fees": int(fees) if fees else None,
        }

    def close_windows(self) -> None:
        if self.id_card_dialog is not None:
            self.id_card_dialog.close()
