"""The main window's part of the dossier's life: the view buttons with their counts above the list
(ui/lifecycle/views.py), each view's rows read on a worker from the lifecycle service, rows due
within one working day or overdue marked in the due column (sign, word and colour), and the
receipt's QR: a hand scanner types the dossier code and Enter into the search box, and that
dossier opens at once."""
from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QObject

from desk_app.domain import vn_format
from ui.error_text import show_error
from ui.lifecycle.urgency import urgency
from ui.lifecycle.views import ViewBar, view_name
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

# the shape of a dossier code (desk_app/domain/dossier_code.py), as the receipt's QR holds it
CODE = re.compile(r"^[A-Z0-9]+(?:\.[A-Z0-9]+)*-[0-9]{6}-[0-9]{4,}$", re.IGNORECASE)


def find_code(reception: Any, code: str) -> str | None:
    """Runs on a worker: the dossier with exactly this code, of any day."""
    rows = reception.list_dossiers(None, code, 20)
    return next((r.code for r in rows if r.code.upper() == code.upper()), None)


class HomeViews(QObject):
    def __init__(self, window: Any, lifecycle: Any, runner: TaskRunner, reception: Any) -> None:
        super().__init__(window)
        self.window = window
        self.lifecycle = lifecycle
        self.runner = runner
        self.reception = reception
        self.bar = ViewBar(window)
        self.counts: dict[str, int] = {}
        self.counts_loaded = 0  # how many times the counts came back (tests wait on it)
        window.home_layout.insertWidget(1, self.bar)
        self.bar.chosen.connect(self._on_chosen)
        window.search.returnPressed.disconnect(window._focus_table)
        window.search.returnPressed.connect(self._on_enter)

    @property
    def view(self) -> str:
        return self.bar.current

    def _on_chosen(self, key: str) -> None:
        if key != "today":
            self.window.all_days.setChecked(False)
        self.window.show_home()
        self.window.say(self.tr("Đang xem: %1").replace("%1", view_name(key)))

    def refresh(self, ticket: int, query: str) -> bool:
        """Reads the current view's rows and every view's count. False when the main window's own
        search of all days applies (the "Mọi ngày" box)."""
        if self.window.all_days.isChecked() and self.view == "today":
            self._load_counts()
            return False
        key = self.view
        if key != "today":
            self.window.heading.setText(view_name(key))
        self.runner.run(self.lifecycle.view, key, query, owner=self,
                        on_result=lambda result: self._on_view(result, ticket),
                        on_error=lambda e: show_error(self.window, e))
        self._load_counts()
        return True

    def _on_view(self, result: Any, ticket: int) -> None:
        self._mark(result.now, result.calendar)
        if self.view == "today":  # the services' day (DESK_APP_CLOCK in a demo store)
            counter = self.window.services.counter_name or self.tr("quầy này")
            self.window.heading.setText(
                self.tr("Hồ sơ tiếp nhận hôm nay tại %1 – %2").replace("%1", counter)
                .replace("%2", vn_format.date(result.now)))
        self.window._on_rows(list(result.rows), ticket, self.view != "today")

    def _load_counts(self) -> None:
        self.runner.run(self.lifecycle.view_counts, owner=self, on_result=self._on_counts,
                        on_error=lambda e: logger.warning("view counts failed: %r", e))

    def _on_counts(self, counts: Any) -> None:
        self.counts = dict(counts)
        self.bar.set_counts(self.counts)
        self.counts_loaded += 1

    def _mark(self, now: Any, calendar: Any) -> None:
        model = self.window.model
        model.urgency_of = lambda d: urgency(d, now, calendar)

    # --- the receipt's QR -----------------------------------------------------------------------
    def _on_enter(self) -> None:
        text = self.window.search.text().strip()
        if not CODE.fullmatch(text):
            self.window._focus_table()
            return
        code = text.upper()
        self.window.say(self.tr("Đang tìm hồ sơ %1…").replace("%1", code))
        self.runner.run(find_code, self.reception, code, owner=self,
                        on_result=lambda found: self._on_found(code, found),
                        on_error=lambda e: show_error(self.window, e))

    def _on_found(self, code: str, found: str | None) -> None:
        if not found:
            self.window.say(self.tr("Không có hồ sơ mã %1 ở quầy này.").replace("%1", code))
            return
        self.window.search.clear()
        self.window.open_dossier(found)
        self.window.say(self.tr("Đã mở hồ sơ %1 (quét mã QR trên giấy hẹn).").replace("%1", found))
