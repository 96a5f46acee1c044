"""Plain data passed between the reception service and its callers (CLI, desktop client, tests)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desk_app.domain.types import DocumentKind

# The form each reception decision produces (printed at the counter, kept with the dossier).
FORM_FOR_DECISION: dict[str, DocumentKind] = {
    "receive": DocumentKind.RECEIPT,
    "supplement": DocumentKind.SUPPLEMENT_REQUEST,
    "refuse": DocumentKind.REFUSAL,
}


@dataclass(frozen=True)
class ComponentInfo:
    id: str
    position: int
    name: str
    accepted_forms: list[str]
    requirement: str  # submit / show
    quantity: int
    optional: bool
    available_as_data: bool
    colour: bool
    legal_basis: str


@dataclass(frozen=True)
class ProcedureInfo:
    code: str
    name: str
    field: str
    processing_days: int
    fee: str
    deciding_agency_code: str | None
    components: list[ComponentInfo]


@dataclass
class PersonInput:
    full_name: str
    id_number: str = ""
    birth_date: dt.date | None = None
    sex: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    kind: str = "person"


@dataclass
class ComponentInput:
    procedure_component_id: str | None
    name: str
    form: str | None = None  # PresentationForm value; None = not presented
    quantity: int = 1
    original_shown: bool = False
    files: list[Path] = field(default_factory=list)
    # What the officer asked for, when more than the form presented (issue 13; docs/flags.md):
    # None = nothing more. A form stricter than the most lenient one the catalog accepts needs
    # request_reason.
    requested_form: str | None = None
    request_reason: str = ""
    # A paper not on the procedure's published list (procedure_component_id None) is taken only
    # with the reason it was needed.
    extra_reason: str = ""
    # Reuse instead of paper: the id of the earlier verification entry (same citizen, same kind of
    # document, still valid) whose attested pages this component takes over.
    reuse_of: str | None = None
    # Set by the reception service, never by the caller: the earlier entry that could have been
    # reused when this component was taken on paper anyway (flag paper_for_available_data).
    reusable_from: str | None = None


@dataclass(frozen=True)
class ReusableDocument:
    """A document a citizen already had digitised and attested in an earlier dossier, offered for
    reuse on the checklist of a new one (ReceptionService.reusable_documents)."""
    entry_id: str  # the earlier verification entry (ComponentInput.reuse_of)
    dossier_code: str
    procedure_component_id: str | None
    kind: str  # the kind of document matched across procedures (docs/reuse.md)
    name: str
    attested_at: dt.datetime
    valid_until: dt.date | None
    page_hashes: tuple[str, ...]


@dataclass
class ReceptionDraft:
    procedure_code: str
    applicant: PersonInput
    submitter: PersonInput | None = None
    components: list[ComponentInput] = field(default_factory=list)
    channel: str = "counter"
    delivery_method: str = "desk"
    sets_count: int = 1
    decision: str = "receive"  # receive / supplement / refuse
    reason: str = ""
    received_at: dt.datetime | None = None
    note: str = ""  # e.g. why papers not on the published list were taken (desk_app/cli/draft.py)


@dataclass(frozen=True)
class DossierSummary:
    id: str
    code: str
    procedure_code: str
    procedure_name: str
    applicant_name: str
    status: str
    received_at: dt.datetime
    due_at: dt.datetime | None
    pages: int


@dataclass(frozen=True)
class ComponentState:
    id: str
    name: str
    form: str | None
    quantity: int
    original_shown: bool
    requirement: str
    # the latest entry of the verification log for this component, if the copy was compared
    verified_at: dt.datetime | None = None
    verdict: str | None = None


@dataclass(frozen=True)
class PageInfo:
    id: str
    sha256: str
    component_id: str | None
    position: int
    width: int
    height: int


@dataclass(frozen=True)
class DocumentInfo:
    kind: DocumentKind
    sha256: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DossierDetail:
    summary: DossierSummary
    applicant_address: str
    applicant_phone: str
    submitter_name: str | None
    channel: str
    delivery_method: str
    reason: str
    components: list[ComponentState]
    pages: list[PageInfo]
    documents: list[DocumentInfo]
    # shown in full to the counter that received the dossier (to check against the card); never
    # logged
    applicant_id_number: str = ""
    applicant_birth_date: dt.date | None = None
