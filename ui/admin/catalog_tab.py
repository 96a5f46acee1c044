"""The catalog tab: the procedures in force, one procedure's fields and components edited in
place, or a JSON/CSV file read; either way the diff is shown and nothing is applied before
"Áp dụng" (docs/administration.md#the-catalog-file)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.admin_access import AdminAccess
from desk_app.domain.text import fold
from ui.admin.common import PlannedChangeTab, hint, preview_box
from ui.workers import TaskRunner

COLUMNS = ("id", "name", "accepted_forms", "requirement", "optional", "available_as_data")
CHECKS = (4, 5)


class CatalogTab(PlannedChangeTab):
    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(access, runner, actor, parent)
        self.setObjectName("catalogTab")
        self.procedures: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None
        self.plan: Any | None = None

        self.filter = QLineEdit()
        self.filter.setObjectName("catalogFilter")
        self.filter.setPlaceholderText(self.tr("Lọc theo mã hoặc tên (không dấu cũng được)"))
        self.filter.textChanged.connect(self._fill_list)
        filter_label = QLabel(self.tr("&Lọc:"))
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("procedureList")
        self.list.currentItemChanged.connect(self._on_pick)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("Thủ tục &mới"))
        self.new_button.clicked.connect(self.new_procedure)
        left_layout.addWidget(self.new_button)

        self.code = QLineEdit()
        self.code.setObjectName("procCode")
        self.name = QLineEdit()
        self.name.setObjectName("procName")
        self.days = QSpinBox()
        self.days.setObjectName("procDays")
        self.days.setRange(0, 365)
        self.days.setSuffix(self.tr(" ngày làm việc"))
        self.fee = QLineEdit()
        self.fee.setObjectName("procFee")
        self.legal = QPlainTextEdit()
        self.legal.setObjectName("procLegal")
        self.legal.setTabChangesFocus(True)
        self.legal.setFixedHeight(52)
        form = QFormLayout()
        for text, widget in ((self.tr("&Mã thủ tục:"), self.code), (self.tr("&Tên:"), self.name),
                             (self.tr("T&hời hạn (0 = trong ngày):"), self.days),
                             (self.tr("&Phí, lệ phí:"), self.fee),
                             (self.tr("Căn cứ pháp &lý:"), self.legal)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("componentTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Thành phần hồ sơ"), self.tr("Hình thức được nhận"),
            self.tr("Nộp/xuất trình"), self.tr("Không bắt buộc"), self.tr("Có dữ liệu điện tử")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the forms list can be long: a fixed column, the full text in the cell's tooltip
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 240)
        self.add_component = QPushButton(self.tr("Thêm thành phần"))
        self.add_component.clicked.connect(self._add_component_row)
        self.remove_component = QPushButton(self.tr("Bỏ thành phần đã chọn"))
        self.remove_component.clicked.connect(self._remove_component_row)
        box = QGroupBox(self.tr("Thủ tục"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(hint(self.tr(
            "Hình thức được nhận: original, certified_copy, master_register_copy, "
            "photocopy_with_original, electronic_copy, national_data, cách nhau bởi |. "
            "Nộp/xuất trình: submit hoặc show.")))
        box_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_component)
        buttons.addWidget(self.remove_component)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)

        self.preview = preview_box(self.tr("Những thay đổi sẽ hiện ở đây trước khi áp dụng."))
        self.preview.setFixedHeight(110)
        self.diff_button = QPushButton(self.tr("&Xem thay đổi"))
        self.diff_button.setObjectName("diffButton")
        self.diff_button.clicked.connect(self.preview_edit)
        self.import_button = QPushButton(self.tr("&Nhập tệp JSON/CSV…"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self._ask_file)
        self.apply_button = QPushButton(self.tr("Á&p dụng"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        actions = QHBoxLayout()
        actions.addWidget(self.diff_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.preview)
        layout.addLayout(actions)

    # --- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.read(self.access.procedures, on_result=self._on_procedures)

    def _on_procedures(self, procedures: list[dict[str, Any]]) -> None:
        self.procedures = procedures
        self._fill_list()

    def _fill_list(self) -> None:
        wanted = fold(self.filter.text())
        keep = self.current["code"] if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for p in self.procedures:
            if wanted and wanted not in fold(f"{p['code']} {p['name']}"):
                continue
            item = QListWidgetItem(f"{p['code']} — {p['name']}")
            item.setData(Qt.ItemDataRole.UserRole, p["code"])
            self.list.addItem(item)
            if p["code"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _on_pick(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        proc = next((p for p in self.procedures if p["code"] == code), None)
        if proc is not None:
            self.show_procedure(proc)

    def show_procedure(self, proc: dict[str, Any]) -> None:
        self.current = proc
        self.code.setText(proc["code"])
        self.code.setReadOnly(bool(proc.get("components")))
        self.name.setText(proc["name"])
        self.days.setValue(int(proc["processing_days"]))
        self.fee.setText(proc.get("fee", ""))
        self.legal.setPlainText(proc.get("legal_basis", ""))
        self.table.setRowCount(0)
        for comp in proc.get("components", []):
            self._add_component_row(comp)
        self._forget_plan()

    def new_procedure(self) -> None:
        self.show_procedure({"code": "", "name": "", "processing_days": 0, "components": []})
        self.code.setReadOnly(False)
        self.code.setFocus()

    def _add_component_row(self, comp: dict[str, Any] | bool | None = None) -> None:
        data = comp if isinstance(comp, dict) else {
            "id": "", "name": "", "accepted_forms": ["original"], "requirement": "submit",
            "optional": False, "available_as_data": False}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in enumerate(COLUMNS):
            value = data.get(key)
            item = QTableWidgetItem()
            if col in CHECKS:
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText("|".join(value) if isinstance(value, list) else str(value or ""))
                item.setToolTip(item.text())
            self.table.setItem(row, col, item)
        self._forget_plan()

    def _remove_component_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._forget_plan()

    def edited(self) -> dict[str, Any]:
        """The procedure as the form holds it, with what the form does not show kept."""
        base = dict(self.current or {})
        proc: dict[str, Any] = {**base, "code": self.code.text().strip(),
                                "name": self.name.text(), "processing_days": self.days.value(),
                                "fee": self.fee.text(), "legal_basis": self.legal.toPlainText()}
        old = {c["id"]: c for c in base.get("components", [])}
        comps = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col) for col in range(len(COLUMNS))]
            comp: dict[str, Any] = dict(old.get(cells[0].text().strip() if cells[0] else "", {}))
            for col, key in enumerate(COLUMNS):
                cell = cells[col]
                if cell is None:
                    continue
                if col in CHECKS:
                    comp[key] = cell.checkState() == Qt.CheckState.Checked
                elif key == "accepted_forms":
                    comp[key] = [f.strip() for f in cell.text().split("|") if f.strip()]
                elif key == "id":
                    if cell.text().strip():
                        comp[key] = cell.text().strip()
                    else:
                        comp.pop("id", None)
                else:
                    comp[key] = cell.text().strip()
            comps.append(comp)
        proc["components"] = comps
        return proc

    # --- diff and apply ----------------------------------------------------------------------------

    def _forget_plan(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)

    def preview_edit(self) -> None:
        self._forget_plan()
        self.read(self.access.plan_procedure, self.edited(), on_result=self._on_plan)

    def _ask_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp danh mục"), "",
            self.tr("Danh mục (*.json *.csv);;Mọi tệp (*)"))
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path) -> None:
        self._forget_plan()
        self.say(self.tr("Đang đọc và kiểm tra %1…").replace("%1", path.name))
        self.read(self.access.plan_catalog_file, path, on_result=self._on_plan)

    def _on_plan(self, plan: Any) -> None:
        self.show_plan(plan, list(plan.diff.lines()), plan.diff.empty, self.tr("Danh mục không thay đổi."),
                       self.tr("Xem các thay đổi rồi nhấn Áp dụng (Alt+P)."))

    def apply(self) -> None:
        self.apply_plan(self.access.apply_catalog, on_result=self._on_applied)

    def _on_applied(self, version: int) -> None:
        self.say(self.tr("Đã áp dụng danh mục, phiên bản %1.").replace("%1", str(version)))
        self.refresh()
