"""The details page after an attestation, its fields and table at the counter's size, and the
page window's tools without pages (issue 15, "No word after an action"), on the client's real
services. Screenshots go to $DESK_APP_SCREENSHOTS when it is set."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_app.domain import vn_format
from tests.gui.helpers import show_active
from tests.gui.test_feedback import ID_NUMBER, _receive, _shot
from ui.main_window import MainWindow


def _details(qtbot: Any, services: Any, runner: Any, officer: Any, code: str) -> Any:
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 720)
    show_active(qtbot, window)
    details = window.details_page
    with qtbot.waitSignal(details.thumbnails_done, timeout=20_000):
        window.open_dossier(code)
    return window, details


def test_attesting_says_so_and_marks_the_component_from_the_log(
    qtbot: Any, wired: Any, runner: Any, page_files: list[Path]
) -> None:
    services, officer = wired
    code = _receive(services, officer, page_files).code
    window, details = _details(qtbot, services, runner, officer, code)
    table = details.components

    # the applicant's ID number in full and the birth date, to check against the card
    assert details._field_labels["identity"].text() == f"{ID_NUMBER}  ·  01/01/1990"
    # the components table shows all its rows
    assert table.viewport().height() >= table.verticalHeader().length()
    # ...without making the window taller than the counter's screen
    assert window.minimumSizeHint().height() <= 720
    # seen at reception, not compared yet
    assert table.item(1, 1).text().endswith("(đã xem bản chính)")
    assert "đã đối chiếu" not in table.item(1, 1).text()
    assert table.item(1, 4).text() == "—"
    _shot(window, "feedback-details-before.png")

    table.setCurrentCell(1, 0)
    with qtbot.waitSignal(details.attest_opened, timeout=10_000) as opened:
        details.attest(details.selected_component(), page_files[1])
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.pack is not None, timeout=60_000)
    dialog.original_shown.setChecked(True)
    dialog.match.setChecked(True)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=5_000)
    with qtbot.waitSignal(details.message, timeout=20_000) as said:
        dialog.ok_button.click()
    assert said.args[0] == "Đã ghi kết quả đối chiếu “Giấy chứng sinh”: Khớp."
    assert window.statusBar().currentMessage() == said.args[0]
    qtbot.waitUntil(lambda: table.item(1, 4) is not None
                    and table.item(1, 4).text().startswith("Khớp, "), timeout=10_000)
    assert table.horizontalHeaderItem(4).text() == "Đối chiếu"
    assert table.item(1, 4).toolTip() == f"Đã đối chiếu: {table.item(1, 4).text()}"
    entry_time = details.detail.components[1].verified_at
    assert entry_time is not None
    assert table.item(1, 4).text().endswith(vn_format.datetime(entry_time))
    assert table.item(0, 4).text() == "—"
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=20_000)
    _shot(window, "feedback-details-attested.png")


def test_the_page_window_offers_page_tools_only_for_a_selected_page(
    qtbot: Any, wired: Any, runner: Any, page_files: list[Path]
) -> None:
    services, officer = wired
    code = _receive(services, officer, page_files).code
    _window, details = _details(qtbot, services, runner, officer, code)

    def tools(strip: Any) -> list[bool]:
        return [b.isEnabled() for b in (strip.left_button, strip.right_button,
                                        strip.rotate_left_button, strip.rotate_right_button,
                                        strip.delete_button)]

    details.components.setCurrentCell(2, 0)  # the card: no pages
    with qtbot.waitSignal(details.pages_dialog_opened, timeout=10_000) as opened:
        details.open_component_pages()
    empty = opened.args[0]
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=10_000)
    assert empty.strip.count() == 0
    assert tools(empty.strip) == [False] * 5 and empty.strip.import_button.isEnabled()
    _shot(empty, "feedback-pages-empty.png")
    with qtbot.waitSignal(details.thumbnails_done, timeout=20_000):
        empty.accept()

    details.components.setCurrentCell(1, 0)  # two pages
    with qtbot.waitSignal(details.pages_dialog_opened, timeout=10_000) as opened:
        details.open_component_pages()
    two = opened.args[0]
    qtbot.waitUntil(lambda: two.strip.count() == 2, timeout=10_000)
    two.strip.list.setCurrentRow(-1)
    assert tools(two.strip) == [False] * 5
    two.strip.list.setCurrentRow(0)
    assert tools(two.strip) == [False, True, True, True, True]  # the first cannot go earlier
    two.strip.list.setCurrentRow(1)
    assert tools(two.strip) == [True, False, True, True, True]
    with qtbot.waitSignal(details.thumbnails_done, timeout=20_000):
        two.accept()
