"""The review screen: the page image beside its recognised text, low-confidence words highlighted
on the image and in the text, the officer's correction saved through the review service; OCR of
the dossier's pages runs in the background with progress per page and can be cancelled."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.errors import DeskError
from desk_app.ocr.review import ReviewPage, ReviewService
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)

LOW_FILL = QColor(255, 200, 0, 90)
LOW_EDGE = QColor(220, 80, 0)


class ReviewWidget(QWidget):
    correction_saved = Signal(str)  # page id
    page_loaded = Signal(str)
    ocr_finished = Signal(int)  # pages recognised

    def __init__(self, service: ReviewService, dossier_id: str, runner: TaskRunner,
                 parent: QWidget | None = None, auto_ocr: bool = False) -> None:
        super().__init__(parent)
        # With auto_ocr, pages without text are recognised as soon as they are seen: the owner
        # calls refresh_pages() when reception adds pages. A page that failed is not retried
        # until the set of pending pages changes.
        self.auto_ocr = auto_ocr
        self._auto_tried: frozenset[str] = frozenset()
        self.service = service
        self.dossier_id = dossier_id
        self._runner = runner
        self._ocr_worker: Worker | None = None
        self.page: ReviewPage | None = None
        self.display_width = 760

        self.pages = QListWidget()
        self.pages.setMaximumWidth(190)
        self.pages.currentItemChanged.connect(self._on_page_chosen)
        self.run_button = QPushButton(self.tr("Nhận dạng chữ"))
        self.run_button.clicked.connect(self.start_ocr)
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_ocr)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v/%m trang"))
        self.progress.setValue(0)

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.scroll_area = scroll
        self.text = QPlainTextEdit()
        # one text line per printed line, so the officer's eye moves between image and text
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFont("Noto Sans", 11))
        self.info = QLabel()
        self.save_button = QPushButton(self.tr("Lưu chỉnh sửa"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.text.textChanged.connect(lambda: self.save_button.setEnabled(self.page is not None))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Trang của hồ sơ")))
        left.addWidget(self.pages)
        left.addWidget(self.run_button)
        left.addWidget(self.cancel_button)
        left.addWidget(self.progress)
        left_box = QWidget()
        left_box.setLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(self.text)
        right.addWidget(self.save_button)
        right_box = QWidget()
        right_box.setLayout(right)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right_box)
        split.setSizes([700, 560])
        layout = QHBoxLayout(self)
        layout.addWidget(left_box)
        layout.addWidget(split, 1)
        self.refresh_pages()

    # --- background work -----------------------------------------------------------------------

    def refresh_pages(self) -> None:
        self._runner.run(self.service.statuses, self.dossier_id, owner=self,
                         on_result=self._on_statuses, on_error=self._on_error)

    def _on_statuses(self, statuses: list[Any]) -> None:
        current = self.pages.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.pages.blockSignals(True)
        self.pages.clear()
        for st in statuses:
            if st.done:
                label = self.tr("Trang %1 — %2 (%3 từ cần xem)").replace(
                    "%1", str(st.position)).replace(
                    "%2", vn_format.percent_points(st.confidence)).replace(
                    "%3", str(st.low_words))
            else:
                label = self.tr("Trang %1 — chưa nhận dạng").replace("%1", str(st.position))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, st.page_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, st.done)
            self.pages.addItem(item)
            if st.page_id == keep:
                self.pages.setCurrentItem(item)
        self.pages.blockSignals(False)
        self.progress.setMaximum(max(1, len(statuses)))
        self.progress.setValue(sum(1 for s in statuses if s.done))
        pending = frozenset(st.page_id for st in statuses if not st.done)
        if self.auto_ocr and pending and pending != self._auto_tried and self._ocr_worker is None:
            self._auto_tried = pending
            self.start_ocr()
        if self.pages.currentItem() is None and self.pages.count():
            first_done = next((self.pages.item(i) for i in range(self.pages.count())
                               if self.pages.item(i).data(Qt.ItemDataRole.UserRole + 1)), None)
            if first_done is not None:
                self.pages.setCurrentItem(first_done)

    def start_ocr(self) -> None:
        if self._ocr_worker is not None:
            return
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        # OCR on the wide pool; each page's result is stored through the single writer
        self._ocr_worker = self._runner.run(
            self.service.recognise, self.dossier_id, write=self._runner.write_and_wait,
            with_progress=True, owner=self, on_result=self._on_ocr_done, on_error=self._on_error,
            on_progress=self._on_progress, on_finished=self._on_ocr_finished)

    def cancel_ocr(self) -> None:
        if self._ocr_worker is not None:
            self._ocr_worker.cancel()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.refresh_pages()  # each finished page is already stored: show it at once

    def _on_ocr_done(self, count: int) -> None:
        self.ocr_finished.emit(int(count))

    def _on_ocr_finished(self) -> None:
        self._ocr_worker = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.refresh_pages()

    def _on_error(self, exc: object) -> None:
        code = exc.code if isinstance(exc, DeskError) else "error"
        if code != "cancelled":
            self.info.setText(self.tr("Lỗi: %1").replace("%1", code))

    # --- one page ------------------------------------------------------------------------------

    def _on_page_chosen(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        if item is None or not item.data(Qt.ItemDataRole.UserRole + 1):
            return
        self._runner.run(self.service.load, item.data(Qt.ItemDataRole.UserRole), owner=self,
                         on_result=self.show_page, on_error=self._on_error)

    def show_page(self, page: ReviewPage) -> None:
        self.page = page
        pix = QPixmap()
        pix.loadFromData(page.image_png)
        self.display_width = max(300, self.scroll_area.viewport().width() - 4)
        k = self.display_width / max(1, pix.width())
        pix = pix.scaledToWidth(self.display_width, Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pix)
        painter.setPen(QPen(LOW_EDGE, 2))
        for w in page.low_words:
            painter.fillRect(QRect(int(w.x * k), int(w.y * k), int(w.w * k) + 1, int(w.h * k) + 1),
                             LOW_FILL)
            painter.drawRect(QRect(int(w.x * k), int(w.y * k), int(w.w * k) + 1, int(w.h * k) + 1))
        painter.end()
        self.image.setPixmap(pix)
        self.text.blockSignals(True)
        self.text.setPlainText(page.text)
        self.text.blockSignals(False)
        self._highlight_low_words(page)
        state = self.tr("đã sửa") if page.corrected else self.tr("chưa sửa")
        self.info.setText(self.tr("Trang %1 · độ tin cậy %2 · %3 từ cần xem · %4").replace(
            "%1", str(page.position)).replace("%2", vn_format.percent_points(page.confidence, 1)).replace(
            "%3", str(len(page.low_words))).replace("%4", state))
        self.save_button.setEnabled(False)
        self.page_loaded.emit(page.page_id)

    def _highlight_low_words(self, page: ReviewPage) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(LOW_FILL)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(LOW_EDGE)
        doc = self.text.document()
        selections = []
        for w in page.low_words:
            cursor = doc.find(w.text, 0)
            if cursor.isNull():
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(cursor)
            sel.format = fmt
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def save(self) -> None:
        if self.page is None:
            return
        page_id = self.page.page_id
        text = self.text.toPlainText()
        self.save_button.setEnabled(False)

        def saved(_none: object) -> None:
            self._on_saved(page_id)

        self._runner.write(self.service.save, page_id, text, owner=self, on_result=saved,
                           on_error=self._on_error)

    def _on_saved(self, page_id: str) -> None:
        self.info.setText(self.info.text() + " · " + self.tr("đã lưu"))
        self.correction_saved.emit(page_id)
