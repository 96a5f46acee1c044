"""The lifecycle service with a real store: the views and counts the main window shows (due soon
across a weekend, overdue after the promised date), the refusals that store nothing, the result's
pages digitised into a searchable PDF/A, Mẫu 06 and the ledger printing the real steps."""
from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models_lifecycle import DossierStep
from desk_app.bootstrap import build_services
from desk_app.clock import SetClock
from desk_app.demo.dossiers import PageRenderer, ensure_demo_accounts
from desk_app.domain.types import DocumentKind
from desk_app.errors import InputRefused
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

PROC = "1.004194"  # 3 working days
ID = "031090123456"


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


@pytest.fixture()
def life(ctx: Any) -> Any:
    clock = SetClock(dt.datetime(2026, 12, 4, 10, 0))  # a Friday
    services = build_services(ctx, clock)
    officer = ensure_demo_accounts(ctx)["canbo1"]
    renderer = PageRenderer()

    def receive(when: dt.datetime, decision: str = "receive", reason: str = "") -> str:
        clock.set(when)
        page = renderer.render("Tờ khai", ["Họ và tên: Nguyễn Văn An"], 1)
        comps = [ComponentInput(f"{PROC}#1", "Tờ khai", "original")]
        if decision == "receive":
            comps.append(ComponentInput(f"{PROC}#2", "Giấy tờ", "certified_copy"))
        draft = ReceptionDraft(PROC, PersonInput("Nguyễn Văn An", ID), components=comps,
                               decision=decision, reason=reason)
        return str(services.reception.receive(draft, officer, staged={0: [page]}).code)

    result_page = renderer.render("Giấy xác nhận cư trú", ["Cấp cho ông Nguyễn Văn An"], 7)
    return services, clock, officer, receive, result_page


def test_due_soon_and_overdue_follow_the_promised_date_across_the_weekend(life: Any) -> None:
    services, clock, officer, receive, _page = life
    code = receive(dt.datetime(2026, 12, 4, 10, 0))  # due Wednesday 09/12 17:00
    lc = services.lifecycle
    clock.set(dt.datetime(2026, 12, 7, 9, 0))  # Monday: two working days left
    assert lc.view_counts() == {"today": 0, "due_soon": 0, "overdue": 0, "waiting_result": 1,
                                "ready_to_return": 0}
    clock.set(dt.datetime(2026, 12, 8, 9, 0))  # Tuesday: due the next working day
    assert [r.code for r in lc.view("due_soon").rows] == [code]
    clock.set(dt.datetime(2026, 12, 9, 16, 0))  # Mẫu 04 before the time passes
    lc.apology(code, dt.date(2026, 12, 14), "Chờ ý kiến cơ quan phối hợp", officer)
    clock.set(dt.datetime(2026, 12, 10, 9, 0))  # past the first date, not the promised one
    counts = lc.view_counts()
    assert counts["overdue"] == 0 and counts["due_soon"] == 0
    clock.set(dt.datetime(2026, 12, 11, 9, 0))  # Friday: the new date is Monday, next working day
    assert lc.view_counts()["due_soon"] == 1
    clock.set(dt.datetime(2026, 12, 14, 17, 1))
    assert [r.code for r in lc.view("overdue").rows] == [code]
    assert lc.view("today").rows == []


def test_refusals_store_nothing(life: Any, ctx: Any) -> None:
    services, clock, officer, receive, page = life
    lc = services.lifecycle
    code = receive(dt.datetime(2026, 12, 4, 10, 0))

    def steps() -> int:
        with ctx.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(DossierStep)) or 0)

    before = steps()
    clock.set(dt.datetime(2026, 12, 10, 9, 0))  # the due date has passed
    cases = [
        ("apology_too_late", lambda: lc.apology(code, dt.date(2026, 12, 15), "Lý do", officer)),
        ("step_not_allowed", lambda: lc.return_result(code, "Nguyễn Văn An", officer,
                                                      id_number=ID)),
        ("pages_required", lambda: lc.record_result(code, [], officer)),
        ("bad_unit", lambda: lc.handover(code, "citizen", officer)),
        ("step_not_allowed", lambda: lc.complete_supplement(code, {f"{PROC}#2": [page]},
                                                           officer)),
    ]
    for expected, call in cases:
        with pytest.raises(InputRefused) as err:
            call()
        assert err.value.code == expected
    lc.record_result(code, [page], officer, digitise=False)
    for expected, kwargs in (
        ("id_number_required", {}),
        ("id_number_mismatch", {"id_number": "031090999999"}),
        ("invalid_id_number", {"id_number": "12345"}),
        ("time_in_future", {"id_number": ID, "at": dt.datetime(2026, 12, 10, 9, 30)}),
        ("time_before_result", {"id_number": ID, "at": dt.datetime(2026, 12, 10, 8, 0)}),
    ):
        with pytest.raises(InputRefused) as err:
            lc.return_result(code, "Nguyễn Văn An", officer, **kwargs)
        assert err.value.code == expected
    assert steps() == before + 1  # only the result
    assert lc.state(code).summary.status == "resolved"
    clock.set(dt.datetime(2026, 12, 10, 10, 0))
    done = lc.return_result(code, "Trần Thị B", officer, id_number="031190123456",
                            authorised=True, fees=20000)
    assert done.status == "returned" and done.timeliness == "late"


