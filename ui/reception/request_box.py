"""What the officer asks for at reception (docs/flags.md#recorded-where-it-happens): per component,
the form asked for — the most lenient form the catalog accepts by default; a stricter one takes one
deliberate choice and a short reason — and papers not on the published list, each with its name
and reason. The reception service records both in the verification log when the dossier is saved."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.leniency import LENIENCY_ORDER, is_deliberate_request, most_lenient
from desk_app.domain.types import PresentationForm
from ui.labels import form_text

MIN_REASON_LENGTH = 5  # the service refuses shorter reasons (desk_app/reception_log.py)


class ReasonDialog(QDialog):
    """A short reason for asking more than the rules need; OK only with a reason."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestReasonDialog")
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.reason = QLineEdit()
        self.reason.setObjectName("requestReason")
        self.reason.setPlaceholderText(self.tr("Lý do (bắt buộc)"))
        label.setBuddy(self.reason)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ghi lý do"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(420, self.sizeHint().height())

    def _update(self) -> None:
        ok = len(self.reason.text().strip()) >= MIN_REASON_LENGTH
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AskedForBox(QComboBox):
    """The form asked for, one per component row: every form in leniency order, the most lenient
    accepted one preselected. Choosing a stricter one (or one the catalog does not accept) opens
    the reason prompt; cancelling it goes back to the default."""

    request_changed = Signal()

    def __init__(self, info: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.accepted = [str(f) for f in info.accepted_forms] or [f.value for f in PresentationForm]
        self.default = most_lenient(self.accepted)
        self.reason = ""
        self.dialog: ReasonDialog | None = None
        for value in LENIENCY_ORDER:
            text = form_text(value)
            if value not in self.accepted:
                text = self.tr("%1 (ngoài quy định)").replace("%1", text)
            self.addItem(text, value)
        if self.default is not None:
            self.setCurrentIndex(self.findData(self.default))
        self._shown = self.currentIndex()
        self.setToolTip(self.tr("Hình thức cán bộ yêu cầu; mặc định là hình thức nhẹ nhất được "
                                "chấp nhận. Yêu cầu chặt chẽ hơn phải ghi lý do."))
        self.currentIndexChanged.connect(self._on_changed)

    def deliberate(self) -> bool:
        return is_deliberate_request(self.currentData(), self.accepted)

    def requested(self) -> dict[str, Any]:
        """requested_form / request_reason of the component's ComponentInput."""
        if not self.deliberate():
            return {"requested_form": None, "request_reason": ""}
        return {"requested_form": self.currentData(), "request_reason": self.reason}

    def _on_changed(self, index: int) -> None:
        if not self.deliberate():
            self.reason = ""
            self._shown = index
            self._mark()
            self.request_changed.emit()
            return
        self.dialog = ReasonDialog(
            self.tr("Lý do yêu cầu"),
            self.tr("Yêu cầu “%1” cho “%2” chặt chẽ hơn quy định. Vì sao cần?")
            .replace("%1", form_text(self.currentData())).replace("%2", self.info.name),
            self.window())
        self.dialog.accepted.connect(self._on_reason)
        self.dialog.rejected.connect(self._on_cancel)
        self.dialog.open()

    def _on_reason(self) -> None:
        assert self.dialog is not None
        self.reason = self.dialog.reason.text().strip()
        self._shown = self.currentIndex()
        self._mark()
        self.request_changed.emit()
        self.setFocus()

    def _on_cancel(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(self._shown if not is_deliberate_request(
            self.itemData(self._shown), self.accepted) or self.reason else
            self.findData(self.default))
        self.blockSignals(False)
        self._mark()
        self.setFocus()

    def _mark(self) -> None:
        asked = self.deliberate()
        self.setStyleSheet("color: #b00020;" if asked else "")
        self.setAccessibleDescription(
            self.tr("Lý do: %1").replace("%1", self.reason) if asked else "")


@dataclass
class ExtraPaper:
    name: str
    form: str
    reason: str


class ExtraPaperDialog(QDialog):
    """A paper not on the procedure's published list: its name, how it is presented, and why it
    was needed. OK only with a name and a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extraPaperDialog")
        self.setWindowTitle(self.tr("Giấy tờ ngoài danh mục"))
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("Chỉ nhận giấy tờ ngoài danh mục công bố khi có lý do; người giám "
                              "sát sẽ xem lại."))
        note.setWordWrap(True)
        lay.addWidget(note)
        fields = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("extraName")
        self.form = QComboBox()
        self.form.setObjectName("extraForm")
        for value in LENIENCY_ORDER:
            if value != PresentationForm.NATIONAL_DATA:
                self.form.addItem(form_text(value), value)
        self.form.setCurrentIndex(self.form.findData(PresentationForm.PHOTOCOPY_WITH_ORIGINAL.value))
        self.reason = QLineEdit()
        self.reason.setObjectName("extraReason")
        fields.addRow(self.tr("&Tên giấy tờ:"), self.name)
        fields.addRow(self.tr("&Hình thức:"), self.form)
        fields.addRow(self.tr("&Lý do:"), self.reason)
        lay.addLayout(fields)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Thêm"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        ok = bool(self.name.text().strip()) and len(self.reason.text().strip()) >= MIN_REASON_LENGTH
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def paper(self) -> ExtraPaper:
        return ExtraPaper(self.name.text().strip(), str(self.form.currentData()),
                          self.reason.text().strip())


class ExtrasBox(QWidget):
    """The "add a paper not on the list" action and the papers added, below the checklist."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.papers: list[ExtraPaper] = []
        self.dialog: ExtraPaperDialog | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        self.add_button = QPushButton(self.tr("Thêm giấy tờ &ngoài danh mục…"))
        self.add_button.setObjectName("addExtraPaper")
        self.add_button.setToolTip(self.tr("Giấy tờ không có trong danh mục công bố của thủ tục: "
                                           "ghi tên và lý do"))
        self.add_button.clicked.connect(self.open_dialog)
        self.listing = QLabel()
        self.listing.setObjectName("extraPapers")
        self.listing.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Bỏ giấy tờ ngoài danh mục"))
        self.clear_button.setObjectName("clearExtraPapers")
        self.clear_button.clicked.connect(self.clear)
        lay.addWidget(self.add_button)
        lay.addWidget(self.listing, 1)
        lay.addWidget(self.clear_button)
        self._show()

    def open_dialog(self) -> ExtraPaperDialog:
        self.dialog = ExtraPaperDialog(self.window())
        self.dialog.accepted.connect(self._on_added)
        self.dialog.open()
        return self.dialog

    def _on_added(self) -> None:
        assert self.dialog is not None
        self.papers.append(self.dialog.paper())
        self._show()
        self.changed.emit()
        self.add_button.setFocus()

    def clear(self) -> None:
        self.papers.clear()
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.listing.setText("; ".join(
            self.tr("%1 (lý do: %2)").replace("%1", p.name).replace("%2", p.reason)
            for p in self.papers))
        self.clear_button.setVisible(bool(self.papers))

    def component_inputs(self) -> list[dict[str, Any]]:
        """Keyword arguments of ComponentInput for each paper off the list."""
        return [{"procedure_component_id": None, "name": p.name, "form": p.form, "quantity": 1,
                 "original_shown": p.form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL,
                 "files": [], "extra_reason": p.reason} for p in self.papers]

    def tab_chain(self) -> list[QWidget]:
        return [self.add_button, self.clear_button]
