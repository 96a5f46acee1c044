"""The checklist's offers of a citizen's earlier documents (docs/reuse.md): once the procedure is
chosen and the applicant's ID number typed, the documents of the same kind the citizen had digitised
and attested in an earlier dossier, with the earlier dossier's code, the day attested and its pages
as thumbnails. One key (Ctrl+R, or the row's button) takes the first offer not yet taken: its
component is ticked as an electronic copy that reuses the earlier pages, and needs no paper."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.domain import vn_format
from desk_app.domain.types import PresentationForm
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

THUMB_SIDE = 72
MAX_THUMBS = 4


@dataclass
class Offer:
    document: Any  # desk_app.reception_types.ReusableDocument
    row: Any  # ui.reception.component_checklist.ComponentRow
    number: int  # the component's number on the checklist
    button: QPushButton
    label: QLabel
    line: QWidget
    taken: bool = False


class ReuseBox(QFrame):
    def __init__(self, reception: Any, runner: TaskRunner, checklist: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reuseBox")
        self.setStyleSheet("#reuseBox { background: #eef6ee; border: 1px solid #8fbf8f;"
                           " border-radius: 3px; }")
        self._reception, self._runner, self._checklist = reception, runner, checklist
        self.offers: list[Offer] = []
        self._asked: tuple[str, str] | None = None
        self._ticket = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self.title = QLabel(self.tr("Giấy tờ đã số hóa và đối chiếu của người nộp — dùng lại, "
                                    "không cần nộp giấy (Ctrl+R: dùng lại giấy tờ đầu tiên)"))
        self.title.setWordWrap(True)
        self._layout.addWidget(self.title)
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.take_next)
        self.hide()

    # --- asking -----------------------------------------------------------------------------

    def refresh(self, id_number: str, procedure_code: str | None) -> None:
        """Asks for the offers when the ID number or the procedure changed (a full 12-digit
        number only: nothing is looked up while it is being typed)."""
        id_number = id_number.strip()
        wanted = (id_number, procedure_code or "")
        if wanted == self._asked:
            return
        self._asked = wanted
        self._ticket += 1
        ticket = self._ticket
        self._show([])
        if not procedure_code or len(id_number) != 12 or not id_number.isdigit():
            return
        # On the writer: the first lookup of a store made before the index builds it.
        self._runner.write(self._reception.reusable_documents, id_number, procedure_code,
                           owner=self, on_result=lambda docs: self._answer(ticket, docs),
                           on_error=lambda e: logger.warning("reuse offers failed: %r", e))

    def _answer(self, ticket: int, documents: list[Any]) -> None:
        if ticket == self._ticket:
            self._show(list(documents))

    # --- showing ----------------------------------------------------------------------------

    def _show(self, documents: list[Any]) -> None:
        for offer in self.offers:
            offer.line.deleteLater()
        self.offers = []
        rows = {r.info.id: (n, r) for n, r in enumerate(self._checklist.rows, start=1)}
        for doc in documents:
            if doc.procedure_component_id in rows:
                n, row = rows[doc.procedure_component_id]
                self.offers.append(self._offer_row(doc, n, row))
        self.setVisible(bool(self.offers))

    def _offer_row(self, doc: Any, number: int, row: Any) -> Offer:
        line = QWidget()
        lay = QHBoxLayout(line)
        lay.setContentsMargins(0, 0, 0, 0)
        until = vn_format.date(doc.valid_until) if doc.valid_until else self.tr("không thời hạn")
        label = QLabel(self.tr("%1. %2 — hồ sơ %3, đối chiếu ngày %4, %5 trang; còn giá trị "
                               "đến %6")
                       .replace("%1", str(number)).replace("%2", doc.name)
                       .replace("%3", doc.dossier_code)
                       .replace("%4", vn_format.date(doc.attested_at.date()))
                       .replace("%5", str(len(doc.page_hashes))).replace("%6", until))
        label.setObjectName(f"reuse.{number}.label")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(label, 1)
        for sha in doc.page_hashes[:MAX_THUMBS]:
            thumb = QLabel("…")
            thumb.setObjectName(f"reuse.{number}.thumb")
            thumb.setFixedSize(THUMB_SIDE, THUMB_SIDE)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setStyleSheet("background: white; border: 1px solid #bbb;")
            lay.addWidget(thumb)
            self._runner.run(self._reception.thumbnail, sha, THUMB_SIDE, owner=thumb,
                             on_result=partial(self._set_thumb, thumb),
                             on_error=lambda e: logger.warning("thumbnail failed: %r", e))
        button = QPushButton(self.tr("Dùng lại"))
        button.setObjectName(f"reuse.{number}.take")
        button.setToolTip(self.tr("Dùng lại giấy tờ đã số hóa thay cho giấy (Ctrl+R)"))
        lay.addWidget(button)
        self._layout.addWidget(line)
        offer = Offer(doc, row, number, button, label, line)
        button.clicked.connect(lambda _c=False, o=offer: self.toggle(o))
        return offer

    @staticmethod
    def _set_thumb(label: QLabel, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            label.setPixmap(pixmap.scaled(THUMB_SIDE - 2, THUMB_SIDE - 2,
                                          Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    # --- taking -----------------------------------------------------------------------------

    def take_next(self) -> None:
        """The one key: takes the first offer not yet taken."""
        offer = next((o for o in self.offers if not o.taken), None)
        if offer is not None:
            self.toggle(offer)

    def toggle(self, offer: Offer) -> None:
        row = offer.row
        offer.taken = not offer.taken
        row.reuse_of = offer.document.entry_id if offer.taken else None
        if offer.taken:
            row.tick.setChecked(True)
            index = row.form.findData(PresentationForm.ELECTRONIC_COPY.value)
            if index >= 0:
                row.form.setCurrentIndex(index)
            row.files_label.setText(self.tr("dùng lại %1").replace("%1",
                                                                  offer.document.dossier_code))
        else:
            row.files_label.setText("—")
        # the reused pages stand for paper: nothing to attach, count or compare
        for widget in (row.form, row.quantity, row.attach, row.original, row.scan):
            if widget is not None:
                widget.setEnabled(not offer.taken)
        offer.button.setText(self.tr("Bỏ dùng lại") if offer.taken else self.tr("Dùng lại"))
        self._checklist.changed.emit()
