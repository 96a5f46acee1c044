"""Working days and the due date of a dossier. Pure functions: no database, no clock.

The rule (docs/domain.md#working-days-and-the-due-date):

* A **working day** is Monday to Friday, unless it is a public holiday or a compensatory day off,
  plus any Saturday or Sunday the government declares a make-up working day (làm bù).
* **Day 0** (the start day) is the day the dossier was received when that day is a working day and
  the dossier came in at or before the cut-off (15:00 by default: "a dossier received after 15:00
  is handed on the next working day", docs/domain.md, unconfirmed, hence a parameter). A dossier
  received after the cut-off, or on a non-working day, has the next working day as day 0.
* A procedure with N working days is **due** on the N-th working day after day 0, at the return
  time (17:00 by default, the end of office hours). N = 0 means "same day": due at the return
  time of day 0.

So the due day is always a working day, later received times never give earlier due dates, and
more days never give an earlier due date. The time the clock pauses while a citizen supplements is
handled by the caller (`due_at` on the day the dossier became complete).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

logger = logging.getLogger(__name__)

CUTOFF = time(15, 0)  # docs/domain.md: received after 15:00 -> next working day [unconfirmed]
RETURN_TIME = time(17, 0)  # results are promised for the end of office hours
_ONE_DAY = timedelta(days=1)
# Longest run of non-working days we accept before assuming the calendar data is broken
# (Tết with its weekends is 9-10 days; a year is a safe upper bound).
_MAX_GAP = 366


@dataclass(frozen=True)
class WorkCalendar:
    """Public holidays and compensatory days off (`holidays`) and weekend days declared working
    days (`makeup_days`). Weekends are Saturday and Sunday."""

    holidays: frozenset[date] = field(default_factory=frozenset)
    makeup_days: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, d: date) -> bool:
        if d in self.makeup_days:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5


def next_working_day(d: date, cal: WorkCalendar) -> date:
    """The first working day strictly after `d`."""
    day = d
    for _ in range(_MAX_GAP):
        day += _ONE_DAY
        if cal.is_working_day(day):
            return day
    raise ValueError("calendar has no working day within a year")


def start_day(received_at: datetime, cal: WorkCalendar, cutoff: time = CUTOFF) -> date:
    """Day 0 of the time limit: the day received if it is a working day and the dossier came in
    at or before `cutoff`; otherwise the next working day."""
    day = received_at.date()
    if cal.is_working_day(day) and received_at.time().replace(tzinfo=None) <= cutoff:
        return day
    return next_working_day(day, cal)


def add_working_days(d: date, n: int, cal: WorkCalendar) -> date:
    """The n-th working day after `d` (n >= 0; n == 0 gives `d` itself)."""
    if n < 0:
        raise ValueError("working days must be >= 0")
    day = d
    for _ in range(n):
        day = next_working_day(day, cal)
    return day


def due_at(
    received_at: datetime,
    working_days: int,
    cal: WorkCalendar,
    cutoff: time = CUTOFF,
    return_time: time = RETURN_TIME,
) -> datetime:
    """When the result is due: `working_days` working days after day 0 (see the module
    docstring), at `return_time`. The date is always a working day. `received_at` is the local
    time of the counter; a timezone, if any, is kept on the result."""
    if working_days < 0:
        raise ValueError("working days must be >= 0")
    day = add_working_days(start_day(received_at, cal, cutoff), working_days, cal)
    return datetime.combine(day, return_time, tzinfo=received_at.tzinfo)


def working_days_between(start: date, end: date, cal: WorkCalendar) -> int:
    """Working days in (start, end]: how many working days `end` is after `start`; negative
    when `end` is before `start`. working_days_between(d, add_working_days(d, n)) == n for a
    working day d. Used for on-time reports: a result returned on a day with
    working_days_between(due_day, returned_day) > 0 is late by that many working days."""
    if isinstance(start, datetime):
        start = start.date()
    if isinstance(end, datetime):
        end = end.date()
    if end < start:
        return -working_days_between(end, start, cal)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if cal.is_working_day(day):
            count += 1
    return count
