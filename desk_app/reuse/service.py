"""Reuse of a citizen's documents (issue 13, docs/reuse.md): what the checklist offers, what a
reception may take over from an earlier dossier, and what it records.

A document is offered for a component of a new dossier when the same citizen (the keyed hash of the
ID number, never the number itself) had a document of the same kind (kinds.py) digitised and
attested in an earlier dossier, still valid today. "Attested" is a verification-log entry that
compared the copy with its original and found them matching, or took the original or an electronic
copy itself; "digitised" is that component having page images. Reuses are not offered again (their
root is, with the root's validity: a reuse does not extend a confirmation).

The centre trusts no counter, and this module trusts no caller: a `reuse_of` is checked against all
of the above at save, whatever the checklist offered."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from db.models import DossierComponent, Page, ProcedureComponent, VerificationEntry
from desk_app.context import AppContext
from desk_app.domain.types import PresentationForm as F
from desk_app.domain.types import Verdict
from desk_app.errors import InputRefused, NotFound
from desk_app.reception_types import ComponentInput, ReusableDocument
from desk_app.reuse import index, kinds
from desk_app.reuse.citizen_key import citizen_key

# taken as the document itself: nothing to compare, the officer had it in hand
ATTESTED_FORMS = (F.ORIGINAL.value, F.ELECTRONIC_COPY.value)
REUSED_SOURCE = "earlier_dossier"  # dossier_components.reused_from of a reuse (indicators)
REUSE_FORM = F.ELECTRONIC_COPY.value  # a reused document is the earlier dossier's digitised copy


@dataclass(frozen=True)
class Need:
    """A component of the new procedure that an earlier document can stand for."""
    component_id: str
    kind: str
    accepts_reuse: bool


def needs(components: Iterable[ProcedureComponent]) -> dict[str, Need]:
    """The new procedure's components by id, with their kind ("" for none). Only components to
    submit take a reused copy (a document only shown leaves no copy to reuse into)."""
    out = {}
    for c in components:
        kind = kinds.kind_of(c.document_kind, c.name)
        accepts = (c.requirement == "submit" and REUSE_FORM in (c.accepted_forms or [])
                   and bool(kind))
        out[c.id] = Need(c.id, kind, accepts)
    return out


def _attested() -> ColumnElement[bool]:
    v = VerificationEntry
    return or_(v.verdict == Verdict.MATCH.value,
               and_(v.presentation_form.in_(ATTESTED_FORMS),
                    v.verdict != Verdict.MISMATCH.value))


def _pages(s: Session, dossier_component_id: str | None,
           exists: Callable[[str], bool] | None = None) -> list[Page]:
    """The component's page images still here (`exists`: the page store's test; images removed by
    `purge-pages` after the centre confirmed them are not offered from this counter)."""
    if not dossier_component_id:
        return []
    pages = list(s.scalars(
        select(Page).where(Page.component_id == dossier_component_id, Page.deleted.is_(False),
                           Page.role.in_(("copy", "back"))).order_by(Page.position)))
    if exists is not None and not all(exists(p.sha256) for p in pages):
        return []
    return pages


def _entry_kind(s: Session, entry: VerificationEntry) -> tuple[str, int]:
    pc = s.get(ProcedureComponent, entry.procedure_component_id) \
        if entry.procedure_component_id else None
    if pc is not None:
        kind = kinds.kind_of(pc.document_kind, pc.name)
        return kind, kinds.valid_months(kind, pc.valid_months)
    kind = kinds.infer_kind(entry.component_name)
    return kind, kinds.valid_months(kind, None)


def _document(s: Session, entry: VerificationEntry, for_component: str,
              today: dt.date, exists: Callable[[str], bool] | None) -> ReusableDocument | None:
    kind, months = _entry_kind(s, entry)
    until = kinds.valid_until(entry.created_at, months)
    if until is not None and until < today:
        return None
    pages = _pages(s, entry.dossier_component_id, exists)
    if not pages:
        return None
    return ReusableDocument(
        entry_id=entry.id, dossier_code=entry.dossier_code, procedure_component_id=for_component,
        kind=kind, name=entry.component_name, attested_at=entry.created_at, valid_until=until,
        page_hashes=tuple(p.sha256 for p in pages))


def _candidates(s: Session, dossier_ids: Sequence[str]) -> list[VerificationEntry]:
    if not dossier_ids:
        return []
    v = VerificationEntry
    return list(s.scalars(
        select(v).where(v.dossier_id.in_(list(dossier_ids)), v.reused_from.is_(None),
                        _attested())
        .order_by(v.created_at.desc(), v.chain_index.desc())))


def offers(s: Session, key: bytes, id_number: str, components: Iterable[ProcedureComponent],
           today: dt.date, exists: Callable[[str], bool] | None = None
           ) -> list[ReusableDocument]:
    """One offer per component of the new procedure that an earlier attested document of this
    citizen can stand for: the latest one of its kind still valid. `procedure_component_id` of an
    offer is the NEW procedure's component it is offered for."""
    if not id_number.strip():
        return []
    index.ensure_index(s, key)
    wanted = {n.component_id: n for n in needs(components).values() if n.accepts_reuse}
    if not wanted:
        return []
    found: dict[str, ReusableDocument | None] = {}  # kind -> the latest valid document
    for entry in _candidates(s, index.dossiers_of(s, citizen_key(key, id_number))):
        kind, _months = _entry_kind(s, entry)
        if kind in found or kind not in {n.kind for n in wanted.values()}:
            continue
        doc = _document(s, entry, "", today, exists)
        if doc is not None:
            found[kind] = doc
    out = []
    for need in wanted.values():
        doc = found.get(need.kind)
        if doc is not None:
            out.append(ReusableDocument(
                doc.entry_id, doc.dossier_code, need.component_id, doc.kind, doc.name,
                doc.attested_at, doc.valid_until, doc.page_hashes))
    return out


