"""The component checklist of a new reception: one row per published component of the procedure,
ticked when presented, with how it was presented and the files of its pages."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_app.domain.types import PresentationForm, Requirement
from ui.labels import form_text
from ui.reception.request_box import AskedForBox, ExtrasBox
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

FILE_FILTER = "Ảnh hoặc PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)"
# A photocopy comes with its original, which the officer compares and then signs the copy for.
_ORIGINAL_IN_HAND = {PresentationForm.PHOTOCOPY_WITH_ORIGINAL}


class _NameLabel(QLabel):
    """The component's name, wrapped; a click ticks the row's box like the box's own text would."""

    def __init__(self, text: str, tick: QCheckBox) -> None:
        super().__init__(text)
        self._tick = tick
        self.setWordWrap(True)
        self.setBuddy(tick)

    def mousePressEvent(self, event: Any) -> None:
        self._tick.toggle()
        self._tick.setFocus()
        super().mousePressEvent(event)


class _Tick(QCheckBox):
    """A row's tick: ↓ and ↑ go to the next and previous component's tick (one key from one
    component to the next; Tab still walks through the row's fields)."""

    def __init__(self, text: str, step: Callable[[QCheckBox, int], bool]) -> None:
        super().__init__(text)
        self._step = step

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
        if event.key() in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                and self._step(self, steps[Qt.Key(event.key())]):
            event.accept()
            return
        super().keyPressEvent(event)


@dataclass
class ComponentRow:
    info: Any  # ComponentInfo
    tick: QCheckBox
    label: QLabel
    form: QComboBox
    quantity: QSpinBox
    original: QCheckBox
    attach: QPushButton
    files_label: QLabel
    files: list[Path] = field(default_factory=list)
    scan: QPushButton | None = None
    # With the Capture area wired in: the component's staged pages and their window.
    pages: Any | None = None  # desk_app.capture.service.DraftPages
    dialog: Any | None = None  # ui.capture.component_pages.ComponentPagesDialog
    page_count: int = 0
    reuse_of: str | None = None  # an earlier attested document taken instead (reuse_box.py)
    asked: AskedForBox | None = None  # the form asked for (ui/reception/request_box.py)


