"""Flags: the known fixture gives exactly its expected codes, through the pure function, through SQL,
and through `report verifications --flagged --format json`."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from db.models import VerificationEntry
from desk_app.cli import main as cli_main
from desk_app.supervision.flags import FLAG_CODES, flag_condition, flags_for
from desk_app.supervision.log_query import LogFilter, LogQuery, load_catalog


def test_pure_function_matches_ground_truth(ctx, known) -> None:
    with ctx.sessions() as s:
        catalog = load_catalog(s)
        entries = s.scalars(select(VerificationEntry)).all()
        got = {e.id: flags_for(e, catalog.get(e.procedure_component_id)) for e in entries}
    assert got == known.entries
    # Every flag code of docs/domain.md#supervisor-flags is exercised by the fixture.
    assert {c for flags in known.entries.values() for c in flags} == set(FLAG_CODES)


@pytest.mark.parametrize("code", FLAG_CODES)
def test_sql_condition_selects_the_same_entries(ctx, known, code) -> None:
    with ctx.sessions() as s:
        catalog = load_catalog(s)
        ids = set(s.scalars(select(VerificationEntry.id).where(flag_condition(code, catalog.components))))
    assert ids == {i for i, flags in known.entries.items() if code in flags}


def test_report_flagged_json_is_exactly_the_irregular_entries(ctx, known, capsys) -> None:
    # Run as the OS administrator would (tests run as root in CI) and as a supervisor account.
    code = cli_main(["report", "verifications", "--flagged", "--format", "json",
                     "--user", "lanhdao"])
    out = capsys.readouterr()
    assert code == 0, out.err
    data = json.loads(out.out)
    assert isinstance(data, list)
    got = {e["id"]: e["flags"] for e in data}
    assert got == {i: f for i, f in known.entries.items() if f}
    assert all(e["flags"] for e in data)
    # Oldest first, the period filter cuts September off.
    code = cli_main(["report", "verifications", "--flagged", "--from", "01/10/2026",
                     "--to", "2026-10-31", "--format", "json", "--user", "lanhdao"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert len(data) == sum(1 for i, f in known.entries.items() if f) - 1
    assert [e["created_at"] for e in data] == sorted(e["created_at"] for e in data)
    assert all(e["created_at"].startswith("2026-10") for e in data)


def test_all_entries_json_carries_empty_flags_too(ctx, known, capsys) -> None:
    assert cli_main(["report", "verifications", "--format", "json", "--user", "quantri"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {e["id"]: e["flags"] for e in data} == known.entries


def test_log_query_filters_by_flag_and_pages_without_gaps(ctx, known) -> None:
    q = LogQuery(ctx.engine)
    seen = []
    page = q.page(LogFilter(), None, limit=4)
    seen += page.rows
    while page.next_cursor:
        page = q.page(LogFilter(), page.next_cursor, limit=4)
        seen += page.rows
    assert len(seen) == len(known.entries) == len({r.id for r in seen})
    assert [r.created_at for r in seen] == sorted((r.created_at for r in seen), reverse=True)
    oldest_first = [r.id for r in q.iter_rows(LogFilter(), batch=3, ascending=True)]
    assert oldest_first == [r.id for r in seen][::-1]
    rows = q.page(LogFilter(flag="mismatch_overridden")).rows
    assert {r.id for r in rows} == {i for i, f in known.entries.items() if "mismatch_overridden" in f}
    assert q.count(LogFilter(flagged_only=True)) == sum(1 for f in known.entries.values() if f)
    officer = known.accounts["canbo2"].id
    assert q.count(LogFilter(officer_id=officer)) == 2
    assert q.count(LogFilter(verdict="mismatch")) == 1
