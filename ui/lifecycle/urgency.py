"""How close a dossier is to its due date, as the main window and the details page show it.

Pure Python (no Qt): the rule is tested without widgets. "Due soon" is the issue's "due within one
working day": the due date is today or the next working day, and the due time has not passed.
A dossier with a result (resolved/returned) or not yet running (supplement, refusal) is never
due soon or overdue: there is nothing left for the counter to chase."""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from desk_app.domain.work_calendar import WorkCalendar, next_working_day

OPEN_STATUSES = ("received", "in_progress")


class Urgency(StrEnum):
    NONE = ""
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


def effective_due(summary: Any) -> dt.datetime | None:
    """The date the citizen was last promised: the new date of a Mẫu 04 apology, or the first."""
    return getattr(summary, "new_due_at", None) or getattr(summary, "due_at", None)


def urgency(summary: Any, now: dt.datetime, calendar: WorkCalendar | None = None) -> Urgency:
    if getattr(summary, "status", "") not in OPEN_STATUSES:
        return Urgency.NONE
    due = effective_due(summary)
    if due is None:
        return Urgency.NONE
    if due.tzinfo is not None and now.tzinfo is None:
        due = due.replace(tzinfo=None)
    if due < now:
        return Urgency.OVERDUE
    cal = calendar or WorkCalendar()
    if due.date() <= next_working_day(now.date(), cal):
        return Urgency.DUE_SOON
    return Urgency.NONE


def apology_offered(summary: Any, now: dt.datetime, calendar: WorkCalendar | None = None) -> bool:
    """Mẫu 04 is issued before the due date passes (the counter apologises ahead of the delay):
    offered prominently while the dossier is due soon and has no apology yet."""
    return (urgency(summary, now, calendar) == Urgency.DUE_SOON
            and getattr(summary, "new_due_at", None) is None)
