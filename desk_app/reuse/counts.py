"""Reuse in the indicators (docs/reuse.md#indicators): of the documents the checklist offered for
reuse in the period, how many were taken over and how many were asked for again on paper. Read from
the verification log (local or central: the same table), by the entries' time."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.models import VerificationEntry


def document_reuse(session: Session, date_from: dt.date | None,
                   date_to: dt.date | None) -> tuple[int, int]:
    """(reused, offered): offered = reused + taken on paper although offered."""
    v = VerificationEntry
    parts = []
    if date_from:
        parts.append(v.created_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to:
        parts.append(v.created_at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
    period = and_(*parts) if parts else and_(True)

    def count(column: object) -> int:
        col = v.reused_from if column == "reused" else v.reusable_from
        return int(session.scalar(select(func.count()).select_from(v).where(
            period, col.is_not(None), col != "")) or 0)

    reused = count("reused")
    return reused, reused + count("offered")
