"""What the window shows about sync: online or offline, items waiting, the last successful sync,
and the "needs attention" list (operations the centre refused, with the reason). Kept in the local
store's settings so every process (CLI, window, background worker) sees the same."""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from db.models import OutboxEntry, Setting, utcnow
from desk_app.context import AppContext

logger = logging.getLogger(__name__)

ONLINE = "sync_online"
LAST_SUCCESS = "sync_last_success"
LAST_ATTEMPT = "sync_last_attempt"
LAST_ERROR = "sync_last_error"


@dataclass(frozen=True)
class AttentionItem:
    seq: int
    entity: str
    entity_id: str
    reason: str
    created_at: dt.datetime


@dataclass(frozen=True)
class SyncStatus:
    configured: bool  # a central URL is set
    online: bool | None  # None: never tried
    pending: int
    last_success: dt.datetime | None  # UTC
    last_error: str = ""
    attention: list[AttentionItem] = field(default_factory=list)


def _set(ctx: AppContext, values: dict[str, str]) -> None:
    # An upsert, not a read-then-write: two sync processes may note their state at once.
    stmt = sqlite_insert(Setting).values([{"key": k, "value": v} for k, v in values.items()])
    stmt = stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
    try:
        with ctx.engine.begin() as c:
            c.execute(stmt)
    except SQLAlchemyError as exc:  # the status is advisory: never let it break a round
        logger.warning("could not record sync status: %s", type(exc).__name__)


def note_attempt(ctx: AppContext) -> None:
    _set(ctx, {LAST_ATTEMPT: utcnow().isoformat()})


def note_success(ctx: AppContext) -> None:
    _set(ctx, {ONLINE: "1", LAST_SUCCESS: utcnow().isoformat(), LAST_ERROR: ""})


def note_failure(ctx: AppContext, error: str, online: bool = False) -> None:
    _set(ctx, {ONLINE: "1" if online else "0", LAST_ERROR: error[:500]})


def pending_count(ctx: AppContext) -> int:
    with ctx.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(OutboxEntry)
                             .where(OutboxEntry.state == "pending")).scalar_one())


def attention_items(ctx: AppContext, limit: int = 500) -> list[AttentionItem]:
    with ctx.engine.connect() as c:
        rows = c.execute(
            select(OutboxEntry.seq, OutboxEntry.entity, OutboxEntry.entity_id,
                   OutboxEntry.last_error, OutboxEntry.created_at)
            .where(OutboxEntry.state == "refused").order_by(OutboxEntry.seq).limit(limit)
        ).all()
    return [AttentionItem(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows]


def read_status(ctx: AppContext, configured: bool) -> SyncStatus:
    with ctx.engine.connect() as c:
        values = dict(c.execute(select(Setting.key, Setting.value).where(
            Setting.key.in_([ONLINE, LAST_SUCCESS, LAST_ERROR]))).all())
    online = None if ONLINE not in values else values[ONLINE] == "1"
    last = values.get(LAST_SUCCESS)
    return SyncStatus(
        configured=configured,
        online=online if configured else False,
        pending=pending_count(ctx),
        last_success=dt.datetime.fromisoformat(last) if last else None,
        last_error=values.get(LAST_ERROR, ""),
        attention=attention_items(ctx),
    )
