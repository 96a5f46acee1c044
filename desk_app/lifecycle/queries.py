"""The reads of the dossier's life: a dossier's row with its life, its steps, who holds it now,
and the main window's views with their counts (each a filter over indexed columns)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from db.models import Dossier, Page, ProcedureComponent
from db.models_lifecycle import DossierStep
from desk_app.domain.text import fold
from desk_app.domain.work_calendar import WorkCalendar, next_working_day
from desk_app.errors import InputRefused
from desk_app.lifecycle.types import (
    OPEN_STATUSES,
    UNIT_TEXT,
    VIEW_KEYS,
    LifeSummary,
    Step,
    Unit,
)


def summary(s: Session, d: Dossier, pages: int | None = None) -> LifeSummary:
    if pages is None:
        pages = int(s.scalar(select(func.count()).select_from(Page).where(
            Page.dossier_id == d.id, ~Page.deleted)) or 0)
    return LifeSummary(
        id=d.id, code=d.code, procedure_code=d.procedure_code, procedure_name=d.procedure.name,
        applicant_name=d.applicant.full_name, status=d.status, received_at=d.received_at,
        due_at=d.due_at, pages=pages, channel=d.channel, resolved_at=d.resolved_at,
        returned_at=d.returned_at, new_due_at=d.new_due_at, timeliness=d.timeliness,
        electronic_result=d.electronic_result, delivery_method=d.delivery_method,
    )


def step_of(r: DossierStep) -> Step:
    return Step(
        id=r.id, position=r.position, kind=r.kind, at=r.at, giver=r.giver, receiver=r.receiver,
        giver_unit=r.giver_unit, receiver_unit=r.receiver_unit, result=r.timeliness, note=r.note,
        reason=r.reason, new_due_at=r.new_due_at, method=r.method, fees=r.fees,
        electronic=r.electronic, pages=r.pages,
    )


def steps(s: Session, dossier_id: str) -> list[Step]:
    rows = s.scalars(select(DossierStep).where(DossierStep.dossier_id == dossier_id)
                     .order_by(DossierStep.position))
    return [step_of(r) for r in rows]


def holder(s: Session, dossier_id: str) -> tuple[Unit, str]:
    """The unit holding the dossier after its last hand-over or result, and the person named."""
    last = s.scalars(
        select(DossierStep).where(DossierStep.dossier_id == dossier_id,
                                  DossierStep.kind.in_(("handover", "result")))
        .order_by(DossierStep.position.desc()).limit(1)).first()
    if last is None:
        return Unit.COUNTER, ""
    unit = Unit(last.receiver_unit)
    suffix = " - " + UNIT_TEXT[unit]
    person = last.receiver[:-len(suffix)] if last.receiver.endswith(suffix) else ""
    return unit, person


def missing_components(s: Session, d: Dossier) -> list[str]:
    """Names of the required components (submit, not optional) still not presented."""
    presented = {c.procedure_component_id for c in d.components if c.form is not None}
    required = s.scalars(select(ProcedureComponent).where(
        ProcedureComponent.procedure_code == d.procedure_code,
        ~ProcedureComponent.optional, ProcedureComponent.requirement == "submit"))
    return [c.name for c in required if c.id not in presented]


# --- views -----------------------------------------------------------------------------------------


def _effective_due() -> Any:
    return func.coalesce(Dossier.new_due_at, Dossier.due_at)


def view_filter(key: str, now: dt.datetime, cal: WorkCalendar) -> Any:
    """The WHERE clause of a view. Due soon: still waiting for its result, the date promised (an
    apology's, else the first) not passed and no later than the end of the next working day;
    overdue: waiting and that date passed."""
    open_ = Dossier.status.in_(OPEN_STATUSES)
    if key == "today":
        start = dt.datetime.combine(now.date(), dt.time())
        return and_(Dossier.received_at >= start,
                    Dossier.received_at < start + dt.timedelta(days=1))
    if key == "due_soon":
        horizon = dt.datetime.combine(next_working_day(now.date(), cal), dt.time.max)
        return and_(open_, _effective_due() >= now, _effective_due() <= horizon)
    if key == "overdue":
        return and_(open_, _effective_due() < now)
    if key == "waiting_result":
        return open_
    if key == "ready_to_return":
        return Dossier.status == "resolved"
    raise InputRefused("bad_view", key)


def view_rows(s: Session, key: str, now: dt.datetime, cal: WorkCalendar, query: str = "",
              limit: int = 500) -> list[LifeSummary]:
    return _rows(s, view_filter(key, now, cal), query, limit)


def view_counts(s: Session, now: dt.datetime, cal: WorkCalendar) -> dict[str, int]:
    return {key: int(s.scalar(select(func.count()).select_from(Dossier)
                              .where(view_filter(key, now, cal))) or 0)
            for key in VIEW_KEYS}


def summaries(s: Session, query: str = "", limit: int = 100000) -> list[LifeSummary]:
    return _rows(s, None, query, limit)


def _rows(s: Session, where: Any, query: str, limit: int) -> list[LifeSummary]:
    count = (
        select(func.count()).select_from(Page)
        .where(Page.dossier_id == Dossier.id, ~Page.deleted)
        .correlate(Dossier).scalar_subquery()
    )
    stmt = (select(Dossier, count)
            .options(selectinload(Dossier.applicant), selectinload(Dossier.procedure))
            .order_by(Dossier.received_at.desc(), Dossier.code.desc()).limit(limit))
    if where is not None:
        stmt = stmt.where(where)
    for word in fold(query).split():
        stmt = stmt.where(Dossier.search_text.contains(word))
    return [summary(s, d, int(n or 0)) for d, n in s.execute(stmt).all()]
