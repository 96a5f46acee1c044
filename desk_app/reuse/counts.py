"""Reuse in the indicators (docs/reuse.md#indicators): of the documents the checklist offered for
reuse in the period, how many were taken over and how many were asked for again on paper. Read from
the verification log (local or central: the same table), by the entries' time."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select, true
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
    period = and_(true(), *parts)

    def count(column: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(v).where(
            period, column.is_not(None), column != "")) or 0)

    reused = count(v.reused_from)
    return reused, reused + count(v.reusable_from)
