"""The officer's correction of a photographed page's outline: the photo with the four corners as
handles. Drag a handle with the mouse, or by keyboard: 1-4 (or Tab) selects a corner, the arrow
keys move it (Shift: ten times further), Enter accepts. Corners are kept as fractions of the photo,
so the same correction serves the next pages of a batch taken with a fixed camera."""
from __future__ import annotations

from typing import Any

from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

Fractions = list[tuple[float, float]]


def pixmap_of(image: Image.Image) -> QPixmap:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    qimage = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(qimage.copy())


class CornerEditor(QWidget):
    corners_changed = Signal(list)

    def __init__(self, photo: Image.Image, corners: Fractions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap = pixmap_of(photo)
        self.corners: Fractions = [(float(x), float(y)) for x, y in corners]
        self.selected = 0
        self._dragging = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 420)

    def _frame(self) -> QRectF:
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def _point(self, i: int) -> QPointF:
        f = self._frame()
        x, y = self.corners[i]
        return QPointF(f.x() + x * f.width(), f.y() + y * f.height())

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(40, 40, 40))
        painter.drawPixmap(self._frame().toRect(), self.pixmap)
        painter.setPen(QPen(QColor(0, 200, 90), 2))
        painter.drawPolygon(QPolygonF([self._point(i) for i in range(4)]))
        for i in range(4):
            chosen = i == self.selected
            painter.setPen(QPen(QColor(255, 255, 255), 2))
            painter.setBrush(QColor(230, 120, 0) if chosen else QColor(0, 160, 70))
            painter.drawEllipse(self._point(i), 9 if chosen else 7, 9 if chosen else 7)
            painter.drawText(self._point(i) + QPointF(12, -10), str(i + 1))
        painter.end()

    def _set(self, i: int, x: float, y: float) -> None:
        self.corners[i] = (min(1.0, max(0.0, x)), min(1.0, max(0.0, y)))
        self.corners_changed.emit(list(self.corners))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        dist = [(self._point(i) - pos).manhattanLength() for i in range(4)]
        self.selected = dist.index(min(dist))
        self._dragging = True
        self.mouseMoveEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._dragging:
            return
        f = self._frame()
        pos = event.position()
        self._set(self.selected, (pos.x() - f.x()) / f.width(), (pos.y() - f.y()) / f.height())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.selected = key - Qt.Key.Key_1
            self.update()
            return
        if key == Qt.Key.Key_Tab:
            self.selected = (self.selected + 1) % 4
            self.update()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                 Qt.Key.Key_Down: (0, 1)}
        if key in steps:
            f = self._frame()
            n = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            dx, dy = steps[Qt.Key(key)]
            x, y = self.corners[self.selected]
            self._set(self.selected, x + n * dx / f.width(), y + n * dy / f.height())
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab moves between corners, not out of the editor


class CornerDialog(QDialog):
    """The editor with a hint and OK / Cancel; `corners()` after exec."""

    def __init__(self, photo: Image.Image, corners: Fractions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sửa góc trang"))
        self.editor = CornerEditor(photo, corners, self)
        hint = QLabel(self.tr("Kéo bốn góc vào đúng mép trang giấy. Bàn phím: phím 1–4 chọn góc, "
                              "phím mũi tên di chuyển (Shift: nhanh hơn), Enter để lưu. Các trang "
                              "sau của đợt chụp này dùng lại các góc này."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu góc"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 700)
        self.editor.setFocus()

    def corners(self) -> Fractions:
        return list(self.editor.corners)
