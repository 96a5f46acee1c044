"""Appending to and checking the append-only verification log (table verification_entries)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.ids import new_id
from db.models import Counter, VerificationEntry
from db.outbox import next_value
from desk_app.verification.chain import CHAIN_FIELDS, GENESIS, entry_hash


def _counter_name(workstation_id: str) -> str:
    return f"chain:{workstation_id}"


def append_entry(session: Session, workstation_id: str, **fields: Any) -> VerificationEntry:
    """Adds the next entry of this workstation's chain, in the caller's transaction."""
    index = next_value(session, _counter_name(workstation_id))
    prev = session.scalar(
        select(VerificationEntry.entry_hash).where(
            VerificationEntry.workstation_id == workstation_id,
            VerificationEntry.chain_index == index - 1,
        )
    )
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
    unknown = set(values) - set(CHAIN_FIELDS)
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
    reason: str  # edited / missing / reordered / truncated


def entry_fields(entry: VerificationEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in CHAIN_FIELDS}


def check_chain(entries: list[VerificationEntry], expected_length: int | None = None) -> ChainBreak | None:
    """Walks one workstation's entries in chain order; returns the first break or None."""
    prev_hash = GENESIS
    for position, entry in enumerate(entries, start=1):
        ws = entry.workstation_id
        if entry.chain_index != position:
            return ChainBreak(ws, position, entry.id, "missing")
        if entry.prev_hash != prev_hash:
            return ChainBreak(ws, position, entry.id, "reordered")
        if entry_hash(entry_fields(entry)) != entry.entry_hash:
            return ChainBreak(ws, position, entry.id, "edited")
        prev_hash = entry.entry_hash
    if expected_length is not None and len(entries) < expected_length and entries:
        return ChainBreak(entries[0].workstation_id, len(entries) + 1, None, "truncated")
    return None


def verify_log(session: Session) -> tuple[int, list[ChainBreak]]:
    """Checks every workstation chain in the store. Returns (entries checked, breaks)."""
    breaks: list[ChainBreak] = []
    total = 0
    workstations = session.scalars(select(VerificationEntry.workstation_id).distinct()).all()
    counters = {
        c.name: c.value
        for c in session.scalars(select(Counter).where(Counter.name.like("chain:%")))
    }
    for ws in sorted(set(workstations) | {n.split(":", 1)[1] for n in counters}):
        entries = list(session.scalars(
            select(VerificationEntry).where(VerificationEntry.workstation_id == ws)
            .order_by(VerificationEntry.chain_index, VerificationEntry.id)
        ))
        total += len(entries)
        found = check_chain(entries, counters.get(_counter_name(ws)))
        if found is None and not entries and counters.get(_counter_name(ws)):
            found = ChainBreak(ws, 1, None, "truncated")
        if found:
            breaks.append(found)
    return total, breaks


def count_entries(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(VerificationEntry)) or 0)
