"""The supervision service: one plain object the desktop screen (through its workers), the CLI and
tests share. Every method is blocking and opens its own short session, so a worker thread may call it;
the screen never calls it on the GUI thread."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db.models import Counter, Setting, VerificationEntry
from db.page_store import PageStore
from desk_app.errors import InputRefused
from desk_app.supervision.access import require_supervision
from desk_app.supervision.log_query import LogQuery, NoteRow, add_note
from desk_app.supervision.officer_rates import UnitRates, officer_rates, officer_workstations
from desk_app.tasks import CancelToken, Progress
from desk_app.verification.chain import ALL_FIELDS
from desk_app.verification.log import check_chain

if TYPE_CHECKING:
    from desk_app.supervision.central_source import CentralSource

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainStatus:
    workstation_id: str
    name: str
    entries: int
    expected: int | None  # the chain counter: entries the workstation says it wrote
    broken_at: int | None  # chain index of the first break, None when intact
    reason: str  # "" / edited / missing / reordered / truncated / cancelled

    @property
    def intact(self) -> bool:
        return self.broken_at is None and self.reason == ""


class SupervisionService:
    def __init__(self, engine: Engine, pages: PageStore | None, user: Any) -> None:
        require_supervision(user)
        self.engine = engine
        self.pages = pages
        self.user = user
        self.local_query = LogQuery(engine)
        self.query = self.local_query
        # The centre read with the supervisor's role (central_source.py); None: this counter only.
        self.central: CentralSource | None = None

    # --- where it reads -------------------------------------------------------------------------
    def connect_central(self, url: str | None = None) -> CentralSource:
        """Opens and checks the centre (network: a worker thread calls it); use_central() then
        switches to it."""
        from desk_app.supervision.central_source import open_central

        return open_central(url)

    def use_central(self, source: CentralSource | None) -> CentralSource | None:
        """Reads from `source` from now on, or from this counter's store again (None). Returns
        the source left, for the caller to close (off the GUI thread: closing talks to the
        server)."""
        old, self.central = self.central, source
        self.query = source.query if source is not None else self.local_query
        return old if old is not source else None

    @property
    def is_central(self) -> bool:
        return self.central is not None

    def workstation_names(self) -> dict[str, str]:
        """id -> counter name, without counting anything: the centre's list of counters, or
        this store's own workstation."""
        if self.central is not None:
            return dict(self.central.workstation_names())
        with Session(self.engine) as s:
            local = {r.key: r.value for r in s.scalars(select(Setting).where(
                Setting.key.in_(("workstation_id", "workstation_name"))))}
        ws = local.get("workstation_id", "")
        return {ws: local.get("workstation_name", "") or ws[:8]} if ws else {}

    # --- notes ----------------------------------------------------------------------------------
    def notes(self, entry_id: str) -> list[NoteRow]:
        if self.central is not None:
            return list(self.central.notes(entry_id))
        return self.query.notes(entry_id)

    def add_note(self, entry_id: str, text: str, flag_code: str = "") -> NoteRow:
        """A note on the entry, or on one of the entry's own flags. In central mode it is
        written at the centre by the supervisor's own role, not through a counter's outbox."""
        if flag_code and flag_code not in self.query.entry(entry_id).flags:
            raise InputRefused("flag_not_on_entry", flag_code)
        if self.central is not None:
            row: NoteRow = self.central.add_note(entry_id, str(getattr(self.user, "id", "")),
                                                 text, flag_code)
            return row
        with Session(self.engine) as s, s.begin():
            note = add_note(s, entry_id, str(getattr(self.user, "id", "")), text, flag_code)
            row = NoteRow(note.id, note.entry_id, note.flag_code, note.author_id, note.text,
                          note.created_at)
        logger.info("supervisor note added on an entry")
        return row

    # --- officer rates --------------------------------------------------------------------------
    def officer_rates(self, date_from: dt.date | None, date_to: dt.date | None) -> UnitRates:
        if self.central is not None:
            with self.central.sessions() as s:
                return officer_rates(s, date_from, date_to)
        with Session(self.engine) as s:
            return officer_rates(s, date_from, date_to)

    def officer_rates_by_counter(self, date_from: dt.date | None, date_to: dt.date | None
                                 ) -> tuple[UnitRates, dict[str, list[str]]]:
        """The rates, and for each officer the names of the counters they worked at."""
        rates = self.officer_rates(date_from, date_to)
        names = self.workstation_names()
        if self.central is not None:
            with self.central.sessions() as s:
                found = officer_workstations(s)
        else:
            with Session(self.engine) as s:
                found = officer_workstations(s)
        return rates, {o: [names.get(ws) or ws[:8] for ws in stations]
                       for o, stations in found.items()}

    # --- page images ----------------------------------------------------------------------------
    def page_image(self, sha256: str) -> bytes | None:
        if self.pages is None or not self.pages.exists(sha256):
            return None
        return self.pages.get(sha256)

    # --- chain status ---------------------------------------------------------------------------
    def workstations(self) -> list[tuple[str, str, int]]:
        """(id, name, entries) of every workstation with a chain, without walking the chains."""
        if self.central is not None:
            return self.central.workstations()
        with Session(self.engine) as s:
            counts = dict(s.execute(
                select(VerificationEntry.workstation_id, func.count())
                .group_by(VerificationEntry.workstation_id)
            ).all())
            local = {r.key: r.value for r in s.scalars(select(Setting).where(
                Setting.key.in_(("workstation_id", "workstation_name"))))}
        names = {local.get("workstation_id", ""): local.get("workstation_name", "")}
        return [(ws, names.get(ws) or ws[:8], int(n)) for ws, n in sorted(counts.items())]

    def chain_status(self, progress: Progress | None = None,
                     cancel: CancelToken | None = None) -> list[ChainStatus]:
        """Walks every workstation's chain with the log's own check (verification.log.check_chain,
        as `desk-app log verify` does), streaming rows so a million entries fit in memory. In
        central mode: the centre's check of every counter (`central verify`)."""
        if self.central is not None:
            return self._central_chains(progress)
        stations = self.workstations()
        total = sum(n for _, _, n in stations)
        with Session(self.engine) as s:
            expected = {c.name.split(":", 1)[1]: int(c.value)
                        for c in s.scalars(select(Counter).where(Counter.name.like("chain:%")))}
        columns = [getattr(VerificationEntry, f) for f in ALL_FIELDS] + [VerificationEntry.entry_hash]
        done = 0
        out = []
        for ws, name, count in stations:
            cancelled = False

            def rows(session: Session, ws: str = ws, name: str = name) -> Iterator[Any]:
                nonlocal done, cancelled
                result = session.execute(
                    select(*columns).where(VerificationEntry.workstation_id == ws)
                    .order_by(VerificationEntry.chain_index, VerificationEntry.id)
                    .execution_options(yield_per=5000)
                )
                for row in result:  # Row objects answer getattr like the ORM entries
                    yield row
                    done += 1
                    if done % 5000 == 0:
                        if progress:
                            progress(done, total, name)
                        if cancel is not None and cancel.is_set():
                            cancelled = True
                            break
                result.close()

            with Session(self.engine) as s:
                found = None if cancel is not None and cancel.is_set() else \
                    check_chain(rows(s), expected.get(ws))
            if cancelled or (cancel is not None and cancel.is_set()):
                out.append(ChainStatus(ws, name, count, expected.get(ws), None, "cancelled"))
            elif found is None:
                out.append(ChainStatus(ws, name, count, expected.get(ws), None, ""))
            else:
                out.append(ChainStatus(ws, name, count, expected.get(ws), found.chain_index,
                                       found.reason))
        if progress:
            progress(total, total, "")
        return out

    def _central_chains(self, progress: Progress | None) -> list[ChainStatus]:
        assert self.central is not None
        stations = self.central.workstations()
        if progress:
            progress(0, 1, "")
        report = self.central.chain_report()
        first: dict[str, Any] = {}
        for problem in report.problems:
            first.setdefault(problem.workstation_id, problem)
        out = []
        for ws, name, count in stations:
            p = first.get(ws)
            reason = "" if p is None else _central_reason(p.reason)
            out.append(ChainStatus(ws, name, count, count, None if p is None else p.chain_index,
                                   reason))
        if progress:
            progress(1, 1, "")
        return out


def _central_reason(reason: str) -> str:
    """The centre's problem names (central_check.py) in the words of the local check."""
    if reason in ("hash", "ops_hash") or reason.startswith(("row:", "recorded:")):
        return "edited"
    if reason in ("gap", "link", "ops_link"):
        return "missing"
    return "truncated"
