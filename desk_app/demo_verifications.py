"""Verification entries for demo dossiers: one per presented component, as an officer would
record them at the counter."""
from __future__ import annotations

import random

from sqlalchemy import select

from db.models import Dossier, Page
from desk_app.accounts import AccountInfo
from desk_app.context import AppContext
from desk_app.domain.types import PresentationForm
from desk_app.verification.log import append_entry

PAPER_COPY = PresentationForm.PHOTOCOPY_WITH_ORIGINAL.value


def record_demo_verifications(
    ctx: AppContext, code: str, officer: AccountInfo, rng: random.Random
) -> int:
    written = 0
    with ctx.sessions.begin() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code))
        if d is None:
            return 0
        for comp in d.components:
            if comp.form is None:
                continue
            hashes = list(s.scalars(
                select(Page.sha256).where(Page.component_id == comp.id).order_by(Page.position)
            ))
            compared = comp.form == PAPER_COPY
            score = round(rng.uniform(0.0, 0.08), 4) if compared else None
            append_entry(
                s, ctx.workstation.id,
                dossier_id=d.id, dossier_code=d.code, procedure_code=d.procedure_code,
                dossier_component_id=comp.id, procedure_component_id=comp.procedure_component_id,
                component_name=comp.name, presentation_form=comp.form,
                requirement=comp.requirement, on_published_list=comp.on_published_list,
                original_shown=comp.original_shown, officer_id=officer.id,
                officer_name=officer.full_name, created_at=d.received_at,
                verdict="match" if compared else "not_compared",
                engine_verdict="match" if compared else None, engine_score=score,
                page_hashes=hashes,
            )
            written += 1
    return written
