"""The dossier's life from the command line, on a demo store with DESK_APP_CLOCK (issue 12, "It
must show" 2 and 3): each command a real subprocess, each at its own moment of the clock. Received
on Friday 04/12/2026 for a 3-working-day procedure, due on Wednesday 09/12 across the weekend; one
dossier resolved early with an electronic result, one on time, one late after a Mẫu 04 apology,
one still open; `report indicators --format json` equal to the values counted by hand; a supplement
request (Mẫu 02) completed, its due date counted from the completion.

The first command of each kind a counter runs is a real `python -m desk_app` process; the same kind
again runs the same entry point in this process (tests/cli_in_process.py)."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desk_app.demo.dossiers import PageRenderer
from tests.cli_in_process import Spawner

ROOT = Path(__file__).resolve().parents[2]
PROC = "1.004194"  # Đăng ký tạm trú: 3 working days, #1 and #2 required
FRIDAY = "2026-12-04T10:00"


class Counter:
    def __init__(self, home: Path, files: Path) -> None:
        self.home, self.files = home, files
        self.spawner = Spawner()  # the first command of each kind as a real process

    def run(self, clock: str | None, *args: str, user: str = "canbo1",
            password: str = "Canbo1@2026") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DESK_APP_HOME": str(self.home), "DESK_APP_USER": user,
               "DESK_APP_PASSWORD": password, "PYTHONPATH": str(ROOT)}
        env.pop("DESK_APP_CLOCK", None)
        env.pop("DESK_APP_CENTRAL_URL", None)
        if clock:
            env["DESK_APP_CLOCK"] = clock
        return self.spawner.run(args, env)

    def ok(self, clock: str | None, *args: str, **kw: str) -> str:
        out = self.run(clock, *args, **kw)
        assert out.returncode == 0, (args, out.stderr)
        return out.stdout

    def json(self, clock: str | None, *args: str, **kw: str) -> Any:
        return json.loads(self.ok(clock, *args, **kw))

    def draft(self, name: str, **changes: Any) -> Path:
        body: dict[str, Any] = {
            "procedure": PROC, "channel": "counter",
            "applicant": {"name": "Nguyễn Văn An", "id_number": "031090123456",
                          "birth_date": "15/03/1990", "sex": "male",
                          "address": "Số 5 Lạch Tray, Hải Phòng", "phone": "0912345678"},
            "components": [
                {"id": f"{PROC}#1", "presented": "original", "copies": 1, "files": ["p1.png"]},
                {"id": f"{PROC}#2", "presented": "certified_copy", "copies": 1,
                 "files": ["p2.png"]},
                {"id": f"{PROC}#3", "presented": "original", "copies": 1},
            ],
            "extras": [], "decision": "receive", "reason": "",
        }
        body.update(changes)
        path = self.files / f"{name}.json"
        path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        return path

    def dossiers(self) -> dict[str, dict[str, Any]]:
        return {d["code"]: d for d in self.json(None, "dossiers", "list", "--json")}


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> Counter:
    base = tmp_path_factory.mktemp("life")
    files = base / "files"
    files.mkdir()
    renderer = PageRenderer()
    for i, title in enumerate(["Tờ khai", "Giấy tờ chứng minh chỗ ở", "Kết quả"], start=1):
        page = renderer.render(title, ["Họ và tên: Nguyễn Văn An", f"Trang mẫu {i}"], i)
        (files / f"p{i}.png").write_bytes(page.data)
    (files / "empty.png").write_bytes(b"")
    c = Counter(base / "home", files)
    assert "0" in c.ok(None, "demo-data", "--dossiers", "0")
    assert c.dossiers() == {}
    return c


def test_friday_to_returned_on_time_late_and_electronic_then_indicators(counter: Counter) -> None:
    c = counter
    received = {}
    for name, channel, reuse in (("open", "counter", True), ("on_time", "counter", False),
                                 ("late", "counter", False), ("early", "online", False)):
        comps = None
        if reuse:  # the ID card taken from the national database: counts as data reuse
            comps = [{"id": f"{PROC}#1", "presented": "original", "copies": 1, "files": ["p1.png"]},
                     {"id": f"{PROC}#2", "presented": "certified_copy", "copies": 1,
                      "files": ["p2.png"]},
                     {"id": f"{PROC}#3", "presented": "national_data", "copies": 1}]
        draft = c.draft(name, channel=channel, **({"components": comps} if comps else {}))
        out = c.json(FRIDAY, "receive", str(draft), "--json")
        assert set(out) == {"code", "status", "due_at"}
        # Friday 10:00 + 3 working days: Monday, Tuesday, Wednesday -> Wednesday 17:00
        assert out["status"] == "received" and out["due_at"] == "2026-12-09T17:00:00", out
        received[name] = out["code"]
    for code in received.values():
        c.ok("2026-12-07T08:30", "handover", code, "--to", "specialist", "--receiver", "Đỗ Văn Khánh")

    result = str(c.files / "p3.png")
    # early: result on Tuesday, electronic
    c.ok("2026-12-08T10:00", "result", received["early"], result, "--electronic")
    c.ok("2026-12-08T14:00", "return", received["early"], "--method", "online",
         "--to", "Nguyễn Văn An")
    # on time: result on the due day before 17:00, returned the same afternoon
    c.ok("2026-12-09T10:00", "handover", received["on_time"], "--to", "leader")
    c.ok("2026-12-09T11:00", "result", received["on_time"], result)
    c.ok("2026-12-09T15:00", "return", received["on_time"], "--to", "Nguyễn Văn An",
         "--id-number", "031090123456")
    # late: Mẫu 04 issued on the due day before the time passes, result the day after
    pdf = c.files / "m04.pdf"
    c.ok("2026-12-09T09:00", "apology", received["late"], "--new-date", "2026-12-11",
         "--reason", "Cần xác minh thêm với cơ quan liên quan", "-o", str(pdf))
    text = pdf_text(pdf)
    assert "xin lỗi" in text and received["late"] in text and "11/12/2026" in text
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in text
    c.ok("2026-12-10T10:00", "result", received["late"], result, "--electronic")
    c.ok("2026-12-10T14:30", "return", received["late"], "--to", "Nguyễn Văn An",
         "--id-number", "031090123456", "--fees", "15000")

    rows = c.dossiers()
    late = rows[received["late"]]
    assert late["timeliness"] == "late" and late["new_due_at"] == "2026-12-11T17:00:00"
    assert late["due_at"] == "2026-12-09T17:00:00" and late["returned_at"] == "2026-12-10T14:30:00"
    on_time = rows[received["on_time"]]
    assert on_time["timeliness"] == "on_time" and on_time["status"] == "returned"
    assert on_time["resolved_at"] == "2026-12-09T11:00:00" and on_time["new_due_at"] is None
    early = rows[received["early"]]
    assert early["timeliness"] == "early" and early["electronic_result"] is True
    assert early["channel"] == "online"
    assert rows[received["open"]]["timeliness"] is None
    assert rows[received["open"]]["status"] == "in_progress"

    report = c.json("2026-12-10T17:00", "report", "indicators", "--format", "json",
                    "--from", "2026-12-04", "--to", "2026-12-10", user="giamsat",
                    password="Giamsat@2026")
    values = {k: (v["numerator"], v["denominator"]) for k, v in report["indicators"].items()}
    # By hand, from the four dossiers above: all received on 04/12 with pages; resolved in the
    # period: early, on_time, late (2 electronic); online: early; reuse: open (national data);
    # on time: early + on_time (late stays late despite its apology; open is not on time).
    assert values == {"digitisation": (4, 4), "electronic_result": (2, 3), "online": (1, 4),
                      "reuse": (1, 4), "on_time": (2, 4)}
    assert report["counts"] == {"received": 4, "resolved": 3, "open": 1, "late": 1}


def test_supplement_prints_mau02_and_counts_the_due_date_from_completion(counter: Counter) -> None:
    c = counter
    draft = c.draft("supplement", decision="supplement",
                    reason="Thiếu giấy tờ chứng minh chỗ ở hợp pháp",
                    components=[{"id": f"{PROC}#1", "presented": "original", "copies": 1,
                                 "files": ["p1.png"]}])
    m02 = c.files / "m02.pdf"
    out = c.json(FRIDAY, "receive", str(draft), "--json", "-o", str(m02))
    assert out["status"] == "supplement_requested" and out["due_at"] is None
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in pdf_text(m02)
    text = c.ok(FRIDAY, "receive", str(draft))
    assert "Mẫu 02" in text
    code = out["code"]
    # The citizen comes back on Tuesday 08/12 at 16:00, after the 15:00 cut-off: day 0 is
    # Wednesday, due three working days later, Monday 14/12 at 17:00.
    done = c.json("2026-12-08T16:00", "supplement", code, "--component", f"{PROC}#2",
                  str(c.files / "p2.png"), "--json")
    assert done["status"] == "received" and done["due_at"] == "2026-12-14T17:00:00"
    assert c.dossiers()[code]["due_at"] == "2026-12-14T17:00:00"


@pytest.mark.parametrize("case", ["missing_required", "refuse_without_reason", "empty_file",
                                  "unknown_component"])
def test_a_draft_the_screen_refuses_is_refused_and_nothing_is_stored(counter: Counter,
                                                                     case: str) -> None:
    c = counter
    before = c.dossiers()
    one = [{"id": f"{PROC}#1", "presented": "original", "copies": 1, "files": ["p1.png"]}]
    changes: dict[str, Any] = {
        "missing_required": {"components": one},
        "refuse_without_reason": {"decision": "refuse", "reason": " "},
        "empty_file": {"components": [{**one[0], "files": ["empty.png"]}]},
        "unknown_component": {"components": [{**one[0], "id": "X#9"}]},
    }[case]
    out = c.run(FRIDAY, "receive", str(c.draft(case, **changes)))
    assert out.returncode != 0
    assert out.stderr.startswith("Lỗi: ") and "Traceback" not in out.stderr, out.stderr
    assert c.dossiers() == before


def test_clock_is_ignored_outside_a_demo_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The services of a store `demo-data` did not make keep the computer's clock, and say so.
    (Listing dossiers reads no clock: `dossiers list` does not build the services at all.)"""
    from desk_app.bootstrap import open_services

    monkeypatch.setenv("DESK_APP_HOME", str(tmp_path / "real"))
    monkeypatch.setenv("DESK_APP_CLOCK", "2030-01-01T09:00")
    with open_services(tmp_path / "real") as services:
        now = services.clock.now()
    assert abs((now - dt.datetime.now()).total_seconds()) < 60
    err = capsys.readouterr().err
    assert "DESK_APP_CLOCK" in err and "Cảnh báo" in err


