"""The main window's list reads its rows a page at a time: the next page is asked for when the
officer scrolls to the end of the list (DossierTableModel.canFetchMore), from the last row shown."""
from __future__ import annotations

import datetime as dt
from typing import Any

from ui.error_text import show_error


def fetch_more(window: Any, last: Any, page: int) -> None:
    """Reads the page after `last` off the GUI thread and appends it, unless the officer has
    searched again meanwhile (the window's search ticket moved on)."""
    from desk_app.dossier_list import make_cursor

    ticket = window._search_ticket
    day = None if window.all_days.isChecked() else dt.date.today()

    def on_rows(rows: list[Any]) -> None:
        if ticket == window._search_ticket:
            window.model.append_rows(rows, more=len(rows) == page)
            window.count_label.setText(window.tr("%n hồ sơ", "", window.model.rowCount()))

    window.runner.run(
        window.services.reception.list_dossiers, day, window.search.text().strip(), page,
        cursor=make_cursor(last.received_at, last.code),
        owner=window, on_result=on_rows, on_error=lambda e: show_error(window, e),
    )
