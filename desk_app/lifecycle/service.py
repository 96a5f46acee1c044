"""The dossier's life after reception: hand-overs, supplements, results, apologies (Mẫu 04), the
return to the citizen. Every status and time of a dossier after reception is written here, in the
same transaction as the step row (db/models_lifecycle.py) that explains it, at the time of the
service's clock (desk_app/clock.py).

What the client (ui/lifecycle) calls, all through `services.lifecycle` (write methods through the
runner's `write`, reads through `run`):

- reads: `state(code)` -> LifeState (summary, steps, now, calendar); `summary(code)`,
  `steps(code)`; `view(key, query)` ->
  ViewResult for the main window's views (VIEW_KEYS: today, due_soon, overdue, waiting_result,
  ready_to_return); `view_counts()` -> {key: count}; `summaries(query, limit)` (the CLI list).
- writes: `handover(code, to, officer, receiver=, note=)`; `ask_supplement(code, reason,
  officer)` (during processing); `complete_supplement(code, {component
  id: pages}, officer)`; `record_result(code, pages, officer, electronic=, progress=, cancel=)`;
  `apology(code, new_date, reason, officer)` -> the Mẫu 04 PDF; `return_result(code, to, officer,
  id_number=, method=, at=, fees=, authorised=, checked_by_card=)`.
Pages are PreparedPage (the client's page strips) or file paths (the CLI). Refusals raise
InputRefused/NotFound with a code (desk_app/messages.py) and store nothing.

The rules (docs/lifecycle.md): statuses received -> in_progress (first hand-over away from the
counter) -> resolved (result back) -> returned; supplement_requested -> received when the
supplement makes the dossier complete, the due date then counted from that moment. Timeliness is
judged when the result reaches the counter, against the FIRST due date: a Mẫu 04 apology moves
the date promised to the citizen (`new_due_at`) but never the judgement."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, GeneratedDocument, Page, ProcedureComponent
from db.models_lifecycle import DossierStep
from desk_app.accounts import AccountInfo
from desk_app.clock import Clock
from desk_app.context import AppContext
from desk_app.domain.holidays import calendar_for
from desk_app.domain.id_number import check_id_number
from desk_app.domain.text import clean
from desk_app.domain.types import DocumentKind, DossierStatus
from desk_app.domain.work_calendar import RETURN_TIME, due_at
from desk_app.errors import InputRefused, NotFound
from desk_app.lifecycle import queries
from desk_app.lifecycle.types import (
    OPEN_STATUSES,
    UNIT_TEXT,
    LifeState,
    LifeSummary,
    ReturnMethod,
    Step,
    StepKind,
    Unit,
    ViewResult,
    timeliness,
)
from desk_app.page_intake import PreparedPage, store_pages
from desk_app.tasks import CancelToken, Progress

logger = logging.getLogger(__name__)

PageSource = PreparedPage | Path


def _unit(value: str) -> Unit:
    try:
        unit = Unit(value)
    except ValueError:
        raise InputRefused("bad_unit", value) from None
    if unit == Unit.CITIZEN:
        raise InputRefused("bad_unit", value)
    return unit


def add_step(s: Session, d: Dossier, kind: StepKind, at: dt.datetime, officer_id: str | None,
             **values: object) -> DossierStep:
    """Appends one step to the dossier's history (position = last + 1). A step is never dated
    before the one it follows (a clock set back, a return recorded afterwards too early)."""
    last = s.scalars(select(DossierStep).where(DossierStep.dossier_id == d.id)
                     .order_by(DossierStep.position.desc()).limit(1)).first()
    if last is not None and at < last.at:
        raise InputRefused("time_before_last_step", "")
    row = DossierStep(dossier_id=d.id, position=(last.position if last else 0) + 1,
                      kind=kind.value, at=at,
                      officer_id=officer_id, due_at=d.due_at, **values)
    s.add(row)
    return row


def record_reception(s: Session, d: Dossier, officer: AccountInfo) -> DossierStep:
    """The reception step (called by ReceptionService.save in its transaction): who handed the
    dossier in (the submitter on the applicant's behalf, or the applicant), through which channel."""
    who = d.submitter.full_name if d.submitter is not None else d.applicant.full_name
    note = {"supplement_requested": "Yêu cầu bổ sung (Mẫu 02)",
            "refused": "Từ chối tiếp nhận (Mẫu 03)"}.get(d.status, "Tiếp nhận hồ sơ")
    return add_step(s, d, StepKind.RECEPTION, d.received_at, officer.id or None,
                    giver=who, giver_unit=Unit.CITIZEN.value,
                    receiver=_desk(officer), receiver_unit=Unit.COUNTER.value,
                    method=d.channel, note=note)


def _desk(officer: AccountInfo) -> str:
    return f"{officer.full_name} - {UNIT_TEXT[Unit.COUNTER]}" if officer.full_name \
        else UNIT_TEXT[Unit.COUNTER]


def _named(unit: Unit, person: str) -> str:
    return f"{person} - {UNIT_TEXT[unit]}" if person else UNIT_TEXT[unit]


class LifecycleService:
    def __init__(self, ctx: AppContext, clock: Clock) -> None:
        self.ctx = ctx
        self.clock = clock

    # --- reads ----------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return self.clock.now()

    def state(self, code: str) -> LifeState:
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            return LifeState(queries.summary(s, d), queries.steps(s, d.id), self.now(),
                             calendar_for(s))

    def summary(self, code: str) -> LifeSummary:
        with self.ctx.sessions() as s:
            return queries.summary(s, self._get(s, code))

    def steps(self, code: str) -> list[Step]:
        with self.ctx.sessions() as s:
            return queries.steps(s, self._get(s, code).id)

    def view(self, key: str, query: str = "", limit: int = 500) -> ViewResult:
        now = self.now()
        with self.ctx.sessions() as s:
            cal = calendar_for(s)
            return ViewResult(key, queries.view_rows(s, key, now, cal, query, limit), now, cal)

    def view_counts(self) -> dict[str, int]:
        now = self.now()
        with self.ctx.sessions() as s:
            return queries.view_counts(s, now, calendar_for(s))

    def summaries(self, query: str = "", limit: int = 100000) -> list[LifeSummary]:
        with self.ctx.sessions() as s:
            return queries.summaries(s, query, limit)

    # --- hand-overs -----------------------------------------------------------------------------
    def handover(self, code: str, to: str, officer: AccountInfo, receiver: str = "",
                 note: str = "") -> Step:
        """One hand-over (a Mẫu 06 row) from whoever holds the dossier now to `to` (counter,
        specialist, leader), at the clock's time, judged against the first due date. The first
        hand-over away from the counter puts the dossier in progress."""
        unit = _unit(to)
        now = self.now()
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status not in (*OPEN_STATUSES, DossierStatus.RESOLVED.value):
                raise InputRefused("step_not_allowed", d.status)
            holder, person = queries.holder(s, d.id)
            giver = _desk(officer) if holder == Unit.COUNTER else _named(holder, person)
            row = add_step(s, d, StepKind.HANDOVER, now, officer.id or None,
                           giver=giver, giver_unit=holder.value,
                           receiver=_named(unit, clean(receiver)), receiver_unit=unit.value,
                           timeliness=timeliness(now, d.due_at).value, note=clean(note))
            if d.status == DossierStatus.RECEIVED.value and unit != Unit.COUNTER:
                d.status = DossierStatus.IN_PROGRESS.value
            s.flush()
            return queries.step_of(row)

    # --- supplements ----------------------------------------------------------------------------
    def ask_supplement(self, code: str, reason: str, officer: AccountInfo) -> LifeSummary:
        """During processing the unit settling the dossier asks, once and in writing, for more
        from the citizen (docs/lifecycle.md#supplements): the dossier waits for the citizen
        (`supplement_requested`) and, once `complete_supplement` records what was brought, its
        time limit starts again from that moment."""
        if not clean(reason):
            raise InputRefused("reason_required", "")
        now = self.now()
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status not in OPEN_STATUSES:
                raise InputRefused("step_not_allowed", d.status)
            holder, person = queries.holder(s, d.id)
            add_step(s, d, StepKind.SUPPLEMENT_ASK, now, officer.id or None,
                     giver=_named(holder, person) if holder != Unit.COUNTER else _desk(officer),
                     giver_unit=holder.value, receiver=d.applicant.full_name,
                     receiver_unit=Unit.CITIZEN.value, reason=clean(reason),
                     note="Yêu cầu bổ sung trong quá trình giải quyết")
            d.status = DossierStatus.SUPPLEMENT_REQUESTED.value
            d.reason = clean(reason)
            s.flush()
            return queries.summary(s, d)

    def complete_supplement(
        self, code: str, pages: Mapping[str, Sequence[PageSource]], officer: AccountInfo,
        progress: Progress | None = None, cancel: CancelToken | None = None,
    ) -> LifeSummary:
        """The citizen brought what the Mẫu 02 request listed: the new pages go into the listed
        components (keys: a dossier component id or the procedure's component id), the dossier
        becomes complete and its due date is counted from now (docs/lifecycle.md#supplements).
        Refused, with nothing stored, when a required component is still missing."""
        if not any(pages.values()):
            raise InputRefused("pages_required", "")
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            if d.status != DossierStatus.SUPPLEMENT_REQUESTED.value:
                raise InputRefused("step_not_allowed", d.status)
            targets = {key: self._component_key(s, d, key) for key in pages}
        prepared = {key: self._prepare(list(v), progress, cancel) for key, v in pages.items()}
        now = self.now()
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status != DossierStatus.SUPPLEMENT_REQUESTED.value:
                raise InputRefused("step_not_allowed", d.status)
            names, added = [], 0
            for key, ready in prepared.items():
                comp = self._component(s, d, targets[key])
                store_pages(s, self.ctx.pages, d.id, comp.id, ready)
                names.append(comp.name)
                added += len(ready)
            s.flush()
            missing = queries.missing_components(s, d)
            if missing:
                raise InputRefused("still_incomplete", ", ".join(missing))
            d.completed_at = now
            d.due_at = due_at(now, d.procedure.processing_days, calendar_for(s))
            d.new_due_at = None  # a new time limit: an earlier apology's date no longer applies
            d.status = DossierStatus.RECEIVED.value
            add_step(s, d, StepKind.SUPPLEMENT, now, officer.id or None,
                     giver=d.applicant.full_name, giver_unit=Unit.CITIZEN.value,
                     receiver=_desk(officer), receiver_unit=Unit.COUNTER.value,
                     pages=added, note="Bổ sung: " + "; ".join(names))
            s.flush()
            summary = queries.summary(s, d)
        self._print(code, officer, DocumentKind.RECEIPT)
        return summary

    def _component_key(self, s: Session, d: Dossier, key: str) -> str:
        """Checks that `key` names a component of this dossier or of its procedure."""
        for c in d.components:
            if key in (c.id, c.procedure_component_id):
                return key
        pc = s.get(ProcedureComponent, key)
        if pc is None or pc.procedure_code != d.procedure_code:
            raise InputRefused("unknown_component", key)
        return key

    def _component(self, s: Session, d: Dossier, key: str) -> DossierComponent:
        """The dossier's component for `key`, made from the published list when the citizen had
        not brought it at all; marked presented."""
        for c in d.components:
            if key in (c.id, c.procedure_component_id):
                if c.form is None:
                    c.form = self._default_form(s, c.procedure_component_id)
                return c
        pc = s.get(ProcedureComponent, key)
        assert pc is not None  # checked by _component_key
        row = DossierComponent(
            dossier_id=d.id, procedure_component_id=pc.id, position=len(d.components) + 1,
            name=pc.name, form=self._default_form(s, pc.id), quantity=pc.quantity,
            requirement=pc.requirement, on_published_list=True)
        s.add(row)
        s.flush()
        d.components.append(row)
        return row

    @staticmethod
    def _default_form(s: Session, procedure_component_id: str | None) -> str:
        pc = s.get(ProcedureComponent, procedure_component_id) if procedure_component_id else None
        forms = list(pc.accepted_forms) if pc is not None else []
        return str(forms[0]) if forms else "original"

    # --- the result -----------------------------------------------------------------------------
    def record_result(
        self, code: str, pages: Sequence[PageSource], officer: AccountInfo,
        electronic: bool = False, progress: Progress | None = None,
        cancel: CancelToken | None = None, digitise: bool = True,
    ) -> LifeSummary:
        """The result came back to the counter: its pages are stored (role "result"), the step
        recorded (from the unit holding the dossier to the counter), the dossier resolved and
        judged early/on time/late against its first due date; then the result pages are
        digitised into a searchable PDF/A kept with the dossier (`digitise=False` skips the OCR,
        e.g. for demo data)."""
        if not pages:
            raise InputRefused("pages_required", "")
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            if d.status not in OPEN_STATUSES:
                raise InputRefused("step_not_allowed", d.status)
        ready = [p if p.role == "result" else _as_result(p)
                 for p in self._prepare(list(pages), progress, cancel)]
        now = self.now()
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status not in OPEN_STATUSES:
                raise InputRefused("step_not_allowed", d.status)
            holder, person = queries.holder(s, d.id)
            if holder == Unit.COUNTER:  # the result came with no hand-over recorded
                holder, person = Unit.SPECIALIST, ""
            store_pages(s, self.ctx.pages, d.id, None, ready)
            judged = timeliness(now, d.due_at).value
            add_step(s, d, StepKind.RESULT, now, officer.id or None,
                     giver=_named(holder, person), giver_unit=holder.value,
                     receiver=_desk(officer), receiver_unit=Unit.COUNTER.value,
                     timeliness=judged, electronic=electronic, pages=len(ready),
                     note="Có kết quả" + (" điện tử" if electronic else ""))
            d.status = DossierStatus.RESOLVED.value
            d.resolved_at = now
            d.electronic_result = electronic
            d.timeliness = judged
            s.flush()
            summary = queries.summary(s, d)
        if digitise:
            from desk_app.lifecycle.result_pdf import digitise_result

            digitise_result(self.ctx, code, now, progress=progress, cancel=cancel)
        return summary

    # --- late results ---------------------------------------------------------------------------
    def apology(self, code: str, new_date: dt.date | dt.datetime, reason: str,
                officer: AccountInfo) -> bytes:
        """Mẫu 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả": issued while the dossier is open and
        before the date promised (the first, or the last apology's) has passed; the new date is
        later than that one. Records the step and `new_due_at`; returns the PDF, kept with the
        dossier. The dossier stays judged against its first due date."""
        if not clean(reason):
            raise InputRefused("reason_required", "")
        now = self.now()
        new_day = new_date.date() if isinstance(new_date, dt.datetime) else new_date
        new_due = dt.datetime.combine(new_day, RETURN_TIME)
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status not in OPEN_STATUSES or d.due_at is None:
                raise InputRefused("step_not_allowed", d.status)
            promised = d.new_due_at or d.due_at
            if now > promised:
                raise InputRefused("apology_too_late", "")
            if new_due <= promised:
                raise InputRefused("new_date_not_later", "")
            if not calendar_for(s).is_working_day(new_day):
                raise InputRefused("new_date_not_working_day", "")
            holder, person = queries.holder(s, d.id)
            add_step(s, d, StepKind.APOLOGY, now, officer.id or None,
                     giver=_named(holder if holder != Unit.COUNTER else Unit.SPECIALIST, person),
                     giver_unit=holder.value, receiver=d.applicant.full_name,
                     receiver_unit=Unit.CITIZEN.value, reason=clean(reason),
                     new_due_at=new_due, note="Xin lỗi, hẹn lại ngày trả kết quả (Mẫu 04)")
            d.new_due_at = new_due
        return self._print(code, officer, DocumentKind.APOLOGY)

    # --- the return -----------------------------------------------------------------------------
    def return_result(
        self, code: str, to: str, officer: AccountInfo, id_number: str | None = None,
        method: str = "desk", at: dt.datetime | None = None, fees: int | None = None,
        authorised: bool = False, checked_by_card: bool = False,
    ) -> LifeSummary:
        """The result handed to `to` (the applicant, or a person they authorised), at the desk,
        by post or online. At the desk the collector's ID number is checked: the applicant's own
        must match the one on the dossier; an authorised person's is recorded. `at` defaults to
        the clock; it may be earlier (recorded afterwards) but not in the future nor before the
        result came back. Fees in VND."""
        name = clean(to)
        if not name:
            raise InputRefused("name_missing", "")
        try:
            how = ReturnMethod(method)
        except ValueError:
            raise InputRefused("bad_return_method", method) from None
        number = "".join(ch for ch in (id_number or "") if ch.isdigit()) or None
        if id_number and (number is None or "not_12_digits" in check_id_number(number)):
            raise InputRefused("invalid_id_number", "")
        if how == ReturnMethod.DESK and number is None:
            raise InputRefused("id_number_required", "")
        if fees is not None and fees < 0:
            raise InputRefused("bad_fees", "")
        now = self.now()
        when = (at or now).replace(microsecond=0, tzinfo=None)
        if when > now:
            raise InputRefused("time_in_future", "")
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            if d.status != DossierStatus.RESOLVED.value:
                raise InputRefused("step_not_allowed", d.status)
            if d.resolved_at is not None and when < d.resolved_at:
                raise InputRefused("time_before_result", "")
            own = d.applicant.id_number or ""
            if number and not authorised and own and number != own:
                raise InputRefused("id_number_mismatch", "")
            add_step(s, d, StepKind.RETURN, when, officer.id or None,
                     giver=_desk(officer), giver_unit=Unit.COUNTER.value,
                     receiver=name + (" (được ủy quyền)" if authorised else ""),
                     receiver_unit=Unit.CITIZEN.value, method=how.value, id_number=number,
                     id_checked=checked_by_card, authorised=authorised, fees=fees,
                     timeliness=d.timeliness, note="Trả kết quả")
            d.status = DossierStatus.RETURNED.value
            d.returned_at = when
            d.delivery_method = how.value
            s.flush()
            return queries.summary(s, d)

    # --- helpers --------------------------------------------------------------------------------
    def _get(self, s: Session, code: str) -> Dossier:
        d = s.scalar(select(Dossier).where(Dossier.code == code.strip()))
        if d is None:
            raise NotFound("unknown_dossier", code)
        return d

    def _prepare(self, pages: list[PageSource], progress: Progress | None,
                 cancel: CancelToken | None) -> list[PreparedPage]:
        from desk_app.capture.encode import SETTING_KEY, MasterFormat
        from desk_app.capture.service import prepare_files

        files = [p for p in pages if isinstance(p, Path)]
        ready = [p for p in pages if isinstance(p, PreparedPage)]
        if files:
            fmt = MasterFormat.parse(self.ctx.setting(SETTING_KEY))
            for per_file in prepare_files(files, fmt=fmt, progress=progress, cancel=cancel):
                ready.extend(per_file)
        return ready

    def _print(self, code: str, officer: AccountInfo, kind: DocumentKind) -> bytes:
        from desk_app.form_registry import FORMS

        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            pdf = FORMS[kind].build(s, d, officer.full_name)
            sha = self.ctx.pages.put(pdf)
            s.add(GeneratedDocument(dossier_id=d.id, kind=kind, sha256=sha, number=d.code,
                                    created_at=self.now()))
        return pdf

    def page_count(self, code: str, role: str = "result") -> int:
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            return int(s.scalar(select(func.count()).select_from(Page).where(
                Page.dossier_id == d.id, Page.role == role, ~Page.deleted)) or 0)


def _as_result(page: PreparedPage) -> PreparedPage:
    from dataclasses import replace

    return replace(page, role="result")
