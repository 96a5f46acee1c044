"""Issue 11, point 3: the local log rewritten with every hash recomputed passes the local check (a
file the attacker controls proves nothing by itself), and is caught by `log verify` against the
centre's copy, which also says up to which entry, and since when, the log is anchored; the
supervision register prints the chain heads (the paper anchor)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desk_app.cli import main as cli_main
from desk_app.supervision.report_service import ReportService
from desk_app.sync.client import SyncClient
from desk_app.verification.chain import entry_hash
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter, make_counter
from tests.sync.factory import make_dossiers

pg_server, central_url = cf.pg_server, cf.central_url  # the fixtures


@pytest.fixture()
def counter(tmp_path: Path, central_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    c = make_counter(tmp_path / "counter", 3, central_url)
    monkeypatch.setenv("DESK_APP_HOME", str(c.home))
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", c.login.url)
    yield c
    c.ctx.close()


def _rewrite_local_log(ctx: Any, from_index: int) -> None:
    """What whoever can write store.sqlite3 can do: drop the triggers, change an entry and
    recompute the hash of it and of every later one."""
    from sqlalchemy import select

    from db.models import VerificationEntry
    from desk_app.verification.log import entry_fields

    with ctx.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER verification_entries_no_update")
    with ctx.sessions.begin() as s:
        rows = s.scalars(select(VerificationEntry).order_by(VerificationEntry.chain_index)).all()
        prev = rows[from_index - 2].entry_hash
        for row in rows[from_index - 1:]:
            if row.chain_index == from_index:
                row.verdict = "mismatch"
            row.prev_hash = prev
            row.entry_hash = prev = entry_hash(entry_fields(row))


def test_sync_log_verify_says_how_far_the_log_is_anchored_and_catches_a_rewrite(
    counter: Counter, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_dossiers(counter.ctx, 2, entries=2)
    SyncClient(counter.ctx, counter.login.url).run_once()
    make_dossiers(counter.ctx, 1, entries=2)  # two entries not sent yet
    assert cli_main(["log", "verify"]) == 0
    out = capsys.readouterr().out
    assert "nguyên vẹn: 6 mục" in out
    assert "Đã neo ở trung tâm đến mục 4 (trung tâm nhận từ " in out and "2 mục chưa gửi" in out

    _rewrite_local_log(counter.ctx, 2)
    monkeypatch.delenv("DESK_APP_CENTRAL_URL")
    assert cli_main(["log", "verify"]) == 0  # the file alone cannot tell (issue 11, point 3)
    capsys.readouterr()
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", counter.login.url)
    assert cli_main(["log", "verify"]) == 3
    out = capsys.readouterr().out
    assert "KHÁC BẢN LƯU Ở TRUNG TÂM từ mục 2" in out
    assert "Đã neo ở trung tâm đến mục 1 " in out
    assert cli_main(["log", "verify", "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["intact"] is False and report["anchor"]["differs_at"] == 2
    assert report["anchor"]["anchored_upto"] == 1 and report["anchor"]["anchored_since"]


def test_sync_log_verify_with_the_centre_unreachable_says_so(
    counter: Counter, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_dossiers(counter.ctx, 1, entries=1)
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", "postgresql://x@127.0.0.1:1/none")
    assert cli_main(["log", "verify"]) == 0
    assert "chưa so được với bản lưu ở trung tâm" in capsys.readouterr().out


def test_sync_register_pdf_prints_the_chain_heads(counter: Counter, tmp_path: Path) -> None:
    make_dossiers(counter.ctx, 2, entries=2)
    with counter.ctx.engine.connect() as c:
        last = c.execute(text("SELECT entry_hash FROM verification_entries "
                              "ORDER BY chain_index DESC LIMIT 1")).scalar_one()
    pdf = tmp_path / "so-doi-chieu.pdf"
    ReportService(counter.ctx).write_verifications_pdf(pdf, None, None)
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Đầu chuỗi nhật ký tại thời điểm in" in words
    assert counter.ws in words
    assert all(last[i:i + 16] in words for i in range(0, 64, 16))
