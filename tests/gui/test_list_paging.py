"""The main window's list reads a page of dossiers and fetches the next page as the officer
scrolls to its end (Qt's canFetchMore/fetchMore), with the real list service and store."""
from __future__ import annotations

import datetime as dt
from typing import Any

from desk_app.dossier_list import make_cursor
from desk_app.reception_types import DossierSummary
from tests.gui.fakes import OFFICER, FakeAccounts, FakeReception
from tests.gui.helpers import show_active
from ui.main_window import LIST_PAGE, MainWindow
from ui.services import ClientServices


def _summaries(n: int) -> list[DossierSummary]:
    now = dt.datetime(2026, 12, 4, 16, 0)
    return [DossierSummary(f"id{i}", f"H31.12.05-261204-{i:06d}", "P2", "Khai sinh",
                           f"Người {i}", "received", now - dt.timedelta(minutes=i), None, 1)
            for i in range(n)]


def test_the_list_grows_as_the_officer_scrolls(qtbot: Any, runner: Any) -> None:
    reception = FakeReception()
    reception.dossiers = _summaries(LIST_PAGE * 2 + 37)
    window = MainWindow(ClientServices(FakeAccounts(), reception), runner, OFFICER)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: window.model.rowCount() == LIST_PAGE)
    for expected in (LIST_PAGE * 2, LIST_PAGE * 2 + 37):
        window.table.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: window.model.rowCount() == n, timeout=5000)
    window.table.scrollToBottom()
    assert not window.model.canFetchMore()
    codes = [window.model.row_at(r).code for r in range(window.model.rowCount())]
    assert codes == [d.code for d in reception.dossiers]  # in order, none twice
    assert "237" in window.count_label.text()


def test_the_real_service_pages_by_cursor(ctx: Any) -> None:
    from desk_app.demo.dossiers import create_demo_data
    from desk_app.reception import ReceptionService

    create_demo_data(ctx, 30, seed=9)
    reception = ReceptionService(ctx)
    first = reception.list_dossiers(limit=12)
    rest = reception.list_dossiers(limit=100, cursor=make_cursor(first[-1].received_at,
                                                                  first[-1].code))
    assert [d.code for d in first + rest] == [d.code for d in reception.list_dossiers(limit=100)]
