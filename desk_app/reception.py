"""The reception service: the procedure catalog as the counter sees it, receiving a dossier (complete,
incomplete or out of competence), listing and opening dossiers, adding pages."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Account,
    Applicant,
    Dossier,
    DossierComponent,
    GeneratedDocument,
    Page,
    Procedure,
    ProcedureComponent,
    VerificationEntry,
)
from db.outbox import next_value
from desk_app.accounts import AccountInfo
from desk_app.clock import Clock, SystemClock
from desk_app.context import AppContext
from desk_app.domain.dossier_code import allocate_code
from desk_app.domain.holidays import calendar_for
from desk_app.domain.id_number import check_id_number
from desk_app.domain.text import clean, fold
from desk_app.domain.types import DocumentKind, DossierStatus, PresentationForm, Role
from desk_app.domain.work_calendar import due_at
from desk_app.dossier_list import ListFilter, iter_rows, list_sql
from desk_app.errors import InputRefused, NotFound
from desk_app.lifecycle.service import record_reception
from desk_app.page_intake import PreparedPage, stage_pages, store_pages
from desk_app.procedure_search import ProcedureIndex
from desk_app.reception_log import check_requests, record_taken
from desk_app.reception_types import (
    FORM_FOR_DECISION,
    ComponentInfo,
    ComponentState,
    DocumentInfo,
    DossierDetail,
    DossierSummary,
    PageInfo,
    PersonInput,
    ProcedureInfo,
    ReceptionDraft,
    ReusableDocument,
)
from desk_app.reuse.at_save import ReuseAtSave
from desk_app.tasks import CancelToken, Progress

if TYPE_CHECKING:
    from desk_app.capture.encode import MasterFormat

logger = logging.getLogger(__name__)

STATUS_FOR_DECISION = {
    "receive": DossierStatus.RECEIVED,
    "supplement": DossierStatus.SUPPLEMENT_REQUESTED,
    "refuse": DossierStatus.REFUSED,
}
_DECISION_FOR_STATUS = {
    DossierStatus.SUPPLEMENT_REQUESTED.value: "supplement",
    DossierStatus.REFUSED.value: "refuse",
}


def _procedure_info(p: Procedure) -> ProcedureInfo:
    return ProcedureInfo(
        code=p.code, name=p.name, field=p.field, processing_days=p.processing_days, fee=p.fee,
        deciding_agency_code=p.deciding_agency_code,
        components=[
            ComponentInfo(
                id=c.id, position=c.position, name=c.name, accepted_forms=list(c.accepted_forms),
                requirement=c.requirement, quantity=c.quantity, optional=c.optional,
                available_as_data=c.available_as_data, colour=c.colour, legal_basis=c.legal_basis,
            )
            for c in p.components
        ],
    )


def summary_of(d: Dossier, pages: int) -> DossierSummary:
    return DossierSummary(
        id=d.id, code=d.code, procedure_code=d.procedure_code, procedure_name=d.procedure.name,
        applicant_name=d.applicant.full_name, status=d.status, received_at=d.received_at,
        due_at=d.due_at, pages=pages,
    )


def _applicant(person: PersonInput) -> Applicant:
    name = clean(person.full_name)
    return Applicant(
        kind=person.kind, full_name=name, name_folded=fold(name),
        id_number=person.id_number.strip() or None, birth_date=person.birth_date,
        sex=person.sex, address=clean(person.address), phone=person.phone.strip(),
        email=person.email.strip(),
    )


def _shifted(progress: Progress, base: int, total: int) -> Progress:
    """One component's file progress reported as progress over the whole reception."""
    def report(done: int, _total: int, message: str) -> None:
        progress(base + done, total, message)

    return report


