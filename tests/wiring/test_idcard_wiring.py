"""The ID-card reader wired into a new reception (offscreen, real store, real Tesseract): "Đọc
CCCD…" sits next to the applicant's ID number, reads a card photo on a worker, shows the doubts,
and only what the officer confirms reaches the form; the lock closes the dialog."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from ui.idcard.idcard_dialog import IdCardDialog
from ui.main_window import MainWindow


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("DESK_APP_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_read_a_card_photo_into_the_applicant(
    qtbot: Any, wired: Any, runner: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from desk_app.demo.id_cards import make_sample

    # printed birth year contradicts the number: the officer must be told, and corrects it
    sample, photo = make_sample(12, with_qr=False, printed_birth_shift=3)
    path = tmp_path / "cccd.jpg"
    photo.save(path, "JPEG", quality=90)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))

    services, officer = wired
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.show()
    window.new_reception()
    page = window.reception_page
    form = page.applicant
    button = form.read_id_card
    assert button.text() == "Đọc CCCD…"
    assert button.parentWidget() is form.id_number.parentWidget()  # next to the ID number
    button.click()
    dialog = page.findChild(IdCardDialog)
    assert dialog is not None and dialog.isVisible() and page.id_card_dialog is dialog
    dialog.choose.click()
    assert dialog.progress.isVisible()  # read on a worker: the dialog stays responsive
    qtbot.waitUntil(lambda: dialog.result_read is not None, timeout=60_000)
    assert dialog.number.text() == sample.person.number
    assert dialog.warnings.isVisible() and "chữ số thứ 5–6" in dialog.warnings.text()
    assert dialog.birth_date.property("doubted") is True
    assert form.full_name.text() == ""  # nothing reaches the form before the officer confirms
    _shot(dialog, "reception-idcard.png")
    dialog.birth_date.setText(sample.person.birth_date.strftime("%d/%m/%Y"))
    dialog.confirm.click()
    got = form.person_input()
    assert got["id_number"] == sample.person.number
    assert got["birth_date"] == sample.person.birth_date
    assert got["sex"] == sample.person.sex
    assert got["full_name"] and got["address"]
    # the form's own check of number against birth date and sex runs on what was confirmed
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=20_000)
    assert not form.warnings.isVisible()
    _shot(window, "reception-idcard-filled.png")

    # the lock closes an open ID-card dialog (it shows a citizen's card)
    button.click()
    second = page.id_card_dialog
    assert second is not None and second.isVisible()
    window.lock()
    qtbot.waitUntil(lambda: page.id_card_dialog is None, timeout=5_000)
    window.lock_dialog.password.setText("matkhau123")
    window.lock_dialog.login_button.click()
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=15_000)
    assert form.person_input()["id_number"] == sample.person.number  # the input is kept
