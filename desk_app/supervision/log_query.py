"""Filtered, paged reading of the verification log for supervisors.

Pages are keyset pages, newest first, ordered by (created_at, id): each page starts after the last row
of the previous one, so page 5,000 costs what page 1 costs (no OFFSET). Filters map onto the indexes
of migrations 0001/0006. Only SQLAlchemy Core over the table `verification_entries`, so the same
queries run against the central PostgreSQL database, which uses the same table name.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Engine, and_, bindparam, func, or_, select, true
from sqlalchemy.orm import Session

from db.models import ProcedureComponent, SupervisorNote, VerificationEntry
from desk_app.domain.text import nfc
from desk_app.domain.types import Verdict
from desk_app.errors import InputRefused, NotFound
from desk_app.supervision.flags import FLAG_CODES, any_flag_condition, flag_condition, flags_for

logger = logging.getLogger(__name__)

V = VerificationEntry

_ROW_COLUMNS = (
    V.id, V.created_at, V.dossier_id, V.dossier_code, V.procedure_code, V.component_name,
    V.presentation_form, V.requirement, V.on_published_list, V.original_shown, V.demanded_form,
    V.officer_id, V.officer_name, V.verdict, V.engine_verdict, V.engine_score, V.page_hashes,
    V.procedure_component_id, V.workstation_id, V.chain_index, V.override_reason,
    V.reused_from, V.reusable_from,  # docs/reuse.md
    V.demand_reason, V.stage,
)


@dataclass(frozen=True)
class LogFilter:
    """What the supervisor asks for. Dates are inclusive local days."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    officer_id: str | None = None
    procedure_code: str | None = None
    flag: str | None = None
    flagged_only: bool = False
    verdict: str | None = None
    workstation_id: str | None = None

    def validate(self) -> None:
        if self.flag is not None and self.flag not in FLAG_CODES:
            raise InputRefused("unknown_flag", self.flag)
        if self.verdict is not None and self.verdict not in frozenset(Verdict):
            raise InputRefused("unknown_verdict", self.verdict)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputRefused("bad_period", f"{self.date_from} > {self.date_to}")


@dataclass(frozen=True)
class Cursor:
    created_at: dt.datetime
    id: str


class LogRow(NamedTuple):
    """One entry as the screen and the reports see it. A NamedTuple of plain values rather than a
    dataclass: CPython's garbage collector stops tracking such tuples, so tens of thousands of loaded
    rows add nothing to its full collections (which hold the GIL, and so stall the GUI thread)."""

    id: str
    created_at: dt.datetime
    dossier_id: str
    dossier_code: str
    procedure_code: str
    component_name: str
    presentation_form: str
    requirement: str
    on_published_list: bool
    original_shown: bool
    demanded_form: str | None
    officer_id: str
    officer_name: str
    verdict: str
    engine_verdict: str | None
    engine_score: float | None
    page_hashes: tuple[str, ...]
    procedure_component_id: str | None
    workstation_id: str
    chain_index: int
    override_reason: str
    reused_from: str | None = None
    reusable_from: str | None = None
    flags: tuple[str, ...] = ()
    demand_reason: str | None = None  # why a stricter form or an off-list paper was asked for
    stage: str | None = None  # "reception" / "check" (desk_app/reception_log.py), None before

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.created_at, self.id)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "dossier_code": self.dossier_code,
            "procedure_code": self.procedure_code,
            "procedure_component_id": self.procedure_component_id,
            "component_name": self.component_name,
            "presentation_form": self.presentation_form,
            "requirement": self.requirement,
            "on_published_list": self.on_published_list,
            "original_shown": self.original_shown,
            "demanded_form": self.demanded_form,
            "officer_id": self.officer_id,
            "officer_name": self.officer_name,
            "verdict": self.verdict,
            "engine_verdict": self.engine_verdict,
            "engine_score": self.engine_score,
            "override_reason": self.override_reason,
            "pages": len(self.page_hashes),
            "page_hashes": list(self.page_hashes),
            "workstation_id": self.workstation_id,
            "chain_index": self.chain_index,
            "reused_from": self.reused_from,
            "reusable_from": self.reusable_from,
            "flags": list(self.flags),
            "demand_reason": self.demand_reason,
            "stage": self.stage,
        }