class ReceptionService:
    def __init__(self, ctx: AppContext, clock: Clock | None = None) -> None:
        self.ctx = ctx
        self.clock: Clock = clock or SystemClock()

    # --- catalog ------------------------------------------------------------------------------
    def procedures(self, query: str = "") -> list[ProcedureInfo]:
        with self.ctx.sessions() as s:
            stmt = select(Procedure).where(Procedure.active).options(
                selectinload(Procedure.components)
            ).order_by(Procedure.name)
            infos = [_procedure_info(p) for p in s.scalars(stmt).all()]
        # the client's type-ahead and the command line rank the same way
        return ProcedureIndex(infos).search(query)

    def procedure(self, code: str) -> ProcedureInfo:
        with self.ctx.sessions() as s:
            p = s.get(Procedure, code)
            if p is None:
                raise NotFound("unknown_procedure", code)
            return _procedure_info(p)

    def reusable_documents(self, id_number: str, procedure_code: str) -> list[ReusableDocument]:
        """The citizen's earlier attested documents the new dossier's checklist offers (a store
        write only the first time: the index of a store made before it, docs/reuse.md)."""
        from desk_app.reuse.service import offers_for

        return offers_for(self.ctx, id_number, procedure_code, self.clock.now().date())

    # --- checks -----------------------------------------------------------------------------
    def missing_components(self, draft: ReceptionDraft) -> list[ComponentInfo]:
        proc = self.procedure(draft.procedure_code)
        presented = {
            c.procedure_component_id for c in draft.components if c.form is not None
        }
        return [
            c for c in proc.components
            if not c.optional and c.requirement == "submit" and c.id not in presented
        ]

    def check_person(self, person: PersonInput) -> list[str]:
        warnings: list[str] = []
        if not clean(person.full_name):
            warnings.append("name_missing")
        if person.kind == "person" and person.id_number.strip():
            warnings += check_id_number(person.id_number.strip(), person.birth_date, person.sex)
        return warnings

    def _validate(self, draft: ReceptionDraft, proc: ProcedureInfo) -> None:
        if not clean(draft.applicant.full_name):
            raise InputRefused("name_missing", "")
        if draft.decision not in FORM_FOR_DECISION:
            raise InputRefused("bad_decision", draft.decision)
        if draft.decision in ("supplement", "refuse") and not draft.reason.strip():
            raise InputRefused("reason_required", "")
        if draft.decision == "receive" and self.missing_components(draft):
            raise InputRefused("dossier_incomplete", "")
        accepted = {c.id: set(c.accepted_forms) for c in proc.components}
        for comp in draft.components:
            if comp.form is None:
                continue
            PresentationForm(comp.form)  # raises ValueError on a typo
            forms = accepted.get(comp.procedure_component_id or "")
            if forms is not None and forms and comp.form not in forms:
                raise InputRefused("form_not_accepted", comp.name)
        check_requests(draft, proc)  # a stricter form or an extra paper only with its reason
        id_number = draft.applicant.id_number.strip()
        if draft.applicant.kind == "person" and id_number and \
                "not_12_digits" in check_id_number(id_number):
            raise InputRefused("invalid_id_number", "")

    # --- receiving --------------------------------------------------------------------------
    def receive(
        self, draft: ReceptionDraft, officer: AccountInfo,
        progress: Progress | None = None, cancel: CancelToken | None = None,
        staged: Mapping[int, Sequence[PreparedPage]] | None = None,
    ) -> DossierSummary:
        """Validates, reads every attached file, then stores the dossier, its components, pages
        and the form for the decision in one transaction. A refusal stores nothing.

        `staged` holds pages already prepared and staged, keyed by component index (the client's
        page strips: CapturedPage is a PreparedPage); they follow the pages read from the
        component's files."""
        self._validate(draft, self.procedure(draft.procedure_code))
        pages = self.prepare_pages(draft, progress, cancel)
        for index, ready in (staged or {}).items():
            pages.setdefault(index, []).extend(ready)
        summary = self.save(draft, officer, pages)
        self.print_form(summary.code, officer)
        return summary

    def prepare_pages(
        self, draft: ReceptionDraft, progress: Progress | None = None,
        cancel: CancelToken | None = None
    ) -> dict[int, list[PreparedPage]]:
        """Reads and checks every attached file (a bad file refuses the whole dossier before
        anything is saved) and stages the page blobs. Keyed by component index."""
        from desk_app.capture.service import mode_for_component, prepare_files

        colour = {c.id: c.colour for c in self.procedure(draft.procedure_code).components}
        fmt = self._master_format()
        # A bad file in any component refuses the reception before anything is saved; blobs
        # already staged for it are unreferenced and pruned later (desk_app/maintenance.py).
        total = sum(len(c.files) for c in draft.components)
        pages: dict[int, list[PreparedPage]] = {}
        done = 0
        for index, comp in enumerate(draft.components):
            if not comp.files:
                continue
            mode = mode_for_component(colour.get(comp.procedure_component_id or "", False))
            per_file = prepare_files(
                [Path(f) for f in comp.files], mode=mode, fmt=fmt, cancel=cancel,
                progress=_shifted(progress, done, total) if progress else None,
            )
            done += len(comp.files)
            for prepared in per_file:
                pages.setdefault(index, []).extend(stage_pages(self.ctx.pages, prepared))
        return pages

    def _master_format(self) -> MasterFormat:
        # Imported on use: the image stack (OpenCV, NumPy, pikepdf) is for the commands that
        # read pages, not for listing dossiers.
        from desk_app.capture.encode import SETTING_KEY, MasterFormat

        return MasterFormat.parse(self.ctx.setting(SETTING_KEY))

    def save(
        self, draft: ReceptionDraft, officer: AccountInfo,
        pages: dict[int, list[PreparedPage]],
    ) -> DossierSummary:
        """Stores the dossier, its components and pages (keyed by component index) in one
        transaction. The form of the decision is printed afterwards (print_form)."""
        proc = self.procedure(draft.procedure_code)
        self._validate(draft, proc)
        received_at = (draft.received_at or self.clock.now()).replace(microsecond=0)
        ws = self.ctx.workstation
        with self.ctx.sessions.begin() as s:
            reuse = ReuseAtSave(self.ctx.home, s, draft, received_at.date(),  # docs/reuse.md
                                self.ctx.pages.exists)
            p = s.get(Procedure, proc.code)
            assert p is not None
            # Nationally centralised services are coded by the deciding agency (Art. 13(3)).
            code_agency = (p.deciding_agency_code or ws.agency_code) if p.centralised else ws.agency_code
            code, rule = allocate_code(
                s, code_agency, ws.slot, received_at, centralised=p.centralised,
                operating_agency=ws.operating_agency if p.centralised else None,
            )
            applicant = _applicant(draft.applicant)
            submitter = _applicant(draft.submitter) if draft.submitter else None
            s.add(applicant)
            if submitter:
                s.add(submitter)
            s.flush()
            due = None
            if draft.decision == "receive":
                due = due_at(received_at, proc.processing_days, calendar_for(s))
            dossier = Dossier(
                code=code, code_rule=rule, procedure_code=proc.code, applicant_id=applicant.id,
                submitter_id=submitter.id if submitter else None, channel=draft.channel,
                status=STATUS_FOR_DECISION[draft.decision].value, received_at=received_at,
                due_at=due, receiving_agency_code=ws.agency_code,
                deciding_agency_code=proc.deciding_agency_code, officer_id=officer.id,
                workstation_id=ws.id, sets_count=draft.sets_count,
                delivery_method=draft.delivery_method, reason=clean(draft.reason),
                note=clean(draft.note),
                ledger_book=str(received_at.year),
                ledger_no=next_value(s, f"ledger:{ws.agency_code}:{received_at.year}:{ws.slot}")
                + ws.slot * 100000,
                reuse_count=sum(1 for c in draft.components if c.form == "national_data"),
                search_text=fold(f"{code} {applicant.full_name} {proc.name}"),
            )
            s.add(dossier)
            s.flush()
            record_reception(s, dossier, officer)
            on_list = {c.id for c in proc.components}
            requirement = {c.id: c.requirement for c in proc.components}
            for pos, comp in enumerate(draft.components, start=1):
                row = DossierComponent(
                    dossier_id=dossier.id, procedure_component_id=comp.procedure_component_id,
                    position=pos, name=clean(comp.name), form=comp.form, quantity=comp.quantity,
                    requirement=requirement.get(comp.procedure_component_id or "", "submit"),
                    on_published_list=comp.procedure_component_id in on_list,
                    original_shown=comp.original_shown,
                    reused_from="national_data" if comp.form == "national_data" else None,
                )
                s.add(row)
                s.flush()
                stored = store_pages(s, self.ctx.pages, dossier.id, row.id, pages.get(pos - 1, []))
                linked = reuse.component_saved(pos - 1, dossier, row)
                record_taken(s, ws.id, dossier, row, comp, proc, officer,
                             [p.sha256 for p in [*stored, *linked]], received_at)
            reuse.finish(dossier)
            s.flush()
            page_count = s.scalar(
                select(func.count()).select_from(Page).where(Page.dossier_id == dossier.id))
            logger.info("dossier received (%s pages)", page_count)
            return summary_of(dossier, int(page_count or 0))

    def print_form(self, code: str, officer: AccountInfo,
                   kind: DocumentKind | None = None) -> bytes:
        """Renders the form of the dossier's decision (Mẫu 01/02/03) and keeps it with the
        dossier. Forms are derived documents: printing again gives a new stored copy."""
        from desk_app.form_registry import render_form

        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            kind = kind or FORM_FOR_DECISION[_DECISION_FOR_STATUS.get(d.status, "receive")]
            pdf = render_form(s, d, kind, officer.full_name)
            sha = self.ctx.pages.put(pdf)
            s.add(GeneratedDocument(dossier_id=d.id, kind=kind, sha256=sha, number=d.code,
                                    created_at=self.clock.now()))
        return pdf

    # --- listing and details ---------------------------------------------------------------
    def list_dossiers(
        self, day: dt.date | None = None, query: str = "", limit: int = 200, *,
        offset: int = 0, cursor: str | None = None, status: str | None = None,
        officer_id: str | None = None, procedure_code: str | None = None,
        applicant_id: str | None = None,
    ) -> list[DossierSummary]:
        """One page of the dossier list, newest first (desk_app/dossier_list.py: its cost is the
        rows shown, not the store)."""
        flt = ListFilter(day=day, query=query, status=status, officer_id=officer_id,
                         procedure_code=procedure_code, applicant_id=applicant_id)
        built = list_sql(flt, limit, offset=offset, cursor=cursor)
        if built is None:
            return []
        sql, params = built
        with self.ctx.engine.connect() as conn:
            rows = conn.exec_driver_sql(sql, params)
            return [DossierSummary(*r) for r in iter_rows(iter(rows))]

    def _get(self, s: Session, code: str) -> Dossier:
        d = s.scalar(select(Dossier).where(Dossier.code == code.strip()))
        if d is None:
            raise NotFound("unknown_dossier", code)
        return d

    def dossier(self, code: str) -> DossierDetail:
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            pages = [p for p in d.pages if not p.deleted]
            docs = s.scalars(
                select(GeneratedDocument).where(GeneratedDocument.dossier_id == d.id)
                .order_by(GeneratedDocument.created_at)
            ).all()
            checked = {  # component id -> its latest verification (the log is in time order)
                e.dossier_component_id: e for e in s.scalars(
                    select(VerificationEntry).where(VerificationEntry.dossier_id == d.id,
                                                    VerificationEntry.stage.is_distinct_from("reception"))
                    .order_by(VerificationEntry.created_at, VerificationEntry.chain_index))
            }
            return DossierDetail(
                summary=summary_of(d, len(pages)),
                applicant_address=d.applicant.address, applicant_phone=d.applicant.phone,
                submitter_name=d.submitter.full_name if d.submitter else None,
                channel=d.channel, delivery_method=d.delivery_method, reason=d.reason,
                components=[
                    ComponentState(
                        c.id, c.name, c.form, c.quantity, c.original_shown, c.requirement,
                        verified_at=checked[c.id].created_at if c.id in checked else None,
                        verdict=checked[c.id].verdict if c.id in checked else None)
                    for c in d.components
                ],
                pages=[
                    PageInfo(p.id, p.sha256, p.component_id, p.position, p.width, p.height)
                    for p in pages
                ],
                documents=[
                    DocumentInfo(DocumentKind(g.kind), g.sha256, g.created_at) for g in docs
                ],
                applicant_id_number=d.applicant.id_number or "",
                applicant_birth_date=d.applicant.birth_date,
            )

    def add_pages(
        self, code: str, files: Sequence[Path], component_id: str | None = None,
        progress: Progress | None = None, cancel: CancelToken | None = None,
    ) -> int:
        with self.ctx.sessions() as s:
            self._get(s, code)  # unknown code refused before any file is read
        with self.ctx.sessions() as s:
            comp = s.get(DossierComponent, component_id) if component_id else None
            pc = s.get(ProcedureComponent, comp.procedure_component_id) \
                if comp and comp.procedure_component_id else None
        from desk_app.capture.service import mode_for_component, prepare_files

        mode = mode_for_component(bool(pc and pc.colour))
        prepared = [
            p for per_file in prepare_files(
                list(files), mode=mode, fmt=self._master_format(), progress=progress, cancel=cancel)
            for p in per_file
        ]
        with self.ctx.sessions.begin() as s:
            d = self._get(s, code)
            store_pages(s, self.ctx.pages, d.id, component_id, prepared)
        return len(prepared)

    def page_bytes(self, sha256: str) -> bytes:
        return self.ctx.pages.get(sha256)

    def thumbnail(self, sha256: str, max_side: int = 160) -> bytes:
        """A small JPEG of a stored page (see desk_app/capture/encode.py)."""
        from desk_app.capture.encode import thumbnail

        return thumbnail(self.ctx.pages.get(sha256), max_side)

    def document_pdf(self, code: str, kind: DocumentKind) -> bytes:
        with self.ctx.sessions() as s:
            d = self._get(s, code)
            doc = s.scalar(
                select(GeneratedDocument).where(
                    GeneratedDocument.dossier_id == d.id, GeneratedDocument.kind == kind
                ).order_by(GeneratedDocument.created_at.desc())
            )
            if doc is not None and self.ctx.pages.exists(doc.sha256):
                return self.ctx.pages.get(doc.sha256)
            expected = FORM_FOR_DECISION[_DECISION_FOR_STATUS.get(d.status, "receive")]
            if kind != expected:
                raise NotFound("no_document", kind)
            officer = s.get(Account, d.officer_id) if d.officer_id else None
        # Never printed (or the file is gone): print it now from the stored dossier.
        who = AccountInfo(officer.id, officer.username, officer.full_name, Role(officer.role)) \
            if officer else AccountInfo("", "", "", Role.OFFICER)
        return self.print_form(code, who, kind)