def test_receive_compares_originals_and_keeps_what_was_asked_and_extras(counter: Counter) -> None:
    """The full draft: each component taken gets its reception entry (what was presented and asked,
    with the reason), an original's scan compared with the copy appends a "check" entry with the
    engine's verdict, a paper not on the list is taken with its reason."""
    from sqlalchemy import select

    from db.models import Dossier, DossierComponent, VerificationEntry
    from desk_app.context import open_context

    c = counter
    comps = [{"id": f"{PROC}#1", "presented": "original", "copies": 1, "files": ["p1.png"]},
             {"id": f"{PROC}#2", "presented": "photocopy_with_original",
              "requested": "certified_copy", "request_reason": "Bản chụp bị mờ",
              "copies": 1, "files": ["p2.png"], "original_files": ["p2.png"]}]
    extras = [{"name": "Giấy xác nhận của tổ dân phố", "presented": "original",
               "reason": "Người dân tự nộp thêm", "files": ["p1.png"]}]
    draft = c.draft("full", components=comps, extras=extras, channel="post")
    code = c.json(FRIDAY, "receive", str(draft), "--json")["code"]
    ctx = open_context(c.home)
    try:
        with ctx.sessions() as s:
            d = s.scalars(select(Dossier).where(Dossier.code == code)).one()
            assert d.channel == "post" and "Người dân tự nộp thêm" in d.note
            extra = s.scalars(select(DossierComponent).where(
                DossierComponent.dossier_id == d.id,
                DossierComponent.on_published_list.is_(False))).one()
            assert extra.name == "Giấy xác nhận của tổ dân phố"
            entries = s.scalars(select(VerificationEntry).where(
                VerificationEntry.dossier_id == d.id).order_by(VerificationEntry.chain_index)).all()
            assert [(e.procedure_component_id, e.stage) for e in entries] == [
                (f"{PROC}#1", "reception"), (f"{PROC}#2", "reception"), (None, "reception"),
                (f"{PROC}#2", "check")]
            asked, off_list, check = entries[1], entries[2], entries[3]
            assert asked.demanded_form == "certified_copy" and asked.original_shown
            assert asked.demand_reason == "Bản chụp bị mờ" and asked.verdict == "not_compared"
            assert len(asked.page_hashes) == 1
            assert not off_list.on_published_list
            assert off_list.demand_reason == "Người dân tự nộp thêm"
            assert check.demanded_form is None and check.original_shown
            assert check.engine_verdict == "match" and check.verdict == "match"
            assert check.created_at == dt.datetime(2026, 12, 4, 10, 0)  # the services' clock
    finally:
        ctx.close()
    # a stricter form asked for without its reason is refused, nothing stored
    before = c.dossiers()
    bad = c.draft("asked_no_reason", components=[{**comps[0]}, {**comps[1], "request_reason": ""}])
    out = c.run(FRIDAY, "receive", str(bad))
    assert out.returncode != 0 and "lý do" in out.stderr
    assert c.dossiers() == before
    # an extra paper without its reason is refused, nothing stored
    before = c.dossiers()
    bad = c.draft("extra_no_reason", extras=[{**extras[0], "reason": ""}])
    out = c.run(FRIDAY, "receive", str(bad))
    assert out.returncode != 0 and "lý do" in out.stderr
    assert c.dossiers() == before
