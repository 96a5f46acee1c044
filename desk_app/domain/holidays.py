"""The holiday calendar an administrator maintains: resources/calendar/holidays.json (shipped) or
the `holidays` table (pulled from the centre), turned into a WorkCalendar."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Holiday
from desk_app import paths
from desk_app.domain.work_calendar import WorkCalendar

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class HolidayEntry:
    day: date
    name: str
    working: bool  # True: a weekend day declared a make-up working day
    confirmed: bool
    source: str


def holidays_file() -> Path:
    return paths.resource("calendar", "holidays.json")


def load_entries(path: Path | None = None) -> list[HolidayEntry]:
    """Every dated entry of the holidays file, all years, sorted by day."""
    data = json.loads((path or holidays_file()).read_text(encoding="utf-8"))
    entries: list[HolidayEntry] = []
    for year in data["years"]:
        default_source = year.get("source", "")
        confirmed_year = bool(year.get("confirmed", False))
        for row in year["days_off"]:
            entries.append(HolidayEntry(
                date.fromisoformat(row["day"]), row["name"], False,
                bool(row.get("confirmed", confirmed_year)), row.get("source", default_source),
            ))
        for row in year.get("makeup_days", []):
            entries.append(HolidayEntry(
                date.fromisoformat(row["day"]), row["name"], True,
                bool(row.get("confirmed", confirmed_year)), row.get("source", default_source),
            ))
    entries.sort(key=lambda e: e.day)
    return entries


def calendar_from_entries(entries: list[HolidayEntry]) -> WorkCalendar:
    return WorkCalendar(
        holidays=frozenset(e.day for e in entries if not e.working),
        makeup_days=frozenset(e.day for e in entries if e.working),
    )


def load_calendar(path: Path | None = None) -> WorkCalendar:
    """The WorkCalendar of the shipped holidays file."""
    return calendar_from_entries(load_entries(path))


def calendar_from_db(session: Session) -> WorkCalendar:
    """The WorkCalendar of the `holidays` table (what the counter uses once seeded/synced)."""
    rows = session.scalars(select(Holiday)).all()
    return WorkCalendar(
        holidays=frozenset(r.day for r in rows if not r.working),
        makeup_days=frozenset(r.day for r in rows if r.working),
    )


def calendar_for(session: Session) -> WorkCalendar:
    """The calendar the counter should use: the `holidays` table once it holds rows (seeded or
    pulled from the centre), else the shipped file, so a fresh store still skips Tết."""
    cal = calendar_from_db(session)
    if cal.holidays or cal.makeup_days:
        return cal
    logger.info("holidays table empty: using the shipped calendar")
    return load_calendar()