@dataclass(frozen=True)
class LogPage:
    rows: list[LogRow]
    next_cursor: Cursor | None  # None: no more rows


@dataclass(frozen=True)
class NoteRow:
    id: str
    entry_id: str
    flag_code: str
    author_id: str
    text: str
    created_at: dt.datetime


@dataclass
class CatalogIndex:
    """The catalog components the flag rules look at, by id (a few hundred rows, read once)."""

    components: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, component_id: str | None) -> dict[str, Any] | None:
        return self.components.get(component_id) if component_id else None

    def items(self) -> Any:
        return self.components.items()


def load_catalog(session: Session) -> CatalogIndex:
    rows = session.execute(select(
        ProcedureComponent.id, ProcedureComponent.available_as_data,
        ProcedureComponent.requirement, ProcedureComponent.accepted_forms,
    )).all()
    return CatalogIndex({
        r.id: {"available_as_data": bool(r.available_as_data), "requirement": r.requirement,
               "accepted_forms": frozenset(str(f) for f in (r.accepted_forms or []))}
        for r in rows
    })


def where_clause(filt: LogFilter, catalog: CatalogIndex) -> ColumnElement[bool]:
    filt.validate()
    parts: list[ColumnElement[bool]] = []
    if filt.date_from:
        parts.append(V.created_at >= dt.datetime.combine(filt.date_from, dt.time()))
    if filt.date_to:
        parts.append(V.created_at < dt.datetime.combine(filt.date_to + dt.timedelta(days=1), dt.time()))
    if filt.officer_id:
        parts.append(V.officer_id == filt.officer_id)
    if filt.procedure_code:
        parts.append(V.procedure_code == filt.procedure_code)
    if filt.verdict:
        parts.append(V.verdict == filt.verdict)
    if filt.workstation_id:
        parts.append(V.workstation_id == filt.workstation_id)
    if filt.flag:
        parts.append(flag_condition(filt.flag, catalog.components))
    elif filt.flagged_only:
        parts.append(any_flag_condition(catalog.components))
    return and_(true(), *parts)


def _after(ascending: bool = False) -> ColumnElement[bool]:
    # "(created_at, id) < cursor" (or > when ascending), spelled so that both SQLite and PostgreSQL
    # see a plain range on created_at and start the index walk at the cursor instead of filtering
    # from the first entry. The cursor comes as bound parameters: one statement serves every page.
    at = bindparam("cursor_at", type_=V.created_at.type)
    cid = bindparam("cursor_id", type_=V.id.type)
    if ascending:
        return and_(V.created_at >= at, or_(V.created_at > at, V.id > cid))
    return and_(V.created_at <= at, or_(V.created_at < at, V.id < cid))


_ROW_NAMES = tuple(c.key for c in _ROW_COLUMNS)


def _row(r: Any, catalog: CatalogIndex) -> LogRow:
    values = dict(zip(_ROW_NAMES, r, strict=True))  # not r._mapping: 25 µs a row, GIL held
    values["page_hashes"] = tuple(values["page_hashes"] or ())
    values["on_published_list"] = bool(values["on_published_list"])
    values["original_shown"] = bool(values["original_shown"])
    values["override_reason"] = values["override_reason"] or ""
    values["flags"] = tuple(flags_for(values, catalog.get(values["procedure_component_id"])))
    return LogRow(**values)


