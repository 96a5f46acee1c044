"""Dossier codes: rule versions by date, format/parse round trips, and the slot serial scheme that
keeps offline counters of one agency from ever giving the same code twice."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Counter
from desk_app.domain.dossier_code import (
    TT01_2018,
    TT03_2025,
    TT03_2025_CENTRAL,
    allocate_code,
    counter_name,
    format_code,
    parse_code,
    rule_for,
    slot_serial,
    validate_agency_code,
)
from desk_app.errors import InputRefused
from desk_app.messages import MESSAGES


def test_rule_versions_by_reception_day() -> None:
    assert rule_for(date(2025, 6, 30)) is TT01_2018
    assert rule_for(date(2025, 7, 1)) is TT03_2025
    assert rule_for(date(2026, 1, 24), centralised=True) is TT03_2025
    assert rule_for(date(2026, 1, 25), centralised=True) is TT03_2025_CENTRAL
    assert rule_for(date(2026, 1, 25), centralised=False) is TT03_2025


def test_examples_from_the_rules_parse() -> None:
    old = parse_code("000.17.22.H56-210531-0001")
    assert (old.agency_code, old.day, old.serial, old.rule) == (
        "000.17.22.H56", date(2021, 5, 31), 1, "TT01_2018")
    new = parse_code("H15.50.05.13-261008-0975")
    assert (new.agency_code, new.day, new.serial, new.rule) == (
        "H15.50.05.13", date(2026, 10, 8), 975, "TT03_2025")
    assert new.operating_agency is None and new.slot == 0


def test_centralised_code_has_operating_agency_prefix() -> None:
    code = format_code(TT03_2025_CENTRAL, "H31.05", date(2026, 3, 2), 2007, operating_agency="01")
    assert code == "H31.05-260302-012007"
    parsed = parse_code(code)
    assert (parsed.operating_agency, parsed.serial, parsed.slot, parsed.rule) == (
        "01", 2007, 2, "TT03_2025_CENTRAL")


def test_format_refuses_bad_parts() -> None:
    with pytest.raises(InputRefused) as exc:
        format_code(TT03_2025_CENTRAL, "H31.05", date(2026, 3, 2), 1)
    assert exc.value.code == "invalid_operating_agency"
    with pytest.raises(ValueError):
        format_code(TT03_2025, "H31.12.05", date(2026, 3, 2), 1, operating_agency="01")
    with pytest.raises(ValueError):
        format_code(TT03_2025, "H31.12.05", date(2026, 3, 2), 0)


@pytest.mark.parametrize("code", ["H31", "H31.12.05", "000.17.22.H56", "A" * 35, "H31.0.1"])
def test_valid_agency_codes(code: str) -> None:
    assert validate_agency_code(code) == code


@pytest.mark.parametrize(
    "code", ["", "h31", "H31..05", ".H31", "H31.", "H31-05", "H31 05", "A" * 36, "Hà31", "H31.12.05\n"]
)
def test_invalid_agency_codes(code: str) -> None:
    with pytest.raises(InputRefused) as exc:
        validate_agency_code(code)
    assert exc.value.code == "invalid_agency_code"


@pytest.mark.parametrize(
    "code",
    ["", "H31.12.05", "H31.12.05-261308-0001", "H31.12.05-260230-0001", "H31.12.05-261126-001",
     "H31.12.05-261126-0000", "h31.12.05-261126-0001", "H31..12-261126-0001", "H31-261126-01x001",
     "H31.05-251126-010001"],
)
def test_parse_refuses_what_is_not_a_code(code: str) -> None:
    with pytest.raises(ValueError):
        parse_code(code, centralised=True if code.startswith("H31.05-25") else None)


def test_slot_serials_are_disjoint_ranges() -> None:
    assert slot_serial(0, 1) == 1
    assert slot_serial(0, 999) == 999
    assert slot_serial(3, 1) == 3001
    assert slot_serial(9, 999) == 9999
    with pytest.raises(InputRefused) as exc:
        slot_serial(2, 1000)
    assert exc.value.code == "serial_exhausted"
    with pytest.raises(InputRefused) as exc:
        slot_serial(10, 1)
    assert exc.value.code == "invalid_workstation_slot"


def test_new_error_codes_have_vietnamese_messages() -> None:
    for code in ("invalid_agency_code", "invalid_operating_agency", "invalid_workstation_slot",
                 "serial_exhausted"):
        assert code in MESSAGES


# --- allocation in the real local store --------------------------------------------------------


def test_allocate_in_the_store(ctx) -> None:  # type: ignore[no-untyped-def]
    received = datetime(2026, 11, 26, 9, 30)
    with ctx.sessions.begin() as s:
        first = allocate_code(s, "H31.12.05", 3, received)
        second = allocate_code(s, "H31.12.05", 3, received)
    assert first == ("H31.12.05-261126-3001", "TT03_2025")
    assert second[0] == "H31.12.05-261126-3002"
    # A new day starts again at 1.
    with ctx.sessions.begin() as s:
        assert allocate_code(s, "H31.12.05", 3, received + timedelta(days=1))[0].endswith("-3001")


def test_rolled_back_allocation_gives_the_serial_back(ctx) -> None:  # type: ignore[no-untyped-def]
    received = datetime(2026, 11, 26, 9, 30)
    s = ctx.sessions()
    code, _ = allocate_code(s, "H31.12.05", 0, received)
    s.rollback()
    s.close()
    with ctx.sessions.begin() as s2:
        assert allocate_code(s2, "H31.12.05", 0, received)[0] == code


def test_serial_exhausted_leaves_the_counter_unchanged(ctx) -> None:  # type: ignore[no-untyped-def]
    received = datetime(2026, 11, 26, 9, 30)
    name = counter_name("H31.12.05", received.date(), 1)
    with ctx.sessions.begin() as s:
        s.add(Counter(name=name, value=999))
    with pytest.raises(InputRefused) as exc, ctx.sessions.begin() as s:
        allocate_code(s, "H31.12.05", 1, received)
    assert exc.value.code == "serial_exhausted"
    with ctx.sessions() as s:
        assert s.scalar(select(Counter.value).where(Counter.name == name)) == 999


def test_allocate_centralised_uses_deciding_agency_and_operating_prefix(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.sessions.begin() as s:
        code, rule = allocate_code(s, "H31.05", 2, datetime(2026, 3, 2, 8), centralised=True,
                                   operating_agency="07")
        old_code, old_rule = allocate_code(s, "H31.05", 2, datetime(2026, 1, 20, 8),
                                           centralised=True, operating_agency="07")
    assert (code, rule) == ("H31.05-260302-072001", "TT03_2025_CENTRAL")
    # Before 25/01/2026 the centralised rule was not in force: the ordinary shape applies.
    assert (old_code, old_rule) == ("H31.05-260120-2001", "TT03_2025")


def test_allocate_refuses_bad_agency_and_slot(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.sessions.begin() as s:
        with pytest.raises(InputRefused) as exc:
            allocate_code(s, "h31", 0, datetime(2026, 3, 2, 8))
        assert exc.value.code == "invalid_agency_code"
        with pytest.raises(InputRefused) as exc:
            allocate_code(s, "H31.12.05", 10, datetime(2026, 3, 2, 8))
        assert exc.value.code == "invalid_workstation_slot"


# --- the collision-free property ------------------------------------------------------------------


def _workstation_store() -> sessionmaker[Session]:
    """A workstation's own counters table, in memory (each counter works offline, alone)."""
    engine = create_engine("sqlite://")
    Counter.__table__.create(engine)
    return sessionmaker(engine)


