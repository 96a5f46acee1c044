"""The dossier list's one query, shared by the main window (through ReceptionService) and
`desk-app dossiers list` (on a plain sqlite3 connection, db/fast_read.py): plain SQL, no SQLAlchemy.

Each list costs what it shows: rows come newest first through an index of the filter used (day,
status, officer, procedure, applicant: migrations 0007 and 0011), the page count is read with the
row (dossiers.page_count, kept by triggers on pages: migration 0018), and words are matched through the FTS5 index of the dossiers'
folded search text (code, applicant, procedure; migration 0011) instead of a scan with LIKE; a
search lists its matches newest entered first. Paging: an offset, or a cursor (the last row's
reception time and code) that costs the same on the last page as on the first."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desk_app.domain.text import fold
from desk_app.errors import InputRefused

_TOKEN = re.compile(r"[0-9a-z]+")

# Rows the main window reads at a time; it reads the next page as the officer scrolls to the end.
PAGE_ROWS = 100

COLUMNS = ("id", "code", "procedure_code", "procedure_name", "applicant_name", "status",
           "received_at", "due_at", "pages", "channel", "resolved_at", "returned_at",
           "new_due_at", "timeliness", "electronic_result")


@dataclass(frozen=True)
class ListFilter:
    day: dt.date | None = None
    query: str = ""  # words of the code, the applicant's name or the procedure, any diacritics
    status: str | None = None
    officer_id: str | None = None
    procedure_code: str | None = None
    applicant_id: str | None = None


def match_expression(query: str) -> str | None:
    """The FTS5 expression for the words typed: every word, the last one possibly the start of a
    word being typed (so "nguyen van a" finds "Nguyễn Văn An"). Whole earlier words keep a common
    search at a fraction of a millisecond: an FTS5 prefix term is gathered in full before it is
    joined, a whole word is read lazily, newest first. None: no word to look for."""
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    return " ".join([*(f'"{t}"' for t in tokens[:-1]), f'"{tokens[-1]}"*'])


def _stamp(value: dt.datetime) -> str:
    # SQLAlchemy's SQLite DateTime format: text comparison is time order
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def make_cursor(received_at: dt.datetime, code: str) -> str:
    return f"{received_at.isoformat()}|{code}"


def _parse_cursor(cursor: str) -> tuple[str, str]:
    when, sep, code = cursor.partition("|")
    try:
        if not sep or not code:
            raise ValueError(cursor)
        return _stamp(dt.datetime.fromisoformat(when)), code
    except ValueError as exc:
        raise InputRefused("bad_cursor", cursor) from exc


def list_sql(flt: ListFilter, limit: int | None, offset: int = 0,
             cursor: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """SQL and parameters of one page of the list, columns as COLUMNS. None: the words typed
    hold nothing searchable, so nothing matches. limit None: every row (streamed by the caller)."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if flt.day is not None:
        start = dt.datetime.combine(flt.day, dt.time())
        where.append("d.received_at >= :day_start AND d.received_at < :day_end")
        params.update(day_start=_stamp(start), day_end=_stamp(start + dt.timedelta(days=1)))
    for name in ("status", "officer_id", "procedure_code", "applicant_id"):
        value = getattr(flt, name)
        if value:
            where.append(f"d.{name} = :{name}")
            params[name] = value
    searched = bool(flt.query.strip())
    if searched:
        match = match_expression(flt.query)
        if match is None:
            return None
        params["match"] = match
    if cursor:
        params["c_at"], params["c_code"] = _parse_cursor(cursor)
        if searched:
            where.append("dossier_fts.rowid < (SELECT rowid FROM dossiers WHERE code = :c_code)")
        else:
            where.append("(d.received_at < :c_at OR (d.received_at = :c_at AND d.code < :c_code))")
    # The page of rows is chosen first on the dossiers alone; the joins are then made for those
    # rows only. Without words: an index walk in time order, stopping at the
    # limit. With words: the FTS matches newest entered first (rowid order, which is the order of
    # reception at the counter), also stopping at the limit: sorting every match by its time
    # would cost the number of matches (a common name: thousands) on every keystroke.
    if searched:
        keys = (
            "SELECT dossier_fts.rowid AS rid, dossier_fts.rowid AS r_at, '' AS r_code"
            " FROM dossier_fts JOIN dossiers d ON d.rowid = dossier_fts.rowid"
            " WHERE dossier_fts MATCH :match" + "".join(" AND " + w for w in where)
            + " ORDER BY dossier_fts.rowid DESC"
        )
    else:
        keys = (
            "SELECT d.rowid AS rid, d.received_at AS r_at, d.code AS r_code FROM dossiers d"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.received_at DESC, d.code DESC"
        )
    if limit is not None or offset:
        keys += " LIMIT :limit OFFSET :offset"
        params.update(limit=-1 if limit is None else limit, offset=offset)
    sql = (
        "SELECT d.id, d.code, d.procedure_code, pr.name, a.full_name, d.status, d.received_at,"
        " d.due_at,"
        " d.page_count,"
        " d.channel, d.resolved_at, d.returned_at, d.new_due_at, d.timeliness,"
        " d.electronic_result"
        f" FROM ({keys}) AS k"
        " JOIN dossiers d ON d.rowid = k.rid"
        " JOIN applicants a ON a.id = d.applicant_id"
        " JOIN procedures pr ON pr.code = d.procedure_code"
        " ORDER BY k.r_at DESC, k.r_code DESC"
    )
    return sql, params


def parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def iter_rows(rows: Iterator[Any]) -> Iterator[tuple[Any, ...]]:
    """The first nine columns (DossierSummary's fields) as read, times parsed."""
    for r in rows:
        yield (r[0], r[1], r[2], r[3], r[4], r[5], parse_time(r[6]), parse_time(r[7]), r[8])
