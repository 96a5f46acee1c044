"""The forms the desk prints, one entry per DocumentKind: the function that gathers the form's
values from the store and the one that lays them out as a PDF (desk_app/forms). Callers pick a
form by its kind and never name a renderer themselves."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from db.models import Dossier
from desk_app.domain.types import DocumentKind
from desk_app.dossier_forms import receipt_data, refusal_data, supplement_data
from desk_app.forms.apology import render_apology
from desk_app.forms.control_sheet import render_control_sheet
from desk_app.forms.ledger import render_ledger
from desk_app.forms.receipt import render_receipt
from desk_app.forms.refusal import render_refusal
from desk_app.forms.supplement import render_supplement
from desk_app.lifecycle.forms import apology_data
from desk_app.supervision.registers import control_sheet_data, ledger_data

D = TypeVar("D")


@dataclass(frozen=True)
class FormSpec(Generic[D]):
    """`gather(session, ...)` returns the form's data; `render(data)` returns the PDF. The
    arguments after the session depend on the form (see FORMS)."""

    kind: DocumentKind
    gather: Callable[..., D]
    render: Callable[[D], bytes]

    def build(self, session: Session, *args: Any) -> bytes:
        return self.render(self.gather(session, *args))


FORMS: dict[DocumentKind, FormSpec[Any]] = {
    spec.kind: spec for spec in (
        # gathered from (session, dossier, officer_name)
        FormSpec(DocumentKind.RECEIPT, receipt_data, render_receipt),
        FormSpec(DocumentKind.SUPPLEMENT_REQUEST, supplement_data, render_supplement),
        FormSpec(DocumentKind.REFUSAL, refusal_data, render_refusal),
        FormSpec(DocumentKind.APOLOGY, apology_data, render_apology),  # the latest apology
        # gathered from (session, dossier_code)
        FormSpec(DocumentKind.CONTROL_SHEET, control_sheet_data, render_control_sheet),
        # gathered from (session, agency_code, date_from, date_to)
        FormSpec(DocumentKind.LEDGER, ledger_data, render_ledger),
    )
}

# The forms a reception decision produces, gathered from (session, dossier, officer_name).
DECISION_FORMS = frozenset({
    DocumentKind.RECEIPT, DocumentKind.SUPPLEMENT_REQUEST, DocumentKind.REFUSAL,
})


def render_form(session: Session, d: Dossier, kind: DocumentKind, officer_name: str) -> bytes:
    """One of the decision forms (Mẫu 01/02/03) of a stored dossier."""
    if kind not in DECISION_FORMS:
        raise ValueError(kind)
    return FORMS[kind].build(session, d, officer_name)
