"""Reading a citizen identity card into the applicant form: the officer picks a photo or scan, the
card is read on a worker thread, the fields come back pre-filled with the doubtful ones
highlighted, and nothing reaches the form until the officer confirms."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.idcard.reader import FIELD_WARNINGS, IdCardResult, read_id_card
from ui.i18n import QT_TRANSLATE_NOOP
from ui.window_fit import fit_window
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

DOUBT_STYLE = "background: #fff1c2; border: 1px solid #d9a400;"

WARNING_TEXT: dict[str, str] = {
    "id_number_unreadable": QT_TRANSLATE_NOOP("IdCardWarnings", "Không đọc được số định danh."),
    "birth_date_unreadable": QT_TRANSLATE_NOOP("IdCardWarnings", "Không đọc được ngày sinh."),
    "name_unreadable": QT_TRANSLATE_NOOP("IdCardWarnings", "Không đọc được họ tên."),
    "sex_unreadable": QT_TRANSLATE_NOOP("IdCardWarnings", "Không đọc được giới tính."),
    "sex_from_number": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Giới tính suy ra từ chữ số thứ 4 của số định danh, chưa đọc được trên thẻ."),
    "low_confidence_number": QT_TRANSLATE_NOOP("IdCardWarnings", "Số định danh đọc chưa chắc chắn."),
    "low_confidence_birth_date": QT_TRANSLATE_NOOP("IdCardWarnings", "Ngày sinh đọc chưa chắc chắn."),
    "low_confidence_name": QT_TRANSLATE_NOOP("IdCardWarnings", "Họ tên đọc chưa chắc chắn (dấu tiếng Việt)."),
    "low_confidence_sex": QT_TRANSLATE_NOOP("IdCardWarnings", "Giới tính đọc chưa chắc chắn."),
    "low_confidence_residence": QT_TRANSLATE_NOOP("IdCardWarnings", "Nơi cư trú đọc chưa chắc chắn."),
    "sex_mismatch": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Giới tính không khớp với chữ số thứ 4 của số định danh."),
    "century_mismatch": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Thế kỷ sinh không khớp với chữ số thứ 4 của số định danh."),
    "birth_year_mismatch": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Năm sinh không khớp với chữ số thứ 5–6 của số định danh."),
    "unknown_province": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Mã tỉnh (3 chữ số đầu) của số định danh không có trong danh mục."),
    "qr_ocr_disagree": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Mã QR và chữ in trên thẻ không khớp nhau: đối chiếu kỹ thẻ gốc."),
    "name_without_diacritics": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Họ tên đọc từ vùng MRZ mặt sau, không có dấu: sửa lại theo thẻ."),
    "card_not_found": QT_TRANSLATE_NOOP(
        "IdCardWarnings", "Không thấy viền thẻ trong ảnh; đã đọc toàn bộ ảnh."),
}
GENERIC = QT_TRANSLATE_NOOP("IdCardWarnings", "Có điểm cần kiểm tra lại với thẻ gốc.")


def warning_text(code: str) -> str:
    return QCoreApplication.translate("IdCardWarnings", WARNING_TEXT.get(code, GENERIC))


class IdCardDialog(QDialog):
    """`reader(path) -> IdCardResult` runs on the runner's pool; `values()` after accept() gives
    the keyword arguments of the applicant form (full_name, id_number, birth_date, sex, address)."""

    def __init__(self, runner: TaskRunner,
                 reader: Callable[[Path], IdCardResult] = read_id_card,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idCardDialog")
        self.setWindowTitle(self.tr("Đọc thẻ căn cước"))
        self._runner = runner
        self._reader = reader
        self._request = 0
        self.result_read: IdCardResult | None = None
        self.last_worker: Any = None

        self.choose = QPushButton(self.tr("&Chọn ảnh chụp / ảnh quét thẻ…"))
        self.choose.setObjectName("chooseImage")
        self.file_label = QLabel(self.tr("Chưa chọn ảnh."))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the reader gives no steps: a busy bar
        self.progress.hide()
        self.cancel_read = QPushButton(self.tr("Huỷ đọc"))
        self.cancel_read.hide()
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_read)

        self.number = QLineEdit()
        self.number.setMaxLength(20)
        self.name = QLineEdit()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText("dd/mm/yyyy")
        self.sex = QComboBox()
        self.sex.addItem("—", None)
        self.sex.addItem(self.tr("Nam"), "male")
        self.sex.addItem(self.tr("Nữ"), "female")
        self.residence = QLineEdit()
        self.source = QLabel()
        self.source.setObjectName("source")
        self._editors: dict[str, QWidget] = {
            "number": self.number, "name": self.name, "birth_date": self.birth_date,
            "sex": self.sex, "residence": self.residence,
        }
        for key, w in self._editors.items():
            w.setObjectName(f"idcard.{key}")
        form = QFormLayout()
        form.addRow(self.tr("Số định danh:"), self.number)
        form.addRow(self.tr("Họ và tên:"), self.name)
        form.addRow(self.tr("Ngày sinh:"), self.birth_date)
        form.addRow(self.tr("Giới tính:"), self.sex)
        form.addRow(self.tr("Nơi cư trú:"), self.residence)
        form.addRow(self.tr("Nguồn:"), self.source)

        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        note = QLabel(self.tr("Cán bộ đối chiếu với thẻ gốc; ô tô màu vàng cần kiểm tra kỹ."))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(self.tr("&Xác nhận và điền vào phiếu"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("confirm")
        self.confirm.setEnabled(False)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(busy)
        lay.addLayout(form)
        lay.addWidget(self.warnings)
        lay.addWidget(self.error)
        lay.addWidget(note)
        lay.addWidget(self.buttons)
        fit_window(self, 620, 0, "idCardDialog")

        self.choose.clicked.connect(self._on_choose)
        self.cancel_read.clicked.connect(self._on_cancel_read)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reading --------------------------------------------------------------------------
    def _on_choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ảnh thẻ căn cước"), "",
            self.tr("Ảnh hoặc PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)"))
        if path:
            self.read_file(Path(path))

    def read_file(self, path: Path) -> None:
        """Reads `path` in the background; a later request supersedes an earlier one."""
        self._request += 1
        request = self._request
        self.file_label.setText(path.name)
        self.error.hide()
        self._busy(True)
        self.last_worker = self._runner.run(
            self._reader, path,
            on_result=partial(self._on_result, request),
            on_error=partial(self._on_error, request),
            owner=self,
        )

    def _on_cancel_read(self) -> None:
        # Tesseract cannot be stopped half-way: the result is dropped when it arrives
        self._request += 1
        self._busy(False)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_read.setVisible(on)
        self.choose.setEnabled(not on)

    def _on_result(self, request: int, result: IdCardResult) -> None:
        if request != self._request:
            return
        self._busy(False)
        self.show_result(result)

    def _on_error(self, request: int, exc: BaseException) -> None:
        if request != self._request:
            return
        self._busy(False)
        from ui.error_text import error_text

        self.error.setText(error_text(exc))
        self.error.show()

    def show_result(self, result: IdCardResult) -> None:
        self.result_read = result
        self.number.setText(result.number or "")
        self.name.setText(result.name or "")
        self.birth_date.setText(vn_format.date(result.birth_date))
        self.sex.setCurrentIndex(max(0, self.sex.findData(result.sex)))
        self.residence.setText(result.residence or "")
        self.source.setText(self.tr("mã QR trên thẻ") if result.source == "qr"
                            else self.tr("nhận dạng chữ in trên thẻ"))
        for key, editor in self._editors.items():
            doubted = any(code in FIELD_WARNINGS[key] for code in result.warnings)
            empty = getattr(result, key) is None
            editor.setStyleSheet(DOUBT_STYLE if doubted or empty else "")
            editor.setProperty("doubted", doubted or empty)
            editor.setToolTip("\n".join(warning_text(c) for c in result.warnings
                                        if c in FIELD_WARNINGS[key]))
        texts = [warning_text(c) for c in result.warnings]
        self.warnings.setText("\n".join("⚠ " + t for t in texts))
        self.warnings.setVisible(bool(texts))
        self.confirm.setEnabled(True)

    # --- the confirmed values ---------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the officer confirmed, as the applicant form's fields."""
        return {
            "full_name": " ".join(self.name.text().split()),
            "id_number": self.number.text().replace(" ", ""),
            "birth_date": _parse_date(self.birth_date.text()),
            "sex": self.sex.currentData(),
            "address": " ".join(self.residence.text().split()),
        }


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None
