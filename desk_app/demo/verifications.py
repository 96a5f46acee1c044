"""Verification entries for demo dossiers: one per presented component, as an officer would
record them at the counter, with the irregularities supervisors must catch seeded at the documented
rates (desk_app/demo/irregularities.py, docs/flags.md)."""
from __future__ import annotations

import random

from sqlalchemy import select

from db.models import Dossier
from desk_app.accounts import AccountInfo
from desk_app.context import AppContext
from desk_app.demo.irregularities import seed_irregular_entries


def record_demo_verifications(
    ctx: AppContext, code: str, officer: AccountInfo, rng: random.Random
) -> int:
    with ctx.sessions.begin() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == code))
        if d is None:
            return 0
        summary = seed_irregular_entries(
            s, ctx.workstation.id, [d], rng, officers=[(officer.id, officer.full_name)]
        )
    return summary.entries
