"""The dossier's life on the details page: a row of actions (hand-over F6, result F7, apology
Mẫu 04 F8, supplement completed F9, return to the citizen F10), a banner when the dossier is due
within one working day or overdue (with Mẫu 04 offered while it can still be issued), and the
Mẫu 06 steps with their real times.

The details page module is full (500 lines): this part attaches itself to the page from outside,
through its `loaded` signal and its layouts. Every action runs on the store's writer
(`runner.write`), says what it did on the status line, and reloads the page."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressDialog, QPushButton, QWidget

from desk_app.domain import vn_format
from desk_app.domain.types import DocumentKind
from ui.error_text import show_error
from ui.lifecycle.steps import StepsBox
from ui.lifecycle.urgency import Urgency, apology_offered, effective_due, urgency
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

SOON_STYLE = "background: #fff1c2; border: 1px solid #d9a400; padding: 4px; color: #5a3b00;"
LATE_STYLE = "background: #fde0e0; border: 1px solid #b00020; padding: 4px; color: #8b0015;"

# status -> the actions that make sense in it
ALLOWED: dict[str, tuple[str, ...]] = {
    "received": ("handover", "result", "apology", "ask"),
    "in_progress": ("handover", "result", "apology", "ask"),
    "supplement_requested": ("supplement",),
    "resolved": ("handover", "return"),
    "returned": (),
    "refused": (),
}


def asked_components(reception: Any, detail: Any) -> list[Any]:
    """Runs on a worker: the published components the citizen still has to bring (required,
    to be submitted, not presented), then the procedure's other components, in case the Mẫu 02
    asked for more. Their ids are the catalog's, which the service accepts."""
    summary = detail.summary
    procedure = next((p for p in reception.procedures(summary.procedure_code)
                      if p.code == summary.procedure_code), None)
    if procedure is None:
        return [c for c in detail.components if c.form is None]
    presented = {c.name for c in detail.components if c.form is not None}
    missing = [c for c in procedure.components
               if not c.optional and c.requirement == "submit" and c.name not in presented]
    return missing + [c for c in procedure.components if c not in missing]


def _advance(dialog: QProgressDialog | None, done: int, total: int) -> None:
    if dialog is None:
        return
    dialog.setMaximum(max(total, 0))
    dialog.setValue(done)


