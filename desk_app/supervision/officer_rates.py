"""Per-officer rates against the unit's median, so that an officer who demands papers beyond the law
stands out (docs/domain.md#supervisor-flags: supervisors correct officers who ask for too much).

Rates per officer for a period:
- certified_copy: entries flagged `certified_copy_demanded` or `original_demanded_for_certified_copy`
  / the officer's log entries;
- supplement: the officer's received dossiers sent back for supplement (status `supplement_requested`
  or a Mẫu 02 printed for it) / the officer's dossiers;
- override: entries flagged `mismatch_overridden` / the officer's log entries;
- flagged: entries with any flag / the officer's log entries.
The unit median of each rate is the median over officers with at least one entry (or dossier); it is
what the screen shows. An officer is an outlier on a rate when it is at least OUTLIER_FACTOR times the
median of the *other* officers, at least OUTLIER_MIN_GAP above it, and rests on at least
OUTLIER_MIN_EVENTS events (so one slip in ten entries is not an alarm).
"""
from __future__ import annotations

import datetime as dt
import logging
import statistics
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from db.models import Dossier, GeneratedDocument, VerificationEntry
from desk_app.domain.types import DocumentKind
from desk_app.supervision.flags import (
    CERTIFIED_COPY_DEMANDED,
    MISMATCH_OVERRIDDEN,
    ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY,
    any_flag_condition,
    flag_condition,
)
from desk_app.supervision.log_query import LogFilter, load_catalog, where_clause

logger = logging.getLogger(__name__)

RATE_CODES = ("certified_copy", "supplement", "override", "flagged")
OUTLIER_FACTOR = 2.0
OUTLIER_MIN_GAP = 0.02
OUTLIER_MIN_EVENTS = 2


@dataclass(frozen=True)
class OfficerRates:
    officer_id: str
    officer_name: str
    entries: int
    dossiers: int
    counts: dict[str, int]
    rates: dict[str, float | None]
    outliers: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnitRates:
    officers: list[OfficerRates]
    medians: dict[str, float | None] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "medians": self.medians,
            "officers": [
                {"officer_id": o.officer_id, "officer_name": o.officer_name, "entries": o.entries,
                 "dossiers": o.dossiers, "counts": o.counts, "rates": o.rates,
                 "outliers": list(o.outliers)}
                for o in self.officers
            ],
        }


def _sum_of(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0), type_=Integer)


def is_outlier(rate: float | None, median: float | None, events: int) -> bool:
    if rate is None or median is None or events < OUTLIER_MIN_EVENTS:
        return False
    return rate >= OUTLIER_FACTOR * median and rate - median >= OUTLIER_MIN_GAP


def officer_rates(session: Session, date_from: dt.date | None = None,
                  date_to: dt.date | None = None) -> UnitRates:
    v = VerificationEntry
    catalog = load_catalog(session)
    where = where_clause(LogFilter(date_from=date_from, date_to=date_to), catalog)
    certified = or_(flag_condition(CERTIFIED_COPY_DEMANDED, catalog.components),
                    flag_condition(ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY, catalog.components))
    log_rows = session.execute(
        select(
            v.officer_id, func.max(v.officer_name).label("name"), func.count().label("entries"),
            _sum_of(certified).label("certified_copy"),
            _sum_of(flag_condition(MISMATCH_OVERRIDDEN, catalog.components)).label("override"),
            _sum_of(any_flag_condition(catalog.components)).label("flagged"),
        ).where(where).group_by(v.officer_id)
    ).all()

    d = Dossier
    period = []
    if date_from:
        period.append(d.received_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to:
        period.append(d.received_at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
    sent_back = or_(
        d.status == "supplement_requested",
        exists().where(GeneratedDocument.dossier_id == d.id,
                       GeneratedDocument.kind == DocumentKind.SUPPLEMENT_REQUEST),
    )
    dossier_rows = session.execute(
        select(d.officer_id, func.count().label("dossiers"), _sum_of(sent_back).label("supplement"))
        .where(and_(d.officer_id.is_not(None), *period)).group_by(d.officer_id)
    ).all()

    people: dict[str, dict[str, Any]] = {}
    for r in log_rows:
        people[r.officer_id] = {
            "name": r.name or r.officer_id, "entries": int(r.entries), "dossiers": 0,
            "certified_copy": int(r.certified_copy or 0), "override": int(r.override or 0),
            "flagged": int(r.flagged or 0), "supplement": 0,
        }
    for r in dossier_rows:
        p = people.setdefault(r.officer_id, {
            "name": r.officer_id, "entries": 0, "dossiers": 0, "certified_copy": 0,
            "override": 0, "flagged": 0, "supplement": 0,
        })
        p["dossiers"] = int(r.dossiers)
        p["supplement"] = int(r.supplement or 0)

    def rate(p: dict[str, Any], code: str) -> float | None:
        base = p["dossiers"] if code == "supplement" else p["entries"]
        return p[code] / base if base else None

    medians: dict[str, float | None] = {}
    for code in RATE_CODES:
        values = [value for p in people.values() if (value := rate(p, code)) is not None]
        medians[code] = statistics.median(values) if values else None

    result = []
    for officer_id, p in people.items():
        rates = {code: rate(p, code) for code in RATE_CODES}
        outliers = []
        for code in RATE_CODES:
            # Against the median of the *other* officers, so that one officer's own rate cannot
            # hide itself (in a unit of two, the median is half the outlier's own figure).
            others = [value for oid, q in people.items() if oid != officer_id
                      and (value := rate(q, code)) is not None]
            reference = statistics.median(others) if others else medians[code]
            if is_outlier(rates[code], reference, p[code]):
                outliers.append(code)
        result.append(OfficerRates(
            officer_id, p["name"], p["entries"], p["dossiers"],
            {code: p[code] for code in RATE_CODES}, rates, tuple(outliers),
        ))
    result.sort(key=lambda o: (-len(o.outliers), o.officer_name))
    return UnitRates(result, medians)


def officer_workstations(session: Session) -> dict[str, list[str]]:
    """officer id -> the workstations (counters) whose log holds that officer's entries: with the
    centre's log, where each officer compared across counters worked."""
    v = VerificationEntry
    out: dict[str, list[str]] = {}
    for officer, ws in session.execute(select(v.officer_id, v.workstation_id).distinct()
                                       .order_by(v.officer_id, v.workstation_id)):
        out.setdefault(officer, []).append(ws)
    return out