def test_supplement_with_something_still_missing_is_refused(life: Any) -> None:
    services, clock, officer, receive, page = life
    code = receive(dt.datetime(2026, 12, 4, 10, 0), "supplement", "Thiếu giấy tờ")
    lc = services.lifecycle
    clock.set(dt.datetime(2026, 12, 7, 9, 0))
    with pytest.raises(InputRefused) as err:
        lc.complete_supplement(code, {f"{PROC}#1": [page]}, officer)
    assert err.value.code == "still_incomplete"
    assert lc.state(code).summary.status == "supplement_requested"
    assert len(lc.steps(code)) == 1
    done = lc.complete_supplement(code, {f"{PROC}#2": [page]}, officer)
    # Monday 09:00 is day 0: due Thursday 10/12 17:00
    assert done.status == "received" and done.due_at == dt.datetime(2026, 12, 10, 17, 0)
    kinds = [d.kind for d in services.reception.dossier(code).documents]
    assert kinds == [DocumentKind.SUPPLEMENT_REQUEST, DocumentKind.RECEIPT]


def test_result_is_digitised_and_forms_show_the_real_steps(life: Any, ctx: Any,
                                                           tmp_path: Path) -> None:
    services, clock, officer, receive, page = life
    lc = services.lifecycle
    code = receive(dt.datetime(2026, 12, 4, 10, 0))
    refused = receive(dt.datetime(2026, 12, 4, 11, 0), "refuse", "Không thuộc thẩm quyền")
    asked = receive(dt.datetime(2026, 12, 4, 11, 30), "supplement", "Thiếu giấy tờ")
    clock.set(dt.datetime(2026, 12, 7, 8, 15))
    lc.handover(code, "specialist", officer, receiver="Đỗ Văn Khánh")
    clock.set(dt.datetime(2026, 12, 8, 14, 5))
    lc.handover(code, "leader", officer, receiver="Phạm Minh Tuấn")
    clock.set(dt.datetime(2026, 12, 9, 10, 20))
    lc.record_result(code, [page], officer, electronic=True)
    clock.set(dt.datetime(2026, 12, 9, 15, 40))
    lc.return_result(code, "Nguyễn Văn An", officer, id_number=ID, checked_by_card=True)

    pdf = services.reception.document_pdf(code, DocumentKind.RESULT)
    text = _text(pdf, tmp_path, "result.pdf")
    assert "Nguyễn Văn An" in text  # the result's page, recognised
    sheet = _text(services.reports.control_sheet_pdf(code), tmp_path, "m06.pdf")
    for words in ("Đỗ Văn Khánh", "Phạm Minh Tuấn", "08 giờ 15 phút, ngày 07 tháng 12 năm 2026",
                  "10 giờ 20 phút, ngày 09 tháng 12 năm 2026",
                  "15 giờ 40 phút, ngày 09 tháng 12 năm 2026", "Trước hạn", "Đúng hạn",
                  "Có kết quả điện tử", "Trả kết quả"):
        assert words in sheet, words
    ledger = services.reports.ledger_pdf(dt.date(2026, 12, 4), dt.date(2026, 12, 4))
    with ctx.sessions() as s:
        from desk_app.supervision.registers import ledger_data

        rows = {r.dossier_code: r for r in ledger_data(s, ctx.workstation.agency_code,
                                                       dt.date(2026, 12, 4), dt.date(2026, 12, 4)
                                                       ).rows}
    assert rows[refused].due_at is None and rows[asked].due_at is None
    assert rows[code].due_at == dt.datetime(2026, 12, 9, 17, 0)
    assert rows[code].returned_at == dt.datetime(2026, 12, 9, 15, 40)
    text = _text(ledger, tmp_path, "m07.pdf")
    assert text.count("09/12/2026") == 2  # the due date and the return, for one dossier only


def test_a_supplement_asked_during_processing_restarts_the_time_limit(life: Any, ctx: Any,
                                                                       tmp_path: Path) -> None:
    services, clock, officer, receive, page = life
    lc = services.lifecycle
    code = receive(dt.datetime(2026, 12, 4, 10, 0))  # due Wednesday 09/12
    clock.set(dt.datetime(2026, 12, 7, 9, 0))
    lc.handover(code, "specialist", officer, receiver="Đỗ Văn Khánh")
    clock.set(dt.datetime(2026, 12, 8, 9, 0))
    lc.apology(code, dt.date(2026, 12, 11), "Chờ xác minh", officer)
    clock.set(dt.datetime(2026, 12, 8, 10, 0))
    with pytest.raises(InputRefused):
        lc.ask_supplement(code, " ", officer)
    asked = lc.ask_supplement(code, "Cần bổ sung giấy tờ chứng minh chỗ ở hợp pháp", officer)
    assert asked.status == "supplement_requested"
    assert lc.view_counts()["waiting_result"] == 0
    clock.set(dt.datetime(2026, 12, 10, 14, 0))  # Thursday, before the 15:00 cut-off
    done = lc.complete_supplement(code, {f"{PROC}#2": [page]}, officer)
    # day 0 Thursday 10/12 + 3 working days: Tuesday 15/12 17:00; the apology's date is gone
    assert done.due_at == dt.datetime(2026, 12, 15, 17, 0) and done.new_due_at is None
    assert [s.kind for s in lc.steps(code)] == ["reception", "handover", "apology",
                                                "supplement_ask", "supplement"]
    sheet = _text(services.reports.control_sheet_pdf(code), tmp_path, "m06.pdf")
    assert "Cần bổ sung giấy tờ chứng minh chỗ ở hợp pháp" in sheet
