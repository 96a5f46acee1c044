"""The dossier's life reaches the centre (central migration c003_lifecycle): the steps as rows of
`dossier_steps`, and a dossier updated by a later step (result, apology) carries its new columns
(`timeliness`, `new_due_at`, `completed_at`) through sync_push's update."""
from __future__ import annotations

import datetime as dt
from typing import Any

import psycopg

from desk_app.bootstrap import build_services
from desk_app.clock import SetClock
from desk_app.demo.dossiers import PageRenderer, ensure_demo_accounts
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from desk_app.sync.client import SyncClient
from tests.sync.helpers import assert_central_equals_local

PROC = "1.004194"


def test_steps_and_later_dossier_changes_reach_the_centre(ctx: Any, central_url: str) -> None:
    clock = SetClock(dt.datetime(2026, 12, 4, 10, 0))
    services = build_services(ctx, clock)
    officer = ensure_demo_accounts(ctx)["canbo1"]
    page = PageRenderer().render("Tờ khai", ["Họ và tên: Nguyễn Văn An"], 1)
    draft = ReceptionDraft(PROC, PersonInput("Nguyễn Văn An", "031090123456"), components=[
        ComponentInput(f"{PROC}#1", "Tờ khai", "original"),
        ComponentInput(f"{PROC}#2", "Giấy tờ", "certified_copy")])
    code = services.reception.receive(draft, officer, staged={0: [page]}).code
    clock.set(dt.datetime(2026, 12, 7, 9, 0))
    services.lifecycle.handover(code, "specialist", officer)
    SyncClient(ctx, central_url).run_once()
    clock.set(dt.datetime(2026, 12, 9, 9, 0))
    services.lifecycle.apology(code, dt.date(2026, 12, 11), "Chờ xác minh", officer)
    clock.set(dt.datetime(2026, 12, 10, 9, 0))
    services.lifecycle.record_result(code, [page], officer, electronic=True, digitise=False)
    SyncClient(ctx, central_url).run_once()
    with psycopg.connect(central_url) as conn:
        row = conn.execute("SELECT status, timeliness, new_due_at, resolved_at, electronic_result "
                           "FROM dossiers WHERE code = %s", (code,)).fetchone()
        kinds = [r[0] for r in conn.execute(
            "SELECT s.kind FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id "
            "WHERE d.code = %s ORDER BY s.position", (code,)).fetchall()]
    assert row == ("resolved", "late", dt.datetime(2026, 12, 11, 17, 0),
                   dt.datetime(2026, 12, 10, 9, 0), True)
    assert kinds == ["reception", "handover", "apology", "result"]
    assert_central_equals_local(ctx, central_url)
    # the new table is chained and replayed like the others: the centre verifies intact
    from desk_app.sync.central_check import verify_central

    with psycopg.connect(central_url) as conn:
        report = verify_central(conn)
    assert report.problems == []
