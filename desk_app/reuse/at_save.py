"""The reception save's part of reuse (called from ReceptionService.save, in its transaction):
checks every `reuse_of` the caller chose, sets `reusable_from` on a component taken on paper while an
earlier document was available, links the reused pages, indexes the new dossier under the citizen's
keyed hash, and writes the verification-log entry of each component that reused or could have.

The entry writer here covers only those components; the reception's general writer (an entry for
every component taken) copies `reuse_of`/`reusable_from` the same way, and replaces this one when
both are in place (docs/reuse.md#the-verification-log)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, Page, ProcedureComponent
from desk_app.domain.types import PresentationForm as F
from desk_app.domain.types import Verdict
from desk_app.reception_types import ReceptionDraft, ReusableDocument
from desk_app.reuse import index
from desk_app.reuse.citizen_key import load_key
from desk_app.reuse.service import REUSE_FORM, REUSED_SOURCE, check_reuse, link_pages, needs, offers
from desk_app.verification.log import append_entry

# forms that hand the agency paper (a document available for reuse asked for again on paper)
PAPER_FORMS = frozenset({F.ORIGINAL, F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY,
                         F.PHOTOCOPY_WITH_ORIGINAL})


class Officer(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def full_name(self) -> str: ...


def id_number_of(draft: ReceptionDraft) -> str:
    return draft.applicant.id_number.strip() if draft.applicant.kind == "person" else ""


class ReuseAtSave:
    """Built at the start of the save's transaction, before the new dossier is added."""

    def __init__(self, home: Path, s: Session, draft: ReceptionDraft, today: dt.date,
                 exists: Callable[[str], bool] | None = None) -> None:
        self.s, self.draft = s, draft
        self.id_number = id_number_of(draft)
        self.key = load_key(home)
        components = list(s.scalars(select(ProcedureComponent).where(
            ProcedureComponent.procedure_code == draft.procedure_code)))
        by_id = needs(components)
        self.taken: dict[int, ReusableDocument] = {}
        paper = any(c.form in PAPER_FORMS and not c.reuse_of for c in draft.components)
        offered = {o.procedure_component_id: o
                   for o in offers(s, self.key, self.id_number, components, today, exists)} \
            if paper else {}
        for i, comp in enumerate(draft.components):
            comp.reusable_from = None  # the service's to set, never the caller's
            if comp.reuse_of:
                self.taken[i] = check_reuse(s, self.key, self.id_number, comp,
                                            by_id.get(comp.procedure_component_id or ""), today,
                                            exists)
                comp.form = REUSE_FORM
            elif comp.form in PAPER_FORMS and comp.procedure_component_id in offered:
                comp.reusable_from = offered[comp.procedure_component_id].entry_id

    def component_saved(self, index_: int, dossier: Dossier, row: DossierComponent) -> None:
        doc = self.taken.get(index_)
        if doc is not None:
            row.reused_from = REUSED_SOURCE
            self.s.flush()
            link_pages(self.s, dossier.id, row, doc)

    def finish(self, dossier: Dossier, officer: Officer, workstation_id: str) -> None:
        s = self.s
        if self.id_number:
            index.index_dossier(s, self.key, dossier.id, self.id_number)
        s.flush()
        rows = {r.position: r for r in s.scalars(
            select(DossierComponent).where(DossierComponent.dossier_id == dossier.id))}
        for pos, comp in enumerate(self.draft.components, start=1):
            if not (comp.reuse_of or comp.reusable_from) or comp.form is None:
                continue
            row = rows[pos]
            hashes = list(s.scalars(select(Page.sha256).where(
                Page.component_id == row.id, Page.deleted.is_(False)).order_by(Page.position)))
            append_entry(
                s, workstation_id, dossier_id=dossier.id, dossier_code=dossier.code,
                procedure_code=dossier.procedure_code, dossier_component_id=row.id,
                procedure_component_id=row.procedure_component_id, component_name=row.name,
                presentation_form=comp.form, requirement=row.requirement,
                on_published_list=bool(row.on_published_list),
                original_shown=bool(row.original_shown), demanded_form=None,
                officer_id=officer.id, officer_name=officer.full_name,
                created_at=dossier.received_at, verdict=Verdict.NOT_COMPARED.value,
                override_reason="", page_hashes=hashes,
                reused_from=comp.reuse_of or None, reusable_from=comp.reusable_from or None)
