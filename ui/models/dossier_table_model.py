"""Item model for a list of DossierSummary rows (the main window's table of today's dossiers)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desk_app.domain import vn_format
from desk_app.domain.types import DossierStatus
from desk_app.labels import STATUS_TEXT


def status_text(status: str) -> str:
    source = STATUS_TEXT.get(status)
    return QCoreApplication.translate("DossierStatus", source) if source else status


Index = QModelIndex | QPersistentModelIndex


class DossierTableModel(QAbstractTableModel):
    CODE, PROCEDURE, APPLICANT, RECEIVED, DUE, STATUS, PAGES = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fetch_more: Callable[[Any], None] | None = None
        self._fetching = False
        self.with_date = False  # the reception column shows the day too (a search of all days)
        # row -> "", "due_soon" or "overdue" (ui/lifecycle/urgency.py), set by the main window's
        # views once the services' clock is read; those rows stand out in the due column
        self.urgency_of: Any = None
        self._headers = [
            self.tr("Mã hồ sơ"),
            self.tr("Thủ tục"),
            self.tr("Người nộp"),
            self.tr("Tiếp nhận"),
            self.tr("Hẹn trả"),
            self.tr("Trạng thái"),
            self.tr("Số trang"),
        ]

    def set_rows(self, rows: list[Any], with_date: bool = False,
                 fetch_more: Callable[[Any], None] | None = None) -> None:
        """`fetch_more(last_row)`, when given, is asked for the rows after `last_row` as the view
        scrolls to the end (Qt's canFetchMore/fetchMore); it answers with append_rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.with_date = with_date
        self._fetch_more = fetch_more
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: list[Any], more: bool) -> None:
        """The next page of rows; `more`: whether yet more follow."""
        self._fetching = False
        if not more:
            self._fetch_more = None
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self._fetch_more is not None and bool(self._rows) \
            and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self._fetch_more is not None:
            self._fetching = True
            self._fetch_more(self._rows[-1])

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CODE:
                return d.code
            if col == self.PROCEDURE:
                return d.procedure_name
            if col == self.APPLICANT:
                return d.applicant_name
            if col == self.RECEIVED:
                # today's list: the time alone; a search of all days: the date too
                received = d.received_at
                return vn_format.datetime(received) if self.with_date else vn_format.time(received)
            if col == self.DUE:
                due = vn_format.date(getattr(d, "new_due_at", None) or d.due_at) or "—"
                if getattr(d, "new_due_at", None) is not None:
                    due += " " + self.tr("(hẹn lại)")  # a Mẫu 04 gave a new date
                word = self._urgency_word(d)
                return f"{due} {word}" if word else due
            if col == self.STATUS:
                return status_text(d.status)
            if col == self.PAGES:
                return vn_format.number(d.pages)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DUE and self._urgency(d):
            return QColor("#b00020" if self._urgency(d) == "overdue" else "#8a4b00")
        if role == Qt.ItemDataRole.BackgroundRole and self._urgency(d):
            return QColor("#fde0e0" if self._urgency(d) == "overdue" else "#fff1c2")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            # what still needs the officer's attention stands out
            if d.status == DossierStatus.SUPPLEMENT_REQUESTED:
                return QColor("#9a5b00")
            if d.status == DossierStatus.REFUSED:
                return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PROCEDURE:
            return f"{d.procedure_code} – {d.procedure_name}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return d.code
        return None

    def _urgency(self, d: Any) -> str:
        return str(self.urgency_of(d)) if self.urgency_of is not None else ""

    def _urgency_word(self, d: Any) -> str:
        level = self._urgency(d)
        if level == "overdue":
            return self.tr("⚠ quá hạn")
        if level == "due_soon":
            return self.tr("⌛ sắp đến hạn")
        return ""
