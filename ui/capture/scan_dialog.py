"""The scan dialog: device, settings, progress and cancel. The scan runs on the wide pool, each page
through the pipeline there; each page is added to the set through the client's single writer and
reaches the page strip (signal `page_added`) one by one as it arrives; when the device stops (jam,
empty feeder, cover open, crash, hang) the pages so far stay."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.capture.scanner import (
    ALLOWED_DPI,
    PAGE_SIZES,
    DeviceInfo,
    ScanError,
    ScannedPage,
    Scanner,
    ScanSettings,
    Source,
)
from desk_app.capture.service import CapturedPage, DraftPages
from desk_app.domain.types import ColourMode
from desk_app.tasks import CancelToken, Progress
from ui.capture.texts import error_text
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)


class ScanDialog(QDialog):
    page_added = Signal(object, bytes)  # CapturedPage, thumbnail
    scan_finished = Signal(int)  # pages added by this scan
    devices_loaded = Signal(int)

    def __init__(self, scanner: Scanner, pages: DraftPages, runner: TaskRunner,
                 settings: ScanSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quét tài liệu"))
        self.scanner = scanner
        self.pages = pages
        self._runner = runner
        self.worker: Worker | None = None
        self.added = 0
        self.last_error: BaseException | None = None
        self._scan_error: BaseException | None = None  # the scan's own failure, told at its end
        s = settings or ScanSettings(dpi=pages.dpi if pages.dpi in ALLOWED_DPI else 300, mode=pages.mode)

        self.device_options = dict(s.device_options)  # raw driver options, kept as given
        self.device = QComboBox(self)
        self.dpi = QComboBox(self)
        for dpi in (200, 300):
            self.dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.dpi.setCurrentIndex(self.dpi.findData(s.dpi) if self.dpi.findData(s.dpi) >= 0 else 1)
        self.mode = QComboBox(self)
        for mode, label in ((ColourMode.COLOUR, self.tr("Màu (con dấu, ảnh, chữ viết tay)")),
                            (ColourMode.GREY, self.tr("Xám")),
                            (ColourMode.BW, self.tr("Đen trắng (văn bản in)"))):
            self.mode.addItem(label, mode.value)
        self.mode.setCurrentIndex(self.mode.findData(s.mode.value))
        self.source = QComboBox(self)
        for source, label in ((Source.FLATBED, self.tr("Mặt kính")), (Source.FEEDER, self.tr("Khay nạp giấy")),
                              (Source.DUPLEX, self.tr("Khay nạp, hai mặt"))):
            self.source.addItem(label, source.value)
        self.source.setCurrentIndex(self.source.findData(s.source.value))
        self.page_size = QComboBox(self)
        for name in PAGE_SIZES:
            self.page_size.addItem(name, name)
        self.page_size.setCurrentIndex(self.page_size.findData(s.page_size))
        self.count = QSpinBox(self)
        self.count.setRange(0, 500)
        self.count.setValue(s.pages)
        self.count.setSpecialValueText(self.tr("đến khi hết giấy"))

        form = QFormLayout()
        form.addRow(self.tr("Máy quét"), self.device)
        form.addRow(self.tr("Độ phân giải"), self.dpi)
        form.addRow(self.tr("Chế độ màu"), self.mode)
        form.addRow(self.tr("Nguồn giấy"), self.source)
        form.addRow(self.tr("Khổ giấy"), self.page_size)
        form.addRow(self.tr("Số trang"), self.count)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Đang tìm máy quét…"), self)
        self.status.setWordWrap(True)
        self.scan_button = QPushButton(self.tr("Quét"), self)
        self.scan_button.setDefault(True)
        self.scan_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Dừng"), self)
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.scan_button.clicked.connect(self.start_scan)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.scan_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        self.main_layout, self.form, self.button_row = layout, form, buttons  # the camera dialog adds to them
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._load_devices()

    # --- devices -------------------------------------------------------------------------------
    def _load_devices(self) -> None:
        self._runner.run(self.scanner.list_devices, on_result=self._on_devices,
                         on_error=self._on_error, owner=self)

    def _on_devices(self, devices: list[DeviceInfo]) -> None:
        self.device.clear()
        for d in devices:
            self.device.addItem(f"{d.label} ({d.id})", d.id)
        self.scan_button.setEnabled(bool(devices))
        self.status.setText(self.tr("Sẵn sàng.") if devices else self.tr("Không tìm thấy máy quét nào."))
        self.devices_loaded.emit(len(devices))

    # --- scanning ------------------------------------------------------------------------------
    def settings(self) -> ScanSettings:
        return ScanSettings(dpi=int(self.dpi.currentData()), mode=ColourMode(self.mode.currentData()),
                            source=Source(self.source.currentData()),
                            page_size=str(self.page_size.currentData()), pages=self.count.value(),
                            device_options=dict(self.device_options))

    def start_scan(self) -> Worker | None:
        device = self.device.currentData()
        if not device or self.worker is not None:
            return None
        settings = self.settings()
        self.pages.mode = settings.mode
        scanner, pages = self.scanner, self.pages

        def task(emit: Callable[[Any], None], progress: Progress, cancel: CancelToken) -> int:
            def on_page(page: ScannedPage) -> None:  # pipeline and master encoding, off the GUI
                emit(pages.prepare(page.image, page.dpi, "camera" if page.photo else "scan",
                                   page.side, photo_hint=page.photo))

            self.attach_preview(emit)
            return scanner.scan(device, settings, on_page, cancel, progress)

        runner = self._runner

        def scanned(page: CapturedPage | object) -> None:
            if not isinstance(page, CapturedPage):
                self.show_preview(page)  # a camera's preview frame
                return
            # Not tied to the dialog: the page in progress when it closed is added all the same.
            def add() -> tuple[CapturedPage, bytes]:
                added = pages.add_prepared([page])[0]
                return added, pages.thumbnail(added.key)

            runner.write(add, owner=self, on_result=self._on_page, on_error=self._on_error)

        self.added = 0
        self.last_error = None
        self._scan_error = None
        self.worker = runner.run(
            task, with_progress=True, with_items=True, on_item=scanned,
            on_progress=self._on_progress, on_error=self._on_scan_failed,
            on_finished=self._on_scan_ended)
        self.progress.setRange(0, settings.pages)  # 0..0 = busy indicator when unknown
        self.status.setText(self.tr("Đang quét…"))
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return self.worker

    def attach_preview(self, emit: Callable[[Any], None]) -> None:
        """A camera dialog sends the camera's preview frames through the scan's own signal."""

    def show_preview(self, item: object) -> None:
        """A preview frame arrived (camera dialog)."""

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Đang dừng sau trang đang quét…"))

    def _on_page(self, pair: tuple[CapturedPage, bytes]) -> None:
        self.added += 1
        self.page_added.emit(pair[0], pair[1])
        self.status.setText(self.tr("Đã quét %n trang…", "", self.added))

    def _on_scan_failed(self, exc: BaseException) -> None:
        self._scan_error = exc  # told once the pages scanned before it are added

    def _on_scan_ended(self) -> None:
        # The pages of this scan are queued on the writer: the scan ends once they are added.
        self._runner.write(lambda: None, owner=self, on_finished=self._on_finished)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setValue(done)

    def _on_error(self, exc: object) -> None:
        self.last_error = exc if isinstance(exc, BaseException) else Exception(str(exc))
        text = error_text(self.last_error)
        if isinstance(exc, ScanError):
            text += "\n" + self.tr("Đã giữ %n trang quét được.", "", self.added)
        self.status.setText(text)

    def _on_finished(self) -> None:
        self.worker = None
        self.scan_button.setEnabled(self.device.count() > 0)
        self.cancel_button.setEnabled(False)
        if self._scan_error is not None:
            self._on_error(self._scan_error)
        elif self.last_error is None:
            self.status.setText(self.tr("Xong: %n trang.", "", self.added))
        self.scan_finished.emit(self.added)

    def closeEvent(self, event: Any) -> None:
        self.cancel()
        super().closeEvent(event)
