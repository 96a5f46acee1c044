"""What the officer took and asked for at reception, checked before saving and written to the
verification log in the reception's own transaction (docs/flags.md#recorded-where-it-happens).

One entry per component taken (a form presented, or a form asked for): presented form, the form
asked for when it goes beyond the most lenient accepted one (desk_app/domain/leniency.py) with its
reason, original shown, on the published list or not, the pages' hashes, and reuse of a citizen's
earlier document. The entry's `stage` is "reception"; a later comparison appends a "check" entry."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent
from desk_app.accounts import AccountInfo
from desk_app.domain.leniency import is_deliberate_request
from desk_app.domain.text import clean
from desk_app.domain.types import PresentationForm, Verdict
from desk_app.errors import InputRefused
from desk_app.reception_types import ComponentInput, ProcedureInfo, ReceptionDraft
from desk_app.verification.log import append_entry

STAGE_RECEPTION = "reception"
STAGE_CHECK = "check"
MIN_REASON_LENGTH = 5


def demanded_form(comp: ComponentInput, proc: ProcedureInfo) -> str | None:
    """The form recorded as demanded: the one asked for when it is a deliberate request (stricter
    than the default, or not accepted), else None (asking for the default asks nothing more)."""
    if not comp.requested_form:
        return None
    listed = {c.id: c for c in proc.components}
    info = listed.get(comp.procedure_component_id or "")
    if info is None:  # an extra: whatever was asked for is beyond the list already
        return comp.requested_form if comp.requested_form != comp.form else None
    return comp.requested_form if is_deliberate_request(comp.requested_form, info.accepted_forms) \
        else None


def check_requests(draft: ReceptionDraft, proc: ProcedureInfo) -> None:
    """Refuses a stricter form asked for without its reason, and a paper off the published list
    without the reason it was needed (Vietnamese messages: desk_app/messages.py)."""
    listed = {c.id for c in proc.components}
    for comp in draft.components:
        if comp.requested_form:
            try:
                PresentationForm(comp.requested_form)
            except ValueError:
                raise InputRefused("invalid_presentation_form", comp.requested_form[:40]) from None
            if demanded_form(comp, proc) and len(clean(comp.request_reason)) < MIN_REASON_LENGTH:
                raise InputRefused("request_reason_required", comp.name[:60])
        if comp.procedure_component_id not in listed and comp.form is not None \
                and len(clean(comp.extra_reason)) < MIN_REASON_LENGTH:
            raise InputRefused("extra_reason_required", comp.name[:60])


def _reason(comp: ComponentInput, demanded: str | None, on_list: bool) -> str:
    parts = []
    if not on_list:
        parts.append(clean(comp.extra_reason))
    if demanded:
        parts.append(clean(comp.request_reason))
    return "; ".join(p for p in parts if p)


def record_taken(
    session: Session, workstation_id: str, dossier: Dossier, row: DossierComponent,
    comp: ComponentInput, proc: ProcedureInfo, officer: AccountInfo,
    page_hashes: Sequence[str], when: dt.datetime,
) -> None:
    """Appends the reception entry of one component, in the caller's transaction. A component
    neither presented nor asked for beyond the default (missing: Mẫu 02 asks for it) has none."""
    demanded = demanded_form(comp, proc)
    form = comp.form or (PresentationForm.NATIONAL_DATA.value if comp.reuse_of else None)
    if form is None:
        return
    on_list = bool(row.on_published_list)
    append_entry(
        session, workstation_id,
        dossier_id=dossier.id, dossier_code=dossier.code, procedure_code=dossier.procedure_code,
        dossier_component_id=row.id, procedure_component_id=row.procedure_component_id,
        component_name=row.name, presentation_form=form, requirement=row.requirement,
        on_published_list=on_list, original_shown=bool(comp.original_shown),
        demanded_form=demanded, officer_id=officer.id, officer_name=officer.full_name,
        created_at=when, verdict=Verdict.NOT_COMPARED.value, page_hashes=list(page_hashes),
        demand_reason=_reason(comp, demanded, on_list) or None,
        reused_from=comp.reuse_of, reusable_from=comp.reusable_from, stage=STAGE_RECEPTION,
    )
