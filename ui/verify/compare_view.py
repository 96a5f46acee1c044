"""The compare screen: the original (aligned onto the copy) and the copy, side by side with zoom and
pan kept in step, or in one view as an overlay with a blend slider, blinking, or a swipe line.
Difference regions are outlined; the list of text changes jumps to each one.

Pages are shown at full resolution as 512-pixel pixmap tiles: the scene only paints the tiles in
view, so panning a 300 dpi page does not stutter."""
from __future__ import annotations

import logging
from enum import StrEnum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSlider,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.compare.result import CompareResult
from desk_app.domain import vn_format
from desk_app.domain.types import Verdict

logger = logging.getLogger(__name__)

TILE = 512
REGION_COLOUR = QColor(220, 20, 60)
BLINK_MS = 450


class Mode(StrEnum):
    SIDE_BY_SIDE = "side"
    OVERLAY = "overlay"
    BLINK = "blink"
    SWIPE = "swipe"


def to_qimage(array: np.ndarray) -> QImage:
    """A numpy page (grey or BGR) as a QImage that owns its pixels."""
    array = np.ascontiguousarray(array)
    h, w = array.shape[:2]
    if array.ndim == 2:
        return QImage(array.data, w, h, array.strides[0], QImage.Format.Format_Grayscale8).copy()
    return QImage(array.data, w, h, array.strides[0], QImage.Format.Format_BGR888).copy()


