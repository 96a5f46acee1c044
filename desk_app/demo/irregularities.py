"""Verification-log entries for demo and training data, with irregularities at documented rates, so
the supervisor's screen and reports show something true to life.

`seed_irregular_entries` appends one entry per component of each given dossier (read from
dossier_components and the catalog), the way a counter would record them, and turns some of them into
irregularities. Rates are per *eligible* entry (an entry a given irregularity can happen to, e.g. only
a certified copy can have its original demanded); at most one irregularity per entry, so the ground
truth of each entry is exactly one flag code or none. `not_on_published_list` is per dossier: an extra
entry for a paper the procedure does not list. One officer (the first of the sorted officer list) is
the unit's "problem officer" and demands certified copies PROBLEM_OFFICER_FACTOR times as often, so the
per-officer view has a true outlier to show.
"""
from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account, Dossier, DossierComponent, Page, ProcedureComponent
from desk_app.domain.types import PresentationForm as F
from desk_app.domain.types import Verdict as V
from desk_app.supervision import flags as fl
from desk_app.verification.log import append_entry

logger = logging.getLogger(__name__)

# The documented rates (docs/flags.md): probability per eligible entry (per dossier for
# not_on_published_list).
IRREGULARITY_RATES: dict[str, float] = {
    fl.CERTIFIED_COPY_DEMANDED: 0.05,
    fl.ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY: 0.04,
    fl.COPY_OF_SHOWN_DOCUMENT: 0.04,
    fl.PAPER_FOR_AVAILABLE_DATA: 0.06,
    fl.NOT_ON_PUBLISHED_LIST: 0.03,
    fl.MISMATCH_OVERRIDDEN: 0.08,
    fl.NO_PAGE_IMAGES: 0.05,
}
GENUINE_MISMATCH_RATE = 0.02  # a real difference, rejected by the officer: not an irregularity
PROBLEM_OFFICER_FACTOR = 3.0

# Papers demanded although no procedure lists them (the household book was abolished on 01/01/2023).
UNLISTED_PAPERS = (
    "Sổ hộ khẩu",
    "Giấy xác nhận cư trú của công an xã",
    "Bản sao giấy khai sinh có chứng thực của cha mẹ",
    "Giấy xác nhận tình trạng hôn nhân (không thuộc thủ tục)",
)
OVERRIDE_REASONS = (
    "Khác biệt do bản chụp mờ, đã đối chiếu bằng mắt",
    "Dấu giáp lai lệch, nội dung khớp",
    "Công dân xác nhận là cùng một giấy tờ",
)


@dataclass
class SeedSummary:
    entries: int = 0
    # entry id -> the flag codes its seeded irregularity must raise (empty: a clean entry)
    truth: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def count(self, code: str) -> int:
        return sum(1 for v in self.truth.values() if code in v)

    def kinds(self) -> set[str]:
        return {c for v in self.truth.values() for c in v}


def _eligible(fields: dict[str, Any], available_as_data: bool, has_pages: bool) -> list[str]:
    form = fields["presentation_form"]
    show = fields["requirement"] == "show"
    out = []
    if not show and form in (F.ORIGINAL, F.PHOTOCOPY_WITH_ORIGINAL) and not available_as_data:
        out.append(fl.CERTIFIED_COPY_DEMANDED)
    if not show and form in fl.CERTIFIED_FORMS:
        out.append(fl.ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY)
    if show:
        out.append(fl.COPY_OF_SHOWN_DOCUMENT)
    if available_as_data:
        out.append(fl.PAPER_FOR_AVAILABLE_DATA)
    if form == F.PHOTOCOPY_WITH_ORIGINAL and has_pages:
        out.append(fl.MISMATCH_OVERRIDDEN)
        out.append(fl.NO_PAGE_IMAGES)
    return out


