"""Digitisation on the dossier details page: "Số hoá" runs OCR of the dossier's pages in the
background with per-page progress and cancel; "Xem lại OCR…" opens the Digitise area's review
widget on the selected page; "Xuất PDF số hoá…" builds the searchable PDF in a worker and saves
it where the officer chose. The buttons sit in the page list's box."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.error_text import show_error
from ui.window_fit import fit_window
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)


class ReviewDialog(QDialog):
    """The review widget in a window of its own, opened on one page."""

    def __init__(self, service: Any, dossier_id: str, page_id: str | None, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        from ui.digitise.review_widget import ReviewWidget

        super().__init__(parent)
        self.setObjectName("ocrReview")
        self.setWindowTitle(self.tr("Xem lại kết quả nhận dạng chữ"))
        fit_window(self, 1280, 820, "ocrReview")
        self.page_id = page_id
        self.review = ReviewWidget(service, dossier_id, runner, parent=self)
        close = QPushButton(self.tr("Đó&ng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.review, 1)
        layout.addLayout(buttons)
        # The page list fills on a worker, with the list's signals blocked while it fills: the
        # asked page is made current as it is inserted (so the widget does not load its first
        # page instead), then chosen again once signals flow, which loads it. Only once: a later
        # refresh keeps the officer's own choice.
        self.review.pages.model().rowsInserted.connect(self._on_rows)

    def _on_rows(self, *_args: Any) -> None:
        if self.page_id is None:
            return
        pages = self.review.pages
        for i in range(pages.count()):
            item = pages.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == self.page_id:
                self.page_id = None
                pages.setCurrentItem(item)
                QTimer.singleShot(0, self, lambda item=item: self._load(item))
                return

    def _load(self, item: Any) -> None:
        pages = self.review.pages
        pages.setCurrentRow(-1)  # what setCurrentItem(None) does in Qt
        pages.setCurrentItem(item)  # emits currentItemChanged: the review widget loads the page


class DigitiseActions(QObject):
    ocr_done = Signal(int)  # pages recognised
    exported = Signal(object)  # DigitiseReport
    review_opened = Signal(object)  # ReviewDialog

    def __init__(self, page: Any, runner: TaskRunner, digitise: Any) -> None:
        super().__init__(page)
        self.page = page
        self.runner = runner
        self.digitise = digitise
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.ocr_button = QPushButton(self.tr("&Số hoá (nhận dạng chữ)"))
        self.ocr_button.setObjectName("digitiseOcr")
        self.ocr_button.setToolTip(self.tr(
            "Nhận dạng chữ (OCR) các trang chưa có chữ, chạy nền; có thể huỷ"))
        self.review_button = QPushButton(self.tr("Xem lại &OCR…"))
        self.review_button.setObjectName("digitiseReview")
        self.review_button.setToolTip(self.tr(
            "Xem ảnh trang cạnh chữ nhận dạng được, sửa các từ đánh dấu nghi ngờ"))
        self.export_button = QPushButton(self.tr("Xuất &PDF số hoá…"))
        self.export_button.setObjectName("digitiseExport")
        self.export_button.setToolTip(self.tr(
            "Tạo tệp PDF tìm kiếm được (ảnh trang + lớp chữ) của cả hồ sơ và lưu lại"))
        # shown once a PDF was saved: opens the folder it went to (the path is in its tooltip)
        self.open_folder_button = QPushButton(self.tr("Mở thư mục chứa PDF"))
        self.open_folder_button.setObjectName("digitiseOpenFolder")
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        self.saved_path: Path | None = None
        for b in self.buttons():
            b.setEnabled(False)
        self.ocr_button.clicked.connect(self.start_ocr)
        self.review_button.clicked.connect(self.open_review)
        self.export_button.clicked.connect(self.choose_export)

    def buttons(self) -> list[QPushButton]:
        return [self.ocr_button, self.review_button, self.export_button]

    def update(self) -> None:
        has_pages = self.page.detail is not None and bool(self.page.detail.pages)
        idle = self.worker is None
        for b in self.buttons():
            b.setEnabled(has_pages and idle)

    # --- OCR -------------------------------------------------------------------------------------

    def _progress_dialog(self, text: str) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Huỷ"), 0, 0, self.page)
        dialog.setObjectName("digitiseProgress")
        dialog.setWindowTitle(self.tr("Số hoá hồ sơ"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def start_ocr(self) -> Worker | None:
        detail = self.page.detail
        if detail is None or self.worker is not None:
            return None
        self.progress = self._progress_dialog(self.tr("Đang nhận dạng chữ các trang…"))
        # OCR is long and writes one short row per page: the wide pool, each row handed to the
        # single writer
        worker = self.runner.run(
            self.digitise.recognise, detail.summary.id, write=self.runner.write_and_wait,
            with_progress=True, owner=self, on_result=self._on_ocr_result,
            on_error=self._on_failed, on_progress=self._on_progress, on_finished=self._on_finished)
        self.progress.canceled.connect(worker.cancel)
        self._begin(worker)
        return worker

    def _begin(self, worker: Worker) -> None:
        self.worker = worker
        self.update()
        assert self.progress is not None
        self.progress.show()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        dialog = self.progress
        if dialog is None:
            return
        if total:
            dialog.setLabelText(self.tr("Đã nhận dạng %1/%2 trang…")
                                .replace("%1", str(done)).replace("%2", str(total)))
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)  # a window-modal progress dialog may run queued events here

    def _on_ocr_result(self, count: int) -> None:
        self.page.pages_status.setText(self.tr("Đã nhận dạng chữ %n trang.", "", int(count)))
        self.ocr_done.emit(int(count))

    def _on_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "cancelled":
            self.page.pages_status.setText(self.tr("Đã huỷ; các trang đã xong vẫn được giữ."))
            return
        show_error(self.page, exc)

    def _on_finished(self) -> None:
        self.worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.update()

    # --- review ----------------------------------------------------------------------------------

    def open_review(self) -> ReviewDialog | None:
        detail = self.page.detail
        if detail is None or not detail.pages:
            return None
        row = self.page.thumbs.currentRow()
        page_id = detail.pages[row].id if 0 <= row < len(detail.pages) else detail.pages[0].id
        dialog = ReviewDialog(self.digitise.review, detail.summary.id, page_id,
                              self.runner, parent=self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_review_closed)
        self.review_dialog = dialog
        dialog.open()
        self.review_opened.emit(dialog)
        return dialog

    def _on_review_closed(self, *_args: Any) -> None:
        self.review_dialog = None

    def close_windows(self) -> None:
        if self.review_dialog is not None:
            self.review_dialog.close()

    def open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    # --- the searchable PDF ----------------------------------------------------------------------

    def choose_export(self) -> None:
        detail = self.page.detail
        if detail is None:
            return
        name = self.digitise.suggested_filename(detail.summary.code)
        path, _ = QFileDialog.getSaveFileName(self.page, self.tr("Lưu PDF số hoá"), name,
                                              self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.export(Path(path))

    def export(self, out: Path) -> Worker | None:
        detail = self.page.detail
        if detail is None or self.worker is not None:
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        self.progress = self._progress_dialog(self.tr("Đang nhận dạng chữ và tạo PDF số hoá…"))
        worker = self.runner.run(
            self.digitise.export, detail.summary.code, detail.summary.id, out,
            write=self.runner.write_and_wait, with_progress=True, owner=self,
            on_result=self._on_exported, on_error=self._on_failed, on_progress=self._on_progress,
            on_finished=self._on_finished)
        self.progress.canceled.connect(worker.cancel)
        self._begin(worker)
        return worker

    def _on_exported(self, report: Any) -> None:
        text = (self.tr("Đã lưu PDF số hoá: %1 (%n trang).", "", int(report.pages))
                .replace("%1", str(report.path)))
        self.page.pages_status.setText(text)
        self.saved_path = Path(report.path)
        self.open_folder_button.setToolTip(str(self.saved_path.parent))
        self.open_folder_button.show()
        # the status line keeps it after the page list reloads below
        self.page.message.emit(text)
        self.exported.emit(report)
        if self.page.detail is not None:
            self.page.load(self.page.detail.summary.code)  # the new document in the list
