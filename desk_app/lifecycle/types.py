"""Plain values of the dossier's life after reception, shared by the service, the CLI and the
client. No Qt, no SQLAlchemy."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.domain.work_calendar import WorkCalendar
from desk_app.reception_types import DossierSummary


class StepKind(StrEnum):
    RECEPTION = "reception"    # the counter took the complete dossier and passed it on
    SUPPLEMENT_ASK = "supplement_ask"  # during processing, the unit asks the citizen for more
    SUPPLEMENT = "supplement"  # the citizen brought what was asked: the dossier is complete
    HANDOVER = "handover"      # a hand-over between units (Mẫu 06 row)
    RESULT = "result"          # the result came back to the counter
    APOLOGY = "apology"        # Mẫu 04 issued: reason and new date
    RETURN = "return"          # the result handed to the citizen


class Unit(StrEnum):
    """Who holds the dossier: the one-stop counter, the specialist unit that settles it, the
    leader who decides, the citizen."""

    COUNTER = "counter"
    SPECIALIST = "specialist"
    LEADER = "leader"
    CITIZEN = "citizen"


class ReturnMethod(StrEnum):
    DESK = "desk"
    POST = "post"
    ONLINE = "online"


class Timeliness(StrEnum):
    EARLY = "early"      # trước hạn: before the due day
    ON_TIME = "on_time"  # đúng hạn: on the due day, by the due time
    LATE = "late"        # quá hạn: after the first due date, apology or not


UNIT_TEXT = {
    Unit.COUNTER: "Bộ phận Một cửa",
    Unit.SPECIALIST: "Cơ quan chuyên môn",
    Unit.LEADER: "Lãnh đạo có thẩm quyền",
    Unit.CITIZEN: "Người nhận kết quả",
}

# The main window's views, in the order of its buttons.
VIEW_KEYS = ("today", "due_soon", "overdue", "waiting_result", "ready_to_return")
# Dossiers whose result the counter is still waiting for.
OPEN_STATUSES = ("received", "in_progress")


def timeliness(done: dt.datetime, due: dt.datetime | None) -> Timeliness:
    """Early when done on a day before the due day, on time on the due day by the due time,
    late after the due time. No due date (a same-day procedure without one): on time."""
    if due is None or (done.date() == due.date() and done <= due):
        return Timeliness.ON_TIME
    return Timeliness.EARLY if done < due else Timeliness.LATE


@dataclass(frozen=True)
class LifeSummary(DossierSummary):
    """A dossier's row with its life: what the list, the CLI's `dossiers list --json` and the
    details page show. `due_at` is the first due date; `new_due_at` the date of an apology."""

    channel: str = "counter"
    resolved_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    new_due_at: dt.datetime | None = None
    timeliness: str | None = None
    electronic_result: bool = False
    delivery_method: str = "desk"

    @property
    def effective_due(self) -> dt.datetime | None:
        return self.new_due_at or self.due_at

    def as_json(self) -> dict[str, object]:
        def iso(v: dt.datetime | None) -> str | None:
            return v.isoformat() if v else None

        return {
            "code": self.code, "procedure": self.procedure_name,
            "procedure_code": self.procedure_code, "applicant": self.applicant_name,
            "status": self.status, "channel": self.channel,
            "received_at": self.received_at.isoformat(), "due_at": iso(self.due_at),
            "new_due_at": iso(self.new_due_at), "resolved_at": iso(self.resolved_at),
            "returned_at": iso(self.returned_at), "timeliness": self.timeliness,
            "electronic_result": self.electronic_result, "pages": self.pages,
        }


@dataclass(frozen=True)
class Step:
    """One real step of the dossier (a Mẫu 06 row when it is a hand-over, the result or the
    return): who gave, who received, when, early/on time/late against the first due date."""

    id: str
    position: int
    kind: str
    at: dt.datetime
    giver: str
    receiver: str
    giver_unit: str = ""
    receiver_unit: str = ""
    result: str | None = None  # Timeliness value, or None (steps before the result)
    note: str = ""
    reason: str = ""
    new_due_at: dt.datetime | None = None
    method: str = ""
    fees: int | None = None
    electronic: bool = False
    pages: int = 0


@dataclass(frozen=True)
class LifeState:
    """What the details page needs at once: the dossier's row, its steps, the service's time and
    the working calendar (for "due soon")."""

    summary: LifeSummary
    steps: list[Step]
    now: dt.datetime
    calendar: WorkCalendar


@dataclass(frozen=True)
class ViewResult:
    """A view of the main window: its rows (newest first), the time and the calendar."""

    key: str
    rows: list[LifeSummary]
    now: dt.datetime
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
