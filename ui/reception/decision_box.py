"""Step 4 of a new reception: where the result goes, the reason, and the three decisions (receipt
Mẫu 01 / supplement Mẫu 02 / refusal Mẫu 03) with the page's cancel button.

The box is a part of the reception page: its texts stay in the page's translation context
("ReceptionPage" in resources/translations), where they have always been."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DecisionBox(QGroupBox):
    decided = Signal(str)  # receive / supplement / refuse

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ReceptionPage", "4. Kết quả tiếp nhận  (Alt+4)"), parent)
        self.delivery = QComboBox()
        self.delivery.setObjectName("delivery")
        self.delivery.addItem(
            QCoreApplication.translate("ReceptionPage", "Nhận kết quả tại Bộ phận Một cửa"), "desk")
        self.delivery.addItem(
            QCoreApplication.translate("ReceptionPage", "Nhận kết quả qua dịch vụ bưu chính"),
            "post")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(QCoreApplication.translate(
            "ReceptionPage",
            "Lý do — bắt buộc khi từ chối; khi yêu cầu bổ sung, để trống sẽ ghi các thành phần còn thiếu"))
        self.receive_button = QPushButton(QCoreApplication.translate(
            "ReceptionPage", "&Tiếp nhận, in giấy hẹn – Mẫu 01 (Ctrl+Enter)"))
        self.receive_button.setObjectName("receiveButton")
        self.supplement_button = QPushButton(
            QCoreApplication.translate("ReceptionPage", "Yêu cầu &bổ sung – Mẫu 02"))
        self.supplement_button.setObjectName("supplementButton")
        self.refuse_button = QPushButton(
            QCoreApplication.translate("ReceptionPage", "Từ &chối – Mẫu 03"))
        self.refuse_button.setObjectName("refuseButton")
        self.cancel_button = QPushButton(QCoreApplication.translate("ReceptionPage", "&Huỷ (Esc)"))
        self.cancel_button.setObjectName("cancelButton")
        font = self.receive_button.font()
        font.setBold(True)
        self.receive_button.setFont(font)
        delivery_label = QLabel(QCoreApplication.translate("ReceptionPage", "Nơi t&rả kết quả:"))
        delivery_label.setBuddy(self.delivery)
        reason_label = QLabel(QCoreApplication.translate("ReceptionPage", "&Lý do:"))
        reason_label.setBuddy(self.reason)
        row1 = QHBoxLayout()
        row1.addWidget(delivery_label)
        row1.addWidget(self.delivery, 1)
        row2 = QHBoxLayout()
        row2.addWidget(reason_label)
        row2.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.supplement_button)
        buttons.addWidget(self.refuse_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addLayout(buttons)
        self.receive_button.clicked.connect(lambda: self.decided.emit("receive"))
        self.supplement_button.clicked.connect(lambda: self.decided.emit("supplement"))
        self.refuse_button.clicked.connect(lambda: self.decided.emit("refuse"))

    def set_state(self, ready: bool, idle: bool, complete: bool) -> None:
        """`ready`: a procedure and an applicant's name; `idle`: nothing being saved;
        `complete`: no required component missing (a receipt promises a result date)."""
        self.receive_button.setEnabled(ready and idle and complete)
        self.supplement_button.setEnabled(ready and idle)
        self.refuse_button.setEnabled(ready and idle)

    def tab_chain(self) -> list[QWidget]:
        return [self.delivery, self.reason, self.receive_button, self.supplement_button,
                self.refuse_button, self.cancel_button]

    def reset(self) -> None:
        self.reason.clear()
        self.delivery.setCurrentIndex(0)
