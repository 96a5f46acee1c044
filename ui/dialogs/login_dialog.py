"""Login, and unlocking a session that locked itself after idle time."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.error_text import error_text
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class LoginDialog(QDialog):
    """Asks for a username and password and checks them in a worker (Argon2id takes a moment).
    With `locked_user`, the username is fixed: only that officer (or an administrator, through a
    full logout) can take the counter back."""

    logged_in = Signal(object)  # AccountInfo

    def __init__(
        self,
        accounts: Any | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
        locked_user: str | None = None,
        counter_name: str = "",
        locked_by_idle: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._accounts = accounts
        self._runner = runner
        self._busy = False
        self.account: Any | None = None
        # (username, old, new) -> None: asked for when the login says the password must change
        self.change_password: Any | None = None
        self._tried = ("", "")
        self.setWindowTitle(
            self.tr("Phiên làm việc đã khoá") if locked_user else self.tr("Đăng nhập – Một cửa")
        )
        self.setMinimumWidth(420)

        if not locked_user:
            text = self.tr("Phần mềm tiếp nhận hồ sơ Bộ phận Một cửa")
        elif locked_by_idle:
            text = self.tr("Phiên làm việc đã khoá do không thao tác. Nhập lại mật khẩu để tiếp tục.")
        else:
            text = self.tr("Phiên làm việc đã được khoá (Ctrl+L). Nhập lại mật khẩu để tiếp tục.")
        heading = QLabel(text)
        self.heading = heading
        heading.setWordWrap(True)
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.counter_label = QLabel(counter_name)
        self.counter_label.setVisible(bool(counter_name))

        self.username = QLineEdit(locked_user or "")
        self.username.setObjectName("username")
        self.username.setReadOnly(bool(locked_user))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        user_label = QLabel(self.tr("&Tên đăng nhập:"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Mật khẩu:"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Đăng &nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setDefault(True)
        self.buttons.addButton(self.tr("Th&oát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.counter_label)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        (self.password if locked_user else self.username).setFocus()
        self.set_service(accounts)

    def set_service(self, accounts: Any | None) -> None:
        """The dialog shows before the store is open; it takes the service once it is."""
        self._accounts = accounts
        ready = accounts is not None
        self.login_button.setEnabled(ready)
        if not ready:
            self._set_status(self.tr("Đang mở kho dữ liệu…"), error=False)
        elif not self._busy:
            self._set_status("", error=False)

    def show_failure(self, exc: BaseException) -> None:
        """The store could not be opened: say so instead of "opening…" forever."""
        self._set_status(error_text(exc), error=True)
        if getattr(exc, "code", "") == "must_change_password" and self.change_password:
            from ui.admin.change_password import ask_new_password

            ask_new_password(self, *self._tried)

    def set_counter_name(self, name: str) -> None:
        self.counter_label.setText(name)
        self.counter_label.setVisible(bool(name))

    def _set_status(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    def _on_submit(self) -> None:
        if self._accounts is None or self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self._set_status(self.tr("Hãy nhập tên đăng nhập và mật khẩu."), error=True)
            (self.username if not username else self.password).setFocus()
            return
        self._busy = True
        self._tried = (username, password)
        self.login_button.setEnabled(False)
        self._set_status(self.tr("Đang kiểm tra…"), error=False)
        # login writes (failed-attempt counter), so it goes through the single writer
        self._runner.write(
            self._accounts.login, username, password,
            owner=self, on_result=self._on_ok, on_error=self._on_failed,
        )

    def _on_ok(self, account: Any) -> None:
        self._busy = False
        self.account = account
        self.password.clear()
        self.logged_in.emit(account)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.login_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self._set_status(error_text(exc), error=True)
        if getattr(exc, "code", "") == "must_change_password" and self.change_password:
            from ui.admin.change_password import ask_new_password

            ask_new_password(self, *self._tried)
