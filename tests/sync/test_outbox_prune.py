"""The outbox keeps what the chain needs, not the payloads: after a full sync of 300 dossiers
through a real PostgreSQL no confirmed operation keeps its payload (its id, sequence and payload
hash stay), the centre still answers a re-sent confirmed operation as a duplicate, and
compact_store() gives the space back and reports the sizes before and after."""
from __future__ import annotations

import hashlib
import json
from typing import Any

import psycopg
from sqlalchemy import text

from desk_app.reception import ReceptionService
from desk_app.store_compaction import compact_store, store_sizes
from desk_app.sync.client import SyncClient
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local


def _outbox(ctx: Any) -> dict[int, tuple[str, str, str, str, str | None, str]]:
    with ctx.engine.connect() as c:
        return {r[0]: tuple(r[1:]) for r in c.execute(text(
            "SELECT seq, op_id, entity, entity_id, payload, payload_sha256, state FROM outbox"))}


def test_confirmed_operations_lose_their_payload_and_stay_duplicates(
    ctx: Any, central_url: str
) -> None:
    make_dossiers(ctx, 300)
    before = _outbox(ctx)
    assert len(before) > 300 and all(r[5] == "pending" and r[3] != "null"
                                     for r in before.values())
    store = ctx.home / "store.sqlite3"
    assert store_sizes(store).outbox_payload_bytes > 0

    report = SyncClient(ctx, central_url).run_once()
    assert report.pending_left == 0 and report.refused == 0 and report.applied == len(before)
    assert_central_equals_local(ctx, central_url)

    after = _outbox(ctx)
    assert after.keys() == before.keys()
    for seq, (op_id, entity, entity_id, payload, sha, state) in after.items():
        assert state == "sent" and payload == "null", (seq, entity)
        assert (op_id, entity, entity_id) == before[seq][:3]
        assert sha == hashlib.sha256(before[seq][3].encode("utf-8")).hexdigest()
    sizes = store_sizes(store)
    assert sizes.confirmed_payload_bytes == 0 and sizes.outbox_payload_bytes < 5 * len(after)

    # A re-sent confirmed operation (a retry whose reply was lost, a second process) is still
    # recognised by its id: a duplicate, no effect.
    resend = [seq for seq in sorted(before) if before[seq][1] in ("dossiers", "pages")][:2]
    ops = [{"op_id": before[s][0], "seq": s, "entity": before[s][1], "entity_id": before[s][2],
            "payload": json.loads(before[s][3])} for s in resend]
    with psycopg.connect(central_url) as conn:
        rows = conn.execute("SELECT op_id, status FROM sync_push(%s, %s::jsonb)",
                            (ctx.workstation.id, json.dumps(ops))).fetchall()
        conn.commit()
        n_ops = conn.execute("SELECT count(*) FROM operations").fetchone()
    assert sorted(rows) == sorted((o["op_id"], "duplicate") for o in ops)
    assert n_ops == (len(before),)
    # and a further round sends nothing
    again = SyncClient(ctx, central_url).run_once()
    assert again.applied == 0 and again.pending_left == 0

    # The space is given back (the test store predates nothing: it is converted once to
    # incremental vacuum, then vacuumed incrementally), and search still finds the same dossiers
    # through the FTS indexes rebuilt after the VACUUM.
    reception = ReceptionService(ctx)
    with ctx.engine.begin() as c:  # the sync factory writes no search text: give some
        c.execute(text("UPDATE dossiers SET search_text = 'nguyen van an ' || lower(code) "
                       "WHERE rowid % 3 = 0"))
    found = [d.code for d in reception.list_dossiers(query="Nguyễn Văn An", limit=500)]
    assert len(found) == 100
    ctx.engine.dispose()
    first = compact_store(store)
    assert first.before.total_bytes >= first.after.total_bytes
    assert first.after.free_bytes == 0 and first.after.wal_bytes == 0
    second = compact_store(store)
    assert not second.converted and not second.full and second.payloads_dropped == 0
    assert [d.code for d in reception.list_dossiers(query="nguyen van an", limit=500)] == found


def test_payloads_confirmed_before_the_pruning_are_dropped_by_compaction(ctx: Any) -> None:
    """A store whose outbox was marked sent with full payloads (from before migration 0011)."""
    make_dossiers(ctx, 40, pages=3)
    with ctx.engine.begin() as c:
        payloads = dict(c.execute(text("SELECT seq, payload FROM outbox")).all())
        c.execute(text("UPDATE outbox SET state = 'sent' WHERE seq % 2 = 0"))
    ctx.engine.dispose()
    store = ctx.home / "store.sqlite3"
    report = compact_store(store)
    sent = [s for s in payloads if s % 2 == 0]
    assert report.payloads_dropped == len(sent) and report.full
    assert report.before.confirmed_payload_bytes > 0 and report.after.confirmed_payload_bytes == 0
    assert report.after.file_bytes < report.before.file_bytes
    assert report.reclaimed_bytes > 0
    rows = _outbox(ctx)
    for seq, payload in payloads.items():
        if seq % 2 == 0:
            assert rows[seq][3] == "null"
            assert rows[seq][4] == hashlib.sha256(payload.encode("utf-8")).hexdigest()
        else:  # not confirmed: kept whole, to be sent
            assert rows[seq][3] == payload and rows[seq][4] is None
