"""Per-officer rates against the unit's median, on the known fixture and on seeded demo entries."""
from __future__ import annotations

import datetime as dt

from sv_fixture import EARLY_ENTRIES, KNOWN_ENTRIES  # type: ignore[import-not-found]

from desk_app.supervision.officer_rates import is_outlier, officer_rates

CERTIFIED = {"certified_copy_demanded", "original_demanded_for_certified_copy"}


def _count(items, codes) -> int:
    return sum(1 for *_, flags in items if set(flags) & codes)


def test_rates_by_hand(ctx, known) -> None:
    with ctx.sessions() as s:
        rates = officer_rates(s)
    by_name = {o.officer_name: o for o in rates.officers}
    an, binh = by_name["Nguyễn Văn An"], by_name["Trần Thị Bình"]
    assert an.entries == len(KNOWN_ENTRIES) and binh.entries == len(EARLY_ENTRIES)
    assert an.counts["certified_copy"] == _count(KNOWN_ENTRIES, CERTIFIED) == 4
    assert an.rates["certified_copy"] == 4 / len(KNOWN_ENTRIES)
    assert an.counts["override"] == 2 and binh.counts["override"] == 0
    assert binh.rates["certified_copy"] == 0.5
    assert rates.medians["certified_copy"] == (4 / len(KNOWN_ENTRIES) + 0.5) / 2
    # An overrode the engine twice in 17 entries where Bình never did: an outlier. Bình's 50 %
    # certified-copy rate rests on one entry only: not an alarm.
    assert an.outliers == ("override",) and binh.outliers == ()
    assert an.dossiers == 1 and an.rates["supplement"] == 0.0
    with ctx.sessions() as s:
        october = officer_rates(s, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert [o.officer_name for o in october.officers] == ["Nguyễn Văn An"]


def test_outlier_rule() -> None:
    assert is_outlier(0.20, 0.05, 10)
    assert not is_outlier(0.20, 0.05, 1)      # too few events
    assert not is_outlier(0.09, 0.05, 10)     # not twice the median
    assert not is_outlier(0.015, 0.0, 5)      # less than 2 points above
    assert is_outlier(0.03, 0.0, 3)
    assert not is_outlier(None, 0.1, 5)
