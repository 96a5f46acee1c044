from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.models import Dossier, OutboxEntry, Page
from desk_app.accounts import AccountService
from desk_app.domain.types import Role
from desk_app.errors import InputRefused
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.fixtures_catalog import PROC, add_test_procedure


@pytest.fixture()
def svc(ctx):
    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    officer = AccountService(ctx).create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    return ReceptionService(ctx), officer


def _png(path: Path, colour: str = "white") -> Path:
    Image.new("RGB", (400, 560), colour).save(path)
    return path


def _draft(tmp_path: Path, **kw) -> ReceptionDraft:
    return ReceptionDraft(
        procedure_code=PROC,
        applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2), "female",
                              "Số 5 Lạch Tray, phường Ngô Quyền, Hải Phòng"),
        components=[
            ComponentInput(f"{PROC}#1", "Tờ khai đăng ký khai sinh", "original",
                           files=[_png(tmp_path / "a.png")]),
            ComponentInput(f"{PROC}#2", "Giấy chứng sinh", "photocopy_with_original",
                           original_shown=True,
                           files=[_png(tmp_path / "b.png", "ivory"), _png(tmp_path / "c.png", "grey")]),
        ],
        received_at=dt.datetime(2026, 11, 26, 9, 30),
        **kw,
    )


def test_receive_complete_dossier(svc, ctx, tmp_path) -> None:
    service, officer = svc
    summary = service.receive(_draft(tmp_path), officer)
    assert re.fullmatch(r"H31\.12\.05-261126-0\d{3}", summary.code)
    assert summary.pages == 3
    # 3 working days from Thursday 26/11/2026 (before the cut-off): Tuesday 01/12
    assert summary.due_at is not None and summary.due_at.date() == dt.date(2026, 12, 1)
    detail = service.dossier(summary.code)
    assert [p.position for p in detail.pages] == [1, 2, 3]
    assert [d.kind for d in detail.documents] == ["mau01"]
    for page in detail.pages:
        assert ctx.pages.verify(page.sha256)
    with ctx.sessions() as s:
        entities = {o.entity for o in s.scalars(select(OutboxEntry))}
    assert {"dossiers", "applicants", "dossier_components", "pages"} <= entities
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(service.document_pdf(summary.code, "mau01"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=False, capture_output=True,
                          text=True).stdout
    assert "Nguyễn Thị Hồng Nhung" in text and summary.code in text


def test_incomplete_dossier_needs_supplement(svc, tmp_path) -> None:
    service, officer = svc
    draft = _draft(tmp_path)
    draft.components = draft.components[:1]
    assert [c.id for c in service.missing_components(draft)] == [f"{PROC}#2"]
    with pytest.raises(InputRefused) as err:
        service.receive(draft, officer)
    assert err.value.code == "dossier_incomplete"
    draft.decision, draft.reason = "supplement", "Thiếu giấy chứng sinh"
    summary = service.receive(draft, officer)
    assert summary.status == "supplement_requested" and summary.due_at is None
    assert [d.kind for d in service.dossier(summary.code).documents] == ["mau02"]


def test_bad_file_refuses_whole_dossier(svc, ctx, tmp_path) -> None:
    service, officer = svc
    draft = _draft(tmp_path)
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image at all")
    draft.components[1].files.append(bad)
    with pytest.raises(InputRefused):
        service.receive(draft, officer)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0
        assert s.scalar(select(func.count()).select_from(Page)) == 0


def test_search_ignores_diacritics(svc, tmp_path) -> None:
    service, officer = svc
    code = service.receive(_draft(tmp_path), officer).code
    assert [r.code for r in service.list_dossiers(query="nguyen thi hong")] == [code]
    assert [r.code for r in service.list_dossiers(query="NHUNG khai sinh")] == [code]
    assert service.list_dossiers(query="tran van") == []


def test_cli_list_and_import(svc, ctx, tmp_path, home) -> None:
    service, officer = svc
    code = service.receive(_draft(tmp_path), officer).code
    ctx.close()
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "desk_app", *a], check=False, capture_output=True, text=True,
        env={**__import__("os").environ, "DESK_APP_HOME": str(home)},
    )
    out = run("import", "--dossier", code, str(_png(tmp_path / "d.png")))
    assert out.returncode == 0, out.stderr
    bad = tmp_path / "empty.png"
    bad.write_bytes(b"")
    out = run("import", "--dossier", code, str(bad))
    assert out.returncode != 0 and "Traceback" not in out.stderr and out.stderr.startswith("Lỗi")
    listed = json.loads(run("dossiers", "list", "--json").stdout)
    assert [(d["code"], d["pages"]) for d in listed] == [(code, 4)]


def test_dateline_place_is_the_locality() -> None:
    from desk_app.dossier_forms import _place_name

    assert _place_name("Số 1 Lê Lợi, phường Hồng Bàng, thành phố Hải Phòng (địa chỉ mẫu)") == "Hải Phòng"
    assert _place_name("") == ""
