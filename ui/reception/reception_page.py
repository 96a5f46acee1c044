"""New reception: procedure, applicant (and submitter), the component checklist with what is
missing, and the decision (receipt Mẫu 01 / supplement Mẫu 02 / refusal Mẫu 03).

Every store access runs on a worker; the page only collects input and shows results. The hint line at
the top always names the next step, so an officer finds the way without a manual."""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.procedure_search import ProcedureIndex
from desk_app.reception_types import PersonInput
from ui.error_text import show_error
from ui.reception.channel_box import ChannelRow
from ui.reception.component_checklist import ComponentChecklist
from ui.reception.decision_box import DecisionBox
from ui.reception.drafts import build_draft
from ui.reception.person_form import PersonForm
from ui.reception.reuse_box import ReuseBox
from ui.workers import TaskRunner

if TYPE_CHECKING:
    from desk_app.protocols import ReceptionPort

logger = logging.getLogger(__name__)


def procedure_label(p: Any) -> str:
    return f"{p.code} – {p.name}"


class ReceptionPage(QWidget):
    received = Signal(object, str)  # DossierSummary, decision
    cancelled = Signal()

    def __init__(
        self,
        reception: ReceptionPort,
        runner: TaskRunner,
        officer: Any,
        draft_factory: Callable[..., Any] = build_draft,
        parent: QWidget | None = None,
        capture: Any | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receptionPage")
        self._reception = reception
        self._runner = runner
        self._officer = officer
        self._draft_factory = draft_factory
        self._procedures: list[Any] = []
        self._procedure_index: ProcedureIndex[Any] = ProcedureIndex([])
        self.procedure: Any | None = None
        self.missing: list[Any] = []
        self._missing_request = 0
        self._check_requests = {"applicant": 0, "submitter": 0}
        self._saving = False
        self._progress: QProgressDialog | None = None
        self.last_worker: Any = None
        self.id_card_dialog: Any | None = None

        title = QLabel(self.tr("Tiếp nhận hồ sơ mới"))
        title.setObjectName("heading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(
            "background: #fff8d6; border: 1px solid #e0c050; padding: 6px; border-radius: 3px;"
        )

        # 1. procedure ------------------------------------------------------------------------
        self.procedure_box = QGroupBox(self.tr("1. Thủ tục hành chính  (Alt+1)"))
        self.procedure_edit = QLineEdit()
        self.procedure_edit.setObjectName("procedureEdit")
        self.procedure_edit.setPlaceholderText(
            self.tr("Gõ mã hoặc tên thủ tục, không cần dấu (ví dụ: khai sinh)")
        )
        self._completion_model = QStringListModel(self)
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.procedure_edit.setCompleter(self.completer)
        self.procedure_info = QLabel()
        self.procedure_info.setObjectName("procedureInfo")
        self.procedure_info.setWordWrap(True)
        lay = QVBoxLayout(self.procedure_box)
        lay.addWidget(self.procedure_edit)
        lay.addWidget(self.procedure_info)

        # 2. applicant ------------------------------------------------------------------------
        self.person_box = QGroupBox(self.tr("2. Người nộp hồ sơ  (Alt+2)"))
        self.channel = ChannelRow()  # made first: the focus chain runs channel → applicant
        self.applicant = PersonForm("applicant")
        self.has_submitter = QCheckBox(self.tr("Có người khác nộp thay (được uỷ quyền)"))
        self.has_submitter.setObjectName("hasSubmitter")
        self.submitter = PersonForm("submitter", short=True)
        self.submitter.hide()
        lay = QVBoxLayout(self.person_box)
        lay.addWidget(self.channel)
        lay.addWidget(self.applicant)
        lay.addWidget(self.has_submitter)
        lay.addWidget(self.submitter)

        # 3. components -----------------------------------------------------------------------
        self.components_box = QGroupBox(self.tr("3. Thành phần hồ sơ  (Alt+3)"))
        self.checklist = ComponentChecklist(capture=capture, runner=runner)
        self.reuse_box = ReuseBox(reception, runner, self.checklist)  # docs/reuse.md
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        lay = QVBoxLayout(self.components_box)
        lay.addWidget(self.reuse_box)
        lay.addWidget(self.checklist)
        lay.addWidget(self.missing_label)

        # 4. decision -------------------------------------------------------------------------
        self.decision_box = DecisionBox()
        box = self.decision_box
        self.delivery, self.reason = box.delivery, box.reason
        self.receive_button, self.supplement_button = box.receive_button, box.supplement_button
        self.refuse_button, self.cancel_button = box.refuse_button, box.cancel_button

        body = QWidget()
        body_layout = QVBoxLayout(body)
        for w in (self.procedure_box, self.person_box, self.components_box, self.decision_box):
            body_layout.addWidget(w)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.addWidget(title)
        outer.addWidget(self.hint)
        outer.addWidget(self.scroll_area, 1)

        # wiring ------------------------------------------------------------------------------
        self._missing_timer = QTimer(self)
        self._missing_timer.setSingleShot(True)
        self._missing_timer.setInterval(150)
        self._missing_timer.timeout.connect(self._refresh_missing)
        self.procedure_edit.textEdited.connect(self._on_procedure_typed)
        self.procedure_edit.returnPressed.connect(self._on_procedure_entered)
        self.completer.activated.connect(self._on_procedure_chosen)
        self.applicant.changed.connect(self._on_changed)
        self.submitter.changed.connect(self._on_changed)
        self.applicant.check_requested.connect(lambda: self._check_person("applicant"))
        self.applicant.id_card_requested.connect(lambda: self._read_id_card(self.applicant))
        self.submitter.id_card_requested.connect(lambda: self._read_id_card(self.submitter))
        self.submitter.check_requested.connect(lambda: self._check_person("submitter"))
        self.has_submitter.toggled.connect(self._on_submitter_toggled)
        self.checklist.changed.connect(self._on_changed)
        self.reason.textChanged.connect(self._update_hint)
        box.decided.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for keys, slot in (
            ("Ctrl+Return", lambda: self.submit("receive")),
            ("Ctrl+Enter", lambda: self.submit("receive")),
            ("Alt+1", lambda: self._focus(self.procedure_edit)),
            ("Alt+2", lambda: self._focus(self.applicant.first_field())),
            ("Alt+3", lambda: self._focus(self.checklist.first_field())),
            ("Alt+4", lambda: self._focus(self.delivery)),
            ("Escape", self.cancelled.emit),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self._update_buttons()
        self._update_hint()
        self.load_procedures()

    # --- procedures -----------------------------------------------------------------------------

    def load_procedures(self) -> None:
        self._runner.run(self._reception.procedures, "", owner=self, on_result=self._on_procedures,
                         on_error=lambda e: show_error(self, e))

    def _on_procedures(self, procedures: list[Any]) -> None:
        self._procedures = list(procedures)
        self._procedure_index = ProcedureIndex(self._procedures)
        if self.procedure_edit.text():
            self._on_procedure_typed(self.procedure_edit.text())

    def matching_procedures(self, text: str) -> list[Any]:
        """Best first (desk_app/procedure_search.py); the completer shows them in this order."""
        return list(self._procedure_index.search(text))

    def _on_procedure_typed(self, text: str) -> None:
        if self.procedure is not None and text != procedure_label(self.procedure):
            self._set_procedure(None)
        matches = self.matching_procedures(text) if text.strip() else self._procedures
        self._completion_model.setStringList([procedure_label(p) for p in matches[:50]])
        if text.strip() and matches:
            self.completer.complete()

    def _on_procedure_entered(self) -> None:
        if self.procedure is not None:
            self._focus(self.applicant.first_field())
            return
        matches = self.matching_procedures(self.procedure_edit.text())
        if len(matches) == 1:
            self.select_procedure(matches[0].code)

    def _on_procedure_chosen(self, text: str) -> None:
        code = text.split(" – ", 1)[0]
        self.select_procedure(code)

    def select_procedure(self, code: str) -> None:
        found = next((p for p in self._procedures if p.code == code), None)
        if found is None:
            return
        self.procedure_edit.setText(procedure_label(found))
        self._set_procedure(found)
        QTimer.singleShot(0, self._after_procedure_chosen)

    def _after_procedure_chosen(self) -> None:
        # the completer popup may keep the activation on some platforms once it hides
        handle = self.window().windowHandle()
        if handle is not None and QApplication.activeWindow() is not self.window():
            handle.requestActivate()
        self._focus(self.applicant.first_field())

    def _set_procedure(self, procedure: Any | None) -> None:
        if procedure is self.procedure:
            return
        self.procedure = procedure
        self.checklist.set_procedure(procedure)
        if procedure is None:
            self.procedure_info.clear()
        else:
            days = (
                self.tr("%n ngày làm việc", "", procedure.processing_days)
                if procedure.processing_days
                else self.tr("trong ngày")
            )
            parts = [
                self.tr("Lĩnh vực: %1").replace("%1", procedure.field or "—"),
                self.tr("Thời hạn giải quyết: %1").replace("%1", days),
                self.tr("Lệ phí: %1").replace("%1", procedure.fee or self.tr("không")),
            ]
            self.procedure_info.setText(" · ".join(parts))
        self._fix_tab_order()
        self._on_changed()

    # --- people ---------------------------------------------------------------------------------

    def _on_submitter_toggled(self, on: bool) -> None:
        self.submitter.setVisible(on)
        if on:
            self._focus(self.submitter.first_field())
        self._fix_tab_order()
        self._on_changed()

    def _check_person(self, which: str) -> None:
        form = self.applicant if which == "applicant" else self.submitter
        data = form.person_input()
        if not data["id_number"]:
            form.set_warnings([])
            return
        self._check_requests[which] += 1
        ticket = self._check_requests[which]
        person = self._person(data)

        def done(codes: list[str]) -> None:
            if ticket == self._check_requests[which]:
                form.set_warnings(list(codes))

        self._runner.run(self._reception.check_person, person, owner=self, on_result=done,
                         on_error=lambda e: logger.warning("ID check failed: %r", e))

    def _person(self, data: dict[str, Any]) -> Any:
        return PersonInput(**data)

    # --- state ----------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._update_buttons()
        self._update_hint()
        self._missing_timer.start()

    def draft(self, decision: str = "receive") -> Any:
        assert self.procedure is not None
        submitter = self.submitter.person_input() if self.has_submitter.isChecked() else None
        return self._draft_factory(
            procedure_code=self.procedure.code,
            applicant=self.applicant.person_input(),
            submitter=submitter,
            components=self.checklist.component_inputs(),
            decision=decision,
            reason=self.reason.text().strip(),
            delivery_method=self.delivery.currentData(), channel=self.channel.channel(),
        )

    def _refresh_missing(self) -> None:
        self.reuse_box.refresh(self.applicant.person_input()["id_number"],
                               self.procedure.code if self.procedure else None)
        if self.procedure is None:
            self.missing = []
            self._show_missing()
            return
        self._missing_request += 1
        ticket = self._missing_request

        def done(missing: list[Any]) -> None:
            if ticket == self._missing_request:
                self.missing = list(missing)
                self._show_missing()

        self._runner.run(self._reception.missing_components, self.draft(), owner=self,
                         on_result=done,
                         on_error=lambda e: show_error(self, e))

    def _show_missing(self) -> None:
        if self.procedure is None:
            self.missing_label.clear()
        elif self.missing:
            names = "\n".join(f"  • {c.name}" for c in self.missing)
            self.missing_label.setText(self.tr("Còn thiếu:") + "\n" + names)
            self.missing_label.setStyleSheet("color: #b00020;")
        else:
            self.missing_label.setText(self.tr("✓ Đủ các thành phần bắt buộc."))
            self.missing_label.setStyleSheet("color: #1b6e20;")
        self.checklist.set_row_missing({c.id for c in self.missing})
        self._update_buttons()
        self._update_hint()

    def _update_buttons(self) -> None:
        ready = self.procedure is not None and bool(self.applicant.full_name.text().strip())
        self.decision_box.set_state(ready, not self._saving, not self.missing)

    def _update_hint(self) -> None:
        if self.procedure is None:
            text = self.tr("Bước 1: gõ vài chữ của tên thủ tục rồi chọn trong danh sách (↓, Enter).")
        elif not self.applicant.full_name.text().strip():
            text = self.tr("Bước 2: nhập họ tên và số định danh của người nộp hồ sơ.")
        elif self.missing:
            text = self.tr(
                "Bước 3: đánh dấu từng thành phần đã nhận (Dấu cách), chọn hình thức và đính kèm "
                "các trang. Còn thiếu %n thành phần: nếu công dân không bổ sung ngay, chọn "
                "“Yêu cầu bổ sung – Mẫu 02”.", "", len(self.missing)
            )
        else:
            text = self.tr(
                "Bước 4: hồ sơ đã đủ. Nhấn Ctrl+Enter để tiếp nhận và in giấy hẹn (Mẫu 01)."
            )
        self.hint.setText(text)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.procedure_edit, self.channel.combo]
        for form in (self.applicant,) + ((self.submitter,) if self.has_submitter.isChecked() else ()):
            chain += [form.full_name, form.id_number, form.birth_date, form.sex, form.phone]
            if not form.address.isHidden():
                chain += [form.address, form.email]
            if form is self.applicant:
                chain.append(self.has_submitter)
        chain += self.checklist.tab_chain() + self.decision_box.tab_chain()
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _read_id_card(self, form: PersonForm) -> None:
        from ui.idcard.idcard_dialog import IdCardDialog

        dialog = IdCardDialog(self._runner, parent=self)
        dialog.accepted.connect(lambda: form.fill_from_id_card(dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._on_id_card_closed)
        self.id_card_dialog = dialog  # the lock closes it: it shows a citizen's card
        dialog.open()

    def _on_id_card_closed(self, *_args: Any) -> None:
        self.id_card_dialog = None

    def close_windows(self) -> None:
        """The lock hides citizens' data: the ID-card dialog closes, the page windows hide."""
        if self.id_card_dialog is not None:
            self.id_card_dialog.close()
        self.checklist.hide_page_windows()

    def _focus(self, widget: QWidget | None) -> None:
        if widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.scroll_area.ensureWidgetVisible(widget)

    def is_dirty(self) -> bool:
        return self.procedure is not None or bool(self.applicant.full_name.text().strip())

    # --- saving ---------------------------------------------------------------------------------

    def submit(self, decision: str) -> None:
        if self._saving or self.procedure is None:
            return
        if not self.applicant.full_name.text().strip():
            self.hint.setText(self.tr("Chưa nhập họ tên người nộp hồ sơ."))
            self._focus(self.applicant.first_field())
            return
        if decision == "receive" and self.missing:
            self.hint.setText(self.tr(
                "Hồ sơ còn thiếu thành phần bắt buộc, chưa thể cấp giấy hẹn. "
                "Hãy yêu cầu bổ sung (Mẫu 02)."
            ))
            return
        if decision == "supplement" and not self.reason.text().strip() and self.missing:
            # Mẫu 02 asks for everything at once ("một lần, đầy đủ"): the missing list is the reason
            self.reason.setText(
                self.tr("Hồ sơ còn thiếu: %1.").replace("%1", "; ".join(c.name for c in self.missing))
            )
        if decision in ("supplement", "refuse") and not self.reason.text().strip():
            self.hint.setText(
                self.tr("Từ chối cần ghi lý do (căn cứ pháp lý) vào ô Lý do.")
                if decision == "refuse"
                else self.tr("Yêu cầu bổ sung cần ghi rõ nội dung cần bổ sung vào ô Lý do.")
            )
            self._focus(self.reason)
            return
        if self.checklist.pages_busy():
            self.hint.setText(self.tr(
                "Đang quét hoặc xử lý trang: chờ xong (hoặc bấm Huỷ trong cửa sổ trang) rồi lưu."))
            return
        staged = self.checklist.staged_pages()
        self._saving = True
        self._update_buttons()
        self._progress = QProgressDialog(
            self.tr("Đang lưu hồ sơ và tạo biểu mẫu…"), self.tr("Huỷ"), 0, 0, self
        )
        self._progress.setObjectName("saveProgress")
        self._progress.setWindowTitle(self.tr("Đang lưu"))
        self._progress.setMinimumDuration(400)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        # Pages from the page strips are staged already: saved with the dossier in one transaction
        worker = self._runner.write(
            self._reception.receive, self.draft(decision), self._officer, staged=staged,
            with_progress=True,
            owner=self, on_result=lambda summary: self._on_saved(summary, decision),
            on_error=self._on_save_failed,
            on_progress=self._on_progress,
        )
        self._progress.canceled.connect(worker.cancel)
        self.last_worker = worker

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(max(total, 0))
            self._progress.setValue(done)

    def _end_save(self) -> None:
        self._saving = False
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._update_buttons()

    def _on_saved(self, summary: Any, decision: str) -> None:
        self._end_save()
        self.received.emit(summary, decision)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._end_save()
        show_error(self, exc, self.tr("Chưa lưu được hồ sơ"))

    def reset(self) -> None:
        self.procedure_edit.clear()
        self._set_procedure(None)
        self.applicant.clear()
        self.submitter.clear()
        self.has_submitter.setChecked(False)
        self.channel.reset()
        self.decision_box.reset()
        self.missing = []
        self._show_missing()
        self._focus(self.procedure_edit)
