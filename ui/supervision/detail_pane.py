"""The detail of one log entry: what was presented and demanded, the engine's result, the page images
compared (read and scaled in a worker), the supervisor's notes and the dialog to add one."""
from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.supervision.log_query import LogRow, NoteRow
from desk_app.supervision.service import SupervisionService
from ui.labels import form_text, requirement_text
from ui.supervision.labels import flag_label, verdict_label
from ui.window_fit import fit_window
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

THUMB_HEIGHT = 220


def _thumbnail(data: bytes | None) -> QImage | None:
    """Runs in a worker: decode and scale (QImage, unlike QPixmap, is safe off the GUI thread)."""
    if not data:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaledToHeight(THUMB_HEIGHT, Qt.TransformationMode.SmoothTransformation)


def _thumbnails(service: SupervisionService, hashes: tuple[str, ...]) -> list[QImage | None]:
    return [_thumbnail(service.page_image(h)) for h in hashes]


class NoteDialog(QDialog):
    """A supervisor's note on an entry, optionally about one of its flags."""

    def __init__(self, flags: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ghi chú của lãnh đạo"))
        self.flag_box = QComboBox()
        self.flag_box.addItem(self.tr("(Ghi chú chung)"), "")
        for code in flags:
            self.flag_box.addItem(flag_label(code), code)
        if flags:
            self.flag_box.setCurrentIndex(1)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Nhận xét, yêu cầu chấn chỉnh, kết quả xác minh…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu ghi chú"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Về dấu hiệu"), self.flag_box)
        layout.addRow(self.tr("Nội dung"), self.text_edit)
        layout.addRow(buttons)
        fit_window(self, 520, 260, "noteDialog")

    def values(self) -> tuple[str, str]:
        return str(self.flag_box.currentData() or ""), self.text_edit.toPlainText()


