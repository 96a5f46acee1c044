"""Indicators against values computed by hand for the fixture of conftest.add_indicator_dossiers."""
from __future__ import annotations

import datetime as dt
import json

from sv_fixture import add_accounts, add_indicator_dossiers  # type: ignore[import-not-found]

from desk_app.cli import main as cli_main
from desk_app.supervision.indicators import DossierFacts, compute_indicators, indicators_for

# Period 01-05/10/2026. Received (not refused, received in period): D1 D2 D3 D5 D8 = 5.
# Digitised: D1 D2 D5 D8 (D3 has no page) = 4. Online: D2 D5 = 2. Reuse: D1 (count), D3
# (component from VNeID) = 2. On time: D1 (04/10 <= 05/10), D5 (same day, no due date), D8 (returned
# 09/10 10:00 <= due 09/10 17:00) = 3; D2 late, D3 open. Resolved in the period: D1 (04/10), D5
# (04/10), D6 (02/10, received in September) = 3, of which electronic D1 D5 = 2.
EXPECTED = {
    "digitisation": {"numerator": 4, "denominator": 5, "rate": 0.8},
    "electronic_result": {"numerator": 2, "denominator": 3, "rate": 2 / 3},
    "online": {"numerator": 2, "denominator": 5, "rate": 0.4},
    "reuse": {"numerator": 2, "denominator": 5, "rate": 0.4},
    "on_time": {"numerator": 3, "denominator": 5, "rate": 0.6},
}


def test_indicators_equal_hand_computed_values(ctx) -> None:
    add_indicator_dossiers(ctx)
    with ctx.sessions() as s:
        ind = indicators_for(s, dt.date(2026, 10, 1), dt.date(2026, 10, 5))
    got = ind.as_json()
    assert got["indicators"] == EXPECTED
    assert got["counts"] == {"received": 5, "resolved": 3, "open": 1, "late": 1}
    assert got["period"] == {"from": "2026-10-01", "to": "2026-10-05"}


def test_indicators_json_from_the_command_line(ctx, capsys) -> None:
    add_indicator_dossiers(ctx)
    with ctx.sessions.begin() as s:
        add_accounts(s)
    code = cli_main(["report", "indicators", "--from", "01/10/2026", "--to", "05/10/2026",
                     "--format", "json", "--user", "lanhdao"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert data["indicators"] == EXPECTED
    for value in data["indicators"].values():
        assert 0 <= value["rate"] <= 1


def test_empty_period_has_no_rate_rather_than_a_division_error() -> None:
    ind = compute_indicators([], dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert all(v.rate is None and v.denominator == 0 for v in ind.values.values())


def test_open_period_counts_everything_and_refusals_never() -> None:
    base = {"channel": "counter", "due_at": None, "resolved_at": None, "returned_at": None,
                "electronic_result": False, "reused": False, "digitised": True}
    facts = [
        DossierFacts(code="A", status="received", received_at=dt.datetime(2020, 1, 1), **base),
        DossierFacts(code="B", status="refused", received_at=dt.datetime(2030, 1, 1), **base),
    ]
    ind = compute_indicators(facts)
    assert ind.values["digitisation"].as_json() == {"numerator": 1, "denominator": 1, "rate": 1.0}
