"""The offer on the reception checklist (pytest-qt, real store and services): a citizen's proof of
lawful residence taken as an original in a first dossier is offered, with its page as a thumbnail,
when the same ID number is typed for another procedure that needs one; one key (Ctrl+R) takes it
and the component reuses the earlier entry instead of paper.

DESK_APP_SCREENSHOT_DIR=docs/screenshots saves reception-reuse-offer.png (never by default: tests
do not rewrite tracked files)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import DossierComponent
from desk_app.accounts import AccountService
from desk_app.demo.dossiers import PageRenderer
from desk_app.domain.types import Role, Verdict
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from desk_app.verification.service import AttestRequest, VerificationService
from tests.gui.helpers import show_active
from ui.reception.reception_page import ReceptionPage

ID = "031090123456"


def _first_dossier(ctx: Any, officer: Any, tmp_path: Path) -> str:
    page = PageRenderer().render("Hợp đồng thuê nhà", ["Họ và tên: Nguyễn Văn An",
                                                       "Địa chỉ: Số 5 Lạch Tray"], 1)
    scan = tmp_path / "hop_dong.png"
    scan.write_bytes(page.data)
    reception = ReceptionService(ctx)
    summary = reception.receive(ReceptionDraft(
        procedure_code="1.004194",
        applicant=PersonInput("Nguyễn Văn An", ID, dt.date(1990, 3, 15), "male", "Hải Phòng"),
        components=[ComponentInput("1.004194#1", "Tờ khai", "original"),
                    ComponentInput("1.004194#2", "Chỗ ở hợp pháp", "original", files=[scan])],
        received_at=dt.datetime.now() - dt.timedelta(days=3)), officer)
    with ctx.sessions() as s:
        comp = s.scalars(select(DossierComponent).where(
            DossierComponent.dossier_id == summary.id,
            DossierComponent.procedure_component_id == "1.004194#2")).one()
    entry = VerificationService(ctx).attest(AttestRequest(
        dossier_id=summary.id, component_id=comp.id, officer=officer,
        presentation_form="original", original_shown=True, decision=Verdict.NOT_COMPARED), None)
    return entry.id


def test_offer_appears_with_its_pages_and_one_key_takes_it(ctx: Any, runner: Any, qtbot: Any,
                                                          tmp_path: Path) -> None:
    officer = AccountService(ctx).create_account("canbo", "Lê Thị Mai", Role.OFFICER,
                                                 "matkhau123")
    entry_id = _first_dossier(ctx, officer, tmp_path)
    page = ReceptionPage(ReceptionService(ctx), runner, officer)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: len(page._procedures) > 5, timeout=10_000)
    page.select_procedure("1.004222")
    assert not page.reuse_box.isVisible()  # no ID number yet
    page.applicant.full_name.setText("Nguyễn Văn An")
    page.applicant.id_number.setText(ID)
    qtbot.waitUntil(lambda: len(page.reuse_box.offers) == 1, timeout=10_000)
    offer = page.reuse_box.offers[0]
    assert page.reuse_box.isVisible() and offer.document.entry_id == entry_id
    assert offer.row.info.id == "1.004222#2" and offer.number == 2
    label = offer.label.text()
    assert offer.document.dossier_code in label and "1 trang" in label
    thumbs = [w for w in offer.line.findChildren(type(offer.label))
              if w.objectName() == "reuse.2.thumb"]
    assert len(thumbs) == 1
    qtbot.waitUntil(lambda: thumbs[0].pixmap() is not None and not thumbs[0].pixmap().isNull(),
                    timeout=10_000)
    if os.environ.get("DESK_APP_SCREENSHOT_DIR"):
        page.scroll_area.ensureWidgetVisible(page.reuse_box)
        qtbot.wait(100)
        page.grab().save(str(Path(os.environ["DESK_APP_SCREENSHOT_DIR"])
                             / "reception-reuse-offer.png"))
    # one key
    page.checklist.rows[0].tick.setFocus()
    qtbot.keyClick(page.checklist.rows[0].tick, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    row = page.checklist.rows[1]
    assert offer.taken and row.tick.isChecked() and row.reuse_of == entry_id
    assert row.form.currentData() == "electronic_copy" and not row.attach.isEnabled()
    inputs = page.checklist.component_inputs()
    assert inputs[1]["reuse_of"] == entry_id and inputs[1]["form"] == "electronic_copy"
    assert offer.document.dossier_code in row.files_label.text()
    # the same key again has nothing left to take; the button gives it back
    qtbot.keyClick(page.checklist.rows[0].tick, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert row.reuse_of == entry_id
    offer.button.click()
    assert row.reuse_of is None and page.checklist.component_inputs()[1]["reuse_of"] is None
    # taken again and received: the new dossier's component holds the earlier page, no paper
    offer.button.click()
    page.checklist.rows[0].tick.setChecked(True)
    qtbot.waitUntil(lambda: page.receive_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(page.received, timeout=30_000) as got:
        page.submit("receive")
    summary = got.args[0]
    detail = ReceptionService(ctx).dossier(summary.code)
    reused = next(c for c in detail.components if c.name == row.info.name)
    assert reused.form == "electronic_copy"
    assert [p.sha256 for p in detail.pages if p.component_id == reused.id] == \
        list(offer.document.page_hashes)