def _normal_fields(component: DossierComponent, catalog: ProcedureComponent | None,
                   pages: list[str], rng: random.Random) -> dict[str, Any]:
    """The entry a careful officer records for what the citizen presented (the dossier's own
    component: its form, requirement and list membership as received)."""
    requirement = component.requirement or (catalog.requirement if catalog else "submit")
    form = component.form or F.NATIONAL_DATA.value  # reused from e-data without a paper form
    paper = form in fl.PAPER_FORMS
    fields: dict[str, Any] = {
        "presentation_form": form,
        "requirement": requirement,
        "on_published_list": bool(component.on_published_list),
        "original_shown": form in (F.ORIGINAL, F.PHOTOCOPY_WITH_ORIGINAL),
        "verdict": V.NOT_COMPARED,
        "page_hashes": pages if paper and requirement == "submit" else [],
    }
    if form == F.PHOTOCOPY_WITH_ORIGINAL and pages and requirement == "submit":
        # engine_score: the comparison's difference score (0 = identical), as the demo records it.
        if rng.random() < GENUINE_MISMATCH_RATE:
            fields.update(verdict=V.MISMATCH, engine_verdict=V.MISMATCH,
                          engine_score=round(rng.uniform(0.2, 0.45), 4))
        else:
            fields.update(verdict=V.MATCH, engine_verdict=V.MATCH,
                          engine_score=round(rng.uniform(0.0, 0.08), 4))
    return fields


def _apply(code: str, fields: dict[str, Any], available_as_data: bool,
           rng: random.Random) -> tuple[str, ...]:
    """Turns a clean entry into the irregularity `code`; returns the flags it must raise."""
    if code == fl.CERTIFIED_COPY_DEMANDED:
        fields.update(demanded_form=F.CERTIFIED_COPY.value, original_shown=True)
    elif code == fl.ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY:
        fields.update(demanded_form=F.ORIGINAL.value)
        if available_as_data:
            return (fl.ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY, fl.PAPER_FOR_AVAILABLE_DATA)
    elif code == fl.COPY_OF_SHOWN_DOCUMENT:
        fields.update(demanded_form=F.PHOTOCOPY_WITH_ORIGINAL.value)
        if available_as_data:
            # A photocopy of an identity paper whose data is on VNeID: both rules are broken.
            return (fl.COPY_OF_SHOWN_DOCUMENT, fl.PAPER_FOR_AVAILABLE_DATA)
    elif code == fl.PAPER_FOR_AVAILABLE_DATA and fields["requirement"] == "show":
        # The paper original made to be shown although the data is on VNeID: no copy taken, so
        # this is not also copy_of_shown_document.
        fields.update(presentation_form=F.ORIGINAL.value, original_shown=True,
                      demanded_form=F.ORIGINAL.value, verdict=V.NOT_COMPARED, page_hashes=[])
    elif code == fl.PAPER_FOR_AVAILABLE_DATA:
        fields.update(presentation_form=F.PHOTOCOPY_WITH_ORIGINAL.value, original_shown=True,
                      demanded_form=F.PHOTOCOPY_WITH_ORIGINAL.value, verdict=V.NOT_COMPARED,
                      engine_verdict=None, engine_score=None, page_hashes=[])
    elif code == fl.MISMATCH_OVERRIDDEN:
        fields.update(verdict=V.MATCH, engine_verdict=V.MISMATCH,
                      engine_score=round(rng.uniform(0.18, 0.4), 4),
                      override_reason=rng.choice(OVERRIDE_REASONS))
    elif code == fl.NO_PAGE_IMAGES:
        fields.update(verdict=V.MATCH, engine_verdict=None, engine_score=None, page_hashes=[])
    return (code,)


