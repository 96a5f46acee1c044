"""The supervisor's screen writes numbers the Vietnamese way, whatever the client's language:
rates "66,7 %", the engine's score "Khớp (0,970)", moments "26/11/2026 08:30:05", counts "12.345 lượt"
(issue 15: one formatter for every number, date and percentage)."""
from __future__ import annotations

import re
from typing import Any

import pytest

from desk_app.domain import vn_format
from desk_app.supervision.access import principal_of
from desk_app.supervision.officer_rates import RATE_CODES
from desk_app.supervision.service import SupervisionService

RATE_CELL = re.compile(r"(—|\d{1,3}(\.\d{3})*,\d %)( \(\d+\))?")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_rates_scores_and_moments_are_written_vietnamese(qtbot: Any, qapp: Any, ctx: Any,
                                                         runner: Any, known: Any,
                                                         language: str) -> None:
    from ui.i18n import Translators
    from ui.supervision.supervisor_window import SupervisorWindow

    supervisor = principal_of(known.accounts["lanhdao"])
    service = SupervisionService(ctx.engine, ctx.pages, supervisor)
    translators = Translators()
    assert translators.install(language)
    try:
        window = SupervisorWindow(service, supervisor, runner)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == len(known.entries), timeout=5000)

        # Rates: each cell is the formatter's own text for the service's ratio, comma decimals.
        window.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: window.rates_table.rowCount() == 3, timeout=5000)
        rates = service.officer_rates(None, None)
        t = window.rates_table
        cells = [t.item(r, c).text() for r in range(t.rowCount())
                 for c in range(3, 3 + len(RATE_CODES))]
        assert all(RATE_CELL.fullmatch(text) for text in cells), cells
        assert any("," in text for text in cells)  # a rate that is not a whole number is there
        assert not any(re.search(r"\d\.\d+ ?%", text) for text in cells)  # never "66.7%"
        for row, officer in enumerate(rates.officers, start=1):
            for k, code in enumerate(RATE_CODES):
                expected = vn_format.percent(officer.rates[code], empty="—")
                assert t.item(row, 3 + k).text() == f"{expected} ({officer.counts[code]})"
        medians = [t.item(0, 3 + k).text() for k in range(len(RATE_CODES))]
        assert medians == [vn_format.percent(rates.medians.get(c), empty="—") for c in RATE_CODES]

        # The detail pane: the engine's score with a decimal comma, the moment date first.
        scored = next(r for r in range(window.model.rowCount())
                      if window.model.row_at(r).engine_score is not None)
        window.table.selectRow(scored)
        entry = window.model.row_at(scored)
        qtbot.waitUntil(lambda: window.detail.entry is not None
                        and window.detail.entry.id == entry.id, timeout=5000)
        engine = window.detail._fields["engine"].text()
        assert engine.endswith(f" ({vn_format.number(entry.engine_score, 3)})"), engine
        assert re.search(r" \(\d,\d{3}\)$", engine), engine
        moment = window.detail._fields["time"].text()
        assert moment == vn_format.datetime(entry.created_at, seconds=True)
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", moment)
        column = window.model.COLUMNS.index("time")
        assert window.model.index(scored, column).data() == vn_format.datetime(entry.created_at)

        # Counts group thousands with a dot.
        window._on_count(12345)
        assert window.count_label.text().startswith("12.345 ")
    finally:
        translators.install("vi")  # as the other tests expect the client
