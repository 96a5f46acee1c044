"""The administrator's window: catalog, holidays, accounts, the counter and its settings, backups
— the same tasks as the administration commands (docs/administration.md), for people who do not
use a terminal. Reached from the main window by administrators only (`AdminActions`)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.admin_access import AdminAccess
from ui.admin.accounts_tab import AccountsTab
from ui.admin.backup_tab import BackupTab
from ui.admin.catalog_tab import CatalogTab
from ui.admin.common import AdminTab
from ui.admin.holidays_tab import HolidaysTab
from ui.admin.settings_tab import SettingsTab
from ui.services import ClientServices
from ui.window_fit import fit_window
from ui.workers import TaskRunner


class AdminWindow(QDialog):
    def __init__(self, access: AdminAccess, runner: TaskRunner, account: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminWindow")
        self.setWindowTitle(self.tr("Quản trị – danh mục, lịch, tài khoản, quầy, sao lưu"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        actor = str(getattr(account, "username", "") or "?")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.catalog = CatalogTab(access, runner, actor)
        self.holidays = HolidaysTab(access, runner, actor)
        self.accounts = AccountsTab(access, runner, actor)
        self.settings = SettingsTab(access, runner, actor)
        self.backup = BackupTab(access, runner, actor)
        self.pages: list[AdminTab] = [self.catalog, self.holidays, self.accounts, self.settings,
                                      self.backup]
        for page, text in zip(self.pages, (
                self.tr("Danh mục &thủ tục"), self.tr("Ngày &nghỉ"), self.tr("Tài &khoản"),
                self.tr("&Quầy và thiết lập"), self.tr("&Sao lưu, bảo trì")), strict=True):
            self.tabs.addTab(page, text)
            page.said.connect(self.say)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._on_tab)
        self.status = QLabel()
        self.status.setObjectName("adminStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        where = access.central_admin_url()
        scope = QLabel(self.tr("Thay đổi được áp dụng ở máy chủ trung tâm; các quầy nhận khi "
                               "đồng bộ.") if where else
                       self.tr("Thay đổi được áp dụng trên quầy này."))
        scope.setObjectName("adminScope")
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(self.tr("Đó&ng"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scope)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_window(self, 1240, 720, "adminWindow")
        self._on_tab(0)

    def _on_tab(self, index: int) -> None:
        if index not in self._loaded and 0 <= index < len(self.pages):
            self._loaded.add(index)
            self.pages[index].refresh()

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")


class AdminActions(QObject):
    """Adds "Quản trị" (Ctrl+Shift+A) to `window` for an administrator; nothing for anyone
    else, so nothing is visible or reachable by shortcut."""

    def __init__(self, window: QMainWindow, toolbar: QToolBar, services: ClientServices,
                 runner: TaskRunner, account: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.account = account
        self.access = services.admin
        self.admin_window: AdminWindow | None = None
        self.enabled = str(getattr(account, "role", "")) == "admin" and self.access is not None
        self.action: QAction | None = None
        if not self.enabled:
            return
        self.action = QAction(self.tr("Quản trị…"), window)
        self.action.setIconText(self.tr("Quản trị (Ctrl+Shift+A)"))
        self.action.setObjectName("openAdmin")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action.setToolTip(self.tr(
            "Danh mục thủ tục, ngày nghỉ, tài khoản cán bộ, danh tính quầy, sao lưu"))
        self.action.triggered.connect(self.open)
        menu = window.menuBar().addMenu(self.tr("&Quản trị"))
        menu.setObjectName("adminMenu")
        menu.addAction(self.action)
        toolbar.addAction(self.action)
        window.addAction(self.action)

    def set_enabled(self, on: bool) -> None:
        if self.action is not None:
            self.action.setEnabled(on)

    def close_windows(self) -> None:
        if self.admin_window is not None:
            try:
                self.admin_window.close()
            except RuntimeError:
                pass  # already deleted
        self.admin_window = None

    def open(self) -> AdminWindow | None:
        if not self.enabled or self.access is None:
            return None
        if self.admin_window is None:
            window = AdminWindow(self.access, self.runner, self.account, self.window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._on_closed)
            self.admin_window = window
        self.admin_window.show()
        self.admin_window.raise_()
        self.admin_window.activateWindow()
        return self.admin_window

    def _on_closed(self, *_args: Any) -> None:
        self.admin_window = None
