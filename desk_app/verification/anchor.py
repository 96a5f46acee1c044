"""Anchors of the local log outside the store file (docs/verification.md).

Whoever can write `store.sqlite3` can rewrite the log and recompute every hash, so the local chain
proves nothing by itself. It is anchored twice:
* at the centre: each entry the centre has received is kept there, past the counter's reach;
  `compare_with_centre()` says up to which entry the local chain equals the centre's copy, and
  since when (the time the centre received that entry);
* on paper: `chain_heads()` (each workstation's last index and hash) is printed on the
  supervision register, so a later rewrite shows against a signed page."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import VerificationEntry


@dataclass(frozen=True)
class ChainHead:
    workstation_id: str
    chain_index: int
    entry_hash: str


def chain_heads(session: Session) -> list[ChainHead]:
    """The last entry of each workstation's chain in this store."""
    V = VerificationEntry
    last = (select(V.workstation_id, func.max(V.chain_index).label("idx"))
            .group_by(V.workstation_id).subquery())
    rows = session.execute(
        select(V.workstation_id, V.chain_index, V.entry_hash)
        .join(last, (last.c.workstation_id == V.workstation_id) & (last.c.idx == V.chain_index))
        .order_by(V.workstation_id)).all()
    return [ChainHead(r[0], int(r[1]), r[2]) for r in rows]


@dataclass(frozen=True)
class Anchor:
    local_entries: int
    central_entries: int
    anchored_upto: int  # the local chain equals the centre's copy for entries 1..anchored_upto
    anchored_since: dt.datetime | None  # when the centre received entry `anchored_upto`
    differs_at: int | None  # first index where local and central differ (or one lacks it)

    @property
    def agrees(self) -> bool:
        return self.differs_at is None

    @property
    def pending(self) -> int:
        """Local entries the centre has not received yet (not anchored, not a fault)."""
        return max(0, self.local_entries - self.central_entries)


def compare(local: list[tuple[int, str]], central: list[tuple[int, str, Any]]) -> Anchor:
    """Both lists in chain order: (index, hash) locally, (index, hash, received_at) centrally."""
    upto, since, differs = 0, None, None
    for i, (idx, h) in enumerate(local):
        if i >= len(central):
            break
        c_idx, c_hash, received = central[i]
        if (idx, h) != (c_idx, c_hash):
            differs = min(idx, c_idx)
            break
        upto, since = idx, received
    if differs is None and len(central) > len(local):
        differs = central[len(local)][0]  # the centre holds entries the store has lost
    return Anchor(len(local), len(central), upto, since, differs)


def compare_with_centre(session: Session, workstation_id: str, url: str) -> Anchor:
    """Raises desk_app.sync.client.CentralUnavailable when the centre cannot be reached."""
    import psycopg

    from desk_app.sync.client import CentralUnavailable, connect

    V = VerificationEntry
    local = [(int(r[0]), r[1]) for r in session.execute(
        select(V.chain_index, V.entry_hash).where(V.workstation_id == workstation_id)
        .order_by(V.chain_index)).all()]
    try:
        with connect(url) as conn:
            central = [(int(r[0]), r[1], r[2]) for r in conn.execute(
                "SELECT chain_index, entry_hash, received_at FROM sync_chain_anchor(%s)",
                (workstation_id,)).fetchall()]
    except psycopg.Error as exc:
        raise CentralUnavailable(detail=str(exc).splitlines()[0][:200] if str(exc) else "") \
            from exc
    return compare(local, central)
