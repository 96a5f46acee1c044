"""The counter tab: its identity in one step (enrol, optionally registered at the centre, which
refuses a slot another counter holds) and every setting, each checked before it is stored."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.admin_access import AdminAccess
from ui.admin.common import AdminTab, hint
from ui.i18n import QT_TRANSLATE_NOOP
from ui.workers import TaskRunner

# What each setting means, in the officer's language (the core's own words are Vietnamese only).
MEANINGS = {
    "workstation_name": QT_TRANSLATE_NOOP("SettingsTab", "tên quầy (in trên phiếu)"),
    "agency_code": QT_TRANSLATE_NOOP("SettingsTab", "mã cơ quan tiếp nhận (mã định danh điện tử)"),
    "workstation_slot": QT_TRANSLATE_NOOP("SettingsTab",
                                          "số thứ tự quầy 0-9 (chữ số hàng nghìn của số hồ sơ)"),
    "operating_agency": QT_TRANSLATE_NOOP("SettingsTab",
                                          "mã 2 chữ số của cơ quan vận hành (dịch vụ tập trung)"),
    "offline_login_days": QT_TRANSLATE_NOOP(
        "SettingsTab", "số ngày được đăng nhập ngoại tuyến sau lần trực tuyến"),
    "capture.master_format": QT_TRANSLATE_NOOP(
        "SettingsTab", "định dạng ảnh gốc: lossless, lossless:png hoặc jpeg:50-100"),
    "maintenance.grace_hours": QT_TRANSLATE_NOOP(
        "SettingsTab", "số giờ chờ trước khi dọn tệp mồ côi/tạm (bảo trì)"),
}


class SettingsTab(AdminTab):
    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(access, runner, actor, parent)
        self.setObjectName("settingsTab")
        self.rows: list[Any] = []
        self.agency = QLineEdit()
        self.agency.setObjectName("enrolAgency")
        self.slot = QSpinBox()
        self.slot.setObjectName("enrolSlot")
        self.slot.setRange(0, 9)
        self.name = QLineEdit()
        self.name.setObjectName("enrolName")
        self.central = QLineEdit()
        self.central.setObjectName("enrolCentral")
        self.central.setPlaceholderText(self.tr("để trống nếu quầy làm việc độc lập"))
        self.central.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        form = QFormLayout()
        for text, widget in ((self.tr("Mã &cơ quan tiếp nhận:"), self.agency),
                             (self.tr("&Số thứ tự quầy (0-9):"), self.slot),
                             (self.tr("&Tên quầy:"), self.name),
                             (self.tr("Máy chủ trung tâm (quản trị):"), self.central)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.enrol_button = QPushButton(self.tr("Đặt &danh tính quầy"))
        self.enrol_button.setObjectName("enrolButton")
        self.enrol_button.clicked.connect(self.enrol)
        self.login_url = QLineEdit()
        self.login_url.setObjectName("loginUrl")
        self.login_url.setReadOnly(True)
        self.login_url.setVisible(False)
        identity = QGroupBox(self.tr("Danh tính quầy"))
        id_layout = QVBoxLayout(identity)
        id_layout.addLayout(form)
        id_layout.addWidget(hint(self.tr(
            "Số thứ tự quầy là chữ số hàng nghìn của số hồ sơ trong ngày: hai quầy của một cơ "
            "quan không được trùng. Khi có máy chủ trung tâm, quầy được đăng ký ở đó và số đã "
            "có quầy khác dùng bị từ chối.")))
        id_layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        id_layout.addWidget(self.login_url)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("settingsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Thiết lập"), self.tr("Giá trị"),
                                              self.tr("Ý nghĩa")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("&Lưu các giá trị đã sửa"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        settings = QGroupBox(self.tr("Thiết lập (sửa ô Giá trị bằng F2)"))
        s_layout = QVBoxLayout(settings)
        s_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        s_layout.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(identity, 2)
        layout.addWidget(settings, 3)

    def refresh(self) -> None:
        self.read(self.access.settings, on_result=self._on_rows)

    def _on_rows(self, rows: list[Any]) -> None:
        self.rows = rows
        values = {r.key: r.value for r in rows}
        self.agency.setText(values.get("agency_code", ""))
        self.slot.setValue(int(values.get("workstation_slot", "0") or 0))
        self.name.setText(values.get("workstation_name", ""))
        self.table.setRowCount(0)
        for r in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            key = QTableWidgetItem(r.key)
            key.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            value = QTableWidgetItem(r.value)
            if not r.editable:
                value.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            meaning = MEANINGS.get(r.key)
            text = QTableWidgetItem(self.tr(meaning) if meaning else self.tr("chỉ đọc"))
            text.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for col, item in enumerate((key, value, text)):
                self.table.setItem(row, col, item)

    def enrol(self) -> None:
        central = self.central.text().strip() or None
        fn = self.access.enrol
        args = (self.agency.text(), self.slot.value(), self.name.text(), central)
        # the registration is network, the identity a store write: the writer does both in order
        self.runner.write(fn, *args, owner=self, on_result=self._on_enrolled, on_error=self.fail)

    def _on_enrolled(self, done: Any) -> None:
        self.say(self.tr("Đã đặt danh tính quầy: %1, số %2.")
                 .replace("%1", done.agency_code).replace("%2", str(done.slot)))
        if done.central_login_url:
            self.login_url.setText(f"DESK_APP_CENTRAL_URL={done.central_login_url}")
            self.login_url.setVisible(True)
        self.refresh()

    def edited(self) -> list[tuple[str, str]]:
        out = []
        for row, r in enumerate(self.rows):
            cell = self.table.item(row, 1)
            if r.editable and cell is not None and cell.text() != r.value:
                out.append((r.key, cell.text()))
        return out

    def save(self) -> None:
        changes = self.edited()
        if not changes:
            self.say(self.tr("Chưa sửa giá trị nào."))
            return

        def save_all() -> int:
            for key, value in changes:
                self.access.set_setting(key, value)
            return len(changes)

        self.runner.write(save_all, owner=self, on_error=self._on_save_failed,
                          on_result=self._on_saved)

    def _on_saved(self, count: int) -> None:
        self.say(self.tr("Đã lưu %1 thiết lập.").replace("%1", str(count)))
        self.refresh()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.fail(exc)
        self.refresh()
