"""Demo data comes through the services (issue 12, "It must show" 4): every demo dossier's status
and times are explained by its step rows, written by the lifecycle service at the clock's moment;
and nothing under desk_app/demo writes a dossier's status or times itself."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.models import Dossier
from db.models_lifecycle import DossierStep
from desk_app.demo.dossiers import create_demo_data
from desk_app.domain.holidays import calendar_for
from desk_app.domain.work_calendar import due_at
from desk_app.lifecycle.types import timeliness

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 12, 4, 11, 0)
LIFE_FIELDS = ("status", "resolved_at", "returned_at", "new_due_at", "timeliness",
               "electronic_result", "due_at", "completed_at", "received_at")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from desk_app.context import open_context

    mp = pytest.MonkeyPatch()
    mp.setenv("DESK_APP_CLOCK", NOW.isoformat())
    ctx = open_context(tmp_path_factory.mktemp("demo"))
    try:
        create_demo_data(ctx, 80, seed=12)
        with ctx.sessions() as s:
            dossiers = list(s.scalars(select(Dossier).options(selectinload(Dossier.procedure))))
            steps: dict[str, list[DossierStep]] = {}
            for r in s.scalars(select(DossierStep).order_by(DossierStep.position)):
                steps.setdefault(r.dossier_id, []).append(r)
            cal = calendar_for(s)
            s.expunge_all()
        yield dossiers, steps, cal
    finally:
        ctx.close()
        mp.undo()


def test_every_status_and_time_is_explained_by_its_steps(demo: Any) -> None:
    dossiers, steps, cal = demo
    seen: Counter[str] = Counter()
    for d in dossiers:
        rows = steps[d.id]
        kinds = [r.kind for r in rows]
        where = (d.code, d.status, kinds)
        assert [r.position for r in rows] == list(range(1, len(rows) + 1)), where
        assert all(a.at <= b.at for a, b in pairwise(rows)), where
        assert all(r.at <= NOW for r in rows), where
        assert kinds[0] == "reception" and rows[0].at == d.received_at, where
        by_kind = {k: [r for r in rows if r.kind == k] for k in set(kinds)}
        seen[d.status] += 1
        if d.status in ("refused", "supplement_requested"):
            assert kinds == ["reception"] and d.due_at is None, where
            continue
        # received, in_progress, resolved, returned: complete, with a due date from the rule
        supplement = by_kind.get("supplement", [])
        start = supplement[-1].at if supplement else d.received_at
        assert d.completed_at == (supplement[-1].at if supplement else None), where
        assert d.due_at == due_at(start, d.procedure.processing_days, cal), where
        seen["completed after a supplement"] += bool(supplement)
        handed_away = [r for r in by_kind.get("handover", []) if r.receiver_unit != "counter"]
        assert (d.status != "received") == bool(handed_away), where
        apologies = by_kind.get("apology", [])
        assert d.new_due_at == (apologies[-1].new_due_at if apologies else None), where
        for a in apologies:
            assert a.at <= d.due_at < a.new_due_at, where  # before the date passed
        seen["apology"] += bool(apologies)
        results = by_kind.get("result", [])
        returns = by_kind.get("return", [])
        if d.status in ("received", "in_progress"):
            assert not results and not returns and d.resolved_at is None, where
            assert d.timeliness is None and d.returned_at is None, where
            continue
        assert len(results) == 1 and results[0].at == d.resolved_at, where
        assert results[0].electronic == d.electronic_result and results[0].pages >= 1, where
        assert d.timeliness == results[0].timeliness == timeliness(d.resolved_at, d.due_at), where
        seen[f"timeliness {d.timeliness}"] += 1
        if d.status == "resolved":
            assert not returns and d.returned_at is None, where
        else:
            assert d.status == "returned" and len(returns) == 1, where
            assert returns[0].at == d.returned_at >= d.resolved_at, where
            assert returns[0].method == d.delivery_method, where
    # the demo shows every path
    for what in ("returned", "resolved", "in_progress", "supplement_requested",
                 "timeliness late", "timeliness on_time", "apology"):
        assert seen[what] > 0, (what, seen)


def test_nothing_under_demo_writes_a_dossiers_life_itself() -> None:
    assignment = re.compile(rf"\.({'|'.join(LIFE_FIELDS)})\s*=[^=]")
    offenders = [f"{path.name}:{n}: {line.strip()}"
                 for path in sorted((ROOT / "desk_app" / "demo").glob("*.py"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if assignment.search(line)]
    assert offenders == []


def test_demo_data_zero_makes_an_empty_demo_store(tmp_path: Path) -> None:
    from desk_app.clock import DEMO_MARK
    from desk_app.context import open_context

    ctx = open_context(tmp_path)
    try:
        assert create_demo_data(ctx, 0) == []
        assert ctx.setting(DEMO_MARK) == "1"
        with ctx.sessions() as s:
            assert s.scalars(select(Dossier)).first() is None
    finally:
        ctx.close()
