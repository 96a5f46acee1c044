"""The outbox: every change to a synced row gets the next workstation sequence number and an outbox
entry, written by the same flush, so both commit or neither does."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, insert, inspect, update
from sqlalchemy.orm import Session

from db.ids import new_id
from db.models import (
    Counter,
    OutboxEntry,
    SupervisorNote,
    Synced,
    VerificationEntry,
    utcnow,
)

WS_SEQ = "ws_seq"
_APPEND_ONLY = (VerificationEntry, SupervisorNote)


def _is_synced(obj: object) -> bool:
    return isinstance(obj, (Synced, *_APPEND_ONLY))


def next_value(session: Session, name: str, start: int = 0) -> int:
    """Atomically increments a named counter inside the current transaction."""
    conn = session.connection()
    row = conn.execute(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1)
        .returning(Counter.value)
    ).first()
    if row is None:
        conn.execute(insert(Counter).values(name=name, value=start + 1))
        return start + 1
    return int(row[0])


def row_payload(obj: object) -> dict[str, Any]:
    """The row as JSON-able data: column name -> value."""
    mapper = inspect(obj).mapper
    out: dict[str, Any] = {}
    for col in mapper.columns:
        value = getattr(obj, col.key)
        if isinstance(value, (dt.datetime, dt.date)):
            value = value.isoformat()
        out[col.name] = value
    return out


@event.listens_for(Session, "before_flush")
def _assign_sequence(session: Session, _ctx: Any, _instances: Any) -> None:
    pending = [o for o in session.new if _is_synced(o)]
    pending += [
        o for o in session.dirty
        if _is_synced(o) and not isinstance(o, _APPEND_ONLY) and session.is_modified(o)
    ]
    if not pending:
        return
    # Stable order: creation order within the flush keeps parents before children.
    for obj in pending:
        if getattr(obj, "id", None) is None:
            obj.id = new_id()
        obj.ws_seq = next_value(session, WS_SEQ)
    session.info.setdefault("_outbox", []).extend(pending)


@event.listens_for(Session, "after_flush")
def _write_outbox(session: Session, _ctx: Any) -> None:
    pending = session.info.pop("_outbox", [])
    if not pending:
        return
    now = utcnow()
    rows = []
    for obj in pending:
        table = inspect(obj).mapper.local_table.name
        rows.append({
            "seq": obj.ws_seq, "op_id": new_id(), "entity": table, "entity_id": obj.id,
            "payload": row_payload(obj), "created_at": now, "state": "pending",
            "attempts": 0, "last_error": "",
        })
    rows.sort(key=lambda r: r["seq"])
    session.connection().execute(insert(OutboxEntry), rows)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop("_outbox", None)
