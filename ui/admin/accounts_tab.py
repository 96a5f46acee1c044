"""The accounts tab: every account with its role and state; create one, disable / re-enable it,
reset its password (must be changed at the next login), change its role; the audit below. The
password rules are shown where a password is typed (docs/administration.md#password-rules)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.account_admin import AccountRow
from desk_app.admin_access import AdminAccess
from desk_app.domain import vn_format
from desk_app.password_rules import MIN_LENGTH
from ui.admin.common import AdminTab, hint
from ui.labels import role_text
from ui.workers import TaskRunner

ROLES = ("officer", "supervisor", "admin")


class AccountsTab(AdminTab):
    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(access, runner, actor, parent)
        self.setObjectName("accountsTab")
        self.accounts: list[AccountRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ tên"),
                                              self.tr("Vai trò"), self.tr("Trạng thái")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_select)

        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setPlaceholderText(self.tr("chữ thường không dấu, số, . _ -"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, widget in ((self.tr("&Tên đăng nhập:"), self.username),
                             (self.tr("&Họ và tên:"), self.full_name),
                             (self.tr("&Vai trò:"), self.role),
                             (self.tr("&Mật khẩu tạm thời:"), self.password)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.create_button = QPushButton(self.tr("&Tạo tài khoản"))
        self.create_button.setObjectName("createAccount")
        self.create_button.clicked.connect(self.create_account)
        self.disable_button = QPushButton(self.tr("&Vô hiệu hoá"))
        self.disable_button.setObjectName("disableAccount")
        self.disable_button.clicked.connect(lambda: self._act("disable"))
        self.enable_button = QPushButton(self.tr("&Cho hoạt động lại"))
        self.enable_button.setObjectName("enableAccount")
        self.enable_button.clicked.connect(lambda: self._act("enable"))
        self.reset_button = QPushButton(self.tr("Đặt &lại mật khẩu"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self.tr("Đổi vai t&rò"))
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(lambda: self._act("role"))
        box = QGroupBox(self.tr("Tài khoản"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(hint(self.tr(
            "Mật khẩu: ít nhất %1 ký tự, có chữ cái và chữ số, không chứa tên đăng nhập. Cán bộ "
            "phải đổi mật khẩu tạm thời ở lần đăng nhập đầu. Đặt lại mật khẩu và đổi vai trò áp "
            "dụng cho tài khoản đang chọn trong bảng.").replace("%1", str(MIN_LENGTH))))
        row1 = QHBoxLayout()
        row1.addWidget(self.create_button)
        row1.addWidget(self.reset_button)
        row1.addWidget(self.role_button)
        row2 = QHBoxLayout()
        row2.addWidget(self.disable_button)
        row2.addWidget(self.enable_button)
        box_layout.addLayout(row1)
        box_layout.addLayout(row2)
        box_layout.addStretch(1)

        self.audit = QTableWidget(0, 5)
        self.audit.setObjectName("auditTable")
        self.audit.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Việc"),
                                              self.tr("Tài khoản"), self.tr("Chi tiết"),
                                              self.tr("Người thực hiện")])
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setTabKeyNavigation(False)
        self.audit.verticalHeader().hide()
        self.audit.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.audit.setFixedHeight(150)

        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addWidget(box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(QLabel(self.tr("Nhật ký thay đổi tài khoản trên quầy này:")))
        layout.addWidget(self.audit)

    def refresh(self) -> None:
        self.read(self.access.account_rows, on_result=self._on_rows)
        self.read(self.access.audit, on_result=self._on_audit)

    def _on_rows(self, rows: list[AccountRow]) -> None:
        self.accounts = rows
        self.table.setRowCount(0)
        for a in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            state = self.tr("hoạt động") if a.active else self.tr("vô hiệu")
            if a.must_change_password:
                state += self.tr(", phải đổi mật khẩu")
            for col, text in enumerate((a.username, a.full_name, role_text(a.role), state)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _on_audit(self, rows: list[dict[str, Any]]) -> None:
        words = {"add": self.tr("tạo"), "disable": self.tr("vô hiệu hoá"),
                 "enable": self.tr("cho hoạt động lại"), "reset": self.tr("đặt lại mật khẩu"),
                 "role": self.tr("đổi vai trò"), "password": self.tr("tự đổi mật khẩu")}
        self.audit.setRowCount(0)
        for r in rows:
            row = self.audit.rowCount()
            self.audit.insertRow(row)
            detail = role_text(r["detail"]) if r["detail"] in ROLES else r["detail"]
            for col, text in enumerate((vn_format.datetime(r["created_at"]),
                                        words.get(r["action"], r["action"]), r["username"],
                                        detail, r["actor"])):
                self.audit.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> AccountRow | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def _on_select(self) -> None:
        account = self.selected()
        if account is not None:
            index = self.role.findData(account.role)
            if index >= 0:
                self.role.setCurrentIndex(index)

    def create_account(self) -> None:
        self.change(self.access.add_account, self.username.text(), self.full_name.text(),
                    str(self.role.currentData()), self.password.text(), self.actor,
                    on_result=lambda _id: self._done(self.tr(
                        "Đã tạo tài khoản %1; phải đổi mật khẩu ở lần đăng nhập đầu.")))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            self.say(self.tr("Chọn một tài khoản trong bảng trước."), True)
            return
        self.change(self.access.reset_password, account.username, self.password.text(),
                    self.actor, on_result=lambda _r: self._done(self.tr(
                        "Đã đặt lại mật khẩu của %1; phải đổi ở lần đăng nhập tới."),
                        account.username))

    def _act(self, action: str) -> None:
        account = self.selected()
        if account is None:
            self.say(self.tr("Chọn một tài khoản trong bảng trước."), True)
            return
        texts = {"disable": self.tr("Đã vô hiệu hoá tài khoản %1."),
                 "enable": self.tr("Đã cho hoạt động lại tài khoản %1."),
                 "role": self.tr("Đã đổi vai trò của %1.")}
        self.change(self.access.account_action, action, account.username, self.actor,
                    str(self.role.currentData()),
                    on_result=lambda _r: self._done(texts[action], account.username))

    def _done(self, text: str, username: str | None = None) -> None:
        self.say(text.replace("%1", username or self.username.text().strip().lower()))
        self.password.clear()
        self.refresh()
