"""The sample catalog and holiday data, and seeding them into the local store."""
from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

from db.models import Agency, Holiday, OutboxEntry, Procedure, ProcedureComponent
from desk_app import paths
from desk_app.catalog import load_catalog, seed_reference_data
from desk_app.context import DEFAULT_AGENCY
from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.holidays import calendar_from_db, load_calendar, load_entries
from desk_app.domain.types import PresentationForm, Requirement


def _raw_procedures() -> list[dict]:  # type: ignore[type-arg]
    path = paths.resource("catalog", "procedures.json")
    return json.loads(path.read_text(encoding="utf-8"))["procedures"]  # type: ignore[no-any-return]


def test_every_component_form_and_requirement_is_a_valid_enum_value() -> None:
    forms = {f.value for f in PresentationForm}
    requirements = {r.value for r in Requirement}
    for proc in _raw_procedures():
        assert proc["components"], proc["code"]
        for comp in proc["components"]:
            assert comp["accepted_forms"], (proc["code"], comp["name"])
            assert set(comp["accepted_forms"]) <= forms, (proc["code"], comp["name"])
            assert comp["requirement"] in requirements


def test_catalog_size_and_fields() -> None:
    cat = load_catalog()
    assert len(cat.procedures) >= 14
    codes = [p.code for p in cat.procedures]
    assert len(codes) == len(set(codes))
    agencies = {a.code for a in cat.agencies}
    for p in cat.procedures:
        assert p.name and p.field and p.level in {"commune", "province"}
        assert p.deciding_agency_code in agencies
        assert p.processing_days >= 0
        assert p.fee and p.legal_basis and p.source
        assert len(p.code) <= 32
    assert any(p.centralised for p in cat.procedures)
    assert cat.procedure("1.001193").processing_days == 0


def test_identity_documents_are_only_shown_and_available_as_data() -> None:
    """Identity law 2023 Art. 20(3): no copy of the card may be demanded."""
    cat = load_catalog()
    seen = 0
    for p in cat.procedures:
        for c in p.components:
            if c.name.startswith("Giấy tờ tùy thân"):
                seen += 1
                assert c.requirement is Requirement.SHOW
                assert c.available_as_data
                assert PresentationForm.CERTIFIED_COPY not in c.accepted_forms
    assert seen >= 14


def test_agencies_include_the_default_receiving_point() -> None:
    cat = load_catalog()
    point = cat.agency(DEFAULT_AGENCY)
    assert point.level == "commune"
    kinds = {a.kind for a in cat.agencies}
    assert {"service_centre", "department", "police", "service_point"} <= kinds
    communes = [a for a in cat.agencies if a.kind == "people_committee" and a.level == "commune"]
    assert len(communes) >= 2
    for a in cat.agencies:
        validate_agency_code(a.code)
        assert a.parent_code is None or cat.agency(a.parent_code)


def test_seed_is_idempotent_and_writes_no_outbox(ctx) -> None:  # type: ignore[no-untyped-def]
    def snapshot() -> dict[str, object]:
        with ctx.sessions() as s:
            return {
                "agencies": [tuple(r) for r in s.execute(select(Agency.code, Agency.name, Agency.parent_code).order_by(Agency.code))],
                "procedures": [tuple(r) for r in s.execute(select(Procedure.code, Procedure.name_folded, Procedure.processing_days).order_by(Procedure.code))],
                "components": [tuple(r) for r in s.execute(select(ProcedureComponent.id, ProcedureComponent.accepted_forms, ProcedureComponent.requirement).order_by(ProcedureComponent.id))],
                "holidays": [tuple(r) for r in s.execute(select(Holiday.day, Holiday.working).order_by(Holiday.day))],
                "outbox": s.scalar(select(func.count()).select_from(OutboxEntry)),
            }

    with ctx.sessions.begin() as s:
        seed_reference_data(s)
    first = snapshot()
    with ctx.sessions.begin() as s:
        seed_reference_data(s)
    assert snapshot() == first
    cat = load_catalog()
    assert len(first["procedures"]) == len(cat.procedures)  # type: ignore[arg-type]
    assert len(first["components"]) == sum(len(p.components) for p in cat.procedures)  # type: ignore[arg-type]
    assert ("1.001193#1", ["original"], "submit") in first["components"]  # type: ignore[operator]
    assert first["outbox"] == 0  # reference data comes from the centre; it is not pushed back


def test_seed_repairs_edited_rows_and_drops_removed_components(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.sessions.begin() as s:
        seed_reference_data(s)
    with ctx.sessions.begin() as s:
        s.get(Procedure, "1.001193").processing_days = 9  # type: ignore[union-attr]
        s.add(ProcedureComponent(id="1.001193#99", procedure_code="1.001193", position=99, name="x"))
    with ctx.sessions.begin() as s:
        seed_reference_data(s)
    with ctx.sessions() as s:
        assert s.get(Procedure, "1.001193").processing_days == 0  # type: ignore[union-attr]
        assert s.get(ProcedureComponent, "1.001193#99") is None


def test_holidays_in_the_store_give_the_same_calendar(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.sessions.begin() as s:
        seed_reference_data(s)
    with ctx.sessions() as s:
        assert calendar_from_db(s) == load_calendar()


def test_holiday_file_covers_three_years_with_sources() -> None:
    entries = load_entries()
    years = {e.day.year for e in entries}
    assert {2025, 2026, 2027} <= years
    assert all(e.source for e in entries)
    cal = load_calendar()
    for year in (2025, 2026, 2027):
        assert date(year, 1, 1) in cal.holidays
        assert date(year, 9, 2) in cal.holidays or date(year, 9, 2).weekday() >= 5
    # Days off are weekdays; make-up days are weekends.
    for e in entries:
        assert (e.day.weekday() >= 5) == e.working, e
    # Tết 2026 is 17/02/2026 (mùng 1 Bính Ngọ).
    doc = json.loads(paths.resource("calendar", "holidays.json").read_text(encoding="utf-8"))
    lunar = {y["year"]: y["lunar"] for y in doc["years"]}
    assert lunar[2026]["tet"]["solar"] == "2026-02-17"
    assert all(y["lunar"]["tet"]["source"] and y["lunar"]["hung_kings"]["source"] for y in doc["years"])
    assert any(not e.confirmed for e in entries if e.day.year == 2027)


def test_calendar_for_falls_back_to_the_shipped_file(ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import delete

    from desk_app.domain.holidays import calendar_for

    with ctx.sessions.begin() as s:  # a new store is seeded; empty the table for the fallback
        s.execute(delete(Holiday))
    with ctx.sessions() as s:
        assert calendar_for(s) == load_calendar()  # empty table
    with ctx.sessions.begin() as s:
        s.add(Holiday(day=date(2030, 5, 6), name="test", working=False))
    with ctx.sessions() as s:
        assert calendar_for(s).holidays == frozenset({date(2030, 5, 6)})
