"""VerificationLogModel: the log as a lazy table model. Rows arrive a keyset page at a time from a
worker thread (fetchMore only starts the worker; the GUI thread never runs a query), so the first
screen of a million-entry log costs one page, and scrolling loads the next page in the background.

Why a QStandardItemModel underneath rather than a QAbstractTableModel answering data() in Python:
painting a screen asks ~1,800 data() calls (7 roles per visible cell). Answered in Python, each call
needs the GIL, which the worker holds while it converts the next page — and when the machine is busy,
a descheduled GIL holder stalls the GUI thread for tens of milliseconds. With the texts stored in the
C++ model once per page, painting runs no Python at all. Measured side by side in the same run
(1,000,000 entries, scrolling): longest GUI stalls 35-96 ms against 60-238 ms (docs/supervision.md).
Only canFetchMore/fetchMore are Python, and the view asks them rarely. Pages and the count run on the
client's wide pool (ui/workers.py); one page at a time, since the next is asked only once the last
arrived."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItemModel

from desk_app.domain import vn_format
from desk_app.supervision.log_query import Cursor, LogFilter, LogPage, LogQuery, LogRow
from ui.labels import form_text
from ui.supervision.labels import flag_label, flag_short_label, verdict_label
from ui.workers import TaskRunner, run_niced

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # Qt's default argument: the invalid index, never changed
FLAGGED_BRUSH = QBrush(QColor("#fff1e0"))
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class VerificationLogModel(QStandardItemModel):
    page_loaded = Signal(int)  # rows now loaded
    count_changed = Signal(int)  # matching entries in the whole log (counted in the background)
    failed = Signal(str)

    # The officer and the counter early: at 1366 px both stay in sight beside the detail pane.
    COLUMNS = ("time", "dossier", "officer", "counter", "flags", "component", "form", "demanded",
               "verdict")

    def __init__(self, query: LogQuery, runner: TaskRunner, page_size: int = 200,
                 parent: Any = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._query = query
        # A page of a filter already replaced (older generation) is dropped. Counting a million
        # rows takes longer than a page: it runs beside the pages, never ahead of the first one.
        self._runner = runner
        self._page_size = page_size
        # Rows kept as exact tuples of plain values (LogRow._make on demand): CPython's collector
        # untracks such tuples, so a long scroll adds nothing to its full collections, which hold
        # the GIL and would stall the GUI thread (measured: 90-125 ms at 17,000 dataclass rows).
        self._rows: list[tuple[Any, ...]] = []
        self._cells: list[tuple[str, ...]] = []  # display texts, made once per row
        self._filter = LogFilter()
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._count_pending = False
        # One count at a time, as with its own one-thread pool before: a count of a replaced filter
        # still running would otherwise take a core from the next filter's first page.
        self._counting = False
        self._count_again = False
        self._generation = 0
        self._names: dict[str, str] = {}  # workstation id -> counter name
        self.setHorizontalHeaderLabels([
            self.tr("Thời điểm"), self.tr("Mã hồ sơ"), self.tr("Cán bộ"), self.tr("Quầy"),
            self.tr("Dấu hiệu"), self.tr("Thành phần hồ sơ"), self.tr("Hình thức xuất trình"),
            self.tr("Yêu cầu thêm"), self.tr("Kết quả"),
        ])

    def set_names(self, names: dict[str, str]) -> None:
        """Counter names arrived: the loaded rows' counter cells are rewritten in place (no
        reload), later pages use them."""
        self._names = dict(names)
        column = self.COLUMNS.index("counter")
        for row, values in enumerate(self._rows):
            r = LogRow._make(values)
            self.setData(self.index(row, column), self._display(r, "counter", self._names))

    def set_source(self, query: LogQuery, names: dict[str, str]) -> None:
        """Reads from another store (the centre, or this counter's again); the next set_filter
        loads from it. Pages of the old source still on their way are dropped."""
        self._generation += 1
        self._query = query
        self._names = dict(names)

    # --- filter and loading -----------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, filt: LogFilter, count: bool = True) -> None:
        """Empties the table and loads the first page of `filt` in the background."""
        filt.validate()
        self._generation += 1
        self._exhausted = True  # no fetchMore while the rows are being removed
        self.setRowCount(0)
        self._rows = []
        self._cells = []
        self._filter = filt
        self._cursor = None
        self._exhausted = False
        self._loading = False
        self._count_pending = count
        self._load_page()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._load_page()

    def _load_page(self) -> None:
        self._loading = True
        generation = self._generation
        self._runner.run(self._page_if_current, generation, self._filter, self._cursor,
                         owner=self, on_result=lambda page: self._on_page(generation, page),
                         on_error=lambda exc: self._on_error(generation, exc))

    # These two run in worker threads: a task queued for a filter already replaced does nothing.
    def _page_if_current(self, generation: int, filt: LogFilter,
                         cursor: Cursor | None) -> tuple[LogPage, list[tuple[str, ...]]] | None:
        # Not niced, unlike the count: this thread holds the GIL while it converts rows, and a
        # descheduled GIL holder makes the GUI thread wait (priority inversion, measured).
        if generation != self._generation:
            return None
        page = self._query.page(filt, cursor, self._page_size)
        # Display texts are made here too (translate() is thread-safe): the GUI thread only inserts.
        names = self._names
        return page, [tuple(self._display(r, c, names) for c in self.COLUMNS) for r in page.rows]

    def _count_if_current(self, generation: int, filt: LogFilter) -> int | None:
        # A full count of a million rows is the heaviest query here: lowest priority.
        if generation != self._generation:
            return None
        return run_niced(10, self._query.count, filt)

    def _start_count(self) -> None:
        self._count_pending = False
        if self._counting:
            self._count_again = True  # started when the running one ends, for the filter then
            return
        self._counting = True
        generation = self._generation
        self._runner.run(self._count_if_current, generation, self._filter, owner=self,
                         on_finished=self._on_count_finished,
                         on_result=lambda n: self._on_count(generation, n),
                         on_error=lambda exc: self._on_error(generation, exc))

    def _on_page(self, generation: int,
                 loaded: tuple[LogPage, list[tuple[str, ...]]] | None) -> None:
        if generation != self._generation or loaded is None:
            return  # a page of a filter the supervisor has already replaced
        page, cells = loaded
        self._loading = False
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self._rows.extend(tuple(r) for r in page.rows)
            self._cells.extend(cells)
            # setData, never setItem: PySide6 6.12's setItem drops a reference to None per call.
            self.insertRows(first, len(page.rows))
            index, set_data = self.index, self.setData
            flags_column = self.COLUMNS.index("flags")
            counter_column = self.COLUMNS.index("counter")
            names = self._names  # names may have arrived after the worker made this page's texts
            for offset, (r, texts) in enumerate(zip(page.rows, cells, strict=True)):
                row = first + offset
                for column, text in enumerate(texts):
                    if column == counter_column:
                        text = names.get(r.workstation_id) or text
                    set_data(index(row, column), text)
                    if r.flags:
                        set_data(index(row, column), FLAGGED_BRUSH, _BACKGROUND)
                if r.flags:
                    set_data(index(row, flags_column),
                             "\n".join(flag_label(c) for c in r.flags), _TOOLTIP)
        self.page_loaded.emit(len(self._rows))
        if self._count_pending:
            self._start_count()  # after the first page: the first screen never waits on it

    def _on_count_finished(self) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._start_count()

    def _on_count(self, generation: int, n: int | None) -> None:
        if generation == self._generation and n is not None:
            self.count_changed.emit(n)

    def _on_error(self, generation: int, exc: Any) -> None:
        if generation != self._generation:
            return  # the failure of a filter or source already replaced: not this one's
        self._loading = False
        self._exhausted = True
        self.failed.emit(getattr(exc, "code", type(exc).__name__))

    def shutdown(self) -> None:
        """When the screen closes: work still queued for it does nothing (the pool is shared, so
        it is neither cleared nor waited for here)."""
        self._generation += 1

    # --- the table ----------------------------------------------------------------------------
    def row_at(self, row: int) -> LogRow | None:
        return LogRow._make(self._rows[row]) if 0 <= row < len(self._rows) else None

    @staticmethod
    def _display(r: LogRow, column: str, names: dict[str, str]) -> str:
        if column == "counter":
            return names.get(r.workstation_id) or r.workstation_id[:8]
        if column == "time":
            return vn_format.datetime(r.created_at)
        if column == "dossier":
            return r.dossier_code
        if column == "component":
            return r.component_name
        if column == "form":
            return form_text(r.presentation_form)
        if column == "demanded":
            return form_text(r.demanded_form) if r.demanded_form else ""
        if column == "officer":
            return r.officer_name
        if column == "verdict":
            text = verdict_label(r.verdict)
            if r.engine_verdict and r.engine_verdict != r.verdict:
                text += f" ({verdict_label(r.engine_verdict)})"
            return text
        return "; ".join(flag_short_label(c) for c in r.flags)
