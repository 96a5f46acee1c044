"""Issue 11, point 1 / must-show 2: a counter cannot write into another counter's dossier. Each
counter pushes with its own login role to a real PostgreSQL (TLS + SCRAM)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb
from sqlalchemy import text

from db.ids import new_id
from db.models import GeneratedDocument
from desk_app.sync.client import SyncClient
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter, scalar
from tests.sync.factory import make_dossiers

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures


def _outbox(ctx: Any, state: str = "pending") -> list[dict[str, Any]]:
    with ctx.engine.connect() as c:
        rows = c.execute(text("SELECT seq, op_id, entity, entity_id, payload FROM outbox "
                              "WHERE state = :s ORDER BY seq"), {"s": state}).all()
    return [{"seq": r[0], "op_id": r[1], "entity": r[2], "entity_id": r[3],
             "payload": json.loads(r[4]) if isinstance(r[4], str) else r[4]} for r in rows]


def _dossier_id(ctx: Any, code: str) -> str:
    with ctx.engine.connect() as c:
        return str(c.execute(text("SELECT id FROM dossiers WHERE code = :c"), {"c": code}).one()[0])


def _central_state(url: str, dossier: str) -> tuple[Any, ...]:
    with psycopg.connect(url) as conn:
        row = conn.execute(
            "SELECT to_jsonb(d), (SELECT count(*) FROM pages p WHERE p.dossier_id = d.id),"
            " (SELECT count(*) FROM generated_documents g WHERE g.dossier_id = d.id),"
            " (SELECT count(*) FROM dossier_components c WHERE c.dossier_id = d.id)"
            " FROM dossiers d WHERE d.id = %s", (dossier,)).fetchone()
    assert row is not None
    return tuple(row)


def test_sync_push_as_counter_2_aimed_at_counter_1_is_refused_and_kept(
    counters: tuple[Counter, Counter], central_url: str
) -> None:
    one, two = counters
    [sent_code] = make_dossiers(one.ctx, 1)
    assert SyncClient(one.ctx, one.login.url).run_once().refused == 0
    victim = _dossier_id(one.ctx, sent_code)
    [unsent_code] = make_dossiers(one.ctx, 1)  # made by counter 1, not yet sent
    unsent_dossier = next(o for o in _outbox(one.ctx) if o["entity"] == "dossiers")
    victim_entry = scalar(central_url, "SELECT id FROM verification_entries "
                                       "WHERE workstation_id = %s LIMIT 1", one.ws)
    before = _central_state(central_url, victim)

    make_dossiers(two.ctx, 1)
    own = _outbox(two.ctx)  # counter 2's honest work, sent in the same call
    page = next(o for o in own if o["entity"] == "pages")
    seq = max(o["seq"] for o in own)

    def forged(entity: str, payload: dict[str, Any]) -> dict[str, Any]:
        nonlocal seq
        seq += 1
        payload = {**payload, "ws_seq": seq}
        return {"op_id": new_id(), "seq": seq, "entity": entity,
                "entity_id": payload["id"], "payload": payload}

    attacks = {
        "page": forged("pages", {**page["payload"], "id": new_id(), "dossier_id": victim,
                                 "component_id": None}),
        "mau03": forged("generated_documents", {
            "id": new_id(), "dossier_id": victim, "kind": "mau03",
            "sha256": page["payload"]["sha256"], "number": "01/TB",
            "created_at": "2026-11-26T10:00:00"}),
        "note": forged("supervisor_notes", {
            "id": new_id(), "entry_id": victim_entry, "flag_code": "",
            "author_id": "fake-supervisor", "text": "đã kiểm tra, không có vấn đề",
            "created_at": "2026-11-26T10:00:00"}),
        "ws_of_1": forged("dossiers", {**unsent_dossier["payload"], "id": new_id()}),
        "code_of_1": forged("dossiers", {**unsent_dossier["payload"], "id": new_id(),
                                         "workstation_id": two.ws}),
    }
    with psycopg.connect(two.login.url) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (two.login.role,)
        # the images of the honest pages first, as the client does
        for sha in {o["payload"]["sha256"] for o in own if o["entity"] == "pages"}:
            conn.execute("SELECT sync_put_image(%s, %s)", (sha, two.ctx.pages.get(sha)))
        rows = conn.execute("SELECT * FROM sync_push(%s, %s)",
                            (two.ws, Jsonb(own + list(attacks.values())))).fetchall()
        conn.commit()
    result = {r[0]: (r[1], r[2]) for r in rows}
    assert all(result[o["op_id"]] == ("applied", None) for o in own)
    assert {k: result[v["op_id"]] for k, v in attacks.items()} == {
        "page": ("refused", "parent_not_yours/dossier_id"),
        "mau03": ("refused", "parent_not_yours/dossier_id"),
        "note": ("refused", "notes_need_supervisor_role"),
        "ws_of_1": ("refused", "not_your_workstation"),
        "code_of_1": ("refused", "not_your_code_space"),
    }
    with psycopg.connect(central_url) as conn:
        kept = dict(conn.execute("SELECT op_id, reason FROM op_conflicts WHERE workstation_id = %s",
                                 (two.ws,)).fetchall())
        assert kept == {v["op_id"]: result[v["op_id"]][1] for v in attacks.values()}
        assert conn.execute("SELECT count(*) FROM supervisor_notes").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM dossiers WHERE code = %s",
                            (unsent_code,)).fetchone() == (0,)
    assert _central_state(central_url, victim) == before
    # Counter 1 is not blocked: its unsent dossier (and code) arrive.
    report = SyncClient(one.ctx, one.login.url).run_once()
    assert (report.refused, report.pending_left) == (0, 0)
    assert scalar(central_url, "SELECT src_workstation FROM dossiers WHERE code = %s",
                  unsent_code) == one.ws


def test_sync_a_foreign_row_is_never_overwritten_and_children_of_a_refused_dossier_follow(
    counters: tuple[Counter, Counter], central_url: str
) -> None:
    one, two = counters
    make_dossiers(one.ctx, 1)
    # read before the sync: a confirmed operation keeps no payload in the outbox
    theirs = _outbox(one.ctx)
    SyncClient(one.ctx, one.login.url).run_once()
    assert {o["op_id"] for o in _outbox(one.ctx, "sent")} == {o["op_id"] for o in theirs}
    comp = next(o for o in theirs if o["entity"] == "dossier_components")
    applicant = next(o for o in theirs if o["entity"] == "applicants")
    ops = []
    for n, (entity, payload) in enumerate([
        ("dossier_components", {**comp["payload"], "name": "Giấy giả", "ws_seq": 10**6}),
        ("applicants", {**applicant["payload"], "phone": "0900000000", "ws_seq": 10**6 + 1}),
    ]):
        ops.append({"op_id": new_id(), "seq": 10**6 + n, "entity": entity,
                    "entity_id": payload["id"], "payload": payload})
    with psycopg.connect(two.login.url) as conn:
        rows = conn.execute("SELECT op_id, status, reason FROM sync_push(%s, %s)",
                            (two.ws, Jsonb(ops))).fetchall()
    assert sorted((r[1], r[2]) for r in rows) == [("refused", "foreign_row")] * 2
    assert scalar(central_url, "SELECT name FROM dossier_components WHERE id = %s",
                  comp["entity_id"]) == comp["payload"]["name"]


def _rewrite(ctx: Any, seq: int, payload: dict[str, Any]) -> None:
    with ctx.engine.begin() as c:
        c.execute(text("UPDATE outbox SET payload = :p WHERE seq = :s"),
                  {"p": json.dumps(payload, ensure_ascii=False), "s": seq})


def test_sync_rewritten_outbox_of_counter_2_is_refused_and_counter_1_syncs(
    counters: tuple[Counter, Counter], central_url: str, tmp_path: Path
) -> None:
    """Must-show 2, end to end with `desk-app sync --once` in their own processes."""
    one, two = counters
    [code1] = make_dossiers(one.ctx, 1)
    first = one.sync_once()
    assert first.returncode == 0, first.stdout + first.stderr
    victim = _dossier_id(one.ctx, code1)
    before = _central_state(central_url, victim)
    [_own_code] = make_dossiers(two.ctx, 2)[:1]
    with two.ctx.sessions.begin() as s:  # a form counter 2 printed for its own dossier
        own_id = _dossier_id(two.ctx, _own_code)
        sha = s.execute(text("SELECT sha256 FROM pages WHERE dossier_id = :d LIMIT 1"),
                        {"d": own_id}).scalar_one()
        s.add(GeneratedDocument(dossier_id=own_id, kind="mau03", sha256=sha, number="02/TB"))
    pending = _outbox(two.ctx)
    page = next(o for o in pending if o["entity"] == "pages")
    doc = next(o for o in pending if o["entity"] == "generated_documents")
    second = [o for o in pending if o["entity"] == "dossiers"][1]
    _rewrite(two.ctx, page["seq"], {**page["payload"], "dossier_id": victim, "component_id": None})
    _rewrite(two.ctx, doc["seq"], {**doc["payload"], "dossier_id": victim})
    _rewrite(two.ctx, second["seq"], {**second["payload"], "workstation_id": one.ws})

    run = two.sync_once()
    assert run.returncode == 1, run.stdout + run.stderr
    assert "cần xử lý" in run.stdout and "not_your_workstation" in run.stdout
    with two.ctx.engine.connect() as c:
        refused = dict(c.execute(text("SELECT seq, last_error FROM outbox WHERE state = 'refused'"
                                      )).all())
    assert "parent_not_yours/dossier_id" in refused[page["seq"]]
    assert "parent_not_yours/dossier_id" in refused[doc["seq"]]
    assert "not_your_workstation" in refused[second["seq"]]
    assert _central_state(central_url, victim) == before
    reasons = {r for (r,) in psycopg.connect(central_url).execute(
        "SELECT DISTINCT reason FROM op_conflicts WHERE workstation_id = %s", (two.ws,))}
    assert {"parent_not_yours/dossier_id", "not_your_workstation"} <= reasons
    # Counter 1 goes on: a new dossier, and its next sync exits 0.
    make_dossiers(one.ctx, 1)
    again = one.sync_once()
    assert again.returncode == 0, again.stdout + again.stderr
    assert _central_state(central_url, victim) == before


def test_sync_supervisor_notes_come_from_a_supervisors_role_only(
    counters: tuple[Counter, Counter], central_url: str, tmp_path: Path
) -> None:
    from db.central.schema import add_workstation
    from tests.sync.helpers import open_store

    one, _two = counters
    make_dossiers(one.ctx, 1, entries=1)
    SyncClient(one.ctx, one.login.url).run_once()
    entry = scalar(central_url, "SELECT id FROM verification_entries LIMIT 1")
    store = open_store(tmp_path / "supervision")
    store.set_setting("workstation_slot", "9")
    store.close()
    store = open_store(tmp_path / "supervision")
    ws = store.workstation
    sup = add_workstation(central_url, ws.id, ws.agency_code, ws.slot, "Giám sát",
                          supervisor=True)
    store.close()

    def note(seq: int) -> dict[str, Any]:
        payload = {"id": new_id(), "ws_seq": seq, "entry_id": entry, "flag_code": "",
                   "author_id": "acc-supervisor", "text": "Đã xem lại.",
                   "created_at": "2026-11-27T08:00:00"}
        return {"op_id": new_id(), "seq": seq, "entity": "supervisor_notes",
                "entity_id": payload["id"], "payload": payload}

    for login, ws_id, expected in ((sup, ws.id, ("applied", None)),
                                   (one.login, one.ws, ("refused", "notes_need_supervisor_role"))):
        with psycopg.connect(login.url) as conn:
            rows = conn.execute("SELECT status, reason FROM sync_push(%s, %s)",
                                (ws_id, Jsonb([note(10**6)]))).fetchall()
        assert rows == [expected]
    assert scalar(central_url, "SELECT src_workstation FROM supervisor_notes") == ws.id