class LifecycleActions(QObject):
    message = Signal(str)
    dialog_opened = Signal(object)
    document_opened = Signal(object)  # the PdfPreviewDialog of a form just made (Mẫu 04)

    def __init__(self, page: Any, lifecycle: Any, runner: TaskRunner, officer: Any,
                 capture: Any | None = None, reports: Any | None = None,
                 reception: Any | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.lifecycle = lifecycle
        self.runner = runner
        self.officer = officer
        self.capture = capture
        self.reports = reports
        self.reception = reception
        self.preview: Any | None = None  # the Mẫu 06 preview
        self.dialog: Any | None = None
        self.progress: QProgressDialog | None = None
        self.steps_loaded = 0  # how many times the steps were read (tests wait on it)
        self.summary: Any | None = None
        self.state: Any | None = None  # the lifecycle state last read (summary, steps, clock)

        self.bar = QWidget(page)
        self.bar.setObjectName("lifecycleBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, keys, slot in (
            ("handover", self.tr("Bàn giao (F6)"), "F6", self.open_handover),
            ("result", self.tr("Nhận kết quả (F7)"), "F7", self.open_result),
            ("apology", self.tr("Xin lỗi, hẹn lại – Mẫu 04 (F8)"), "F8", self.open_apology),
            ("ask", self.tr("Yêu cầu bổ sung (Shift+F9)"), "Shift+F9", self.open_ask),
            ("supplement", self.tr("Hoàn thành bổ sung (F9)"), "F9", self.open_supplement),
            ("return", self.tr("Trả kết quả (F10)"), "F10", self.open_return),
        ):
            b = QPushButton(text, self.bar)
            b.setObjectName(f"action.{key}")
            b.clicked.connect(slot)
            b.setEnabled(False)
            row.addWidget(b)
            self.buttons[key] = b
            sc = QShortcut(QKeySequence(keys), page)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda b=b: b.isEnabled() and b.click())
        row.addStretch(1)
        self.banner = QLabel(page)
        self.banner.setObjectName("dueBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.steps = StepsBox(page)

        # under the title; the steps under the pages, in the right column
        page.layout().insertWidget(1, self.bar)
        page.layout().insertWidget(2, self.banner)
        page.right_column.addWidget(self.steps)
        self.steps.print_button.clicked.connect(self.open_control_sheet)
        sc = QShortcut(QKeySequence("F11"), page)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.open_control_sheet)
        page.loaded.connect(self._on_loaded)

    # --- state ----------------------------------------------------------------------------------
    def _code(self) -> str | None:
        detail = self.page.detail
        return None if detail is None else str(detail.summary.code)

    def _on_loaded(self, detail: Any) -> None:
        code = detail.summary.code
        for b in self.buttons.values():
            b.setEnabled(False)
        self.runner.run(self.lifecycle.state, code, owner=self,
                        on_result=lambda st: self._on_state(code, st),
                        on_error=lambda e: show_error(self.page, e))

    def _on_state(self, code: str, state: Any) -> None:
        if code != self._code():
            return  # another dossier was opened meanwhile
        self.summary = state.summary
        self.state = state
        allowed = ALLOWED.get(state.summary.status, ())
        for key, b in self.buttons.items():
            b.setEnabled(key in allowed)
        self._show_banner(state)
        self.steps.set_steps(list(state.steps))
        self.steps.print_button.setEnabled(self.reports is not None)
        self.steps_loaded += 1

    def _show_banner(self, state: Any) -> None:
        summary, now = state.summary, state.now
        level = urgency(summary, now, state.calendar)
        due = vn_format.datetime(effective_due(summary))
        if level == Urgency.OVERDUE:
            self.banner.setText(self.tr("⚠ QUÁ HẠN: hồ sơ hẹn trả lúc %1 chưa có kết quả.")
                                .replace("%1", due))
            self.banner.setStyleSheet(LATE_STYLE)
        elif level == Urgency.DUE_SOON:
            text = self.tr("⌛ SẮP ĐẾN HẠN: hồ sơ hẹn trả lúc %1 (còn dưới một ngày làm việc).") \
                .replace("%1", due)
            if apology_offered(summary, now, state.calendar):
                text += " " + self.tr("Nếu không kịp trả, lập phiếu xin lỗi và hẹn lại – Mẫu 04 "
                                      "(F8) trước khi hết hạn.")
            self.banner.setText(text)
            self.banner.setStyleSheet(SOON_STYLE)
        self.banner.setVisible(level != Urgency.NONE)
        apology = self.buttons["apology"]
        offered = apology_offered(summary, now, state.calendar)
        font = apology.font()
        font.setBold(offered)
        apology.setFont(font)
        # issued any time before the promised date passes; pushed forward when it is near
        promised = effective_due(summary)
        apology.setEnabled(apology.isEnabled() and promised is not None and now <= promised)
        if offered:
            apology.setFocus()

    # --- dialogs --------------------------------------------------------------------------------
    def _open(self, dialog: Any, record: Callable[[dict[str, Any]], None]) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: record(dialog.values()))
        dialog.rejected.connect(lambda: self.message.emit(self.tr("Đã đóng, chưa ghi gì.")))
        dialog.destroyed.connect(self._on_dialog_closed)
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _on_dialog_closed(self, *_a: Any) -> None:
        self.dialog = None

    def close_windows(self) -> None:
        if self.dialog is not None:
            closer = getattr(self.dialog, "close_windows", None)
            if closer is not None:
                closer()
            self.dialog.close()
        if self.preview is not None:
            try:
                self.preview.close()
            except RuntimeError:
                pass  # already deleted

    def open_handover(self) -> Any:
        from ui.lifecycle.handover_dialog import HandoverDialog

        code = self._code()
        if code is None:
            return None
        resolved = self.summary is not None and self.summary.status == "resolved"
        dialog = HandoverDialog(code, "counter" if resolved else "specialist", parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã ghi bàn giao hồ sơ %1: %2.").replace("%1", code)
            .replace("%2", dialog.unit.currentText()),
            self.lifecycle.handover, code, v["to"], self.officer, receiver=v["receiver"],
            note=v["note"]))

    def open_apology(self) -> Any:
        from desk_app.domain.work_calendar import next_working_day
        from ui.lifecycle.apology_dialog import ApologyDialog

        code, summary = self._code(), self.summary
        if code is None or summary is None:
            return None
        due = effective_due(summary)
        suggested = next_working_day((due or dt.datetime.now()).date(), self._calendar())
        dialog = ApologyDialog(code, due, suggested, parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã lập phiếu xin lỗi (Mẫu 04) cho hồ sơ %1, hẹn lại ngày %2.")
            .replace("%1", code).replace("%2", vn_format.date(v["new_date"])),
            self.lifecycle.apology, code, v["new_date"], v["reason"], self.officer,
            then=lambda _r: self._show_form(code, DocumentKind.APOLOGY)))

    def open_result(self) -> Any:
        from ui.lifecycle.result_dialog import ResultDialog

        code = self._code()
        if code is None:
            return None
        dialog = ResultDialog(code, self.capture, self.runner, parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã ghi nhận kết quả hồ sơ %1 và số hoá thành PDF/A.").replace("%1", code),
            self.lifecycle.record_result, code, v["pages"], self.officer,
            electronic=v["electronic"], with_progress=True))  # OCR: progress and Huỷ

    def open_ask(self) -> Any:
        from ui.lifecycle.ask_dialog import AskSupplementDialog

        code = self._code()
        if code is None:
            return None
        dialog = AskSupplementDialog(code, parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã ghi yêu cầu bổ sung hồ sơ %1; hồ sơ chờ công dân bổ sung.")
            .replace("%1", code),
            self.lifecycle.ask_supplement, code, v["reason"], self.officer))

    def open_supplement(self) -> None:
        """The components to bring are read from the catalog on a worker, then the dialog opens."""
        detail = self.page.detail
        if detail is None or self.reception is None:
            return
        self.runner.run(asked_components, self.reception, detail, owner=self,
                        on_result=lambda asked: self._show_supplement(detail, asked),
                        on_error=lambda e: show_error(self.page, e))

    def _show_supplement(self, detail: Any, asked: list[Any]) -> Any:
        from ui.lifecycle.supplement_dialog import SupplementDialog

        code = self._code()
        if code is None or code != detail.summary.code:
            return None  # another dossier was opened meanwhile
        dialog = SupplementDialog(code, asked, self.capture, self.runner, detail.reason or "",
                                  parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã ghi hồ sơ %1 bổ sung đầy đủ; thời hạn giải quyết tính từ bây giờ.")
            .replace("%1", code),
            self.lifecycle.complete_supplement, code, v["pages"], self.officer))

    def open_return(self) -> Any:
        from ui.lifecycle.return_dialog import ReturnDialog

        detail, code = self.page.detail, self._code()
        if detail is None or code is None:
            return None
        applicant = (detail.summary.applicant_name, detail.applicant_id_number or "")
        submitter = ((detail.submitter_name, getattr(detail, "submitter_id_number", "") or "")
                     if detail.submitter_name else None)
        dialog = ReturnDialog(code, self.runner, applicant, submitter, self._now(),
                              getattr(detail, "delivery_method", "desk") or "desk",
                              parent=self.page)
        return self._open(dialog, lambda v: self._write(
            self.tr("Đã trả kết quả hồ sơ %1 cho %2.").replace("%1", code).replace("%2", v["to"]),
            self.lifecycle.return_result, code, v["to"], self.officer,
            id_number=v["id_number"], method=v["method"], at=v["at"], fees=v["fees"],
            authorised=v["collector"] == "authorised", checked_by_card=v["checked_by_card"]))

    def open_control_sheet(self) -> Any:
        """Mẫu 06 as the store has it now (every step with its time), built on a worker."""
        from ui.widgets.pdf_preview import PdfPreviewDialog

        code, reports = self._code(), self.reports
        if code is None or reports is None:
            return None
        self.preview = PdfPreviewDialog(
            self.runner, self.tr("Phiếu kiểm soát quá trình giải quyết – Mẫu 06 – %1")
            .replace("%1", code), loader=lambda: reports.control_sheet_pdf(code),
            suggested_name=f"{code}-mau06.pdf", parent=self.page)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        self.document_opened.emit(self.preview)
        self.message.emit(self.tr("Đang tạo phiếu kiểm soát (Mẫu 06) của hồ sơ %1…")
                          .replace("%1", code))
        return self.preview

    # --- recording ------------------------------------------------------------------------------
    def _write(self, done_text: str, fn: Callable[..., Any], *args: Any,
               then: Callable[[Any], None] | None = None, with_progress: bool = False,
               **kwargs: Any) -> None:
        code = self._code()
        self.message.emit(self.tr("Đang ghi…"))
        progress = self._progress_dialog() if with_progress else None

        def ended() -> None:
            if progress is not None:
                progress.reset()
                progress.deleteLater()

        def ok(result: Any) -> None:
            ended()
            self.message.emit(done_text)
            if then is not None:
                then(result)
            if code is not None:
                self.page.load(code)

        def failed(exc: BaseException) -> None:
            ended()
            self._failed(exc)

        worker = self.runner.write(
            fn, *args, owner=self, on_result=ok, on_error=failed, with_progress=with_progress,
            on_progress=lambda done, total, _m: _advance(progress, done, total),
            **kwargs)
        if progress is not None:
            progress.canceled.connect(worker.cancel)

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Đang lưu và số hoá các trang kết quả…"), self.tr("Huỷ"),
                                 0, 0, self.page)
        dialog.setObjectName("lifecycleProgress")
        dialog.setWindowTitle(self.tr("Đang ghi"))
        dialog.setMinimumDuration(300)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = dialog
        return dialog

    def _failed(self, exc: BaseException) -> None:
        from ui.error_text import error_text

        self.message.emit(self.tr("Chưa ghi được: %1").replace("%1", error_text(exc)))
        show_error(self.page, exc)

    def _show_form(self, code: str, kind: DocumentKind) -> None:
        preview = self.page.open_document(kind)
        if preview is not None:
            self.document_opened.emit(preview)

    def _now(self) -> dt.datetime:
        """The services' clock as last read with the state (DESK_APP_CLOCK in a demo store)."""
        return self.state.now if self.state is not None else dt.datetime.now()

    def _calendar(self) -> Any:
        from desk_app.domain.work_calendar import WorkCalendar

        return self.state.calendar if self.state is not None else WorkCalendar()
