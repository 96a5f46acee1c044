"""The supervisor's reports, one service for the desktop client's preview and `desk-app report`:
the verification log (PDF, CSV, JSON), the indicators, the per-officer rates, the ledger (Mẫu 07)
and the control sheet (Mẫu 06). The period rule and the reporting unit's name live here once.

The PDF builders of the log and the indicators write to a path; when bytes are wanted (the
client's preview) the file is made in a temporary folder inside the store's home, never in the
system's temp folder (citizens' data), and removed afterwards."""
from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.context import AppContext
from desk_app.errors import InputRefused
from desk_app.supervision.access import Principal, cli_principal, require_supervision

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlalchemy.orm import Session

    from desk_app.accounts import AccountInfo
    from desk_app.supervision.central_source import CentralSource
    from desk_app.supervision.indicators import Indicators
    from desk_app.supervision.log_query import LogRow
    from desk_app.supervision.officer_rates import UnitRates

logger = logging.getLogger(__name__)

KINDS = ("verifications", "ledger", "indicators")  # what the client's reports menu offers


def check_period(date_from: dt.date | None, date_to: dt.date | None) -> None:
    """Either end may be open; a closed period must not end before it starts."""
    if date_from and date_to and date_from > date_to:
        raise InputRefused("bad_period", f"{date_from} > {date_to}")


class ReportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        # The centre, read with the supervisor's own role (central_source.py); None: this
        # counter's store only, and every report says so ("chỉ quầy này").
        self.central: CentralSource | None = None

    def use_central(self, source: CentralSource | None) -> None:
        self.central = source

    @property
    def scope(self) -> str:
        from desk_app.supervision.central_source import SCOPE_CENTRAL, SCOPE_LOCAL

        return SCOPE_CENTRAL if self.central is not None else SCOPE_LOCAL

    @property
    def scope_mark(self) -> str:
        from desk_app.supervision.central_source import CENTRAL_MARK, LOCAL_MARK

        return CENTRAL_MARK if self.central is not None else LOCAL_MARK

    def _sessions(self) -> AbstractContextManager[Session]:
        return self.central.sessions() if self.central is not None else self.ctx.sessions()

    def workstation_names(self) -> dict[str, str]:
        """id -> counter name of the workstations the report may hold."""
        if self.central is not None:
            return self.central.workstation_names()
        return {self.ctx.workstation.id: self.ctx.workstation.name}

    # --- who asks ---------------------------------------------------------------------------------
    def cli_principal(self, username: str | None) -> Principal:
        """Who runs a report command (desk_app/supervision/access.py); AuthError when refused."""
        from desk_app.accounts import AccountService

        return cli_principal(AccountService(self.ctx).login, username)

    # --- the pieces -------------------------------------------------------------------------------
    def unit(self) -> str:
        """The reporting unit's name, as the report headings show it."""
        from desk_app.dossier_forms import agency_header

        with self._sessions() as s:
            return str(agency_header(s, self.ctx.workstation.agency_code).unit)

    def log_rows(self, date_from: dt.date | None, date_to: dt.date | None,
                 flagged_only: bool = False) -> Iterator[LogRow]:
        """The log entries of the period, oldest first (the screen shows newest first), read
        page by page as they are consumed."""
        from desk_app.supervision.log_query import LogFilter, LogQuery

        check_period(date_from, date_to)
        engine = self.central.engine if self.central is not None else self.ctx.engine
        return LogQuery(engine).iter_rows(
            LogFilter(date_from=date_from, date_to=date_to, flagged_only=flagged_only),
            ascending=True)

    def write_verifications_pdf(self, path: Path, date_from: dt.date | None,
                                date_to: dt.date | None, flagged_only: bool = False) -> None:
        from desk_app.supervision import reports
        from desk_app.verification.anchor import chain_heads

        rows = self.log_rows(date_from, date_to, flagged_only)
        with self._sessions() as s:
            heads = chain_heads(s)  # the paper anchor (docs/verification.md)
        reports.verifications_pdf(rows, path, unit=self.unit(), date_from=date_from,
                                  date_to=date_to, flagged_only=flagged_only, heads=heads,
                                  scope=self.scope_mark, names=self.workstation_names())

    def indicators(self, date_from: dt.date | None, date_to: dt.date | None) -> Indicators:
        from desk_app.supervision.indicators import indicators_for

        check_period(date_from, date_to)
        with self._sessions() as s:
            return indicators_for(s, date_from, date_to)

    def write_indicators_pdf(self, path: Path, ind: Indicators) -> None:
        from desk_app.supervision import reports

        reports.indicators_pdf(ind, path, unit=self.unit(), scope=self.scope_mark)

    def officer_rates(self, date_from: dt.date | None, date_to: dt.date | None) -> UnitRates:
        from desk_app.supervision.officer_rates import officer_rates

        check_period(date_from, date_to)
        with self._sessions() as s:
            return officer_rates(s, date_from, date_to)

    def officer_counters(self) -> dict[str, list[dict[str, str]]]:
        """officer id -> the counters (id, name) whose log holds that officer's entries: the
        per-officer comparison across counters says where each officer worked."""
        from desk_app.supervision.officer_rates import officer_workstations

        names = self.workstation_names()
        with self._sessions() as s:
            found = officer_workstations(s)
        return {o: [{"id": ws, "name": names.get(ws, "")} for ws in stations]
                for o, stations in found.items()}

    def ledger_pdf(self, date_from: dt.date | None, date_to: dt.date | None) -> bytes:
        """Mẫu 07 of the dossiers received in the period (both ends required)."""
        from desk_app.domain.types import DocumentKind
        from desk_app.form_registry import FORMS

        form = FORMS[DocumentKind.LEDGER]
        check_period(date_from, date_to)
        if date_from is None or date_to is None:
            raise InputRefused("period_required", "ledger")
        with self._sessions() as s:
            data = form.gather(s, self.ctx.workstation.agency_code, date_from, date_to)
        return bytes(form.render(data))

    def control_sheet_pdf(self, code: str) -> bytes:
        """Mẫu 06 of one dossier."""
        from desk_app.domain.types import DocumentKind
        from desk_app.form_registry import FORMS

        form = FORMS[DocumentKind.CONTROL_SHEET]
        with self._sessions() as s:
            data = form.gather(s, code.strip())
        return bytes(form.render(data))

    # --- the client's preview ---------------------------------------------------------------------
    def build(self, kind: str, user: AccountInfo | Principal, date_from: dt.date | None, date_to: dt.date | None,
              flagged_only: bool = False) -> bytes:
        """The report `kind` (one of KINDS) for the period as PDF bytes; refused unless `user`
        supervises."""
        require_supervision(user)
        check_period(date_from, date_to)
        if kind == "verifications":
            return self._via_file(lambda path: self.write_verifications_pdf(
                path, date_from, date_to, flagged_only))
        if kind == "ledger":
            return self.ledger_pdf(date_from, date_to)
        if kind == "indicators":
            ind = self.indicators(date_from, date_to)
            return self._via_file(lambda path: self.write_indicators_pdf(path, ind))
        raise ValueError(f"unknown report {kind!r}")

    def _via_file(self, write: Callable[[Path], None]) -> bytes:
        scratch = Path(self.ctx.home) / "tmp"
        scratch.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(dir=scratch) as folder:
            path = Path(folder) / "report.pdf"
            write(path)
            return path.read_bytes()
