"""First run: the store has no account yet, so the client asks for an administrator."""
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

from desk_app.domain.types import Role
from desk_app.password_rules import MIN_LENGTH, password_problems
from ui.error_text import error_text
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


class FirstAdminDialog(QDialog):
    created = Signal(object)  # AccountInfo

    def __init__(self, accounts: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdminDialog")
        self._accounts = accounts
        self._runner = runner
        self.account: Any | None = None
        self.setWindowTitle(self.tr("Lần chạy đầu tiên – tạo tài khoản quản trị"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "Máy này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên đầu tiên; "
                "quản trị viên sẽ tạo tài khoản cho cán bộ tiếp nhận sau."
            )
        )
        intro.setWordWrap(True)

        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Họ và tên:"), self.full_name),
            (self.tr("&Tên đăng nhập:"), self.username),
            (self.tr("&Mật khẩu (ít nhất %1 ký tự, có chữ cái và chữ số):")
             .replace("%1", str(MIN_LENGTH)), self.password),
            (self.tr("&Nhập lại mật khẩu:"), self.confirm),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #b00020;")

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Tạo tài &khoản"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("Th&oát"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.full_name.setFocus()

    def _problem(self) -> tuple[str, QLineEdit] | None:
        if not self.full_name.text().strip():
            return self.tr("Hãy nhập họ và tên."), self.full_name
        if not self.username.text().strip():
            return self.tr("Hãy nhập tên đăng nhập."), self.username
        if password_problems(self.password.text()):
            # the administrator's rule (desk_app/password_rules.py), as for every later account
            return self.tr(
                "Mật khẩu cần ít nhất %1 ký tự, có chữ cái và chữ số, không bắt đầu hay kết thúc "
                "bằng dấu cách.").replace("%1", str(MIN_LENGTH)), \
                self.password
        if self.password.text() != self.confirm.text():
            return self.tr("Hai lần nhập mật khẩu không giống nhau."), self.confirm
        return None

    def _on_submit(self) -> None:
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self.status.setText(text)
            field.setFocus()
            return
        self.status.clear()
        self.create_button.setEnabled(False)
        self._runner.write(
            self._accounts.create_account,
            self.username.text().strip(),
            self.full_name.text().strip(),
            Role.ADMIN,
            self.password.text(),
            owner=self, on_result=self._on_created,
            on_error=self._on_failed,
        )

    def _on_created(self, account: Any) -> None:
        self.account = account
        self.created.emit(account)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.status.setText(error_text(exc))
