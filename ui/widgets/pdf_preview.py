"""Preview of a generated form (Mẫu 01/02/03) with Print (Qt print dialog) and Save.

PySide6-Essentials has no QtPdf, so pages are rendered with pypdfium2 into QImages on a worker
thread (QImage, unlike QPixmap, may be made off the GUI thread); the dialog only shows them."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.error_text import show_error
from ui.window_fit import fit_window
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

SCREEN_DPI = 96
PRINT_DPI = 300


def render_pdf(data: bytes, dpi: int = SCREEN_DPI) -> list[QImage]:
    """PDF bytes -> one QImage per page. Runs on a worker thread."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    doc = pdfium.PdfDocument(data)
    try:
        for index in range(len(doc)):
            page = doc[index]
            pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
            raw = pil.tobytes("raw", "RGB")
            image = QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # copy: the QImage must own its buffer beyond `raw`
            page.close()
    finally:
        doc.close()
    return images


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer refused to start")
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Shows a PDF given as bytes, or loaded by `loader()` on a worker: on the single writer when
    `loader_writes` (a form printed on first view is recorded in the store), else on the wide pool."""

    rendered = Signal(int)  # number of pages shown
    saved = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        data: bytes | None = None,
        loader: Callable[[], bytes] | None = None,
        suggested_name: str = "bieu-mau.pdf",
        parent: QWidget | None = None,
        loader_writes: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        fit_window(self, 900, 1000, "pdfPreview")
        self._runner = runner
        self._data = data
        self._suggested = suggested_name
        self.images: list[QImage] = []

        heading = QLabel(title)
        heading.setObjectName("heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.status = QLabel(self.tr("Đang tạo bản xem trước…"))
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self.pages.setStyleSheet("background: #808080;")

        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("&In… (Ctrl+P)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = buttons.addButton(
            self.tr("&Lưu bản PDF… (Ctrl+S)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        close = buttons.addButton(self.tr("Đó&ng (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        for b in (self.print_button, self.save_button):
            b.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        if data is not None:
            self._render(data)
        elif loader is not None:
            start = runner.write if loader_writes else runner.run
            start(loader, on_result=self._on_loaded, on_error=self._on_error)

    def _on_loaded(self, data: bytes) -> None:
        self._data = data
        self._render(data)

    def _render(self, data: bytes) -> None:
        self._runner.run(render_pdf, data, owner=self, on_result=self._on_rendered,
                         on_error=self._on_error)

    def _on_rendered(self, images: list[QImage]) -> None:
        self.images = images
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; margin: 6px;")
            self.pages_layout.addWidget(label)
        self.status.setText(self.tr("%n trang", "", len(images)))
        for b in (self.print_button, self.save_button):
            b.setEnabled(True)
        self.print_button.setFocus()
        self.rendered.emit(len(images))

    def _on_error(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Không tạo được bản xem trước."))
        show_error(self, exc)

    @property
    def data(self) -> bytes | None:
        return self._data

    def print_document(self) -> None:
        if self._data is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._suggested)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In biểu mẫu"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter, on_done: Callable[[], None] | None = None) -> None:
        """Renders at print resolution on a worker, then paints (painting a QPrinter must
        happen on the GUI thread, and is quick once the images exist)."""
        self.status.setText(self.tr("Đang chuẩn bị bản in…"))

        def paint(images: Any) -> None:
            try:
                print_images(printer, images)
                self.status.setText(self.tr("Đã gửi bản in."))
            except OSError as exc:
                logger.warning("printing failed: %s", exc)
                self.status.setText(self.tr("Máy in không nhận lệnh in."))
            if on_done is not None:
                on_done()

        assert self._data is not None
        self._runner.run(render_pdf, self._data, PRINT_DPI, owner=self, on_result=paint,
                         on_error=self._on_error)

    def save_document(self) -> None:
        if self._data is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu bản PDF"), str(Path.home() / self._suggested), "PDF (*.pdf)"
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        data = self._data
        assert data is not None
        from desk_app.safe_output import write_output

        self._runner.run(
            write_output, path, data,
            owner=self, on_result=lambda _n: self._on_saved(path), on_error=self._on_error,
        )

    def _on_saved(self, path: Path) -> None:
        self.status.setText(self.tr("Đã lưu: %1").replace("%1", str(path)))
        self.saved.emit(str(path))
