"""A page found by the search, shown over its dossier: the page upright as OCR read it, the words
that matched boxed in yellow, the view scrolled to the first of them. Loaded on a worker."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.error_text import error_text
from ui.window_fit import fit_window
from ui.workers import TaskRunner

if TYPE_CHECKING:
    from desk_app.search import HitPage, SearchService

HIT_FILL = QColor(255, 230, 0, 110)
HIT_EDGE = QColor(230, 120, 0)


class HitPageDialog(QDialog):
    def __init__(self, search: SearchService, runner: TaskRunner, page_id: str, query: str,
                 title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.setWindowTitle(title)
        self.page: HitPage | None = None
        self.display_width = 0
        self.info = QLabel(self.tr("Đang mở trang…"))
        self.info.setObjectName("searchPageInfo")
        self.info.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("searchPageImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.image)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Đó&ng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        fit_window(self, 980, 900, "searchPage")
        runner.run(search.hit_page, page_id, query, owner=self, on_result=self.show_page,
                   on_error=lambda e: self.info.setText(error_text(e)))

    def show_page(self, page: HitPage) -> None:
        self.page = page
        pix = QPixmap()
        pix.loadFromData(page.image_png)
        # room kept for the vertical scroll bar the tall page brings, so no sideways scrolling
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.display_width = max(300, self.scroll_area.viewport().width() - bar - 4)
        k = self.display_width / max(1, pix.width())
        pix = pix.scaledToWidth(self.display_width, Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(pix)
        painter.setPen(QPen(HIT_EDGE, 2))
        for x, y, w, h in page.boxes:
            box = QRect(int(x * k) - 2, int(y * k) - 2, int(w * k) + 5, int(h * k) + 5)
            painter.fillRect(box, HIT_FILL)
            painter.drawRect(box)
        painter.end()
        self.image.setPixmap(pix)
        if page.boxes:
            self.info.setText(self.tr("Trang %1 của hồ sơ %2 — đã tô vàng %n chữ khớp với nội "
                                      "dung tìm.", "", len(page.boxes))
                              .replace("%1", str(page.position)).replace("%2", page.code))
            first = min(page.boxes, key=lambda b: (b[1], b[0]))
            self.scroll_area.verticalScrollBar().setValue(max(0, int(first[1] * k) - 120))
        else:
            self.info.setText(self.tr("Trang %1 của hồ sơ %2. Những chữ tìm được chỉ có trong "
                                      "phần chữ đã sửa, không có trên ảnh.")
                              .replace("%1", str(page.position)).replace("%2", page.code))
