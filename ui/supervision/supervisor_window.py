"""The supervisor's screen: the verification log with its filters and an entry's detail, per-officer
rates against the unit's median, and the chain status of each workstation. Supervisors and
administrators only: building it for anyone else raises AuthError("role_forbidden")."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.domain.types import Verdict
from desk_app.supervision.access import require_supervision
from desk_app.supervision.flags import FLAG_CODES
from desk_app.supervision.log_query import LogFilter
from desk_app.supervision.officer_rates import RATE_CODES, UnitRates
from desk_app.supervision.service import ChainStatus, SupervisionService
from ui.supervision.central_mode import CentralMode
from ui.supervision.detail_pane import EntryDetailPane
from ui.supervision.heap import settle_heap
from ui.supervision.labels import (
    chain_reason_label,
    flag_label,
    rate_label,
    verdict_label,
)
from ui.supervision.log_model import VerificationLogModel
from ui.window_fit import fit_window
from ui.workers import TaskRunner, Worker

logger = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date edits' "no limit" value
OUTLIER_BRUSH = QBrush(QColor("#f5b7b1"))
FLAGGED = "__flagged__"


def _pct(value: float | None) -> str:
    return vn_format.percent(value, empty="—")


class SupervisorWindow(QWidget):
    filter_applied = Signal(object)  # LogFilter

    def __init__(self, service: SupervisionService, user: Any, runner: TaskRunner,
                 parent: QWidget | None = None, central_url: str | None = None) -> None:
        require_supervision(user)  # before anything is built or read
        super().__init__(parent)
        self.service = service
        self.user = user
        self.runner = runner
        self._chain_task: Worker | None = None
        self.setWindowTitle(self.tr("Giám sát tiếp nhận — nhật ký đối chiếu giấy tờ"))

        self.model = VerificationLogModel(service.query, runner, parent=self)
        self.model.count_changed.connect(self._on_count)
        self.model.page_loaded.connect(self._on_page_loaded)
        self.model.failed.connect(self._on_failed)
        # Every counter at the centre when a supervisor's URL is given, else this counter only.
        self.central = CentralMode(service, runner, self)
        self.central.changed.connect(self._on_source_changed)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_log_tab(), self.tr("Nhật ký đối chiếu"))
        self.tabs.addTab(self._build_officer_tab(), self.tr("Theo cán bộ"))
        self.tabs.addTab(self._build_chain_tab(), self.tr("Chuỗi nhật ký các máy"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.central.banner)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.tabs)
        fit_window(self, 1360, 820, "supervisorWindow")

        self._load_choices()
        self.apply_filter()
        self.central.start(central_url)
        self.table.setFocus()
        settle_heap()  # long-lived objects out of the collector's way (ui/supervision/heap.py)

    # --- filters ----------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.officer_box = QComboBox()
        self.officer_box.addItem(self.tr("Tất cả cán bộ"), None)
        self.procedure_box = QComboBox()
        self.procedure_box.addItem(self.tr("Tất cả thủ tục"), None)
        self.flag_box = QComboBox()
        self.flag_box.addItem(self.tr("Mọi lượt"), None)
        self.flag_box.addItem(self.tr("Có dấu hiệu (bất kỳ)"), FLAGGED)
        for code in FLAG_CODES:
            self.flag_box.addItem(flag_label(code), code)
        self.flag_box.setMaximumWidth(330)
        self.counter_box = QComboBox()
        self.counter_box.addItem(self.tr("Tất cả quầy"), None)
        self.counter_box.setMaximumWidth(200)
        self.verdict_box = QComboBox()
        self.verdict_box.addItem(self.tr("Mọi kết quả"), None)
        for v in Verdict:
            self.verdict_box.addItem(verdict_label(v), v)
        self.count_label = QLabel(self.tr("Đang đếm…"))
        for label, widget in ((self.tr("Từ"), self.date_from), (self.tr("đến"), self.date_to)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        for box in (self.counter_box, self.officer_box, self.procedure_box, self.flag_box,
                    self.verdict_box):
            bar.addWidget(box)
            box.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        return bar

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("(không giới hạn)"))
        edit.setDate(NO_DATE)
        return edit

    def _date(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def current_filter(self) -> LogFilter:
        flag = self.flag_box.currentData()
        return LogFilter(
            date_from=self._date(self.date_from), date_to=self._date(self.date_to),
            officer_id=self.officer_box.currentData(), procedure_code=self.procedure_box.currentData(),
            flag=None if flag in (None, FLAGGED) else flag, flagged_only=flag == FLAGGED,
            verdict=self.verdict_box.currentData(),
            workstation_id=self.counter_box.currentData(),
        )

    def set_filter(self, filt: LogFilter) -> None:
        """Sets the widgets to `filt` and applies it once (for tests and saved views)."""
        widgets = (self.date_from, self.date_to, self.officer_box, self.procedure_box,
                   self.flag_box, self.verdict_box, self.counter_box)
        for w in widgets:
            w.blockSignals(True)
        for edit, day in ((self.date_from, filt.date_from), (self.date_to, filt.date_to)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        for box, value in ((self.officer_box, filt.officer_id),
                           (self.procedure_box, filt.procedure_code),
                           (self.flag_box, FLAGGED if filt.flagged_only else filt.flag),
                           (self.verdict_box, filt.verdict),
                           (self.counter_box, filt.workstation_id)):
            if value is not None and box.findData(value) < 0:
                box.addItem(str(value), value)
            box.setCurrentIndex(max(0, box.findData(value)))
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        filt = self.current_filter()
        if filt.date_from and filt.date_to and filt.date_from > filt.date_to:
            self.count_label.setText(self.tr("Ngày bắt đầu sau ngày kết thúc"))
            return
        self.count_label.setText(self.tr("Đang đếm…"))
        self.detail.show_entry(None)
        self.model.set_filter(filt)
        self.filter_applied.emit(filt)
        self._rates_stale = True
        if self.tabs.currentIndex() == 1:
            self.refresh_rates()

    # --- where it reads -----------------------------------------------------------------------
    def _load_choices(self) -> None:
        """The officers, procedures and counters of the source read now (in the background).
        An answer or a failure that arrives after the window changed source belongs to the
        source no longer read, and is dropped: a late failure of the centre must not write
        over the count the local store has already given."""
        central = self.service.is_central

        def current() -> bool:
            return central == self.service.is_central

        def failed(exc: Any) -> None:
            if current():
                self._on_read_error(exc)

        def officers(rows: list[tuple[str, str]]) -> None:
            if current():
                self._on_officers(rows)

        def procedures(codes: list[str]) -> None:
            if current():
                self._on_procedures(codes)

        self.runner.run(self.service.query.officers, owner=self, on_error=failed,
                        on_result=officers)
        self.runner.run(self.service.query.procedures, owner=self, on_error=failed,
                        on_result=procedures)
        self.runner.run(self.service.workstation_names, owner=self, on_error=failed,
                        on_result=lambda names: self._on_workstations(names, central))

    def _on_source_changed(self, _central: bool) -> None:
        for box in (self.counter_box, self.officer_box, self.procedure_box):
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.model.set_source(self.service.query, {})
        self.detail.show_entry(None)
        self.chain_table.setRowCount(0)
        self._rates_stale = True
        self._load_choices()
        self.apply_filter()

    def _on_workstations(self, names: dict[str, str], central: bool) -> None:
        if central != self.service.is_central:
            return  # the list of a source no longer read
        for ws, name in sorted(names.items(), key=lambda item: (item[1], item[0])):
            if self.counter_box.findData(ws) < 0:
                self.counter_box.addItem(name, ws)
        self.model.set_names(names)
        self.detail.counter_names = names

    def _on_read_error(self, exc: Any) -> None:
        if not self.central.lost(exc):
            self.count_label.setText(self.tr("Không đọc được nhật ký"))

    def _on_officers(self, officers: list[tuple[str, str]]) -> None:
        for officer_id, name in officers:
            if self.officer_box.findData(officer_id) < 0:
                self.officer_box.addItem(name, officer_id)

    def _on_procedures(self, codes: list[str]) -> None:
        for code in codes:
            if self.procedure_box.findData(code) < 0:
                self.procedure_box.addItem(code, code)

    def _on_count(self, n: int) -> None:
        self.count_label.setText(self.tr("{n} lượt").format(n=vn_format.number(n)))

    def _on_page_loaded(self, _rows: int) -> None:
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def _on_failed(self, code: str) -> None:
        if self.central.lost(code):
            return  # the banner says why; the local store is read from now on
        self.count_label.setText(self.tr("Không đọc được nhật ký ({code})").format(code=code))

    # --- the log tab --------------------------------------------------------------------------
    def _build_log_tab(self) -> QWidget:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)  # one line per row: cheaper to paint, steady row height
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the log is read-only
        self.table.verticalHeader().setVisible(False)
        # Fixed row height and column widths: no per-row measuring as pages arrive.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((108, 150, 120, 110, 170, 160, 140, 110, 90)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.detail = EntryDetailPane(self.service, self.runner)
        # The detail pane keeps a readable width whatever the window's size: the table gives up
        # width first (it scrolls sideways), and neither side can be dragged to nothing.
        self.detail.setMinimumWidth(360)
        self.table.setMinimumWidth(420)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 480])
        return splitter

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_entry(self.model.row_at(current.row()))

    # --- officers tab -------------------------------------------------------------------------
    def _build_officer_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rates_note = QLabel(self.tr(
            "Tỷ lệ của từng cán bộ so với trung vị của đơn vị; ô tô đỏ: cao gấp đôi trung vị trở lên."))
        layout.addWidget(self.rates_note)
        self.rates_table = QTableWidget(0, 4 + len(RATE_CODES))
        self.rates_table.setHorizontalHeaderLabels(
            [self.tr("Cán bộ"), self.tr("Lượt đối chiếu"), self.tr("Hồ sơ")]
            + [rate_label(c) for c in RATE_CODES] + [self.tr("Quầy")])
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.rates_table.horizontalHeader().setStretchLastSection(True)
        self.rates_table.verticalHeader().setVisible(False)
        layout.addWidget(self.rates_table)
        self._rates_stale = True
        return page

    def _on_tab_changed(self, index: int) -> None:
        if index == 1 and self._rates_stale:
            self.refresh_rates()

    def refresh_rates(self) -> None:
        self._rates_stale = False
        filt = self.current_filter()
        self.rates_note.setText(self.tr("Đang tính tỷ lệ theo cán bộ…"))
        self.runner.run(self.service.officer_rates_by_counter, filt.date_from, filt.date_to,
                        owner=self,
                        on_result=self._on_rates, on_error=self._on_rates_error)

    def _on_rates_error(self, exc: Any) -> None:
        self.rates_note.setText(self.tr("Không tính được tỷ lệ"))
        self.central.lost(exc)

    def _on_rates(self, found: tuple[UnitRates, dict[str, list[str]]]) -> None:
        rates, counters = found
        self.rates_note.setText(self.tr(
            "Tỷ lệ của từng cán bộ so với trung vị của đơn vị; ô tô đỏ: cao gấp đôi trung vị trở lên."))
        t = self.rates_table
        t.setRowCount(len(rates.officers) + 1)
        median_cells = [self.tr("Trung vị của đơn vị"), "", ""] + [
            _pct(rates.medians.get(c)) for c in RATE_CODES]
        for column, text in enumerate(median_cells):
            item = QTableWidgetItem(text)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            t.setItem(0, column, item)
        for row, o in enumerate(rates.officers, start=1):
            cells = [o.officer_name, vn_format.number(o.entries), vn_format.number(o.dossiers)]
            cells += [f"{_pct(o.rates[c])} ({vn_format.number(o.counts[c])})" for c in RATE_CODES]
            cells.append(", ".join(counters.get(o.officer_id, [])))  # where, across counters
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column < 3 + len(RATE_CODES) and RATE_CODES[column - 3] in o.outliers:
                    item.setBackground(OUTLIER_BRUSH)
                    item.setToolTip(self.tr("Cao bất thường so với trung vị của đơn vị"))
                t.setItem(row, column, item)

    # --- chain tab ----------------------------------------------------------------------------
    def _build_chain_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        controls = QHBoxLayout()
        self.chain_button = QPushButton(self.tr("Kiểm tra chuỗi băm"))
        self.chain_button.clicked.connect(self.check_chains)
        self.chain_cancel = QPushButton(self.tr("Dừng"))
        self.chain_cancel.setEnabled(False)
        self.chain_cancel.clicked.connect(self._cancel_chains)
        self.chain_progress = QProgressBar()
        controls.addWidget(self.chain_button)
        controls.addWidget(self.chain_cancel)
        controls.addWidget(self.chain_progress, 1)
        layout.addLayout(controls)
        self.chain_table = QTableWidget(0, 4)
        self.chain_table.setHorizontalHeaderLabels(
            [self.tr("Máy trạm"), self.tr("Số lượt"), self.tr("Trạng thái"), self.tr("Lượt hỏng đầu tiên")])
        self.chain_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chain_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chain_table.verticalHeader().setVisible(False)
        layout.addWidget(self.chain_table)
        return page

    def check_chains(self) -> None:
        self.chain_button.setEnabled(False)
        self.chain_cancel.setEnabled(True)
        self.chain_progress.setValue(0)
        self._chain_task = self.runner.run(self.service.chain_status, with_progress=True,
                                           on_progress=self._on_chain_progress,
                                           on_result=self._on_chains,
                                           on_error=self._on_chain_error)

    def _cancel_chains(self) -> None:
        if self._chain_task is not None:
            self._chain_task.cancel()

    def _on_chain_progress(self, done: int, total: int, _name: str) -> None:
        self.chain_progress.setMaximum(max(total, 1))
        self.chain_progress.setValue(done)

    def _on_chain_error(self, exc: Any) -> None:
        self.chain_button.setEnabled(True)
        self.chain_cancel.setEnabled(False)
        self.central.lost(exc)

    def _on_chains(self, stations: list[ChainStatus]) -> None:
        self.chain_button.setEnabled(True)
        self.chain_cancel.setEnabled(False)
        self._chain_task = None
        t = self.chain_table
        t.setRowCount(len(stations))
        for row, st in enumerate(stations):
            status = QTableWidgetItem(chain_reason_label(st.reason))
            status.setBackground(QBrush(QColor("#d5f5e3" if st.intact else "#f5b7b1")))
            cells = [QTableWidgetItem(st.name), QTableWidgetItem(vn_format.number(st.entries)), status,
                     QTableWidgetItem("" if st.broken_at is None else f"#{st.broken_at}")]
            for column, item in enumerate(cells):
                t.setItem(row, column, item)

    def closeEvent(self, event: Any) -> None:
        self._cancel_chains()
        self.model.shutdown()
        self.central.shutdown()
        super().closeEvent(event)
