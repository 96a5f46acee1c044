"""How the dossier came in: at the counter, by post, or online (submitted on the public-service
portal and completed at the counter). Shown at the top of "2. Người nộp hồ sơ" with the
submitter tick box below it: who handed it in, on whose behalf."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

CHANNELS = ("counter", "post", "online")  # desk_app.domain.types.Channel values


class ChannelRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("channel")
        for key, text in (
            ("counter", self.tr("Nộp trực tiếp tại quầy")),
            ("post", self.tr("Nộp qua dịch vụ bưu chính")),
            ("online", self.tr("Nộp trực tuyến (Cổng dịch vụ công), hoàn thiện tại quầy")),
        ):
            self.combo.addItem(text, key)
        label = QLabel(self.tr("&Kênh nộp:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)

    def channel(self) -> str:
        return str(self.combo.currentData())

    def reset(self) -> None:
        self.combo.setCurrentIndex(0)