class LogQuery:
    """Read-only access to the log. Each call opens its own short session, so one instance can be
    shared by worker threads (never two threads on one session)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._catalog: CatalogIndex | None = None
        self._statements: dict[tuple[Any, ...], Any] = {}
        self._lock = threading.Lock()

    def catalog(self) -> CatalogIndex:
        if self._catalog is None:
            with Session(self.engine) as s:
                self._catalog = load_catalog(s)
        return self._catalog

    def _statement(self, filt: LogFilter, paged: bool, limit: int, ascending: bool) -> Any:
        """The page statement of a filter, built once: SQLAlchemy memoizes a statement object's
        cache key, so later pages skip rebuilding and re-keying a large flag condition (work that
        holds the GIL and would take time from the GUI thread)."""
        key = (filt, paged, limit, ascending)
        with self._lock:
            stmt = self._statements.get(key)
        if stmt is None:
            where = where_clause(filt, self.catalog())
            if paged:
                where = and_(where, _after(ascending))
            order = ((V.created_at.asc(), V.id.asc()) if ascending
                     else (V.created_at.desc(), V.id.desc()))
            stmt = select(*_ROW_COLUMNS).where(where).order_by(*order).limit(limit)
            with self._lock:
                if len(self._statements) > 64:
                    self._statements.clear()
                self._statements[key] = stmt
        return stmt

    def page(self, filt: LogFilter, after: Cursor | None = None, limit: int = 200,
             ascending: bool = False) -> LogPage:
        """One keyset page: newest first (the screen), or oldest first (reports)."""
        stmt = self._statement(filt, after is not None, limit, ascending)
        params = {} if after is None else {"cursor_at": after.created_at, "cursor_id": after.id}
        catalog = self.catalog()
        with Session(self.engine) as s:
            rows = [_row(r, catalog) for r in s.execute(stmt, params)]
        next_cursor = rows[-1].cursor if len(rows) == limit else None
        return LogPage(rows, next_cursor)

    def iter_rows(self, filt: LogFilter, batch: int = 2000,
                  ascending: bool = False) -> Iterator[LogRow]:
        """Every matching row, a page at a time (memory stays one page whatever the log's size)."""
        cursor: Cursor | None = None
        while True:
            page = self.page(filt, cursor, batch, ascending)
            yield from page.rows
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def count(self, filt: LogFilter) -> int:
        with Session(self.engine) as s:
            return int(s.scalar(select(func.count()).select_from(V).where(where_clause(filt, self.catalog()))) or 0)

    def entry(self, entry_id: str) -> LogRow:
        with Session(self.engine) as s:
            r = s.execute(select(*_ROW_COLUMNS).where(V.id == entry_id)).first()
        if r is None:
            raise NotFound("unknown_entry", entry_id)
        return _row(r, self.catalog())

    def officers(self) -> list[tuple[str, str]]:
        """(officer_id, name) of everyone in the log, by name."""
        with Session(self.engine) as s:
            rows = s.execute(
                select(V.officer_id, func.max(V.officer_name)).group_by(V.officer_id)
            ).all()
        return sorted(((r[0], r[1] or r[0]) for r in rows), key=lambda t: (t[1], t[0]))

    def procedures(self) -> list[str]:
        with Session(self.engine) as s:
            return sorted(s.scalars(select(V.procedure_code).distinct()).all())

    def notes(self, entry_id: str) -> list[NoteRow]:
        with Session(self.engine) as s:
            rows = s.scalars(
                select(SupervisorNote).where(SupervisorNote.entry_id == entry_id)
                .order_by(SupervisorNote.created_at, SupervisorNote.id)
            ).all()
            return [NoteRow(n.id, n.entry_id, n.flag_code, n.author_id, n.text, n.created_at)
                    for n in rows]


def add_note(session: Session, entry_id: str, author_id: str, text: str,
             flag_code: str = "") -> SupervisorNote:
    """Appends a supervisor's note on an entry (the entry itself is never touched)."""
    body = nfc(text or "").strip()
    if not body:
        raise InputRefused("empty_note")
    if flag_code and flag_code not in FLAG_CODES:
        raise InputRefused("unknown_flag", flag_code)
    if session.get(VerificationEntry, entry_id) is None:
        raise NotFound("unknown_entry", entry_id)
    # Local wall-clock time, like the log entries it comments on.
    note = SupervisorNote(entry_id=entry_id, flag_code=flag_code, author_id=author_id, text=body,
                          created_at=dt.datetime.now())
    session.add(note)
    session.flush()
    return note
