"""The attestation dialog: the compare screen above, the officer's record of the component below
(form of presentation, original shown, decision, and the reason required to accept a copy the
engine found different). The comparison runs on the client's wide pool, the log write on its single
writer."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.types import PresentationForm, Verdict
from desk_app.errors import DeskError
from desk_app.messages import message_for
from desk_app.verification.attest import MIN_REASON_LENGTH, Officer
from desk_app.verification.service import AttestRequest, ComparePack
from ui.labels import form_text
from ui.verify.compare_view import CompareView
from ui.window_fit import fit_window
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)


class VerificationServiceLike(Protocol):
    def compare(self, original: bytes | Path, copy: bytes | Path) -> ComparePack: ...
    def attest(self, request: AttestRequest, pack: ComparePack | None) -> Any: ...


@dataclass
class ComponentInfo:
    dossier_id: str
    component_id: str
    name: str
    dossier_code: str
    requirement: str = "submit"
    form: str | None = None  # how it was presented, when reception already recorded it


class AttestDialog(QDialog):
    compared = Signal(object)  # ComparePack
    attested = Signal(object)  # VerificationEntry

    def __init__(self, service: VerificationServiceLike, component: ComponentInfo,
                 officer: Officer, original: bytes | Path, copy: bytes | Path,
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.component = component
        self.officer = officer
        self._runner = runner
        self.pack: ComparePack | None = None
        self.compare_failed = False
        self._workers: list[Worker] = []
        self._attesting: Worker | None = None
        self._rejected = False  # results arriving after the officer cancelled are dropped
        self.setWindowTitle(self.tr("Đối chiếu bản chụp với bản chính — %1")
                            .replace("%1", component.name))

        self.view = CompareView(self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the engine takes about a second
        self.progress.setFormat(self.tr("Đang so sánh…"))
        self.progress.setTextVisible(True)
        self.status = QLabel(self.tr("Đang so sánh bản chụp với bản chính…"))

        self.form = QComboBox()
        # The copy to compare first: it is what this dialog is usually opened for.
        first = PresentationForm.PHOTOCOPY_WITH_ORIGINAL
        for form in (first, *(f for f in PresentationForm if f is not first)):
            self.form.addItem(form_text(form), form.value)
        if component.form and self.form.findData(component.form) >= 0:
            self.form.setCurrentIndex(self.form.findData(component.form))
        self.original_shown = QCheckBox(self.tr("Công dân đã xuất trình bản chính"))
        self.original_shown.setChecked(True)
        self.match = QRadioButton(self.tr("Khớp với bản chính"))
        self.mismatch = QRadioButton(self.tr("Không khớp"))
        self.decision = QButtonGroup(self)
        self.decision.addButton(self.match)
        self.decision.addButton(self.mismatch)
        decision_row = QWidget()
        dl = QHBoxLayout(decision_row)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.match)
        dl.addWidget(self.mismatch)
        dl.addStretch(1)
        self.reason_label = QLabel(self.tr("Lý do vẫn xác nhận khớp (bắt buộc khi máy báo khác biệt):"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Ví dụ: vết bẩn do máy photo, nội dung trùng khớp"))
        self.reason.setFixedHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)

        fields = QFormLayout()
        fields.addRow(self.tr("Hình thức nộp:"), self.form)
        fields.addRow("", self.original_shown)
        fields.addRow(self.tr("Kết luận của cán bộ:"), decision_row)
        fields.addRow(self.reason_label)
        fields.addRow(self.reason)

        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("Xác nhận đối chiếu"))
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_window(self, 1280, 900, "attestDialog")

        for signal in (self.form.currentIndexChanged, self.original_shown.toggled,
                       self.match.toggled, self.mismatch.toggled, self.reason.textChanged):
            signal.connect(self._update_state)
        self._start(self._runner.run, self.service.compare, original, copy,
                    done=self._on_compared, failed=self._on_compare_failed)
        self._update_state()

    # --- background work -------------------------------------------------------------------------

    def _start(self, start: Callable[..., Worker], fn: Any, *args: Any, done: Any,
               failed: Any) -> Worker:
        """`start` is the runner's run (wide pool) or write (the single writer). Callbacks are
        dropped once the dialog is deleted (owner) or rejected."""
        started: list[Worker] = []

        def finished() -> None:  # queued to the GUI thread, so `started` is filled by then
            self._workers = [w for w in self._workers if w is not started[0]]
            if self._attesting is started[0]:
                self._attesting = None
            self._update_state()

        worker = start(fn, *args, owner=self,
                       on_result=lambda value: None if self._rejected else done(value),
                       on_error=lambda exc: None if self._rejected else failed(exc),
                       on_finished=finished)
        started.append(worker)
        self._workers.append(worker)
        return worker

    def busy(self) -> bool:
        return bool(self._workers)

    def _on_compared(self, pack: ComparePack) -> None:
        self.pack = pack
        self.progress.hide()
        result = pack.result
        self.view.set_pages(pack.original_aligned, pack.copy, result)
        if result.flagged:
            self.status.setText(self.tr("Máy so sánh phát hiện khác biệt: hãy xem các vùng được "
                                        "khoanh đỏ trước khi kết luận."))
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.status.setText(self.tr("Máy so sánh không thấy khác biệt."))
            self.status.setStyleSheet("color: #1b5e20;")
        self._update_state()
        self.compared.emit(pack)

    def _on_compare_failed(self, exc: Exception) -> None:
        # The officer can still record what they saw with their own eyes; the entry then carries
        # no engine verdict (and supervisors see it).
        self.compare_failed = True
        self.progress.hide()
        text = message_for(exc) if isinstance(exc, DeskError) else self.tr("Không so sánh được")
        self.status.setText(self.tr("Không so sánh được: %1").replace("%1", text))
        self._update_state()

    # --- the officer's record --------------------------------------------------------------------

    def needs_comparison(self) -> bool:
        form: object = self.form.currentData()
        return form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL.value

    def reason_required(self) -> bool:
        return (self.needs_comparison() and self.match.isChecked()
                and self.pack is not None and self.pack.result.flagged)

    def _update_state(self) -> None:
        compare = self.needs_comparison()
        for w in (self.match, self.mismatch):
            w.setEnabled(compare)
        required = self.reason_required()
        self.reason_label.setVisible(required)
        self.reason.setVisible(required)
        ok = True
        if compare:
            ok = ((self.pack is not None or self.compare_failed) and self.original_shown.isChecked()
                  and (self.match.isChecked() or self.mismatch.isChecked()))
            if required and len(self.reason.toPlainText().strip()) < MIN_REASON_LENGTH:
                ok = False
        self.ok_button.setEnabled(ok and self._attesting is None)

    def request(self) -> AttestRequest:
        compare = self.needs_comparison()
        decision = Verdict.NOT_COMPARED
        if compare:
            decision = Verdict.MATCH if self.match.isChecked() else Verdict.MISMATCH
        return AttestRequest(
            dossier_id=self.component.dossier_id,
            component_id=self.component.component_id,
            officer=self.officer,
            presentation_form=str(self.form.currentData()),
            original_shown=self.original_shown.isChecked(),
            decision=decision,
            override_reason=self.reason.toPlainText().strip() if self.reason_required() else "",
        )

    def _on_accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.error.clear()
        pack = self.pack if self.needs_comparison() else None
        self._attesting = self._start(self._runner.write, self.service.attest, self.request(), pack,
                                      done=self._on_attested, failed=self._on_attest_failed)
        self._update_state()

    def _on_attested(self, entry: Any) -> None:
        self.attested.emit(entry)
        self.accept()

    def _on_attest_failed(self, exc: Exception) -> None:
        text = message_for(exc) if isinstance(exc, DeskError) else self.tr("Không ghi được")
        self.error.setText(text)
        self._update_state()

    def reject(self) -> None:
        self._rejected = True
        self.view.blink_timer.stop()
        super().reject()