def seed_irregular_entries(
    session: Session,
    workstation_id: str,
    dossiers: Sequence[Dossier],
    rng: random.Random,
    officers: Sequence[tuple[str, str]] = (),
    rates: dict[str, float] | None = None,
    problem_officer_id: str | None = None,
) -> SeedSummary:
    """Appends verification entries for the dossiers' components, in received order, in the caller's
    transaction. `officers` ((id, name) pairs) serve dossiers without an officer_id. The problem
    officer is `problem_officer_id`, else the first officer account by user name (stable across
    calls, so demo-data may call this one dossier at a time). Returns each entry's seeded flags (the
    ground truth that flags_for must reproduce)."""
    rates = dict(IRREGULARITY_RATES if rates is None else rates)
    catalog = {c.id: c for c in session.scalars(select(ProcedureComponent))}
    accounts = session.scalars(select(Account).order_by(Account.username)).all()
    names = {a.id: a.full_name for a in accounts}
    if problem_officer_id is None:
        candidates = [a.id for a in accounts if a.role == "officer"] or sorted(o[0] for o in officers)
        problem_officer_id = candidates[0] if len(candidates) > 1 else None
    summary = SeedSummary()
    for n, dossier in enumerate(sorted(dossiers, key=lambda d: (d.received_at, d.code))):
        if dossier.officer_id:
            officer = (dossier.officer_id, names.get(dossier.officer_id, dossier.officer_id))
        elif officers:
            officer = officers[n % len(officers)]
        else:
            continue
        components = session.scalars(
            select(DossierComponent).where(DossierComponent.dossier_id == dossier.id)
            .order_by(DossierComponent.position)
        ).all()
        pages_by_component: dict[str | None, list[str]] = {}
        for page in session.scalars(select(Page).where(Page.dossier_id == dossier.id,
                                                       Page.deleted.is_(False))
                                    .order_by(Page.position)):
            pages_by_component.setdefault(page.component_id, []).append(page.sha256)
        moment = dossier.received_at
        planned: list[tuple[dict[str, Any], tuple[str, ...]]] = []
        for comp in components:
            if comp.form is None and comp.reused_from is None:
                continue  # missing component: nothing was presented, nothing to log
            cat = catalog.get(comp.procedure_component_id or "")
            pages = pages_by_component.get(comp.id, [])
            fields = _normal_fields(comp, cat, pages, rng)
            fields.update(component_name=comp.name, dossier_component_id=comp.id,
                          procedure_component_id=comp.procedure_component_id)
            seeded: tuple[str, ...] = ()
            available = bool(cat and cat.available_as_data)
            for code in _eligible(fields, available, bool(fields["page_hashes"])):
                rate = rates.get(code, 0.0)
                if code == fl.CERTIFIED_COPY_DEMANDED and officer[0] == problem_officer_id:
                    rate = min(1.0, rate * PROBLEM_OFFICER_FACTOR)
                if rng.random() < rate:
                    seeded = _apply(code, fields, available, rng)
                    break
            planned.append((fields, seeded))
        if rng.random() < rates.get(fl.NOT_ON_PUBLISHED_LIST, 0.0):
            planned.append(({
                "component_name": rng.choice(UNLISTED_PAPERS), "presentation_form":
                F.PHOTOCOPY_WITH_ORIGINAL.value, "requirement": "submit",
                "on_published_list": False, "original_shown": True,
                "demanded_form": F.PHOTOCOPY_WITH_ORIGINAL.value, "verdict": V.NOT_COMPARED,
            }, (fl.NOT_ON_PUBLISHED_LIST,)))
        for fields, seeded in planned:
            moment = moment + dt.timedelta(seconds=rng.randint(15, 90))
            entry = append_entry(
                session, workstation_id, dossier_id=dossier.id, dossier_code=dossier.code,
                procedure_code=dossier.procedure_code, officer_id=officer[0],
                officer_name=officer[1], created_at=moment, **fields,
            )
            summary.truth[entry.id] = seeded
            summary.entries += 1
        session.flush()
    logger.info("seeded %d verification entries, %d irregular", summary.entries,
                sum(1 for v in summary.truth.values() if v))
    return summary