@settings(max_examples=60, deadline=None)
@given(
    slots=st.lists(st.integers(0, 9), min_size=2, max_size=6, unique=True),
    ops=st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 240), st.booleans(), st.booleans(),
                  st.sampled_from(["H31.12.05", "H31.13.05"])),
        min_size=1, max_size=120,
    ),
)
def test_no_two_workstations_ever_make_the_same_code(
    slots: list[int], ops: list[tuple[int, int, bool, bool, str]]
) -> None:
    """Workstations with distinct slots allocate in any interleaving, over days that cross the
    2025-07-01 and 2026-01-25 rule changes, some transactions rolled back: every kept code is
    unique and parses back to its agency, day and slot."""
    stores = [_workstation_store() for _ in slots]
    first_day = datetime(2025, 6, 20, 8, 0)
    kept: dict[str, tuple[str, date, int]] = {}
    for ws_pick, day_offset, rollback, centralised, agency in ops:
        ws = ws_pick % len(slots)
        received = first_day + timedelta(days=day_offset, minutes=ws_pick)
        with stores[ws]() as session:
            code, rule = allocate_code(session, agency, slots[ws], received,
                                       centralised=centralised, operating_agency="01")
            if rollback:
                session.rollback()
                continue
            session.commit()
        assert code not in kept, f"duplicate code {code}"
        kept[code] = (agency, received.date(), slots[ws])
        parsed = parse_code(code)
        assert parsed.rule == rule
        assert (parsed.agency_code, parsed.day, parsed.slot) == kept[code]


def test_two_counters_sharing_a_slot_would_collide() -> None:
    """Why the administrator must give each counter of an agency its own slot: the scheme's only
    assumption. Two offline stores with the same slot make the same first code."""
    received = datetime(2026, 11, 26, 9, 0)
    codes = []
    for store in (_workstation_store(), _workstation_store()):
        with store.begin() as session:
            codes.append(allocate_code(session, "H31.12.05", 4, received)[0])
    assert codes[0] == codes[1] == "H31.12.05-261126-4001"
