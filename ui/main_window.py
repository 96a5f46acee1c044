"""The main window: today's dossiers at this counter with a diacritic-insensitive search, and the
pages it switches to (new reception, dossier details). It locks itself after idle time."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.domain.types import DocumentKind
from desk_app.dossier_list import PAGE_ROWS
from desk_app.reception_types import FORM_FOR_DECISION
from ui.admin.admin_window import AdminActions
from ui.dialogs.login_dialog import LoginDialog
from ui.dossier.details_page import DossierDetailsPage
from ui.error_text import show_error
from ui.idle import IdleWatcher
from ui.labels import document_text, role_text
from ui.models.dossier_table_model import DossierTableModel
from ui.reception.drafts import build_draft
from ui.reception.reception_page import ReceptionPage
from ui.reports.supervision_actions import SupervisionActions
from ui.search.page_hits import attach_page_hits
from ui.services import ClientServices
from ui.widgets.pdf_preview import PdfPreviewDialog
from ui.window_fit import fit_window
from ui.workers import TaskRunner

STATUS_MS = 15_000  # how long an action's message stays on the status line
LIST_PAGE = PAGE_ROWS  # rows read at a time; more are read as the officer scrolls to the end


def idle_minutes_default() -> int:
    try:
        from desk_app.accounts import IDLE_LOCK_MINUTES

        return int(IDLE_LOCK_MINUTES)
    except ImportError:
        return 10


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_requested = Signal(str)
    dossiers_loaded = Signal(int)
    closed = Signal()

    HOME, RECEPTION, DETAILS, LOCKED = range(4)

    def __init__(
        self,
        services: ClientServices,
        runner: TaskRunner,
        account: Any,
        idle_ms: int | None = None,
        language: str = "vi",
        draft_factory: Any = build_draft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.services = services
        self.runner = runner
        self.account = account
        self._search_ticket = 0
        self.lock_dialog: LoginDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._page_before_lock = self.HOME
        self._select_after: str | None = None  # a dossier just saved, selected when listed
        # Qt adds the application's name ("Một cửa") to every window's title itself
        self.setWindowTitle(self.tr("Tiếp nhận hồ sơ — KHO DỮ LIỆU MẪU, không dùng cho hồ sơ thật")
                            if services.demo_store else self.tr("Tiếp nhận hồ sơ"))
        fit_window(self, 1280, 800, "mainWindow")

        # home page ----------------------------------------------------------------------------
        home = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Tìm theo mã hồ sơ, tên người nộp hoặc thủ tục — gõ có dấu hay không dấu đều được")
        )
        search_label = QLabel(self.tr("&Tìm (Ctrl+F):"))
        search_label.setBuddy(self.search)
        self.all_days = QCheckBox(self.tr("Mọi &ngày"))
        self.all_days.setObjectName("allDays")
        self.all_days.setToolTip(self.tr("Tìm cả hồ sơ của những ngày trước"))
        self.model = DossierTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("dossierTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DossierTableModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setStyleSheet("color: #555; padding: 8px;")
        self.empty_hint.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.all_days)
        home_layout = self.home_layout = QVBoxLayout(home)
        home_layout.addWidget(self.heading)
        home_layout.addLayout(bar)
        home_layout.addWidget(self.table, 1)
        home_layout.addWidget(self.empty_hint)

        locked = QLabel(self.tr("Phiên làm việc đã khoá."))
        locked.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.reception_page = ReceptionPage(
            services.reception, runner, account, draft_factory=draft_factory,
            capture=services.capture,
        )
        self.details_page = DossierDetailsPage(
            services.reception, runner, verification=services.verification, officer=account,
            capture=services.capture, digitise=services.digitise,
        )
        self.stack = QStackedWidget()
        for page in (home, self.reception_page, self.details_page, locked):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self._build_actions(language)
        self.supervision = SupervisionActions(self, self.toolbar, services, runner, account)
        self.admin = AdminActions(self, self.toolbar, services, runner, account)  # admins only
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.count_label = QLabel()
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.sync_widget: Any | None = None
        if services.sync is not None:
            from ui.sync.status_widget import SyncStatusWidget

            # online/offline, items waiting, last sync: always in view
            # (docs/sync.md#running-it-in-the-client)
            sync = services.sync
            self.sync_widget = SyncStatusWidget(sync.status, sync.run_round, sync.retry,
                                                runner=runner)
            self.statusBar().addPermanentWidget(self.sync_widget)
            self.sync_widget.start()
        self._show_user()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.all_days.toggled.connect(lambda _on: self.refresh())
        self.search.returnPressed.connect(self._focus_table)
        self.table.activated.connect(self._on_activated)
        self.reception_page.received.connect(self._on_received)
        self.reception_page.cancelled.connect(self._on_reception_cancelled)
        self.details_page.back_requested.connect(self.show_home)
        self.details_page.message.connect(self.say)
        self.views: Any | None = None  # the dossier's life (ui/lifecycle), when the services have it
        self.lifecycle_actions: Any | None = None
        if getattr(services, "lifecycle", None) is not None:
            from ui.lifecycle.attach import attach_lifecycle

            self.views, self.lifecycle_actions = attach_lifecycle(self, services, runner, account)
        self.page_hits = attach_page_hits(self, services.search, runner)  # Ctrl+F in the pages

        minutes = idle_minutes_default()
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock(idle=True))
        self.idle.start()
        self.show_home()

    # --- actions --------------------------------------------------------------------------------

    def _build_actions(self, language: str) -> None:
        tb = QToolBar(self.tr("Thao tác"))
        self.toolbar = tb
        tb.setObjectName("toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)

        def action(text: str, keys: list[str], slot: Any, name: str, button: str = "") -> QAction:
            # the menu shows the shortcut beside `text` itself; the toolbar's text-only button
            # (`button`) names it
            a = QAction(text, self)
            if button:
                a.setIconText(button)
            a.setObjectName(name)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action(
            self.tr("Tiếp nhận mới"), ["F2", "Ctrl+N"], self.new_reception, "newReception",
            self.tr("Tiếp nhận mới (F2)"),
        )
        self.open_action = action(
            self.tr("Xem chi tiết"), [], self.open_selected, "openDossier",
            self.tr("Xem chi tiết (Enter)"),
        )
        self.find_action = action(self.tr("Tìm"), ["Ctrl+F"], self.focus_search, "find",
                                  self.tr("Tìm (Ctrl+F)"))
        self.refresh_action = action(self.tr("Làm mới"), ["F5"], self.refresh, "refresh",
                                     self.tr("Làm mới (F5)"))
        self.lock_action = action(self.tr("Khoá"), ["Ctrl+L"], lambda: self.lock(), "lock",
                                  self.tr("Khoá (Ctrl+L)"))
        self.logout_action = action(
            self.tr("Đăng xuất"), ["Ctrl+Shift+Q"], self.logout_requested.emit, "logout"
        )
        for a in (self.new_action, self.open_action, self.find_action, self.refresh_action):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.lock_action)
        tb.addAction(self.logout_action)

        menu = self.menuBar().addMenu(self.tr("Hồ sơ"))
        for a in (self.new_action, self.open_action, self.find_action, self.refresh_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.logout_action)
        lang_menu = self.menuBar().addMenu(self.tr("Ngôn ngữ / Languag&e"))
        group = QActionGroup(self)
        for code, text in (("vi", "Tiếng Việt"), ("en", "English")):
            a = QAction(text, self)
            a.setObjectName(f"language.{code}")
            a.setCheckable(True)
            a.setChecked(code == language)
            a.triggered.connect(lambda _c=False, code=code: self.language_requested.emit(code))
            group.addAction(a)
            lang_menu.addAction(a)

        enter = QShortcut(QKeySequence("Return"), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self.open_selected)

    def _show_user(self) -> None:
        a = self.account
        parts = [
            self.tr("Cán bộ: %1 (%2)").replace("%1", a.full_name).replace("%2", role_text(a.role))
        ]
        if self.services.counter_name:
            parts.append(self.services.counter_name)
        self.user_label.setText("  ·  ".join(parts))
        self._show_heading()

    def _show_heading(self) -> None:
        counter = self.services.counter_name or self.tr("quầy này")
        if self.all_days.isChecked():
            text = self.tr("Hồ sơ tiếp nhận tại %1 – mọi ngày").replace("%1", counter)
        else:
            text = (self.tr("Hồ sơ tiếp nhận hôm nay tại %1 – %2").replace("%1", counter)
                    .replace("%2", vn_format.date(dt.date.today())))
        self.heading.setText(text)

    def say(self, text: str) -> None:
        """What an action just did, on the status line for long enough to be read."""
        self.statusBar().showMessage(text, STATUS_MS)

    # --- the list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._search_ticket += 1
        ticket = self._search_ticket
        day = None if self.all_days.isChecked() else dt.date.today()
        self._show_heading()
        if self.views is not None and self.views.refresh(ticket, self.search.text().strip()):
            return
        self.runner.run(
            self.services.reception.list_dossiers, day, self.search.text().strip(), LIST_PAGE,
            owner=self, on_result=lambda rows: self._on_rows(rows, ticket, day is None),
            on_error=lambda e: show_error(self, e),
        )

    def _fetch_more(self, last: Any) -> None:
        from ui.list_paging import fetch_more

        fetch_more(self, last, LIST_PAGE)

    def _on_rows(self, rows: list[Any], ticket: int, all_days: bool = False) -> None:
        if ticket != self._search_ticket:
            return  # an older query finished after a newer one
        selected, self._select_after = self._select_after or self.selected_code(), None
        # rows of other days say which day they were received
        self.model.set_rows(rows, with_date=all_days,
                            fetch_more=self._fetch_more if len(rows) == LIST_PAGE else None)
        self.count_label.setText(self.tr("%n hồ sơ", "", len(rows)))
        if rows:
            codes = [r.code for r in rows]
            self.table.selectRow(codes.index(selected) if selected in codes else 0)
            self.empty_hint.hide()
        else:
            if self.search.text().strip():
                self.empty_hint.setText(self.tr(
                    "Không có hồ sơ nào khớp. Thử bỏ bớt chữ, hoặc đánh dấu “Mọi ngày”."
                ))
            elif all_days:
                self.empty_hint.setText(self.tr(
                    "Quầy này chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới."
                ))
            else:
                self.empty_hint.setText(self.tr(
                    "Hôm nay chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới."
                ))
            self.empty_hint.show()
        self.dossiers_loaded.emit(len(rows))

    def selected_code(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(self.model.row_at(index.row()).code)

    def select_code(self, code: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).code == code:
                self.table.selectRow(r)
                return

    def focus_search(self) -> None:
        if self.stack.currentIndex() != self.HOME:
            self.show_home()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()

    # --- pages ----------------------------------------------------------------------------------

    def show_home(self) -> None:
        self.stack.setCurrentIndex(self.HOME)
        self.open_action.setEnabled(True)
        self.refresh()
        self.table.setFocus()

    def new_reception(self) -> None:
        if self.stack.currentIndex() == self.LOCKED:
            return
        if self.stack.currentIndex() != self.RECEPTION:
            self.reception_page.reset()
        self.stack.setCurrentIndex(self.RECEPTION)
        self.reception_page.procedure_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_activated(self, index: QModelIndex) -> None:
        self.open_dossier(self.model.row_at(index.row()).code)

    def open_selected(self) -> None:
        if self.stack.currentIndex() != self.HOME:
            return
        code = self.selected_code()
        if code:
            self.open_dossier(code)

    def open_dossier(self, code: str) -> None:
        self.stack.setCurrentIndex(self.DETAILS)
        self.details_page.load(code)

    def _on_reception_cancelled(self) -> None:
        if self.reception_page.is_dirty():
            # own button texts: Qt ships no Vietnamese catalogue for its standard buttons
            box = QMessageBox(self)
            box.setObjectName("discardBox")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Huỷ tiếp nhận"))
            box.setText(self.tr("Bỏ hồ sơ đang nhập? Những gì đã nhập sẽ không được lưu."))
            discard = box.addButton(self.tr("&Bỏ hồ sơ này"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("&Tiếp tục nhập"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.exec()
            discarded = box.clickedButton() is discard
            box.deleteLater()
            if not discarded:
                return
        self.reception_page.reset()
        self.show_home()

    def _on_received(self, summary: Any, decision: str) -> None:
        kind = FORM_FOR_DECISION.get(decision, DocumentKind.RECEIPT)
        code = summary.code
        self.reception_page.reset()
        # the list comes back with the new dossier in it, selected: an earlier search is cleared
        self._select_after = code
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_home()
        saved = {
            "receive": self.tr("Đã tiếp nhận hồ sơ %1."),
            "supplement": self.tr("Đã lưu hồ sơ %1: yêu cầu bổ sung (Mẫu 02)."),
            "refuse": self.tr("Đã lưu hồ sơ %1: từ chối tiếp nhận (Mẫu 03)."),
        }.get(decision, self.tr("Đã lưu hồ sơ %1."))
        self.say(saved.replace("%1", code))
        self.preview = PdfPreviewDialog(
            self.runner,
            f"{document_text(kind)} – {code}",
            loader=lambda: self.services.reception.document_pdf(code, kind),
            suggested_name=f"{code}-{kind}.pdf",
            parent=self,
            loader_writes=True,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(lambda *_: self.select_code(code))
        self.preview.open()

    # --- locking --------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.stack.currentIndex() == self.LOCKED

    def lock(self, idle: bool = False) -> None:
        """Locks the counter: by the officer (Ctrl+L), or after idle time (`idle`)."""
        if self.is_locked():
            return
        self.idle.stop()
        self._page_before_lock = self.stack.currentIndex()
        # hide citizens' data while the counter is unattended
        self.stack.setCurrentIndex(self.LOCKED)
        for a in (self.new_action, self.open_action, self.find_action, self.refresh_action,
                  self.lock_action):
            a.setEnabled(False)
        self.supervision.set_enabled(False)
        self.supervision.close_windows()
        self.admin.set_enabled(False)
        self.admin.close_windows()
        self.reception_page.close_windows()
        self.details_page.close_page_window()
        if self.lifecycle_actions is not None:
            self.lifecycle_actions.close_windows()
        if self.preview is not None:
            try:
                self.preview.close()
            except RuntimeError:
                pass  # already deleted
        self.lock_dialog = LoginDialog(
            self.services.accounts, self.runner, parent=self,
            locked_user=self.account.username, counter_name=self.services.counter_name,
            locked_by_idle=idle,
        )
        self.lock_dialog.logged_in.connect(self._on_unlocked)
        self.lock_dialog.rejected.connect(self.logout_requested.emit)
        self.lock_dialog.open()

    def _on_unlocked(self, account: Any) -> None:
        self.account = account
        self.lock_dialog = None
        for a in (self.new_action, self.open_action, self.find_action, self.refresh_action,
                  self.lock_action):
            a.setEnabled(True)
        self.supervision.set_enabled(True)
        self.admin.set_enabled(True)
        self.stack.setCurrentIndex(self._page_before_lock)
        if self._page_before_lock == self.HOME:
            self.refresh()
        self.idle.start()

    def closeEvent(self, event: Any) -> None:
        self.supervision.close_windows()
        self.admin.close_windows()
        self.idle.detach()
        if self.sync_widget is not None:
            self.sync_widget.stop()
        super().closeEvent(event)
        if not self.signalsBlocked():
            self.closed.emit()
