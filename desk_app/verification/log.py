"""Appending to and checking the append-only verification log (table verification_entries).

Each workstation has its own chain (chain_index 1, 2, 3 ...; see chain.py). The triggers of the local
store only stop accidents; what proves tampering is the chain, checked here against the entries'
hashes and against the workstation's chain counter (which records how many entries were appended)."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.ids import new_id
from db.models import Counter, VerificationEntry
from db.outbox import next_value
from desk_app.verification.chain import ALL_FIELDS, GENESIS, entry_hash

logger = logging.getLogger(__name__)

CHAIN_PREFIX = "chain:"


def _counter_name(workstation_id: str) -> str:
    return f"{CHAIN_PREFIX}{workstation_id}"


def append_entry(session: Session, workstation_id: str, **fields: Any) -> VerificationEntry:
    """Adds the next entry of this workstation's chain, in the caller's transaction."""
    index = next_value(session, _counter_name(workstation_id))
    prev = session.scalar(
        select(VerificationEntry.entry_hash).where(
            VerificationEntry.workstation_id == workstation_id,
            VerificationEntry.chain_index == index - 1,
        )
    )
    if prev is None and index > 1:
        # Appending to a damaged chain would hide the damage behind a fresh GENESIS link.
        logger.warning("chain of %s has no entry %d; linking to GENESIS", workstation_id, index - 1)
    values: dict[str, Any] = {
        "id": new_id(),
        "workstation_id": workstation_id,
        "chain_index": index,
        "created_at": dt.datetime.now(),
        "demanded_form": None,
        "dossier_component_id": None,
        "procedure_component_id": None,
        "engine_verdict": None,
        "engine_score": None,
        "override_reason": "",
        "original_shown": False,
        "officer_name": "",
        "page_hashes": [],
        **fields,
        "prev_hash": prev if prev is not None else GENESIS,
    }
    unknown = set(values) - set(ALL_FIELDS)
    if unknown:
        raise TypeError(f"unknown log fields: {sorted(unknown)}")
    values["page_hashes"] = list(values["page_hashes"])
    values["entry_hash"] = entry_hash(values)
    entry = VerificationEntry(**values)
    session.add(entry)
    return entry


@dataclass(frozen=True)
class ChainBreak:
    workstation_id: str
    chain_index: int
    entry_id: str | None
    # edited: the entry's fields no longer give its hash; missing: an index is absent (deleted);
    # reordered: the link to the previous entry is wrong (swapped or moved); inserted: an entry that
    # was never appended (beyond the counter, or a second successor of the same entry);
    # truncated: the last entries are gone; duplicate: two entries hold one index.
    reason: str

    def describe(self) -> str:
        entry = self.entry_id or "-"
        return (
            f"workstation {self.workstation_id}, chain index {self.chain_index}, "
            f"entry {entry}: {self.reason}"
        )


def entry_fields(entry: VerificationEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in ALL_FIELDS}


def check_chain(
    entries: Iterable[VerificationEntry], expected_length: int | None = None
) -> ChainBreak | None:
    """Walks one workstation's entries in chain order; returns the first break or None.

    expected_length is the workstation's chain counter (entries ever appended); None when unknown."""
    prev_hash = GENESIS
    before_prev_hash: str | None = None  # the prev_hash of the previous entry
    previous: VerificationEntry | None = None
    count = 0
    ws = ""
    for position, entry in enumerate(entries, start=1):
        count = position
        ws = entry.workstation_id
        if entry.chain_index < position:
            return ChainBreak(ws, entry.chain_index, entry.id, "duplicate")
        if entry.chain_index > position:
            return ChainBreak(ws, position, entry.id, "missing")
        if expected_length is not None and position > expected_length:
            return ChainBreak(ws, position, entry.id, "inserted")
        if entry.prev_hash != prev_hash:
            if previous is not None and entry.prev_hash == previous.prev_hash == before_prev_hash:
                # This entry and the previous one both claim the same predecessor: the previous one
                # was slipped in between (with a correctly computed hash of its own).
                return ChainBreak(ws, position - 1, previous.id, "inserted")
            return ChainBreak(ws, position, entry.id, "reordered")
        if entry_hash(entry_fields(entry)) != entry.entry_hash:
            return ChainBreak(ws, position, entry.id, "edited")
        before_prev_hash = prev_hash
        prev_hash = entry.entry_hash
        previous = entry
    if expected_length is not None and count < expected_length:
        return ChainBreak(ws, count + 1, None, "truncated")
    return None


def _chain_counters(session: Session) -> dict[str, int]:
    rows = session.scalars(select(Counter).where(Counter.name.like(f"{CHAIN_PREFIX}%")))
    return {c.name[len(CHAIN_PREFIX):]: int(c.value) for c in rows}


def verify_log(session: Session) -> tuple[int, list[ChainBreak]]:
    """Checks every workstation chain in the store. Returns (entries checked, breaks), one break at
    most per workstation: the first one of its chain."""
    breaks: list[ChainBreak] = []
    total = 0
    counters = _chain_counters(session)
    workstations = set(session.scalars(select(VerificationEntry.workstation_id).distinct()))
    for ws in sorted(workstations | set(counters)):
        total += int(session.scalar(
            select(func.count()).select_from(VerificationEntry)
            .where(VerificationEntry.workstation_id == ws)
        ) or 0)
        entries = session.scalars(
            select(VerificationEntry).where(VerificationEntry.workstation_id == ws)
            .order_by(VerificationEntry.chain_index, VerificationEntry.id)
            .execution_options(yield_per=500)
        )
        found = check_chain(entries, counters.get(ws))
        if found is not None and not found.workstation_id:
            found = ChainBreak(ws, found.chain_index, found.entry_id, found.reason)
        if found:
            breaks.append(found)
    return total, breaks
