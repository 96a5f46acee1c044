"""The scan dialog for a document camera: a live preview with the page outline the camera loop
finds, the camera's resolutions, capture by key (Space) or automatically when the page has lain
still for a moment, the next page as soon as it is turned. Preview frames and pages come back
through the scan worker's own signal, so the GUI thread only paints. After a page arrives the
officer can correct its corners (kept for the rest of the batch) and sees the photo's quality
warnings (too dark, blurred, cut off) with the reason, before the citizen leaves."""
from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any

import numpy as np
from PIL import Image
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.capture.camera_backend import CameraScanner, Preview
from desk_app.capture.scanner import DeviceInfo, ScanSettings
from desk_app.capture.service import CapturedPage, DraftPages
from desk_app.domain.types import ColourMode
from ui.capture.corner_editor import CornerDialog
from ui.capture.scan_dialog import ScanDialog
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class CameraDialog(ScanDialog):
    preview_shown = Signal(bool)  # a preview frame was painted; True when it had an outline
    page_corrected = Signal(object, bytes)  # CapturedPage, thumbnail

    def __init__(self, pages: DraftPages, runner: TaskRunner, scanner: CameraScanner | None = None,
                 devices: list[DeviceInfo] | None = None, parent: QWidget | None = None) -> None:
        self._given_devices = devices  # a video file standing in for a camera (tests, training)
        self.camera = scanner or CameraScanner()
        super().__init__(self.camera, pages, runner, ScanSettings(pages=0, mode=pages.mode), parent)
        self.setWindowTitle(self.tr("Chụp tài liệu bằng máy ảnh"))
        self.scan_button.setText(self.tr("Bắt đầu chụp"))
        self.previews = 0
        self.last_page: CapturedPage | None = None
        for widget in (self.dpi, self.source, self.page_size):  # a camera has none of these
            self.form.setRowVisible(widget, False)
        device_label = self.form.labelForField(self.device)
        if isinstance(device_label, QLabel):
            device_label.setText(self.tr("Máy ảnh"))
        self.resolution = QComboBox(self)
        self.form.insertRow(1, self.tr("Độ phân giải máy ảnh"), self.resolution)
        self.preview = QLabel(self)
        self.preview.setFixedSize(360, 480)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #202020; color: #dddddd;")
        self.preview.setText(self.tr("Hình xem trước của máy ảnh"))
        # The preview beside the settings, not above them: stacked, the dialog was taller than
        # the 728 px a 1366×768 screen leaves under the title bar.
        self.main_layout.removeItem(self.form)
        side = QVBoxLayout()
        side.addLayout(self.form)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(side, 1)
        self.main_layout.insertLayout(0, top)
        self.capture_button = QPushButton(self.tr("Chụp ngay (phím cách)"), self)
        self.capture_button.clicked.connect(self.capture_now)
        self.corner_button = QPushButton(self.tr("Sửa góc trang…"), self)
        self.corner_button.setEnabled(False)
        self.corner_button.clicked.connect(self.correct_corners)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a04000;")
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.warning)
        self.button_row.insertWidget(1, self.capture_button)
        self.button_row.insertWidget(2, self.corner_button)
        self.page_added.connect(self._remember)
        self.device.currentIndexChanged.connect(self._load_modes)

    # --- devices and modes ---------------------------------------------------------------------
    def _load_devices(self) -> None:
        if self._given_devices is not None:
            self._on_devices(list(self._given_devices))
            self._load_modes()
            return
        super()._load_devices()

    def _load_modes(self) -> None:
        device = self.device.currentData()
        if not device:
            return
        self._runner.run(self.camera.modes, device, on_result=self._on_modes, owner=self)

    def _on_modes(self, modes: list[tuple[int, int]]) -> None:
        self.resolution.clear()
        for w, h in modes:
            self.resolution.addItem(f"{w} × {h}", (w, h))

    def settings(self) -> ScanSettings:
        options: dict[str, str] = {}
        mode = self.resolution.currentData()
        if mode:
            options = {"width": str(mode[0]), "height": str(mode[1])}
        return ScanSettings(mode=ColourMode(self.mode.currentData()), pages=self.count.value(),
                            device_options=options)

    # --- preview -------------------------------------------------------------------------------
    def attach_preview(self, emit: Callable[[Any], None]) -> None:
        self.camera.on_preview = emit

    def show_preview(self, item: object) -> None:
        if not isinstance(item, Preview):
            return
        frame = np.ascontiguousarray(item.frame)
        h, w = frame.shape[:2]
        image = QImage(frame.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        pixmap = QPixmap.fromImage(image)
        if item.corners is not None:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = QColor(0, 210, 90) if item.still >= 1 else QColor(255, 190, 0)
            painter.setPen(QPen(colour, 3))
            painter.drawPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in item.corners]))
            painter.end()
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.previews += 1
        if self.worker is not None:
            self.status.setText(self.tr("Đặt trang giấy dưới máy ảnh; giữ yên để chụp. Đã chụp %n trang.",
                                        "", item.pages) if item.corners is not None
                                else self.tr("Chưa thấy trang giấy trong khung hình."))
        self.preview_shown.emit(item.corners is not None)

    def capture_now(self) -> None:
        self.camera.request_capture()
        self.status.setText(self.tr("Đang chụp…"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.worker is not None:
            self.capture_now()
            return
        super().keyPressEvent(event)

    # --- after a page --------------------------------------------------------------------------
    def warning_text(self, codes: tuple[str, ...]) -> str:
        texts = {
            "photo_dark": self.tr("Ảnh quá tối: bật thêm đèn rồi chụp lại."),
            "photo_blurred": self.tr("Ảnh bị mờ (rung hoặc lệch nét): giữ yên rồi chụp lại."),
            "photo_cut_off": self.tr("Trang bị cắt mất một phần ở mép ảnh: chụp lại cho đủ cả trang."),
        }
        return " ".join(texts[c] for c in codes if c in texts)

    def _remember(self, page: CapturedPage, thumb: bytes) -> None:
        self.last_page = page
        self.corner_button.setEnabled(page.original is not None)
        text = self.warning_text(page.warnings)
        self.warning.setText(self.tr("Trang %1: ").replace("%1", str(self.added)) + text if text else "")

    def correct_corners(self) -> CornerDialog | None:
        page = self.last_page
        if page is None or page.original is None:
            return None
        photo = Image.open(io.BytesIO(page.original))
        w, h = photo.size
        corners = [(x / w, y / h) for x, y in page.corners] or [(0.05, 0.05), (0.95, 0.05),
                                                                (0.95, 0.95), (0.05, 0.95)]
        dialog = CornerDialog(photo, corners, self)
        dialog.accepted.connect(lambda: self._apply_corners(page, photo, dialog.corners()))
        dialog.open()
        return dialog

    def _apply_corners(self, page: CapturedPage, photo: Image.Image,
                       corners: list[tuple[float, float]]) -> None:
        pages = self.pages

        def redo() -> tuple[CapturedPage, bytes]:
            new = pages.recapture(page.key, photo, corners)
            return new, pages.thumbnail(new.key)

        self.status.setText(self.tr("Đang làm phẳng lại trang với các góc đã sửa…"))
        self._runner.write(redo, owner=self, on_result=self._on_corrected, on_error=self._on_error)

    def _on_corrected(self, pair: tuple[CapturedPage, bytes]) -> None:
        self.last_page = pair[0]
        self.page_corrected.emit(pair[0], pair[1])
        self.status.setText(self.tr("Đã sửa góc; các trang sau của đợt này dùng các góc đó."))
