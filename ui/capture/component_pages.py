"""The pages of one component in a window of their own: the page strip (thumbnails as pages
arrive, rotate / reorder / delete / rescan, import by button or drag-and-drop) with a "Quét…"
button that opens the scan dialog with the component's catalog default (colour where there are
seals, photos or handwriting). Used by the reception checklist (DraftPages, saved with the
dossier) and by the dossier details page (DossierPages, saved at once)."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.capture.scanner import Scanner, ScanSettings
from desk_app.capture.service import CapturedPage, DraftPages
from ui.capture.page_strip import PageStripWidget
from ui.capture.scan_dialog import ScanDialog
from ui.window_fit import fit_window
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class ComponentPagesDialog(QDialog):
    pages_changed = Signal(int)
    scan_dialog_opened = Signal(object)  # the ScanDialog

    def __init__(self, name: str, pages: DraftPages, runner: TaskRunner, scanner: Scanner | None,
                 settings: ScanSettings, parent: QWidget | None = None,
                 saved_at_once: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("componentPages")
        self.setWindowTitle(self.tr("Các trang của: %1").replace("%1", name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_window(self, 900, 560, "componentPages")
        self.pages = pages
        self.scanner = scanner
        self.settings = settings
        self._runner = runner
        self.scan_dialog: ScanDialog | None = None
        colour = self.tr("màu") if settings.mode.value == "colour" else self.tr("xám")
        note = (self.tr("Các trang được lưu vào hồ sơ ngay khi thêm.") if saved_at_once else
                self.tr("Các trang được lưu cùng hồ sơ khi tiếp nhận."))
        self.hint = QLabel(
            self.tr("Bấm “Quét…” (mặc định %1, %2 dpi theo danh mục thủ tục), “Nhập tệp…”, hoặc kéo "
                    "thả ảnh/PDF vào đây. %3").replace("%1", colour).replace("%2", str(settings.dpi))
            .replace("%3", note))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("componentPagesHint")
        self.strip = PageStripWidget(pages, runner, scanner, settings=settings, parent=self)
        self.scan_button = QPushButton(self.tr("&Quét…"))
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setToolTip(self.tr("Quét các trang của thành phần này bằng máy quét"))
        self.scan_button.setEnabled(scanner is not None)
        font = self.scan_button.font()
        font.setBold(True)
        self.scan_button.setFont(font)
        self.done_button = QPushButton(self.tr("&Xong"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.strip, 1)
        layout.addLayout(buttons)
        self.scan_button.clicked.connect(self.open_scan)
        self.done_button.clicked.connect(self.accept)
        self.strip.pages_changed.connect(self.pages_changed)

    def busy(self) -> bool:
        return self.strip._pending > 0 or self.scan_dialog is not None

    def open_scan(self) -> ScanDialog | None:
        if self.scanner is None:
            return None
        if self.scan_dialog is not None:
            self.scan_dialog.raise_()
            return self.scan_dialog
        dialog = ScanDialog(self.scanner, self.pages, self._runner, self.settings, parent=self)
        dialog.page_added.connect(self._on_scanned)
        dialog.finished.connect(self._on_scan_closed)
        self.scan_dialog = dialog
        dialog.open()
        self.scan_dialog_opened.emit(dialog)
        return dialog

    def _on_scanned(self, page: CapturedPage, thumb: bytes) -> None:
        self.strip.append_page(page, thumb)

    def _on_scan_closed(self, _result: int) -> None:
        # closing stops the scan after the page in progress; the pages still queued on the writer
        # are added first, then the strip is redrawn from the set
        dialog, self.scan_dialog = self.scan_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._runner.write(lambda: None, owner=self.strip, on_finished=self.strip.refresh)

    def closeEvent(self, event: Any) -> None:
        self.strip.stop_watching()
        super().closeEvent(event)