class EntryDetailPane(QScrollArea):
    note_added = Signal(object)  # NoteRow

    def __init__(self, service: SupervisionService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self._entry: LogRow | None = None
        self.counter_names: dict[str, str] = {}  # workstation id -> counter name
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel(self.tr("Chọn một lượt đối chiếu để xem chi tiết"))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt")
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("dossier", self.tr("Hồ sơ")), ("time", self.tr("Thời điểm")),
            ("officer", self.tr("Cán bộ")), ("presented", self.tr("Xuất trình")),
            ("demanded", self.tr("Yêu cầu thêm")), ("listed", self.tr("Danh mục công bố")),
            ("verdict", self.tr("Kết luận của cán bộ")), ("engine", self.tr("Kết quả so sánh tự động")),
            ("override", self.tr("Lý do bỏ qua")), ("flags", self.tr("Dấu hiệu")),
            ("chain", self.tr("Quầy, vị trí trong chuỗi")),
        ):
            value = QLabel("")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            self.form.addRow(label, value)
        layout.addLayout(self.form)
        layout.addWidget(QLabel(self.tr("Ảnh trang đã đối chiếu")))
        self.images = QHBoxLayout()
        self.images.setAlignment(Qt.AlignmentFlag.AlignLeft)
        images_box = QWidget()
        images_box.setLayout(self.images)
        layout.addWidget(images_box)
        layout.addWidget(QLabel(self.tr("Ghi chú của lãnh đạo")))
        self.notes = QListWidget()
        self.notes.setMaximumHeight(120)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.add_note_button = QPushButton(self.tr("Thêm ghi chú…"))
        self.add_note_button.setEnabled(False)
        self.add_note_button.clicked.connect(self._on_add_note)
        layout.addWidget(self.add_note_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    @property
    def entry(self) -> LogRow | None:
        return self._entry

    def show_entry(self, r: LogRow | None) -> None:
        self._entry = r
        self.add_note_button.setEnabled(r is not None)
        self._clear_images()
        self.notes.clear()
        if r is None:
            self.title.setText(self.tr("Chọn một lượt đối chiếu để xem chi tiết"))
            for value in self._fields.values():
                value.setText("")
            return
        self.title.setText(r.component_name)
        f = self._fields
        f["dossier"].setText(f"{r.dossier_code} — {r.procedure_code}")
        f["time"].setText(vn_format.datetime(r.created_at, seconds=True))
        f["officer"].setText(r.officer_name)
        shown = self.tr(" (có xuất trình bản chính)") if r.original_shown else ""
        f["presented"].setText(f"{form_text(r.presentation_form)} — "
                               f"{requirement_text(r.requirement)}{shown}")
        f["demanded"].setText(form_text(r.demanded_form) if r.demanded_form else self.tr("Không"))
        f["listed"].setText(self.tr("Có") if r.on_published_list else self.tr("Không — ngoài danh mục"))
        f["verdict"].setText(verdict_label(r.verdict))
        if r.engine_verdict:
            # in brackets: after the verdict, a comma would run into the score's decimal comma
            score = (f" ({vn_format.number(r.engine_score, 3)})" if r.engine_score is not None
                     else "")
            f["engine"].setText(f"{verdict_label(r.engine_verdict)}{score}")
        else:
            f["engine"].setText(self.tr("Không chạy"))
        f["override"].setText(r.override_reason or "—")
        f["flags"].setText("\n".join(flag_label(c) for c in r.flags) or self.tr("Không"))
        f["flags"].setStyleSheet("color: #b03a2e" if r.flags else "")
        counter = self.counter_names.get(r.workstation_id) or r.workstation_id[:8]
        f["chain"].setText(f"{counter} #{r.chain_index}")
        if r.page_hashes:
            placeholder = QLabel(self.tr("Đang tải {n} ảnh…").format(n=len(r.page_hashes)))
            self.images.addWidget(placeholder)
            self._runner.run(_thumbnails, self._service, r.page_hashes, owner=self,
                             on_result=partial(self._on_images, r.id))
        else:
            self.images.addWidget(QLabel(self.tr("Không có ảnh trang")))
        self._runner.run(self._service.notes, r.id, owner=self,
                         on_result=partial(self._on_notes, r.id))

    def _clear_images(self) -> None:
        while self.images.count():
            item = self.images.takeAt(0)
            if item is None:
                break
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone now, not only when deleteLater runs
                widget.deleteLater()

    def _on_images(self, entry_id: str, images: list[QImage | None]) -> None:
        if self._entry is None or self._entry.id != entry_id:
            return
        self._clear_images()
        for n, image in enumerate(images, start=1):
            box = QVBoxLayout()
            picture = QLabel()
            if image is None:
                picture.setText(self.tr("(ảnh chưa có trong kho máy này)"))
            else:
                picture.setPixmap(QPixmap.fromImage(image))
            picture.setStyleSheet("border: 1px solid #999; background: white")
            holder = QWidget()
            holder.setLayout(box)
            box.addWidget(picture)
            box.addWidget(QLabel(self.tr("Trang {n}").format(n=n)),
                          alignment=Qt.AlignmentFlag.AlignHCenter)
            self.images.addWidget(holder)

    def _on_notes(self, entry_id: str, notes: list[NoteRow]) -> None:
        if self._entry is None or self._entry.id != entry_id:
            return
        self.notes.clear()
        for n in notes:
            about = f" [{flag_label(n.flag_code)}]" if n.flag_code else ""
            self.notes.addItem(f"{vn_format.datetime(n.created_at)}{about}: {n.text}")

    def _on_add_note(self) -> None:
        if self._entry is None:
            return
        dialog = NoteDialog(self._entry.flags, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_note(*dialog.values())

    def save_note(self, flag_code: str, text: str) -> None:
        """Writes the note on the single writer; the list refreshes when it is stored."""
        if self._entry is None:
            return
        entry_id = self._entry.id
        # At the centre the note is written by the supervisor's role over the network, not in
        # the local store: a reader task, so the store's single writer never waits on it.
        save = self._runner.run if self._service.is_central else self._runner.write
        save(self._service.add_note, entry_id, text, flag_code,
             on_result=self._on_note_saved, on_error=self._on_note_failed)

    def _on_note_saved(self, note: NoteRow) -> None:
        self.note_added.emit(note)
        if self._entry is not None and self._entry.id == note.entry_id:
            self._runner.run(self._service.notes, note.entry_id, owner=self,
                             on_result=partial(self._on_notes, note.entry_id))

    def _on_note_failed(self, exc: Any) -> None:
        code = getattr(exc, "code", "")
        text = self.tr("Ghi chú không được để trống") if code == "empty_note" else \
            self.tr("Không lưu được ghi chú")
        self.notes.addItem(text)
