"""The supervisor's reports as PDF bytes for the preview dialog: the verification log, the
ledger (Mẫu 07) and the indicators. Plain functions over the Supervision area's builders (no Qt);
they run on a worker. The builders write to a path, so the file is made in a temporary folder
inside the store's home (citizens' data never goes to the system's temp folder) and removed."""
from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.errors import InputRefused
from desk_app.supervision.access import require_supervision

logger = logging.getLogger(__name__)

KINDS = ("verifications", "ledger", "indicators")


class ReportBuilder:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx

    def _unit(self) -> str:
        from desk_app.dossier_forms import agency_header

        with self.ctx.sessions() as s:
            return str(agency_header(s, self.ctx.workstation.agency_code).unit)

    def _via_file(self, write: Callable[[Path], None]) -> bytes:
        scratch = Path(self.ctx.home) / "tmp"
        scratch.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(dir=scratch) as folder:
            path = Path(folder) / "report.pdf"
            write(path)
            return path.read_bytes()

    def build(self, kind: str, user: Any, date_from: dt.date | None, date_to: dt.date | None,
              flagged_only: bool = False) -> bytes:
        """The report `kind` for the period; refused unless `user` supervises."""
        require_supervision(user)
        if date_from and date_to and date_from > date_to:
            raise InputRefused("bad_period", f"{date_from} > {date_to}")
        if kind == "verifications":
            return self.verifications(date_from, date_to, flagged_only)
        if kind == "ledger":
            if date_from is None or date_to is None:
                raise InputRefused("period_required", "ledger")
            return self.ledger(date_from, date_to)
        if kind == "indicators":
            return self.indicators(date_from, date_to)
        raise ValueError(f"unknown report {kind!r}")

    def verifications(self, date_from: dt.date | None, date_to: dt.date | None,
                      flagged_only: bool = False) -> bytes:
        from desk_app.supervision import reports
        from desk_app.supervision.log_query import LogFilter, LogQuery

        rows = LogQuery(self.ctx.engine).iter_rows(
            LogFilter(date_from=date_from, date_to=date_to, flagged_only=flagged_only),
            ascending=True)
        unit = self._unit()
        return self._via_file(lambda path: reports.verifications_pdf(
            rows, path, unit=unit, date_from=date_from, date_to=date_to,
            flagged_only=flagged_only))

    def ledger(self, date_from: dt.date, date_to: dt.date) -> bytes:
        from desk_app.domain.types import DocumentKind
        from desk_app.form_registry import FORMS

        form = FORMS[DocumentKind.LEDGER]
        with self.ctx.sessions() as s:
            data = form.gather(s, self.ctx.workstation.agency_code, date_from, date_to)
        return bytes(form.render(data))

    def indicators(self, date_from: dt.date | None, date_to: dt.date | None) -> bytes:
        from desk_app.supervision import reports
        from desk_app.supervision.indicators import indicators_for

        with self.ctx.sessions() as s:
            ind = indicators_for(s, date_from, date_to)
        unit = self._unit()
        return self._via_file(lambda path: reports.indicators_pdf(ind, path, unit=unit))
