"""The holidays tab: one year's days off and make-up working days, edited in place or read from a
file; the diff is shown before "Áp dụng". Dossiers already received keep their due dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
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
from desk_app.domain import vn_format
from desk_app.holidays_admin import DAY_OFF, WORKING_DAY, HolidayRow
from ui.admin.common import PlannedChangeTab, hint, preview_box
from ui.workers import TaskRunner


class HolidaysTab(PlannedChangeTab):
    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(access, runner, actor, parent)
        self.setObjectName("holidaysTab")
        self.rows: list[HolidayRow] = []
        self._pending: HolidayRow | None = None  # a day of another year, added once it is read
        self.plan: Any | None = None
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year + 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        year_label = QLabel(self.tr("&Năm:"))
        year_label.setBuddy(self.year)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("holidayTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Loại"), self.tr("Tên")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("holidayDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.kind = QComboBox()
        self.kind.setObjectName("holidayKind")
        self.kind.addItem(self.tr("Ngày nghỉ (lễ, Tết, nghỉ bù)"), DAY_OFF)
        self.kind.addItem(self.tr("Ngày làm bù (thứ Bảy/Chủ nhật)"), WORKING_DAY)
        self.name = QLineEdit()
        self.name.setObjectName("holidayName")
        self.name.setPlaceholderText(self.tr("Tên, ví dụ: Nghỉ bù Tết"))
        day_label = QLabel(self.tr("N&gày:"))
        day_label.setBuddy(self.day)
        self.add_button = QPushButton(self.tr("&Thêm ngày"))
        self.add_button.setObjectName("addHoliday")
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("&Bỏ ngày đã chọn"))
        self.remove_button.clicked.connect(self.remove_day)
        add_row = QHBoxLayout()
        for w in (day_label, self.day, self.kind, self.name):
            add_row.addWidget(w)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)

        self.preview = preview_box(self.tr("Những thay đổi sẽ hiện ở đây trước khi áp dụng."))
        self.preview.setFixedHeight(110)
        self.diff_button = QPushButton(self.tr("&Xem thay đổi"))
        self.diff_button.clicked.connect(self.preview_edit)
        self.import_button = QPushButton(self.tr("&Nhập tệp JSON/CSV…"))
        self.import_button.clicked.connect(self._ask_file)
        self.apply_button = QPushButton(self.tr("Á&p dụng"))
        self.apply_button.setObjectName("applyHolidays")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.diff_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(hint(self.tr(
            "Ngày nghỉ rơi vào thứ Bảy/Chủ nhật thì ghi ngày nghỉ bù. Hồ sơ đã tiếp nhận giữ "
            "nguyên ngày hẹn trả; hồ sơ nhận sau khi áp dụng tính theo lịch mới.")))
        layout.addWidget(self.preview)
        layout.addLayout(actions)

    def refresh(self) -> None:
        # Until the year's days are read, the list is not the year's: editing it then would
        # propose to remove every day not yet shown. The edit buttons wait for the read.
        year = self.year.value()
        self._editable(False)
        self.read(self.access.holiday_rows, year, on_result=lambda rows: self._on_rows(rows, year))

    def _editable(self, on: bool) -> None:
        for button in (self.add_button, self.remove_button, self.diff_button):
            button.setEnabled(on)

    def _on_rows(self, rows: list[HolidayRow], year: int) -> None:
        if year != self.year.value():
            return  # an older year's answer, after the officer moved on
        self.rows = list(rows)
        self._fill()
        self._editable(True)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._add(pending)

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for r in sorted(self.rows, key=lambda r: r.day):
            row = self.table.rowCount()
            self.table.insertRow(row)
            kind = self.tr("nghỉ") if r.kind == DAY_OFF else self.tr("làm bù")
            for col, text in enumerate((vn_format.date(r.day), kind, r.name)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.plan = None
        self.apply_button.setEnabled(False)

    def add_day(self) -> None:
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        row = HolidayRow(day, self.name.text().strip(), str(self.kind.currentData()))
        if day.year != self.year.value():
            self._pending = row  # added once that year's days are read
            self.year.setValue(day.year)
            return
        self._add(row)

    def _add(self, row: HolidayRow) -> None:
        self.rows = [r for r in self.rows if r.day != row.day]
        self.rows.append(row)
        self._fill()
        self.say(self.tr("Đã thêm vào danh sách; nhấn Xem thay đổi rồi Áp dụng."))

    def remove_day(self) -> None:
        row = self.table.currentRow()
        ordered = sorted(self.rows, key=lambda r: r.day)  # the table's order
        if 0 <= row < len(ordered):
            self.rows.remove(ordered[row])
            self._fill()

    def preview_edit(self) -> None:
        self.read(self.access.plan_holiday_year, self.year.value(), list(self.rows),
                  on_result=self._on_plan)

    def _ask_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp lịch ngày nghỉ"), "",
            self.tr("Lịch (*.json *.csv);;Mọi tệp (*)"))
        if name:
            self.preview_file(Path(name))

    def preview_file(self, path: Path) -> None:
        self.read(self.access.plan_holidays_file, path, on_result=self._on_plan)

    def _on_plan(self, plan: Any) -> None:
        self.show_plan(plan, list(plan.lines()), plan.empty, self.tr("Lịch không thay đổi."),
                       self.tr("Xem các thay đổi rồi nhấn Áp dụng (Alt+P)."))

    def apply(self) -> None:
        self.apply_plan(self.access.apply_holidays, on_result=self._on_applied)

    def _on_applied(self, _version: Any) -> None:
        self.say(self.tr("Đã áp dụng lịch ngày nghỉ."))
        self.refresh()
