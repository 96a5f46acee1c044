"""Every top-level window and dialog of the client at the counter's common screen, 1366×768.

Each window of tests/gui/all_windows.py is opened with the real services on a demo store, on Qt's
offscreen platform with one virtual 1366×768 screen (tests/conftest.py `qapp_args`), and the test
fails when:

- its frame (window plus the frame the platform draws) leaves the 1366×768 screen, or its client
  area is taller than 728 px (the room left under a window manager's title bar on that screen);
- its layout's minimum size is larger than the window (contents clipped on the right or bottom);
- a primary button — a QDialogButtonBox's buttons, a default QPushButton, and the named key buttons
  — is not wholly inside the window's client area (cut off, or scrolled away with the form);
- a visible string is not translated. The rule: the check runs in English; a string shown in the
  English client that still holds a Vietnamese letter (one with a Vietnamese diacritic, or đ) was
  not taken from the translation catalog (`resources/translations/desk_app_en.ts`) — unless it is
  data. Data is what the store holds (applicants' names and addresses, procedures, components,
  accounts, the counter's name: `all_windows.data_strings`) and is removed from a string before it
  is looked at, so "Pages of: Giấy khai sinh" passes and "Trang 1 của Giấy khai sinh" does not.
  In the Vietnamese client the opposite is checked: a text of Latin letters only (no digit, no
  Vietnamese letter) that is neither data, nor a source string of the catalog, nor a name written
  the same in Vietnamese (`NAMES`) is English that never went through the catalog — Qt's own "OK"
  or "Cancel", or a string without tr(). The test runs once per language.
  Texts walked: window titles, QLabel, QAbstractButton, QGroupBox titles, QTabWidget tab texts,
  table and tree headers, line-edit placeholders, tooltips, combo-box items (skipping items that
  are data). Texts inside a rendered page or image are pixels and are not walked.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.gui.all_windows import data_strings, demo_store, open_all
from tests.gui.test_app import client  # noqa: F401 (fixture)
from tests.gui.visible_texts import visible_texts
from tests.wiring.conftest import sane_config  # noqa: F401 (fixture)

SCREEN_W, SCREEN_H = 1366, 768
CLIENT_H = 728
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE)
# Names written the same in Vietnamese: the scanner's paper sizes (beside A4, A5).
NAMES = {"Letter", "Legal"}
ASCII_WORDS = re.compile(r"[A-Za-z][A-Za-z' .,!?…]*[A-Za-z.…]")
KEY_BUTTONS = ("print_button", "save_button", "ok_button", "cancel_button", "login_button",
               "create_button", "confirm", "done_button", "scan_button")


def settle_in(qapp: Any) -> Callable[[Callable[[], bool]], None]:
    def settle(condition: Callable[[], bool], timeout: float = 120.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            qapp.processEvents()
            assert time.monotonic() < end, "the window did not fill in time"
            time.sleep(0.01)
        for _ in range(5):
            qapp.processEvents()
            time.sleep(0.01)
    return settle


def untranslated(text: str, data: list[str]) -> bool:
    for item in data:
        if item in text:
            text = text.replace(item, " ")
    return bool(VIETNAMESE.search(text))


def english_left(text: str, data: list[str], sources: set[str]) -> bool:
    """In the Vietnamese client: a text made of Latin letters only (no digits, no Vietnamese
    letter) that is neither data nor one of the catalog's source strings: Qt's own English ("OK",
    "Cancel") or a string that never went through tr()."""
    plain = text.replace("&", "").strip()
    if not ASCII_WORDS.fullmatch(plain) or plain in sources or plain in NAMES:
        return False
    return not any(plain == item or plain in item for item in data)


def primary_buttons(window: Any) -> list[Any]:
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    found = []
    for box in window.findChildren(QDialogButtonBox):
        if box.isVisibleTo(window) and box.window() is window:
            found += [b for b in box.buttons() if b.isVisibleTo(window)]
    found += [b for b in window.findChildren(QPushButton)
              if b.isDefault() and b.isVisibleTo(window) and b.window() is window]
    for attr in KEY_BUTTONS:
        button = getattr(window, attr, None)
        if isinstance(button, QPushButton) and button.isVisibleTo(window):
            found.append(button)
    return list({id(b): b for b in found}.values())


def button_on_screen(window: Any, button: Any) -> bool:
    """The button's whole rectangle is inside the window's client area and not clipped by a
    scrolling parent (its visible region is the whole button)."""
    from PySide6.QtCore import QRect

    top_left = button.mapTo(window, button.rect().topLeft())
    rect = QRect(top_left, button.size())
    whole = button.visibleRegion().boundingRect().size() == button.size()
    return window.rect().contains(rect) and whole


def _catalog(folder: Path, build: Callable[[Path, Path], list[str]]) -> Path:
    ts, qm = folder / "desk_app_en.ts", folder / "desk_app_en.qm"
    build(ts, qm)
    return qm


def catalog_sources(ts: Path) -> set[str]:
    import xml.etree.ElementTree as ET

    return {(m.findtext("source") or "").replace("&", "")
            for m in ET.parse(ts).getroot().iter("message")}


@pytest.mark.usefixtures("sane_config")
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_window_fits_1366_and_is_translated(qapp: Any, ctx: Any, runner: Any,
                                                  tmp_path: Path, language: str) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication

    from tools.update_translations import build
    from ui.i18n import Translators

    screen = QGuiApplication.primaryScreen().geometry()
    root = demo_store(ctx)
    data = sorted(data_strings(root), key=len, reverse=True)
    translators = Translators()
    assert translators.install(language)
    # The catalog as the sources have it now (tools/update_translations.py into tmp_path), so the
    # check does not depend on when resources/translations/desk_app_en.qm was last compiled.
    fresh = QTranslator()
    qm = _catalog(tmp_path, build)
    sources = catalog_sources(qm.with_suffix(".ts"))
    if language == "en":
        assert fresh.load(str(qm))
        qapp.installTranslator(fresh)
    problems: list[str] = []
    seen: list[str] = []
    try:
        for name, window in open_all(root, runner, settle_in(qapp)):
            seen.append(name)
            frame = window.frameGeometry()
            if frame.width() > SCREEN_W or frame.height() > SCREEN_H or not screen.contains(frame):
                problems.append(f"{name}: frame {frame.x()},{frame.y()} "
                                f"{frame.width()}×{frame.height()} leaves the 1366×768 screen")
            if window.height() > CLIENT_H:
                problems.append(f"{name}: client area {window.height()} px tall (> {CLIENT_H})")
            hint = window.minimumSizeHint()
            if hint.width() > window.width() or hint.height() > window.height():
                problems.append(f"{name}: its layout needs {hint.width()}×{hint.height()}, "
                                f"more than its {window.width()}×{window.height()}: clipped")
            buttons = primary_buttons(window)
            for button in buttons:
                if not button_on_screen(window, button):
                    problems.append(f"{name}: button “{button.text()}” is not wholly visible")
            for where, text in visible_texts(window):
                if text and language == "en" and untranslated(text, data):
                    problems.append(f"{name}: {where}: “{text}” is not from the catalog")
                if text and language == "vi" and english_left(text, data, sources):
                    problems.append(f"{name}: {where}: “{text}” is English in the Vietnamese client")
    finally:
        qapp.removeTranslator(fresh)
        translators.install("vi")
    assert {"login", "first-run", "main-window", "main-reception", "main-details", "form-preview",
            "compare-attest", "ocr-review", "component-pages", "scan-dialog", "camera-dialog", "idcard",
            "message-box", "lock", "supervisor", "supervisor-note", "report-period",
            "handover", "ask-supplement", "apology", "result", "supplement",
            "return"} <= set(seen)
    assert not problems, "\n".join(problems)


def test_language_switch_keeps_the_window_maximised_and_the_dossier_open(
        qtbot: Any, client: Any, home: Path) -> None:  # noqa: F811 (the fixture)
    """Switching language rebuilds the main window: it stays maximised and on the same dossier,
    and the officer's window places are saved in the store's home folder, not in the store."""
    from desk_app.context import open_context
    from desk_app.demo.dossiers import create_demo_data
    from tests.gui.test_app import _login_dialog


    store = open_context(home)
    create_demo_data(store, 2)
    store.close()
    c = client("vi")
    dialog = _login_dialog(qtbot, c)
    dialog.username.setText("canbo1")
    dialog.password.setText("Canbo1@2026")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: c.main_window is not None, timeout=15_000)
    window = c.main_window
    window.showMaximized()
    window.all_days.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    code = window.model.row_at(0).code
    window.open_dossier(code)
    qtbot.waitUntil(lambda: window.details_page.detail is not None, timeout=10_000)

    window.findChild(type(window.new_action), "language.en").trigger()
    qtbot.waitUntil(lambda: c.main_window is not window, timeout=5_000)
    again = c.main_window
    assert again.isMaximized()
    assert again.stack.currentIndex() == again.DETAILS
    qtbot.waitUntil(lambda: again.details_page.detail is not None, timeout=10_000)
    assert again.details_page.detail.summary.code == code
    c.runner.wait_done(10_000)
    assert "canbo1" in (home / "windows.ini").read_text()
    c.translators.install("vi")


def test_a_remembered_place_off_this_screen_comes_back_onto_it(qapp: Any, tmp_path: Path,
                                                              runner: Any) -> None:
    """A geometry saved on a larger screen (2560×1440, the window at 1500,900 and 1900×1100)
    opens inside the 1366×768 screen, and closing the window saves its place for the officer."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog

    from ui import window_fit

    big = QDialog()
    big.setGeometry(1500, 900, 1900, 1100)
    saved = bytes(big.saveGeometry().data())
    big.deleteLater()
    window_fit.remember_for(tmp_path, "canbo1", runner)
    runner.wait_done(5_000)
    qapp.processEvents()
    assert window_fit._places is not None
    window_fit._places.saved["testDialog"] = saved
    try:
        dialog = QDialog()
        window_fit.fit_window(dialog, 800, 600, "testDialog")
        dialog.show()
        qapp.processEvents()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        assert screen.contains(dialog.frameGeometry()), dialog.frameGeometry()
        dialog.move(40, 30)
        dialog.close()
        runner.wait_done(5_000)
        stored = QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat)
        assert stored.value("canbo1/testDialog") is not None
        dialog.deleteLater()
    finally:
        window_fit.forget()