class ComponentChecklist(QWidget):
    changed = Signal()

    pages_dialog_opened = Signal(object)  # ComponentPagesDialog

    def __init__(self, parent: QWidget | None = None, capture: Any | None = None,
                 runner: TaskRunner | None = None) -> None:
        """`capture` (desk_app.capture.access.CaptureAccess), with the client's `runner`: "Đính kèm…"
        opens the component's page strip and "Quét…" the scanner; without it (widget tests with
        fakes) files are chosen."""
        super().__init__(parent)
        self.setObjectName("componentChecklist")
        self.capture = capture
        self.runner = runner
        self.rows: list[ComponentRow] = []
        self.extras: ExtrasBox | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self._placeholder = QLabel(self.tr("Chọn thủ tục để hiện danh sách thành phần hồ sơ."))
        self._placeholder.setStyleSheet("color: #666;")
        self._grid.addWidget(self._placeholder, 0, 0, 1, 8)

    def _clear(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is None:
                break
            w = item.widget()
            if w is not None and w is not self._placeholder:
                w.deleteLater()
        for r in self.rows:
            if r.dialog is not None:
                r.dialog.close()
                r.dialog.deleteLater()
        self.rows.clear()
        self.extras = None

    def set_procedure(self, procedure: Any | None) -> None:
        self._clear()
        if procedure is None:
            self._grid.addWidget(self._placeholder, 0, 0, 1, 6)
            self._placeholder.show()
            self.changed.emit()
            return
        self._placeholder.hide()
        headers = [
            "",
            self.tr("Thành phần (Dấu cách: đánh dấu đã nộp)"),
            self.tr("Hình thức"),
            self.tr("Cán bộ yêu cầu"),
            self.tr("Số bản"),
            self.tr("Đối chiếu"),
            self.tr("Trang") if self.capture is not None else self.tr("Tệp"),
            "",
        ]
        for col, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self._grid.addWidget(label, 0, col)
        for n, info in enumerate(procedure.components, start=1):
            self._add_row(n, info)
        self.extras = ExtrasBox()
        self.extras.changed.connect(self.changed)
        self._grid.addWidget(self.extras, len(self.rows) + 1, 0, 1, 9)
        self.changed.emit()

    def _add_row(self, n: int, info: Any) -> None:
        notes = []
        if info.requirement == Requirement.SHOW:
            notes.append(self.tr("chỉ xuất trình, không thu bản sao"))
        if info.optional:
            notes.append(self.tr("nếu có"))
        if info.available_as_data:
            notes.append(self.tr("có sẵn trên CSDL/VNeID: không yêu cầu nộp giấy"))
        text = info.name
        if notes:
            text += f" <i>({'; '.join(notes)})</i>"
        tick = _Tick(f"{n}.", self._step_tick)
        tick.setObjectName(f"component.{n}.tick")
        tick.setAccessibleName(info.name)
        tick.setToolTip(self.tr("Dấu cách: đánh dấu đã nộp; ↑ ↓: thành phần trước / sau"))
        label = _NameLabel(text, tick)
        label.setObjectName(f"component.{n}.name")
        label.setToolTip(info.legal_basis or "")
        label.setMinimumWidth(280)
        form = QComboBox()
        form.setObjectName(f"component.{n}.form")
        accepted = list(info.accepted_forms) or [f.value for f in PresentationForm]
        for value in accepted:
            form.addItem(form_text(value), value)
        if info.available_as_data and form.findData(PresentationForm.NATIONAL_DATA.value) >= 0:
            # the officer looks it up instead of asking for paper (Decree 118 Art. 5 item 9)
            form.setCurrentIndex(form.findData(PresentationForm.NATIONAL_DATA.value))
        quantity = QSpinBox()
        quantity.setObjectName(f"component.{n}.quantity")
        quantity.setRange(1, 99)
        quantity.setValue(max(1, int(info.quantity or 1)))
        original = QCheckBox(self.tr("đã xem bản chính"))
        original.setObjectName(f"component.{n}.original")
        attach = QPushButton(self.tr("Đính kèm…"))
        attach.setObjectName(f"component.{n}.attach")
        attach.setToolTip(self.tr("Đính kèm ảnh hoặc PDF các trang của thành phần này"))
        files_label = QLabel("—")
        files_label.setObjectName(f"component.{n}.files")
        files_label.setMinimumWidth(60)
        row = ComponentRow(info, tick, label, form, quantity, original, attach, files_label)
        row.asked = AskedForBox(info)
        for box in (form, row.asked):
            # the longest form name would widen the checklist past a 1366-px counter screen: the
            # boxes show the start of it, the list opened by the officer shows it whole
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        row.asked.setObjectName(f"component.{n}.asked")
        row.asked.request_changed.connect(self.changed)
        if self.capture is not None:
            attach.setToolTip(self.tr(
                "Các trang của thành phần này: quét, nhập ảnh/PDF hoặc kéo thả; xoay, sắp xếp, xoá"))
            row.scan = QPushButton(self.tr("Quét…"))
            row.scan.setObjectName(f"component.{n}.scan")
            row.scan.setToolTip(
                self.tr("Quét thành phần này (màu: có dấu, ảnh, chữ viết tay)") if info.colour
                else self.tr("Quét thành phần này (xám, 300 dpi)"))
            row.scan.clicked.connect(lambda _c=False, row=row: self.open_pages(row, scan=True))
        self.rows.append(row)
        r = len(self.rows)
        for col, w in enumerate((tick, label, form, row.asked, quantity, original, files_label,
                                 attach)):
            self._grid.addWidget(w, r, col)
        if row.scan is not None:
            self._grid.addWidget(row.scan, r, 8)
        tick.toggled.connect(lambda _on, row=row: self._on_tick(row))
        form.currentIndexChanged.connect(lambda _i, row=row: self._on_form(row))
        quantity.valueChanged.connect(self.changed)
        original.toggled.connect(self.changed)
        attach.clicked.connect(lambda _c=False, row=row: self._choose_files(row))
        self._on_tick(row, emit=False)

    def _step_tick(self, tick: QCheckBox, step: int) -> bool:
        """Moves the focus from `tick` to the tick `step` rows away; False when `tick` is not
        one of the rows' (the key then does what it does on any check box)."""
        ticks = [r.tick for r in self.rows]
        if tick not in ticks:
            return False
        i = ticks.index(tick) + step
        if not 0 <= i < len(ticks):
            return True  # stays on the first/last tick rather than dropping into a form box
        ticks[i].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _on_tick(self, row: ComponentRow, emit: bool = True) -> None:
        on = row.tick.isChecked()
        row.form.setEnabled(on)
        row.original.setEnabled(on)
        if on:
            self._on_form(row, emit=False)
        else:
            row.quantity.setEnabled(False)
            row.attach.setEnabled(False)
            if row.scan is not None:
                row.scan.setEnabled(False)
        if emit:
            self.changed.emit()

    def _on_form(self, row: ComponentRow, emit: bool = True) -> None:
        value = row.form.currentData()
        if row.tick.isChecked():
            row.original.setChecked(value in _ORIGINAL_IN_HAND)
            # A document only shown, or read from a national database, leaves no paper to count
            # or digitise here: no copy may be demanded of it.
            paper = row.info.requirement != "show" and value != PresentationForm.NATIONAL_DATA
            row.quantity.setEnabled(paper)
            row.attach.setEnabled(paper)
            if row.scan is not None:
                row.scan.setEnabled(paper)
        if emit:
            self.changed.emit()

    def _choose_files(self, row: ComponentRow) -> None:
        if self.capture is not None:
            self.open_pages(row)
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các trang của: %1").replace("%1", row.info.name), "", FILE_FILTER
        )
        if paths:
            self.attach_files(self.rows.index(row), [Path(p) for p in paths])

    def attach_files(self, index: int, paths: list[Path]) -> None:
        """Files of a component's pages. With capture they go through its page strip (read,
        checked and staged on a worker; the count shows when done), else they are kept as files
        and read when the dossier is saved."""
        row = self.rows[index]
        if self.capture is not None:
            if not row.tick.isChecked():
                row.tick.setChecked(True)
            self._pages_dialog(row).strip.import_files(paths)
            return
        row.files.extend(paths)
        if not row.tick.isChecked():
            row.tick.setChecked(True)
        row.files_label.setText(self.tr("%n tệp", "", len(row.files)))
        row.files_label.setToolTip("\n".join(p.name for p in row.files))
        self.changed.emit()

    def open_pages(self, row: ComponentRow | int, scan: bool = False) -> Any:
        """Opens the component's page window (made on first use, kept until the reception
        ends); with `scan` the scan dialog opens over it."""
        if isinstance(row, int):
            row = self.rows[row]
        if not row.tick.isChecked():
            row.tick.setChecked(True)
        dialog = self._pages_dialog(row)
        dialog.open()
        self.pages_dialog_opened.emit(dialog)
        if scan:
            dialog.open_scan()
        return dialog

    def _pages_dialog(self, row: ComponentRow) -> Any:
        from ui.capture.component_pages import ComponentPagesDialog

        if row.dialog is None:
            capture = self.capture
            assert capture is not None, "page windows exist only with capture"
            assert self.runner is not None, "the page strip needs the client's runner"
            colour = bool(row.info.colour)
            row.pages = capture.draft_pages(colour)
            row.dialog = ComponentPagesDialog(
                row.info.name, row.pages, self.runner, capture.scanner(),
                capture.settings_for(colour), parent=self.window())
            row.dialog.pages_changed.connect(lambda n, row=row: self._on_pages_changed(row, n))
        return row.dialog

    def _on_pages_changed(self, row: ComponentRow, count: int) -> None:
        row.page_count = count
        row.files_label.setText(self.tr("%n trang", "", count) if count else "—")
        self.changed.emit()

    def staged_pages(self) -> dict[int, list[Any]]:
        """The pages to save with the dossier, by component index (ticked rows only)."""
        return {i: r.pages.prepared() for i, r in enumerate(self.rows)
                if r.tick.isChecked() and r.pages is not None and r.pages.pages()}

    def hide_page_windows(self) -> None:
        """The lock hides citizens' scans; the pages stay with their rows."""
        for r in self.rows:
            if r.dialog is not None:
                if r.dialog.scan_dialog is not None:
                    r.dialog.scan_dialog.hide()
                r.dialog.hide()

    def pages_busy(self) -> bool:
        return any(r.dialog is not None and r.dialog.busy() for r in self.rows)

    def component_inputs(self) -> list[dict[str, Any]]:
        """Keyword arguments of desk_app.reception.ComponentInput, one per published component
        (form None = not presented), in the published order."""
        out = []
        for row in self.rows:
            on = row.tick.isChecked()
            out.append({
                "procedure_component_id": row.info.id,
                "name": row.info.name,
                "form": row.form.currentData() if on else None,
                "quantity": row.quantity.value(),
                "original_shown": bool(on and row.original.isChecked()),
                "files": list(row.files) if on else [],
                "reuse_of": row.reuse_of if on else None,
                **(row.asked.requested() if row.asked is not None else {}),
            })
        return out + (self.extras.component_inputs() if self.extras is not None else [])

    def first_field(self) -> QWidget | None:
        return self.rows[0].tick if self.rows else None

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for r in self.rows:
            chain += [r.tick, r.form, *([r.asked] if r.asked is not None else []), r.quantity,
                      r.original, r.attach]
            if r.scan is not None:
                chain.append(r.scan)
        return chain + (self.extras.tab_chain() if self.extras is not None else [])

    def set_row_missing(self, missing_ids: set[str]) -> None:
        for r in self.rows:
            r.label.setStyleSheet("color: #b00020;" if r.info.id in missing_ids else "")
