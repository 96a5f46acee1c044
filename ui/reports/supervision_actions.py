"""The supervisor's entries in the main window: "Giám sát đối chiếu" (the Supervision area's
SupervisorWindow) and the reports menu (verification log, ledger Mẫu 07, indicators), built in a
worker and shown in the PDF preview (print / save). Only supervisors and administrators get
them: for an officer nothing is added, so nothing is visible or reachable by shortcut."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.supervision.access import can_supervise
from ui.error_text import show_error
from ui.services import ClientServices
from ui.widgets.pdf_preview import PdfPreviewDialog
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class ReportPeriodDialog(QDialog):
    """The period of a report (this month by default) and, for the log, flagged entries only."""

    def __init__(self, title: str, with_flagged: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPeriod")
        self.setWindowTitle(title)
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.flagged = QCheckBox(self.tr("Chỉ các lượt có dấu hiệu sai phạm"))
        self.flagged.setVisible(with_flagged)
        form = QFormLayout()
        form.addRow(self.tr("Từ ngày:"), self.date_from)
        form.addRow(self.tr("Đến ngày:"), self.date_to)
        form.addRow("", self.flagged)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Tạo báo cáo"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("&Huỷ"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return _date(self.date_from.date()), _date(self.date_to.date())


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SupervisionActions(QObject):
    """Adds the supervisor's menu and toolbar entry to `window` when `account` supervises."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar, services: ClientServices,
                 runner: TaskRunner, account: Any) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.runner = runner
        self.account = account
        self.supervisor_window: QWidget | None = None
        self.period_dialog: ReportPeriodDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.actions: list[QAction] = []
        self.enabled = can_supervise(account) and services.supervision is not None
        if not self.enabled:
            return
        # the menu shows the shortcut itself; the toolbar's text-only button names it
        self.open_action = QAction(self.tr("Giám sát đối chiếu"), window)
        self.open_action.setIconText(self.tr("Giám sát đối chiếu (Ctrl+G)"))
        self.open_action.setObjectName("openSupervision")
        self.open_action.setShortcut(QKeySequence("Ctrl+G"))
        self.open_action.setToolTip(self.tr(
            "Nhật ký đối chiếu giấy tờ, dấu hiệu sai phạm, tỷ lệ theo cán bộ, kiểm tra chuỗi nhật ký"))
        self.open_action.triggered.connect(self.open_supervisor)
        menu = window.menuBar().addMenu(self.tr("&Giám sát"))
        menu.setObjectName("supervisionMenu")
        menu.addAction(self.open_action)
        self.actions.append(self.open_action)
        if services.reports is not None:
            menu.addSeparator()
            reports = menu.addMenu(self.tr("&Báo cáo"))
            reports.setObjectName("reportsMenu")
            for kind, text in (
                ("verifications", self.tr("Nhật ký đối chiếu giấy tờ (PDF)…")),
                ("ledger", self.tr("Sổ theo dõi hồ sơ – Mẫu 07…")),
                ("indicators", self.tr("Chỉ số đánh giá: số hoá, trực tuyến, đúng hạn…")),
            ):
                a = QAction(text, window)
                a.setObjectName(f"report.{kind}")
                a.triggered.connect(lambda _c=False, kind=kind: self.ask_report(kind))
                reports.addAction(a)
                self.actions.append(a)
        toolbar.addSeparator()
        toolbar.addAction(self.open_action)
        window.addAction(self.open_action)

    def set_enabled(self, on: bool) -> None:
        for a in self.actions:
            a.setEnabled(on)

    def close_windows(self) -> None:
        """The lock hides citizens' data: the supervisor's window and previews close."""
        for w in (self.supervisor_window, self.preview, self.period_dialog):
            if w is not None:
                try:
                    w.close()
                except RuntimeError:
                    pass  # already deleted
        self.supervisor_window = None

    # --- the supervisor's window -----------------------------------------------------------------

    def open_supervisor(self) -> QWidget | None:
        make_service = self.services.supervision
        if not self.enabled or make_service is None:
            return None
        if self.supervisor_window is not None:
            self.supervisor_window.show()
            self.supervisor_window.raise_()
            self.supervisor_window.activateWindow()
            return self.supervisor_window
        from desk_app.supervision.central_source import supervisor_url
        from ui.supervision.supervisor_window import SupervisorWindow

        try:
            service = make_service(self.account)
            # Every counter at the centre when configured (the window connects in the
            # background and falls back to this counter's store, saying so).
            window = SupervisorWindow(service, self.account, self.runner,
                                      central_url=supervisor_url())
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, never raised into Qt
            show_error(self.window, exc)
            return None
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setWindowTitle(self.tr("Giám sát đối chiếu giấy tờ – %1")
                              .replace("%1", self.account.full_name))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._on_supervisor_closed)
        self.supervisor_window = window
        window.show()
        return window

    def _on_supervisor_closed(self, *_args: Any) -> None:
        self.supervisor_window = None

    # --- reports ---------------------------------------------------------------------------------

    def ask_report(self, kind: str) -> ReportPeriodDialog:
        titles = {
            "verifications": self.tr("Nhật ký đối chiếu giấy tờ"),
            "ledger": self.tr("Sổ theo dõi hồ sơ – Mẫu 07"),
            "indicators": self.tr("Chỉ số đánh giá"),
        }
        dialog = ReportPeriodDialog(titles[kind], kind == "verifications", self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_report(kind, titles[kind], *dialog.period(),
                                                         flagged=dialog.flagged.isChecked()))
        self.period_dialog = dialog
        dialog.open()
        return dialog

    def show_report(self, kind: str, title: str, date_from: dt.date, date_to: dt.date,
                    flagged: bool = False) -> PdfPreviewDialog:
        reports, account = self.services.reports, self.account
        assert reports is not None  # the reports menu exists only with the service
        period = f"{vn_format.date(date_from)} – {vn_format.date(date_to)}"
        name = f"{kind}-{date_from:%Y%m%d}-{date_to:%Y%m%d}.pdf"
        # the preview runs the loader on a worker: the GUI thread never waits on the PDF
        preview = PdfPreviewDialog(
            self.runner, f"{title} ({period})",
            loader=lambda: reports.build(kind, account, date_from, date_to, flagged),
            suggested_name=name, parent=self.window)
        preview.setObjectName(f"reportPreview.{kind}")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        return preview
