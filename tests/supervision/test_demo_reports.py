"""Every report PDF of a demo store (flagged entries included) speaks Vietnamese: no flag code, no
dot-decimal percentage; the demo's results come back in office hours on working days."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Dossier
from desk_app.demo.dossiers import create_demo_data
from desk_app.domain.holidays import calendar_for
from desk_app.supervision.flags import FLAG_CODES
from desk_app.supervision.registers import ledger_data
from desk_app.supervision.report_service import ReportService

OPEN, CLOSE = dt.time(7, 0), dt.time(17, 30)


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str]]]:
    """One 40-dossier demo store for both tests (they only read it): built once, ~6 s."""
    from desk_app.context import open_context

    ctx = open_context(tmp_path_factory.mktemp("demo-reports"))
    try:
        yield ctx, create_demo_data(ctx, 40, seed=11)
    finally:
        ctx.close()


def test_no_report_prints_a_flag_code(demo: Any, tmp_path: Path) -> None:
    ctx, codes = demo
    reports = ReportService(ctx)
    rows = list(reports.log_rows(None, None))
    assert any(r.flags for r in rows), "the demo store has flagged entries"
    # every flag kind, each from a real reception or comparison (desk_app/demo/asking.py)
    assert {c for r in rows for c in r.flags} == set(FLAG_CODES)
    assert {r.stage for r in rows} == {"reception", "check"}
    first = min(r.created_at for r in rows).date()
    today = dt.date.today()
    texts = {
        "verifications": _text(reports._via_file(
            lambda p: reports.write_verifications_pdf(p, None, None)), tmp_path, "v.pdf"),
        "flagged": _text(reports._via_file(
            lambda p: reports.write_verifications_pdf(p, None, None, flagged_only=True)),
            tmp_path, "f.pdf"),
        "ledger": _text(reports.ledger_pdf(first - dt.timedelta(days=60), today), tmp_path,
                        "l.pdf"),
        "indicators": _text(reports._via_file(
            lambda p: reports.write_indicators_pdf(p, reports.indicators(None, None))),
            tmp_path, "i.pdf"),
    }
    for i, code in enumerate(codes[:5]):
        texts[f"control {code}"] = _text(reports.control_sheet_pdf(code), tmp_path, f"c{i}.pdf")
    for name, text in texts.items():
        assert not [c for c in FLAG_CODES if c in text], name
        assert not re.search(r"\d\.\d+ ?%", text), name  # no "86.7%"
    assert re.search(r"\d+,\d %", texts["indicators"])  # "86,7 %"
    assert "Dấu hiệu" in texts["verifications"]


def test_demo_results_come_back_in_office_hours(demo: Any, tmp_path: Path) -> None:
    ctx, _ = demo
    with ctx.sessions() as s:
        cal = calendar_for(s)
        done = s.scalars(select(Dossier).where(Dossier.resolved_at.is_not(None))).all()
        assert len(done) >= 5, "the demo resolved some dossiers"
        for d in done:
            for moment in (d.resolved_at, d.returned_at):
                if moment is None:
                    continue
                assert OPEN <= moment.time() <= CLOSE, (d.code, moment)
                assert cal.is_working_day(moment.date()), (d.code, moment)
                assert moment > d.received_at
        start = min(d.received_at for d in done).date()
        ledger = ledger_data(s, ctx.workstation.agency_code, start, dt.date.today())
    returned = [r.returned_at for r in ledger.rows if r.returned_at is not None]
    assert returned
    assert all(OPEN <= t.time() <= CLOSE for t in returned)
    # and on paper: every time the ledger prints is within office hours
    text = _text(ReportService(ctx).ledger_pdf(start, dt.date.today()), tmp_path, "l.pdf")
    times = [dt.time(int(h), int(m)) for h, m in re.findall(r"\b(\d\d):(\d\d)\b", text)]
    assert times and all(OPEN <= t <= CLOSE for t in times), times
