"""The holiday calendar as the unit's data: days off (public holidays, Tết, compensatory and
swapped days off) and make-up working Saturdays/Sundays, imported from a file
(docs/administration.md#the-holidays-file), versioned and applied in one transaction, locally or
at the centre (every counter pulls it like the catalog).

An import replaces the entries of the years the file covers and keeps the other years. Due dates
are computed at reception from the calendar in force then: a dossier already received keeps its
due date, a dossier received after the import counts with the new days."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Holiday
from desk_app.catalog_admin import record_version
from desk_app.catalog_io import LINE, CatalogRefused, Problem, parse_json_with_lines, read_text
from desk_app.context import AppContext
from desk_app.domain.text import clean
from desk_app.errors import InputRefused

DAY_OFF = "day_off"
WORKING_DAY = "working_day"
KIND_WORDS = {"day_off": DAY_OFF, "holiday": DAY_OFF, "compensatory": DAY_OFF, "nghỉ": DAY_OFF,
              "nghi": DAY_OFF, "working_day": WORKING_DAY, "makeup": WORKING_DAY,
              "làm bù": WORKING_DAY, "lam bu": WORKING_DAY}
CSV_COLUMNS = ("day", "name", "kind")


@dataclass(frozen=True)
class HolidayRow:
    day: dt.date
    name: str
    kind: str  # day_off / working_day

    def as_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "name": self.name, "kind": self.kind}


@dataclass
class HolidayPlan:
    rows: list[HolidayRow]  # the whole calendar after the import
    years: list[int]
    added: list[HolidayRow] = field(default_factory=list)
    removed: list[HolidayRow] = field(default_factory=list)
    changed: list[tuple[HolidayRow, HolidayRow]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        from desk_app.domain.vn_format import date as vn_date

        out = [(f"Năm {', '.join(map(str, self.years))}: thêm {len(self.added)}, bỏ "
                f"{len(self.removed)}, sửa {len(self.changed)} ngày.")]
        out += [f"+ {vn_date(r.day)} {r.name} ({_kind_text(r.kind)})" for r in self.added]
        out += [f"- {vn_date(r.day)} {r.name}" for r in self.removed]
        out += [f"~ {vn_date(b.day)} {a.name} → {b.name} ({_kind_text(b.kind)})"
                for a, b in self.changed]
        return out


def _kind_text(kind: str) -> str:
    return "nghỉ" if kind == DAY_OFF else "làm bù"


def _parse_day(text: str) -> dt.date | None:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _entries(path: Path) -> list[tuple[int, dict[str, Any]]]:
    text = read_text(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        try:
            doc = parse_json_with_lines(text)
        except json.JSONDecodeError as exc:
            raise CatalogRefused([Problem(exc.lineno, f"JSON sai cú pháp ({exc.msg})")]) from exc
        if isinstance(doc, dict):
            doc = doc.get("holidays", doc.get("days"))
        if not isinstance(doc, list):
            raise CatalogRefused([Problem(1, "cần một danh sách ngày [ {...}, ... ]")])
        return [(int(d.get(LINE, 0)) if isinstance(d, dict) else 0, d) for d in doc]
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=max(",;\t", key=first.count))
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    if not {"day", "name"} <= set(header):
        raise CatalogRefused([Problem(1, "cần các cột day, name (và kind)")])
    return [(n, row) for n, row in enumerate(reader, start=2)]


def read_holidays(path: Path) -> list[HolidayRow]:
    problems: list[Problem] = []
    rows: list[HolidayRow] = []
    seen: dict[dt.date, int] = {}
    for line, item in _entries(path):
        if not isinstance(item, dict):
            problems.append(Problem(line, "mỗi ngày phải là một đối tượng {...}"))
            continue
        day = _parse_day(str(item.get("day") or ""))
        name = clean(str(item.get("name") or ""))
        kind = KIND_WORDS.get(str(item.get("kind") or "day_off").strip().lower())
        if day is None:
            problems.append(Problem(line, f"ngày «{item.get('day')}» không hợp lệ "
                                          "(YYYY-MM-DD hoặc dd/mm/yyyy)"))
            continue
        if not name:
            problems.append(Problem(line, "thiếu tên ngày nghỉ / ngày làm bù"))
        if kind is None:
            problems.append(Problem(line, f"kind «{item.get('kind')}» không hợp lệ "
                                          "(day_off: nghỉ; working_day: làm bù)"))
            continue
        if kind == WORKING_DAY and day.weekday() < 5:
            problems.append(Problem(line, "ngày làm bù phải là thứ Bảy hoặc Chủ nhật"))
        if kind == DAY_OFF and day.weekday() >= 5:
            problems.append(Problem(line, "ngày nghỉ rơi vào thứ Bảy/Chủ nhật: ghi ngày nghỉ "
                                          "bù (ngày làm việc kế tiếp) thay vào"))
        if day in seen:
            problems.append(Problem(line, f"ngày trùng với dòng {seen[day]}"))
        seen[day] = line
        rows.append(HolidayRow(day, name, kind))
    if not rows and not problems:
        problems.append(Problem(0, "tệp không có ngày nào"))
    if problems:
        raise CatalogRefused(sorted(problems, key=lambda p: p.line))
    return sorted(rows, key=lambda r: r.day)


def plan_import(current: list[HolidayRow], new: list[HolidayRow]) -> HolidayPlan:
    years = sorted({r.day.year for r in new})
    kept = [r for r in current if r.day.year not in years]
    before = {r.day: r for r in current if r.day.year in years}
    after = {r.day: r for r in new}
    plan = HolidayPlan(sorted(kept + new, key=lambda r: r.day), years)
    plan.added = [r for d, r in after.items() if d not in before]
    plan.removed = [r for d, r in before.items() if d not in after]
    plan.changed = [(before[d], r) for d, r in after.items() if d in before and before[d] != r]
    return plan


def _from_table(rows: list[dict[str, Any]]) -> list[HolidayRow]:
    return [HolidayRow(r["day"], r["name"], WORKING_DAY if r["working"] else DAY_OFF)
            for r in sorted(rows, key=lambda r: r["day"])]


def to_csv(rows: list[HolidayRow]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([r.day.isoformat(), r.name, r.kind])
    return buf.getvalue()


def write_holidays(s: Session, rows: list[HolidayRow], source: str) -> int:
    s.execute(delete(Holiday))
    s.add_all(Holiday(day=r.day, name=r.name, working=r.kind == WORKING_DAY) for r in rows)
    s.flush()
    return record_version(s, "holidays", [r.as_json() for r in rows], source)


class HolidayAdmin:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def rows(self, year: int | None = None) -> list[HolidayRow]:
        with self.ctx.sessions() as s:
            table = [{"day": h.day, "name": h.name, "working": h.working}
                     for h in s.scalars(select(Holiday))]
        rows = _from_table(table)
        return [r for r in rows if year is None or r.day.year == year]

    def plan(self, path: Path) -> HolidayPlan:
        return plan_import(self.rows(), read_holidays(path))

    def plan_rows(self, new: list[HolidayRow]) -> HolidayPlan:
        return plan_import(self.rows(), new)

    def apply(self, plan: HolidayPlan) -> int:
        with self.ctx.sessions.begin() as s:
            return write_holidays(s, plan.rows, "import")

    def plan_central(self, path: Path, url: str) -> HolidayPlan:
        from db.central.admin import read_holidays as central_rows

        return plan_import(_from_table(central_rows(url)), read_holidays(path))

    def apply_central(self, plan: HolidayPlan, url: str) -> int:
        from db.central.admin import replace_holidays

        if not plan.rows:
            raise InputRefused("catalog_invalid", "lịch trống")
        return replace_holidays(url, [{"day": r.day, "name": r.name,
                                       "working": r.kind == WORKING_DAY} for r in plan.rows])
