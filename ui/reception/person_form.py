"""The applicant (or submitter) part of a new reception, with inline ID-number warnings."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk_app.domain import vn_format
from ui.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Warning codes of ReceptionService.check_person -> sentences. Unknown codes are shown as a
# generic sentence, never as a bare code.
WARNING_TEXT: dict[str, str] = {
    "not_12_digits": QT_TRANSLATE_NOOP(
        "PersonWarnings", "Số định danh phải gồm đúng 12 chữ số."
    ),
    "unknown_province": QT_TRANSLATE_NOOP(
        "PersonWarnings", "Mã tỉnh (3 chữ số đầu) của số định danh không tồn tại."
    ),
    "birth_year_mismatch": QT_TRANSLATE_NOOP(
        "PersonWarnings", "Năm sinh không khớp với số định danh (chữ số 5–6)."
    ),
    "century_mismatch": QT_TRANSLATE_NOOP(
        "PersonWarnings", "Thế kỷ sinh không khớp với số định danh (chữ số 4)."
    ),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "PersonWarnings", "Giới tính không khớp với số định danh (chữ số 4)."
    ),
}
GENERIC_WARNING = QT_TRANSLATE_NOOP(
    "PersonWarnings", "Số định danh có điểm chưa khớp; hãy kiểm tra lại với thẻ căn cước."
)


def warning_text(code: str) -> str:
    source = WARNING_TEXT.get(code, GENERIC_WARNING)
    return QCoreApplication.translate("PersonWarnings", source)


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d%m%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


class PersonForm(QWidget):
    """Name, ID number, birth date, sex, address, phone, e-mail. `changed` fires on every edit;
    `check_requested` when the ID number or birth data were edited and should be checked."""

    changed = Signal()
    check_requested = Signal()
    id_card_requested = Signal()  # the officer wants the fields read from an ID-card photo

    def __init__(self, prefix: str, short: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(prefix)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("Họ và tên đầy đủ, có dấu"))
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("12 chữ số trên thẻ căn cước"))
        self.id_number.setMaxLength(20)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.birth_date.setMaxLength(10)
        self.sex = QComboBox()
        self.sex.addItem("—", None)
        self.sex.addItem(self.tr("Nam"), "male")
        self.sex.addItem(self.tr("Nữ"), "female")
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Số nhà, đường, xã/phường, tỉnh/thành phố"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        for name, w in (
            ("fullName", self.full_name), ("idNumber", self.id_number),
            ("birthDate", self.birth_date), ("sex", self.sex), ("address", self.address),
            ("phone", self.phone), ("email", self.email),
        ):
            w.setObjectName(f"{prefix}.{name}")

        self.warnings = QLabel()
        self.warnings.setObjectName(f"{prefix}.warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #9a5b00;")
        self.warnings.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)

        def add(row: int, col: int, text: str, field: QWidget, span: int = 1) -> None:
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(field, row, col * 2 + 1, 1, span)

        add(0, 0, self.tr("Họ &và tên:"), self.full_name, 3)
        # next to the number it fills: the officer looks there when the card is in hand
        self.read_id_card = QPushButton(self.tr("Đọc CCCD…"))
        self.read_id_card.setObjectName(f"{prefix}.readIdCard")
        self.read_id_card.setToolTip(self.tr(
            "Đọc họ tên, số định danh, ngày sinh, giới tính, nơi cư trú từ ảnh chụp hoặc ảnh quét "
            "thẻ căn cước; cán bộ xem lại rồi xác nhận"))
        self.read_id_card.clicked.connect(self.id_card_requested)
        number_box = QWidget()
        number_row = QHBoxLayout(number_box)
        number_row.setContentsMargins(0, 0, 0, 0)
        number_row.addWidget(self.id_number, 1)
        number_row.addWidget(self.read_id_card)
        label = QLabel(self.tr("Số định &danh:"))
        label.setBuddy(self.id_number)
        grid.addWidget(label, 1, 0)
        grid.addWidget(number_box, 1, 1)
        add(1, 1, self.tr("Ngày &sinh:"), self.birth_date)
        add(2, 0, self.tr("&Giới tính:"), self.sex)
        add(2, 1, self.tr("Điện th&oại:"), self.phone)
        if not short:
            add(3, 0, self.tr("Đị&a chỉ:"), self.address, 3)
            add(4, 0, self.tr("E-&mail:"), self.email, 3)
        else:
            self.address.hide()
            self.email.hide()
        grid.addWidget(self.warnings, 5, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        for edit in (self.full_name, self.address, self.phone, self.email):
            edit.textChanged.connect(self.changed)
        self.id_number.textChanged.connect(self.changed)
        self.id_number.editingFinished.connect(self.check_requested)
        self.birth_date.editingFinished.connect(self.check_requested)
        self.sex.currentIndexChanged.connect(self.check_requested)

    def person_input(self) -> dict[str, Any]:
        """Keyword arguments of desk_app.reception.PersonInput."""
        return {
            "full_name": self.full_name.text().strip(),
            "id_number": self.id_number.text().strip().replace(" ", ""),
            "birth_date": parse_date(self.birth_date.text()),
            "sex": self.sex.currentData(),
            "address": self.address.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
        }

    def set_warnings(self, codes: list[str]) -> None:
        # a missing name is shown by the hint line, not as an ID warning
        texts = list(dict.fromkeys(warning_text(c) for c in codes if c != "name_missing"))
        if self.birth_date.text().strip() and parse_date(self.birth_date.text()) is None:
            texts.append(self.tr("Ngày sinh chưa đúng dạng ngày/tháng/năm (dd/mm/yyyy)."))
        self.warnings.setText("\n".join("⚠ " + t for t in texts))
        self.warnings.setVisible(bool(texts))

    def fill_from_id_card(self, values: dict[str, Any]) -> None:
        """Fields confirmed by the officer in the ID-card dialog (ui/idcard); empty ones are
        left as they were."""
        if values.get("full_name"):
            self.full_name.setText(values["full_name"])
        if values.get("id_number"):
            self.id_number.setText(values["id_number"])
        if values.get("birth_date") is not None:
            self.birth_date.setText(vn_format.date(values["birth_date"]))
        if values.get("sex") is not None:
            self.sex.setCurrentIndex(max(0, self.sex.findData(values["sex"])))
        if values.get("address") and not self.address.isHidden():
            self.address.setText(values["address"])
        self.check_requested.emit()

    def clear(self) -> None:
        for edit in (self.full_name, self.id_number, self.birth_date, self.address,
                     self.phone, self.email):
            edit.clear()
        self.sex.setCurrentIndex(0)
        self.set_warnings([])

    def first_field(self) -> QWidget:
        return self.full_name