def check_reuse(s: Session, key: bytes, id_number: str, comp: ComponentInput, need: Need | None,
                today: dt.date, exists: Callable[[str], bool] | None = None) -> ReusableDocument:
    """The document `comp.reuse_of` names, if this reception may take it over; else refused."""
    where = comp.name[:60]
    if not id_number.strip():
        raise InputRefused("reuse_needs_id_number", where)
    if comp.files:
        raise InputRefused("reuse_with_paper", where)
    if need is None or not need.accepts_reuse:
        raise InputRefused("reuse_not_accepted", where)
    entry = s.get(VerificationEntry, comp.reuse_of or "")
    if entry is None:
        raise InputRefused("reuse_unknown", where)
    index.ensure_index(s, key)
    if index.owner_key(s, entry.dossier_id) != citizen_key(key, id_number):
        raise InputRefused("reuse_other_citizen", where)
    kind, months = _entry_kind(s, entry)
    if kind != need.kind:
        raise InputRefused("reuse_other_kind", where)
    attested = entry.reused_from is None and entry.verdict != Verdict.MISMATCH and (
        entry.verdict == Verdict.MATCH or entry.presentation_form in ATTESTED_FORMS)
    if not attested or not _pages(s, entry.dossier_component_id, exists):
        raise InputRefused("reuse_not_attested", where)
    until = kinds.valid_until(entry.created_at, months)
    if until is not None and until < today:
        raise InputRefused("reuse_expired", where)
    doc = _document(s, entry, need.component_id, today, exists)
    assert doc is not None  # valid and digitised: checked above
    return doc


def link_pages(s: Session, dossier_id: str, row: DossierComponent,
               doc: ReusableDocument) -> list[Page]:
    """New page rows of the new dossier over the earlier dossier's stored images (the same blobs:
    content-addressed, nothing copied)."""
    earlier = s.get(VerificationEntry, doc.entry_id)
    assert earlier is not None
    start = max([p.position for p in s.scalars(
        select(Page).where(Page.dossier_id == dossier_id))] or [0])
    rows = []
    for offset, p in enumerate(_pages(s, earlier.dossier_component_id), start=1):
        rows.append(Page(
            dossier_id=dossier_id, component_id=row.id, position=start + offset, sha256=p.sha256,
            mime=p.mime, width=p.width, height=p.height, dpi=p.dpi, colour_mode=p.colour_mode,
            byte_size=p.byte_size, role=p.role, label=p.label, blank=p.blank, blurry=p.blurry,
            source="reuse"))
    s.add_all(rows)
    return rows


def offers_for(ctx: AppContext, id_number: str, procedure_code: str,
               today: dt.date) -> list[ReusableDocument]:
    from desk_app.reuse.citizen_key import load_key

    with ctx.sessions.begin() as s:
        components = list(s.scalars(select(ProcedureComponent).where(
            ProcedureComponent.procedure_code == procedure_code.strip())))
        if not components:
            raise NotFound("unknown_procedure", procedure_code)
        return offers(s, load_key(ctx.home), id_number, components, today, ctx.pages.exists)
