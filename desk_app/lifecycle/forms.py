"""The values of the forms of the dossier's life, gathered from the store: Mẫu 04 (apology) here;
Mẫu 06 and Mẫu 07 read the steps in desk_app/supervision/registers.py."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier
from db.models_lifecycle import DossierStep
from desk_app.dossier_forms import agency_header
from desk_app.errors import NotFound
from desk_app.forms.apology import ApologyData
from desk_app.forms.data import Person


def apology_data(session: Session, d: Dossier, officer_name: str) -> ApologyData:
    """Mẫu 04 of the dossier's latest apology; the date it replaces is the one promised before
    it (the first due date, or an earlier apology's)."""
    rows = list(session.scalars(
        select(DossierStep).where(DossierStep.dossier_id == d.id, DossierStep.kind == "apology")
        .order_by(DossierStep.position)))
    if not rows or d.due_at is None:
        raise NotFound("no_document", "mau04")
    last = rows[-1]
    before = rows[-2].new_due_at if len(rows) > 1 else None
    a = d.applicant
    assert last.new_due_at is not None
    return ApologyData(
        header=agency_header(session, d.receiving_agency_code),
        number=f"{d.code.rsplit('-', 1)[-1]}.{len(rows)}",
        applicant=Person(a.full_name, a.address, a.phone, a.email),
        procedure=d.procedure.name, dossier_code=d.code, received_at=d.received_at,
        due_at=before or d.due_at, new_due_at=last.new_due_at, reason=last.reason,
        issued_at=last.at.date(), signer="",
    )
