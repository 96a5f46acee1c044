"""The ID-card dialog: a real card photo read on the worker pool (real Tesseract), doubtful fields
highlighted, the confirmed values handed to the applicant form; a bad file shown as a sentence."""
from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# docs/screenshots only when asked for (DESK_APP_SCREENSHOTS=docs/screenshots): a normal run
# leaves the tracked screenshots alone
SCREENSHOTS = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))


def test_reads_a_card_and_highlights_doubts(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    from desk_app.demo.id_cards import make_sample
    from ui.idcard.idcard_dialog import IdCardDialog

    # a card whose printed birth year contradicts its number: the number and date are in doubt
    sample, photo = make_sample(12, with_qr=False, printed_birth_shift=3)
    path = tmp_path / "the-card.jpg"
    photo.save(path, "JPEG", quality=90)
    dialog = IdCardDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm.isEnabled()
    dialog.read_file(path)
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.result_read is not None, timeout=60_000)
    assert not dialog.progress.isVisible()
    assert dialog.number.text() == sample.person.number
    assert dialog.birth_date.text() == sample.printed_birth.strftime("%d/%m/%Y")
    assert dialog.birth_date.property("doubted") is True
    assert dialog.number.property("doubted") is True
    assert "chữ số thứ 5–6" in dialog.warnings.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "idcard-dialog.png"))
    # the officer corrects the date, then confirms
    dialog.birth_date.setText(sample.person.birth_date.strftime("%d/%m/%Y"))
    dialog.confirm.click()
    values = dialog.values()
    assert values["id_number"] == sample.person.number
    assert values["birth_date"] == sample.person.birth_date
    assert values["sex"] == sample.person.sex
    assert values["full_name"]


def test_bad_file_is_a_sentence(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    from ui.idcard.idcard_dialog import IdCardDialog

    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    dialog = IdCardDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.read_file(path)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "hỏng" in dialog.error.text()
    assert not dialog.confirm.isEnabled()
    assert dialog.choose.isEnabled()


def test_fills_the_applicant_form(qtbot: Any) -> None:
    from ui.reception.person_form import PersonForm

    form = PersonForm("applicant")
    qtbot.addWidget(form)
    form.fill_from_id_card({"full_name": "NGUYỄN VĂN AN", "id_number": "001089012345",
                            "birth_date": date(1989, 3, 5), "sex": "male",
                            "address": "Số 1 Phố Huế, Hà Nội"})
    got = form.person_input()
    assert (got["full_name"], got["id_number"], got["birth_date"], got["sex"], got["address"]) == (
        "NGUYỄN VĂN AN", "001089012345", date(1989, 3, 5), "male", "Số 1 Phố Huế, Hà Nội")


def test_reception_page_button_fills_the_applicant(qtbot: Any, runner: Any) -> None:
    from desk_app.idcard.reader import IdCardResult
    from tests.gui.fakes import OFFICER, FakeReception
    from ui.idcard.idcard_dialog import IdCardDialog
    from ui.reception.reception_page import ReceptionPage

    page = ReceptionPage(FakeReception(), runner, OFFICER)
    qtbot.addWidget(page)
    page.show()
    page.applicant.read_id_card.click()
    dialog = page.findChild(IdCardDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.show_result(IdCardResult(number="001089012345", name="NGUYỄN VĂN AN",
                                    birth_date=date(1989, 3, 5), sex="male",
                                    residence="Số 1 Phố Huế, Hà Nội", source="qr"))
    dialog.confirm.click()
    got = page.applicant.person_input()
    assert (got["full_name"], got["id_number"], got["birth_date"], got["sex"]) == (
        "NGUYỄN VĂN AN", "001089012345", date(1989, 3, 5), "male")
