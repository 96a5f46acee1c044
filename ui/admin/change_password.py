"""The officer's own new password, asked at login when an administrator created the account or
reset its password (the login is refused with `must_change_password` until then)."""
from __future__ import annotations

from collections.abc import Callable

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

from desk_app.password_rules import MIN_LENGTH
from ui.error_text import error_text
from ui.workers import TaskRunner


class ChangePasswordDialog(QDialog):
    changed = Signal(str)  # the new password, for the login that follows

    def __init__(self, change: Callable[[str, str, str], None], runner: TaskRunner,
                 username: str, old: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Đổi mật khẩu"))
        self.setMinimumWidth(460)
        self._change = change
        self._runner = runner
        self._username = username
        self._old = old
        intro = QLabel(self.tr(
            "Mật khẩu của %1 là mật khẩu tạm thời do quản trị viên đặt: hãy chọn mật khẩu mới "
            "(ít nhất %2 ký tự, có chữ cái và chữ số, không chứa tên đăng nhập).")
            .replace("%1", username).replace("%2", str(MIN_LENGTH)))
        intro.setWordWrap(True)
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("againPassword")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, widget in ((self.tr("Mật khẩu &mới:"), self.new),
                             (self.tr("&Nhập lại:"), self.again)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Đổi &mật khẩu"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("&Huỷ"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.new.setFocus()

    def _submit(self) -> None:
        if self.new.text() != self.again.text():
            self.status.setText(self.tr("Hai lần nhập không khớp."))
            self.again.clear()
            self.again.setFocus()
            return
        self.ok_button.setEnabled(False)
        new = self.new.text()
        # the change writes the account (here, or the flag pulled from the centre): the writer
        self._runner.write(self._change, self._username, self._old, new, owner=self,
                           on_result=lambda _r: self._done(new), on_error=self._failed)

    def _done(self, new: str) -> None:
        self.changed.emit(new)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.status.setText(error_text(exc))
        self.new.setFocus()


def ask_new_password(login: object, username: str, old: str) -> ChangePasswordDialog:
    """From the login dialog: a new password, then the login again with it."""
    from ui.dialogs.login_dialog import LoginDialog

    assert isinstance(login, LoginDialog) and login.change_password is not None
    dialog = ChangePasswordDialog(login.change_password, login._runner, username, old, login)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def relogin(new: str) -> None:
        login.password.setText(new)
        login._on_submit()

    dialog.changed.connect(relogin)
    dialog.open()
    return dialog
