"""The indicators a unit is judged by (Decision 766/QĐ-TTg; docs/domain.md#indicators), computed
for a period.

`compute_indicators` is pure: it takes plain `DossierFacts` and a period. `load_facts` reads them from
a store (local SQLite or central PostgreSQL: same table names). Definitions, precisely (also in
docs/supervision.md, "Indicators"):

- period: local days `date_from`..`date_to` inclusive; a missing end is open.
- received: a dossier whose `received_at` lies in the period and whose status is not `refused`
  (a Mẫu 03 refusal means the dossier was not accepted for processing).
- digitisation = received dossiers with at least one stored page image of their own (not deleted,
  not a result's page) / received.
- electronic_result = dossiers resolved in the period with `electronic_result` / dossiers resolved in
  the period. "Resolved at" is `resolved_at`, or `returned_at` when only that is recorded.
- online = received dossiers with channel `online` / received.
- reuse = received dossiers that reused at least one component from the citizen's e-data store or a
  national database (`reuse_count` > 0 or a component with `reused_from`) / received.
- on_time = received dossiers resolved no later than `due_at` (a dossier without `due_at` is a same-day
  procedure: on time when resolved on the day it was received) / received. Dossiers still open count
  in the denominator only, as the formula of docs/domain.md#indicators says; `open` and `late` are
  reported beside it.
Each indicator is {numerator, denominator, rate}; rate is numerator/denominator (0..1), or None when
the denominator is 0.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from db.models import Dossier, DossierComponent, Page

logger = logging.getLogger(__name__)

INDICATOR_CODES = ("digitisation", "electronic_result", "online", "reuse", "on_time")
INDICATOR_LABELS = {
    "digitisation": "Tỷ lệ số hóa hồ sơ",
    "electronic_result": "Tỷ lệ cấp kết quả điện tử",
    "online": "Tỷ lệ hồ sơ trực tuyến",
    "reuse": "Tỷ lệ tái sử dụng dữ liệu",
    "on_time": "Tỷ lệ giải quyết đúng hạn",
}
# Full marks for reuse at 80 % (docs/domain.md#indicators, Decision 766); the others have no stated
# target here.
TARGETS: dict[str, float] = {"reuse": 0.8}


@dataclass(frozen=True)
class DossierFacts:
    code: str
    status: str
    channel: str
    received_at: dt.datetime
    due_at: dt.datetime | None
    resolved_at: dt.datetime | None
    returned_at: dt.datetime | None
    electronic_result: bool
    reused: bool
    digitised: bool

    @property
    def finished_at(self) -> dt.datetime | None:
        return self.resolved_at or self.returned_at


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def as_json(self) -> dict[str, Any]:
        return {"numerator": self.numerator, "denominator": self.denominator, "rate": self.rate}


@dataclass(frozen=True)
class Indicators:
    date_from: dt.date | None
    date_to: dt.date | None
    values: dict[str, Ratio]
    received: int
    resolved: int
    open: int
    late: int
    # documents offered for reuse and taken over (docs/reuse.md#indicators); None when not read
    document_reuse: Ratio | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "period": {
                "from": self.date_from.isoformat() if self.date_from else None,
                "to": self.date_to.isoformat() if self.date_to else None,
            },
            "indicators": {code: self.values[code].as_json() for code in INDICATOR_CODES},
            "targets": dict(TARGETS),
            "counts": {"received": self.received, "resolved": self.resolved,
                       "open": self.open, "late": self.late},
            **({"document_reuse": {"reused": self.document_reuse.numerator,
                                   "offered": self.document_reuse.denominator,
                                   "rate": self.document_reuse.rate}}
               if self.document_reuse is not None else {}),
        }


def _in_period(moment: dt.datetime | None, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    if moment is None:
        return False
    if date_from is not None and moment.date() < date_from:
        return False
    return not (date_to is not None and moment.date() > date_to)


def _on_time(d: DossierFacts) -> bool:
    done = d.finished_at
    if done is None:
        return False
    if d.due_at is None:
        return done.date() <= d.received_at.date()
    return done <= d.due_at


def compute_indicators(facts: Iterable[DossierFacts], date_from: dt.date | None = None,
                       date_to: dt.date | None = None) -> Indicators:
    facts = list(facts)
    received = [d for d in facts
                if d.status != "refused" and _in_period(d.received_at, date_from, date_to)]
    resolved = [d for d in facts
                if d.status != "refused" and _in_period(d.finished_at, date_from, date_to)]
    n = len(received)
    on_time = sum(1 for d in received if _on_time(d))
    open_ = sum(1 for d in received if d.finished_at is None)
    values = {
        "digitisation": Ratio(sum(1 for d in received if d.digitised), n),
        "electronic_result": Ratio(sum(1 for d in resolved if d.electronic_result), len(resolved)),
        "online": Ratio(sum(1 for d in received if d.channel == "online"), n),
        "reuse": Ratio(sum(1 for d in received if d.reused), n),
        "on_time": Ratio(on_time, n),
    }
    return Indicators(date_from, date_to, values, n, len(resolved), open_, n - on_time - open_)


def load_facts(session: Session, date_from: dt.date | None = None,
               date_to: dt.date | None = None) -> list[DossierFacts]:
    """Dossiers received or resolved in the period, as facts (one query, two EXISTS probes)."""
    def bounds(column: Any) -> Any:
        parts = []
        if date_from:
            parts.append(column >= dt.datetime.combine(date_from, dt.time()))
        if date_to:
            parts.append(column < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
        return and_(column.is_not(None), *parts)

    # the dossier's own pages: a result's pages (role "result") do not make a dossier digitised
    digitised = exists().where(Page.dossier_id == Dossier.id, Page.deleted.is_(False),
                               Page.role != "result")
    reused_component = exists().where(
        DossierComponent.dossier_id == Dossier.id, DossierComponent.reused_from.is_not(None)
    )
    stmt = select(
        Dossier.code, Dossier.status, Dossier.channel, Dossier.received_at, Dossier.due_at,
        Dossier.resolved_at, Dossier.returned_at, Dossier.electronic_result, Dossier.reuse_count,
        digitised.label("digitised"), reused_component.label("reused_component"),
    ).where(or_(bounds(Dossier.received_at), bounds(Dossier.resolved_at),
                bounds(Dossier.returned_at)))
    return [
        DossierFacts(
            code=r.code, status=r.status, channel=r.channel, received_at=r.received_at,
            due_at=r.due_at, resolved_at=r.resolved_at, returned_at=r.returned_at,
            electronic_result=bool(r.electronic_result),
            reused=bool(r.reuse_count) or bool(r.reused_component), digitised=bool(r.digitised),
        )
        for r in session.execute(stmt)
    ]


def indicators_for(session: Session, date_from: dt.date | None = None,
                   date_to: dt.date | None = None) -> Indicators:
    from dataclasses import replace

    from desk_app.reuse.counts import document_reuse

    out = compute_indicators(load_facts(session, date_from, date_to), date_from, date_to)
    return replace(out, document_reuse=Ratio(*document_reuse(session, date_from, date_to)))
