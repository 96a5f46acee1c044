"""Fills the legal forms (desk_app/forms) from a stored dossier."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Agency, Applicant, Dossier, ProcedureComponent
from desk_app.domain.types import DeliveryMethod, PresentationForm, Requirement
from desk_app.forms.data import (
    AgencyHeader,
    ComponentRow,
    Person,
    ReceiptData,
    RefusalData,
    SupplementData,
    SupplementItem,
)

ORIGINAL_FORMS = {PresentationForm.ORIGINAL}
CERTIFIED_FORMS = {PresentationForm.CERTIFIED_COPY, PresentationForm.MASTER_REGISTER_COPY}
COPY_FORMS = {PresentationForm.PHOTOCOPY_WITH_ORIGINAL, PresentationForm.ELECTRONIC_COPY}
ONE_STOP = "Bộ phận Một cửa"


def agency_header(session: Session, code: str) -> AgencyHeader:
    """The header block of every form the desk prints (Mẫu 01/02/03/06/07 and the reports)."""
    agency = session.get(Agency, code)
    if agency is None:
        return AgencyHeader(unit=ONE_STOP.upper())
    parent = session.get(Agency, agency.parent_code) if agency.parent_code else None
    place = _place_name(agency.address)
    return AgencyHeader(
        unit=agency.name.upper(), superior=parent.name.upper() if parent else "", place=place
    )


def _place_name(address: str) -> str:
    """The locality of a dateline ("Hải Phòng, ngày ..."): the last part of the address without
    its kind ("thành phố", "tỉnh") or remarks in brackets."""
    last = re.sub(r"\(.*?\)", "", address.split(",")[-1]).strip() if address else ""
    for prefix in ("thành phố ", "Thành phố ", "TP. ", "tỉnh ", "Tỉnh "):
        last = last.removeprefix(prefix)
    return last.strip()


def _person(applicant: Applicant) -> Person:
    return Person(
        name=applicant.full_name, address=applicant.address,
        phone=applicant.phone, email=applicant.email,
    )


def receipt_data(session: Session, d: Dossier, officer_name: str) -> ReceiptData:
    rows = []
    shown: list[str] = []
    for c in d.components:
        if c.form is None or c.form == PresentationForm.NATIONAL_DATA:
            continue
        if c.requirement == Requirement.SHOW:  # shown at the desk and handed back, not submitted
            shown.append(c.name)
            continue
        form = PresentationForm(c.form)
        rows.append(ComponentRow(
            name=c.name,
            originals=c.quantity if form in ORIGINAL_FORMS else 0,
            certified_copies=c.quantity if form in CERTIFIED_FORMS else 0,
            copies=c.quantity if form in COPY_FORMS else 0,
        ))
    deciding = session.get(Agency, d.deciding_agency_code) if d.deciding_agency_code else None
    return ReceiptData(
        header=agency_header(session, d.receiving_agency_code),
        number=d.code.rsplit("-", 1)[-1],
        dossier_code=d.code,
        applicant=_person(d.applicant),
        submitter=_person(d.submitter) if d.submitter else None,
        procedure=d.procedure.name,
        components=rows,
        received_at=d.received_at,
        due_at=d.due_at or d.received_at,
        officer=officer_name,
        sets_count=d.sets_count,
        processing_days=d.procedure.processing_days,
        delivery=DeliveryMethod(d.delivery_method),
        ledger_book=d.ledger_book,
        ledger_entry=str(d.ledger_no or ""),
        deciding_agency=deciding.name if deciding else "",
        shown=tuple(shown),
    )


def _asked(accepted: list[str]) -> str:
    """Mẫu 02's item: the form asked for is the most lenient one the catalog accepts
    (desk_app/domain/leniency.py); the other accepted forms follow, so the citizen may choose."""
    from desk_app.domain.leniency import LENIENCY_ORDER, most_lenient
    from desk_app.labels import FORM_ASKED_TEXT

    first = most_lenient(accepted)
    if first is None:
        return "Bổ sung thành phần hồ sơ còn thiếu"
    others = [FORM_ASKED_TEXT[f] for f in LENIENCY_ORDER if f in accepted and f != first]
    text = f"Bổ sung thành phần hồ sơ còn thiếu; hình thức yêu cầu: {FORM_ASKED_TEXT[first]}"
    return text + (f" (hoặc {', '.join(others)})" if others else "")


def supplement_data(session: Session, d: Dossier, officer_name: str) -> SupplementData:
    presented = {c.procedure_component_id for c in d.components if c.form is not None}
    published = session.scalars(
        select(ProcedureComponent).where(ProcedureComponent.procedure_code == d.procedure_code)
        .order_by(ProcedureComponent.position)
    ).all()
    items = [
        SupplementItem(component=c.name, action=_asked(list(c.accepted_forms)),
                       legal_basis=c.legal_basis)
        for c in published
        if c.id not in presented and not c.optional and c.requirement == "submit"
    ]
    return SupplementData(
        header=agency_header(session, d.receiving_agency_code),
        number=d.code.rsplit("-", 1)[-1], applicant=_person(d.applicant),
        procedure=d.procedure.name, items=items, reason=d.reason or "Hồ sơ chưa đầy đủ",
        contact_officer=officer_name,
        contact_phone=(session.get(Agency, d.receiving_agency_code) or Agency(phone="")).phone,
        issued_at=d.received_at.date(), officer=officer_name, received_at=d.received_at,
        dossier_code=d.code,
    )


def refusal_data(session: Session, d: Dossier, officer_name: str) -> RefusalData:
    return RefusalData(
        header=agency_header(session, d.receiving_agency_code), applicant=_person(d.applicant),
        procedure=d.procedure.name, reason=d.reason, issued_at=d.received_at.date(),
        officer=officer_name, number=d.code.rsplit("-", 1)[-1], received_at=d.received_at,
        dossier_code=d.code,
    )

