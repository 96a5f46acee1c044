"""Page thumbnails of the dossier details page: decoded on a worker, framed on the GUI thread."""
from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

THUMB = 200


def image_from_bytes(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data)
    return image


def framed(image: QImage) -> QPixmap:
    """A thin grey frame: white pages would otherwise vanish into the white list."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9a9a9a"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap
