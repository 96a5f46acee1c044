"""The reception save's part of reuse (called from ReceptionService.save, in its transaction):
checks every `reuse_of` the caller chose, sets `reusable_from` on a component taken on paper while an
earlier document was available, links the reused pages, indexes the new dossier under the citizen's
keyed hash. The reception's entry writer (desk_app/reception_log.py) then records `reuse_of` and
`reusable_from` in each component's entry (docs/reuse.md#the-verification-log)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, Page, ProcedureComponent
from desk_app.domain.types import PresentationForm as F
from desk_app.reception_types import ReceptionDraft, ReusableDocument
from desk_app.reuse import index
from desk_app.reuse.citizen_key import load_key
from desk_app.reuse.service import REUSE_FORM, REUSED_SOURCE, check_reuse, link_pages, needs, offers

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

    def component_saved(self, index_: int, dossier: Dossier, row: DossierComponent) -> list[Page]:
        """Links the earlier pages of a reused document to the new component (none otherwise)."""
        doc = self.taken.get(index_)
        if doc is None:
            return []
        row.reused_from = REUSED_SOURCE
        self.s.flush()
        return link_pages(self.s, dossier.id, row, doc)

    def finish(self, dossier: Dossier) -> None:
        """Indexes the new dossier under the citizen's keyed hash (the reception's entry writer,
        desk_app/reception_log.py, records reuse_of/reusable_from in each component's entry)."""
        if self.id_number:
            index.index_dossier(self.s, self.key, dossier.id, self.id_number)
