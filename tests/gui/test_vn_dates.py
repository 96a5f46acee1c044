"""The dossier list writes times and dates the Vietnamese way in both languages of the client:
"08:30" for today's list, "26/11/2026 08:30" when every day is searched, "28/11/2026" for the
due date (issue 15: one formatter for every number, date and percentage)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desk_app.domain import vn_format
from tests.gui.test_feedback import _receive, _window


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dossier_list_writes_times_and_dates_day_first(qtbot: Any, real: Any, runner: Any,
                                                          page_files: list[Path],
                                                          language: str) -> None:
    from ui.i18n import Translators

    services, officer = real
    summary = _receive(services, officer, page_files)
    translators = Translators()
    assert translators.install(language)
    try:
        window = _window(qtbot, services, runner, officer)
        model = window.model
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        header = model.headerData(model.RECEIVED, Qt.Orientation.Horizontal)
        assert (header == "Tiếp nhận") == (language == "vi")  # the language did change
        received = model.index(0, model.RECEIVED).data()
        assert received == vn_format.time(summary.received_at)
        assert re.fullmatch(r"\d\d:\d\d", received)
        due = model.index(0, model.DUE).data()
        assert due == vn_format.date(summary.due_at)
        assert re.fullmatch(r"\d\d/\d\d/\d{4}", due)

        with qtbot.waitSignal(window.dossiers_loaded, timeout=5_000):
            window.all_days.setChecked(True)
        received = model.index(0, model.RECEIVED).data()
        assert received == vn_format.datetime(summary.received_at)
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", received)
        assert received.startswith(vn_format.date(summary.received_at))
    finally:
        translators.install("vi")
