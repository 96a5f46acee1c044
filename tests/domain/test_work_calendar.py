"""The working-day calendar and the due-date rule (docs/domain.md#working-days-and-the-due-date)."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.holidays import load_calendar
from desk_app.domain.work_calendar import (
    CUTOFF,
    RETURN_TIME,
    WorkCalendar,
    add_working_days,
    due_at,
    next_working_day,
    start_day,
    working_days_between,
)

CAL = load_calendar()
EMPTY = WorkCalendar()


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm)


# --- the shipped calendar -------------------------------------------------------------------


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert CAL.is_working_day(date(2026, 11, 26))  # a Thursday
    assert not CAL.is_working_day(date(2026, 11, 28))  # Saturday
    assert not CAL.is_working_day(date(2026, 11, 29))  # Sunday
    assert not CAL.is_working_day(date(2026, 2, 17))  # Tết Bính Ngọ, mùng 1
    assert not CAL.is_working_day(date(2026, 9, 2))  # Quốc khánh


def test_makeup_saturday_is_a_working_day() -> None:
    assert date(2026, 1, 10).weekday() == 5
    assert CAL.is_working_day(date(2026, 1, 10))  # làm bù cho 02/01/2026
    assert not CAL.is_working_day(date(2026, 1, 2))  # the swapped Friday
    assert CAL.is_working_day(date(2025, 4, 26))  # làm bù cho 02/5/2025


def test_compensatory_monday_after_hung_kings_on_sunday() -> None:
    assert date(2026, 4, 26).weekday() == 6
    assert not CAL.is_working_day(date(2026, 4, 27))


# --- due dates --------------------------------------------------------------------------------


def test_same_day_procedure_before_cutoff_is_due_that_day() -> None:
    assert due_at(at(2026, 11, 26, 10), 0, CAL) == datetime.combine(date(2026, 11, 26), RETURN_TIME)


@pytest.mark.parametrize(
    ("hh", "mm", "ss", "day0"),
    [(14, 59, 0, 26), (15, 0, 0, 26), (15, 0, 1, 27), (15, 1, 0, 27), (16, 45, 0, 27)],
)
def test_cutoff_edge(hh: int, mm: int, ss: int, day0: int) -> None:
    """'After 15:00' moves day 0: 15:00:00 still counts that day, 15:00:01 does not."""
    received = datetime(2026, 11, 26, hh, mm, ss)  # Thursday
    assert start_day(received, CAL) == date(2026, 11, day0)
    assert due_at(received, 0, CAL).date() == date(2026, 11, day0)
    assert due_at(received, 3, CAL).date() == add_working_days(date(2026, 11, day0), 3, CAL)


def test_after_cutoff_on_friday_starts_monday() -> None:
    received = at(2026, 11, 27, 15, 30)  # Friday
    assert start_day(received, CAL) == date(2026, 11, 30)
    assert due_at(received, 0, CAL).date() == date(2026, 11, 30)
    assert due_at(received, 1, CAL).date() == date(2026, 12, 1)


def test_received_on_a_saturday_counts_from_monday() -> None:
    assert due_at(at(2026, 11, 28, 9), 3, CAL).date() == date(2026, 12, 3)


def test_three_working_days_over_a_weekend() -> None:
    # Thursday 26/11 + 3 working days: Fri 27, Mon 30, Tue 1/12
    assert due_at(at(2026, 11, 26, 9), 3, CAL).date() == date(2026, 12, 1)


def test_tet_span_is_skipped() -> None:
    # Friday 13/02/2026, before the cut-off; Tết holidays 14-22/02 (Mon 16 - Fri 20 are days off).
    received = at(2026, 2, 13, 10)
    assert due_at(received, 1, CAL).date() == date(2026, 2, 23)
    assert due_at(received, 7, CAL).date() == date(2026, 3, 3)
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 23), CAL) == 1


def test_makeup_saturday_counts_as_a_working_day_in_a_time_limit() -> None:
    # Thursday 08/01/2026 + 2 working days: Fri 9, Sat 10 (make-up day).
    assert due_at(at(2026, 1, 8, 9), 2, CAL).date() == date(2026, 1, 10)
    # Without the make-up day it would be Monday 12.
    assert due_at(at(2026, 1, 8, 9), 2, EMPTY).date() == date(2026, 1, 9) + timedelta(days=3)


def test_new_year_swap_2026() -> None:
    # Wednesday 31/12/2025 + 1: Thursday 1/1 and Friday 2/1 are off -> Monday 5/1.
    assert due_at(at(2025, 12, 31, 9), 1, CAL).date() == date(2026, 1, 5)


def test_cutoff_is_a_parameter() -> None:
    received = at(2026, 11, 26, 16, 0)
    assert due_at(received, 0, CAL, cutoff=time(17, 0)).date() == date(2026, 11, 26)
    assert due_at(received, 0, CAL, cutoff=CUTOFF).date() == date(2026, 11, 27)


def test_negative_days_refused() -> None:
    with pytest.raises(ValueError):
        due_at(at(2026, 11, 26), -1, CAL)


def test_timezone_is_kept() -> None:
    from datetime import timezone

    tz = timezone(timedelta(hours=7))
    received = datetime(2026, 11, 26, 9, 0, tzinfo=tz)
    assert due_at(received, 1, CAL).tzinfo is tz


def test_working_days_between_signs_and_weekends() -> None:
    assert working_days_between(date(2026, 11, 26), date(2026, 11, 26), CAL) == 0
    assert working_days_between(date(2026, 11, 27), date(2026, 11, 30), CAL) == 1  # Fri -> Mon
    assert working_days_between(date(2026, 11, 30), date(2026, 11, 27), CAL) == -1
    assert working_days_between(date(2026, 11, 28), date(2026, 11, 29), CAL) == 0  # Sat -> Sun


def test_next_working_day_over_tet() -> None:
    assert next_working_day(date(2026, 2, 13), CAL) == date(2026, 2, 23)


def test_calendar_without_any_working_day_fails_clearly() -> None:
    start = date(2030, 1, 1)
    every_day = frozenset(start + timedelta(days=i) for i in range(400))
    with pytest.raises(ValueError):
        next_working_day(start, WorkCalendar(holidays=every_day))


# --- properties ---------------------------------------------------------------------------------

instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 20))
days = st.integers(min_value=0, max_value=30)


@settings(max_examples=300, deadline=None)
@given(received=instants, n=days)
def test_due_day_is_always_a_working_day_and_after_receipt(received: datetime, n: int) -> None:
    due = due_at(received, n, CAL)
    assert CAL.is_working_day(due.date())
    assert due.date() >= received.date()
    assert working_days_between(start_day(received, CAL), due.date(), CAL) == n


@settings(max_examples=300, deadline=None)
@given(a=instants, b=instants, n=days)
def test_due_date_is_monotone_in_received_time(a: datetime, b: datetime, n: int) -> None:
    early, late = sorted((a, b))
    assert due_at(early, n, CAL) <= due_at(late, n, CAL)


@settings(max_examples=300, deadline=None)
@given(received=instants, n=days, extra=st.integers(min_value=1, max_value=10))
def test_more_days_never_go_backwards(received: datetime, n: int, extra: int) -> None:
    assert due_at(received, n, CAL) < due_at(received, n + extra, CAL)


@settings(max_examples=200, deadline=None)
@given(
    received=instants, n=days,
    holidays=st.frozensets(st.dates(date(2025, 1, 1), date(2028, 3, 1)), max_size=60),
    makeup=st.frozensets(st.dates(date(2025, 1, 1), date(2028, 3, 1)), max_size=10),
)
def test_properties_hold_for_any_calendar(
    received: datetime, n: int, holidays: frozenset[date], makeup: frozenset[date]
) -> None:
    cal = WorkCalendar(holidays=holidays, makeup_days=makeup)
    due = due_at(received, n, cal)
    assert cal.is_working_day(due.date())
    assert due > received
    assert working_days_between(start_day(received, cal), due.date(), cal) == n