class TiledPage(QGraphicsRectItem):
    """A page as a grid of pixmap tiles under one parent. The parent's rectangle clips its tiles
    (used by the swipe mode); its opacity applies to all of them (overlay, blink)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(0, 0, image.width(), image.height())
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.page_width = image.width()
        self.page_height = image.height()
        for y in range(0, image.height(), TILE):
            for x in range(0, image.width(), TILE):
                tile = QPixmap.fromImage(image.copy(x, y, TILE, TILE))
                item = QGraphicsPixmapItem(tile, self)
                item.setPos(x, y)
                item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
                item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def clip_to(self, width: float) -> None:
        self.setRect(0, 0, max(0.0, min(width, self.page_width)), self.page_height)


class PageView(QGraphicsView):
    """A zoomable, pannable page view. Wheel zooms about the cursor; drag pans."""

    zoomed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setBackgroundBrush(QColor(90, 90, 90))

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.zoom_by(factor)

    def zoom_by(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.03 < scale < 16:
            self.scale(factor, factor)
            self.zoomed.emit(self.transform().m11())


class CompareView(QWidget):
    """Original and copy compared in four modes. Give it pages with set_pages()."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left = PageView(self)
        self.right = PageView(self)
        self._syncing = False
        self._original: TiledPage | None = None  # in the left view (side by side)
        self._original_over: TiledPage | None = None  # over the copy (overlay, blink, swipe)
        self._copy: TiledPage | None = None
        self._swipe_line: QGraphicsLineItem | None = None
        self._region_items: list[QGraphicsRectItem] = []
        self.result: CompareResult | None = None
        self.mode = Mode.SIDE_BY_SIDE

        self.blink_timer = QTimer(self)
        self.blink_timer.setInterval(BLINK_MS)
        self.blink_timer.timeout.connect(self._on_blink)

        self.left_title = QLabel(self.tr("Bản chính (đã căn theo bản chụp)"))
        self.right_title = QLabel(self.tr("Bản chụp"))
        left_box = QWidget()
        lb = QVBoxLayout(left_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.left_title)
        lb.addWidget(self.left)
        right_box = QWidget()
        rb = QVBoxLayout(right_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(self.right_title)
        rb.addWidget(self.right)
        self.left_box = left_box
        self.pages = QSplitter(Qt.Orientation.Horizontal)
        self.pages.addWidget(left_box)
        self.pages.addWidget(right_box)
        self.pages.setStretchFactor(0, 1)
        self.pages.setStretchFactor(1, 1)
        self.pages.setChildrenCollapsible(False)

        self.buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        labels = {
            Mode.SIDE_BY_SIDE: self.tr("Cạnh nhau"),
            Mode.OVERLAY: self.tr("Chồng lớp"),
            Mode.BLINK: self.tr("Nhấp nháy"),
            Mode.SWIPE: self.tr("Trượt"),
        }
        self.mode_buttons: dict[Mode, QToolButton] = {}
        for mode, text in labels.items():
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.buttons.addButton(button)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        self.mode_buttons[Mode.SIDE_BY_SIDE].setChecked(True)
        self.slider_label = QLabel(self.tr("Pha trộn"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.setFixedWidth(220)
        self.slider.valueChanged.connect(self._on_slider)
        bar.addSpacing(12)
        bar.addWidget(self.slider_label)
        bar.addWidget(self.slider)
        bar.addStretch(1)
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.clicked.connect(lambda: self.zoom(0.8))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Vừa trang"))
        self.fit_button.clicked.connect(self.fit)
        for b in (self.zoom_out, self.zoom_in, self.fit_button):
            bar.addWidget(b)

        self.changes = QListWidget()
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.itemClicked.connect(self._on_change_clicked)
        self.changes.currentItemChanged.connect(lambda cur, _prev: self._on_change_clicked(cur))
        self.changes.setMaximumWidth(330)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(44)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.summary)
        sl.addWidget(QLabel(self.tr("Khác biệt (bấm để xem):")))
        sl.addWidget(self.changes)
        side.setMaximumWidth(340)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.pages)
        body.addWidget(side)
        body.setStretchFactor(0, 4)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)

        for view, other in ((self.left, self.right), (self.right, self.left)):
            view.horizontalScrollBar().valueChanged.connect(
                lambda _v, a=view, b=other: self._sync(a, b))
            view.verticalScrollBar().valueChanged.connect(
                lambda _v, a=view, b=other: self._sync(a, b))
            view.zoomed.connect(lambda _s, a=view, b=other: self._sync(a, b))
        self._update_controls()

    # --- content -----------------------------------------------------------------------------

    def set_pages(self, original_aligned: np.ndarray, copy: np.ndarray,
                  result: CompareResult | None = None) -> None:
        """Both pages in copy pixels (the original already warped onto the copy)."""
        for view in (self.left, self.right):
            view.scene().clear()
        self._region_items.clear()
        original_image = to_qimage(original_aligned)
        copy_image = to_qimage(copy)
        self._original = TiledPage(original_image)
        self.left.scene().addItem(self._original)
        self._copy = TiledPage(copy_image)
        self.right.scene().addItem(self._copy)
        self._original_over = TiledPage(original_image)
        self._original_over.setZValue(1)
        self.right.scene().addItem(self._original_over)
        pen = QPen(QColor(0, 120, 255), 0)
        pen.setCosmetic(True)
        pen.setWidth(2)
        self._swipe_line = self.right.scene().addLine(0, 0, 0, copy_image.height(), pen)
        self._swipe_line.setZValue(3)
        rect = QRectF(0, 0, copy_image.width(), copy_image.height())
        for view in (self.left, self.right):
            view.scene().setSceneRect(rect)
        self.result = result
        self._add_regions(result)
        self._fill_changes(result)
        self.set_mode(self.mode)
        self.fit()

    def _add_regions(self, result: CompareResult | None) -> None:
        if result is None:
            return
        pen = QPen(REGION_COLOUR)
        pen.setCosmetic(True)
        pen.setWidth(3)
        for view in (self.left, self.right):
            for region in result.regions:
                item = view.scene().addRect(QRectF(region.x, region.y, region.w, region.h), pen)
                item.setZValue(2)
                item.setToolTip(self.tr("Mức khác biệt: %1").replace("%1", vn_format.number(region.score, 2)))
                self._region_items.append(item)

    def _fill_changes(self, result: CompareResult | None) -> None:
        self.changes.clear()
        if result is None:
            self.summary.setText("")
            return
        if result.verdict == Verdict.MATCH:
            self.summary.setText(self.tr("Máy so sánh: KHỚP — không thấy khác biệt."))
        elif not result.aligned:
            self.summary.setText(self.tr("Máy so sánh: KHÔNG KHỚP — không căn được hai trang "
                                         "(có thể là giấy tờ khác)."))
        else:
            self.summary.setText(self.tr("Máy so sánh: KHÔNG KHỚP — %1 vùng khác biệt.")
                                 .replace("%1", str(len(result.regions))))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;"
                                   if result.verdict != Verdict.MATCH else "color: #1b5e20;")
        listed: set[tuple[int, int, int, int]] = set()
        for change in result.text_changes:
            text = f"«{change.before or '∅'}» → «{change.after or '∅'}»"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, change.region)
            self.changes.addItem(item)
            listed.add(change.region)
        for doubt in result.doubts:
            # OCR unsure of a word: worth a look, not a mismatch (the verdict ignores it)
            label = (self.tr("Cần xem (dấu thanh mờ trên bản chụp): «%1» / «%2»")
                     if doubt.reason == "faded_mark" else
                     self.tr("Cần xem (đọc không chắc): «%1» / «%2»"))
            item = QListWidgetItem(label.replace("%1", doubt.before or "∅")
                                   .replace("%2", doubt.after or "∅"))
            item.setData(Qt.ItemDataRole.UserRole, doubt.region)
            self.changes.addItem(item)
        for k, region in enumerate(result.regions, start=1):
            if any(region.overlaps(box) for box in listed):
                continue
            kinds = {"added": self.tr("thêm vào bản chụp"), "removed": self.tr("mất trên bản chụp"),
                     "changed": self.tr("khác"), "faded": self.tr("dấu thanh mờ trên bản chụp")}
            item = QListWidgetItem(self.tr("Vùng %1: %2 (%3)").replace("%1", str(k))
                                   .replace("%2", kinds.get(region.kind, region.kind))
                                   .replace("%3", vn_format.number(region.score, 2)))
            item.setData(Qt.ItemDataRole.UserRole, region.box)
            self.changes.addItem(item)

    # --- modes ---------------------------------------------------------------------------------

    def set_mode(self, mode: Mode | str) -> None:
        mode = Mode(mode)
        centre = self.visible_centre(self.right)
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.blink_timer.stop()
        self.left_box.setVisible(mode == Mode.SIDE_BY_SIDE)
        over = self._original_over
        if over is not None and self._swipe_line is not None:
            over.setVisible(mode != Mode.SIDE_BY_SIDE)
            over.clip_to(over.page_width)
            self._swipe_line.setVisible(mode == Mode.SWIPE)
            if mode == Mode.OVERLAY:
                over.setOpacity(self.slider.value() / 100)
            elif mode == Mode.BLINK:
                over.setOpacity(1.0)
                self.blink_timer.start()
            elif mode == Mode.SWIPE:
                over.setOpacity(1.0)
                self._apply_swipe()
        titles = {
            Mode.SIDE_BY_SIDE: self.tr("Bản chụp"),
            Mode.OVERLAY: self.tr("Bản chụp phủ bản chính"),
            Mode.BLINK: self.tr("Nhấp nháy: bản chính ⇄ bản chụp"),
            Mode.SWIPE: self.tr("Trái: bản chính · phải: bản chụp"),
        }
        self.right_title.setText(titles[mode])
        self._update_controls()
        # The right view changes width when the left one hides or shows: keep the same spot in
        # the middle once the layout has settled.
        QTimer.singleShot(0, lambda: self.right.centerOn(centre))
        self.mode_changed.emit(mode.value)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Both pages get the same width, so the same zoom shows the same part of each.
        half = max(1, self.pages.width() // 2)
        self.pages.setSizes([half, half])

    def _update_controls(self) -> None:
        self.slider.setVisible(self.mode in (Mode.OVERLAY, Mode.SWIPE))
        self.slider_label.setVisible(self.mode in (Mode.OVERLAY, Mode.SWIPE))
        self.slider_label.setText(self.tr("Pha trộn") if self.mode == Mode.OVERLAY
                                  else self.tr("Vị trí trượt"))

    def _on_slider(self, value: int) -> None:
        if self._original_over is None:
            return
        if self.mode == Mode.OVERLAY:
            self._original_over.setOpacity(value / 100)
        elif self.mode == Mode.SWIPE:
            self._apply_swipe()

    def _apply_swipe(self) -> None:
        over = self._original_over
        if over is None or self._swipe_line is None:
            return
        x = over.page_width * self.slider.value() / 100
        over.clip_to(x)
        self._swipe_line.setLine(x, 0, x, over.page_height)

    def _on_blink(self) -> None:
        if self._original_over is not None:
            showing = not self._original_over.isVisible()
            self._original_over.setVisible(showing)
            self.right_title.setText(self.tr("Nhấp nháy — đang hiện: bản chính") if showing
                                     else self.tr("Nhấp nháy — đang hiện: bản chụp"))

    def original_showing(self) -> bool:
        """In blink mode: whether the original is the page on screen now."""
        return self._original_over is not None and self._original_over.isVisible()

    # --- zoom, pan, jump -----------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        self.right.zoom_by(factor)

    def fit(self) -> None:
        for view in (self.right, self.left):
            view.fitInView(view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._sync(self.right, self.left)

    def show_region(self, box: tuple[int, int, int, int], zoom: float = 1.5) -> None:
        """Centres both views on a region, close enough to read it."""
        x, y, w, h = box
        view = self.right
        target = min(view.viewport().width() / max(w * 3, 1), view.viewport().height() /
                     max(h * 4, 1), zoom * 2)
        scale = max(0.2, min(target, 4.0))
        view.resetTransform()
        view.scale(scale, scale)
        view.centerOn(QPointF(x + w / 2, y + h / 2))
        self._sync(self.right, self.left)

    def _on_change_clicked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        box = item.data(Qt.ItemDataRole.UserRole)
        if box:
            self.show_region(tuple(box))

    def _sync(self, source: PageView, target: PageView) -> None:
        """Zoom and pan kept in step between the two views."""
        if self._syncing:
            return
        self._syncing = True
        try:
            if target.transform() != source.transform():
                target.setTransform(source.transform())
            # The same scene point in the middle of both views (the views may differ in size).
            target.centerOn(source.mapToScene(source.viewport().rect().center()))
        finally:
            self._syncing = False

    def visible_centre(self, view: PageView | None = None) -> QPointF:
        view = view or self.right
        return view.mapToScene(view.viewport().rect().center())
