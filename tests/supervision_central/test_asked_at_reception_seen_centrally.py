"""Issue 13, must-show 4 end to end: on counter 2's reception screen the officer asks for a
certified copy where a photocopy with the original is accepted (the reason prompt, the reason
typed) and receives the dossier; the counter syncs; the supervisor window opened on the centre, at
counter 1, shows that entry flagged with the officer's name and counter 2's name."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desk_app.bootstrap import build_services
from desk_app.domain.types import Role
from desk_app.supervision.access import Principal
from desk_app.supervision.log_query import LogFilter
from desk_app.supervision.service import SupervisionService
from desk_app.sync.client import SyncClient
from tests.fixtures_catalog import add_test_procedure
from tests.gui.helpers import show_active, start_test_reception, type_text
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter
from tests.supervision_central.helpers import supervisor_login
from ui.main_window import MainWindow
from ui.services import ClientServices

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures

SUPERVISOR = Principal("lanhdao-1", "lanhdao", "Nguyễn Thị Lãnh Đạo", "supervisor")
REASON = "Bản chụp mờ, cần bản sao chứng thực"


def _receive_asking_for_a_certified_copy(qtbot: Any, runner: Any, counter: Counter) -> None:
    with counter.ctx.sessions.begin() as s:
        add_test_procedure(s)
    root = build_services(counter.ctx)
    officer = root.accounts.create_account("canbo.hai", "Đỗ Văn Hai", Role.OFFICER, "matkhau123")
    services = ClientServices(accounts=root.accounts, reception=root.reception,
                              counter_name=root.counter_name, save_setting=root.save_setting)
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)
    page = start_test_reception(qtbot, window, "Trần Thị Thu Hà")
    rows = page.checklist.rows
    asked = rows[1].asked
    assert asked is not None and asked.currentData() == "photocopy_with_original"
    asked.setFocus()
    qtbot.keyClick(asked, Qt.Key.Key_Down)  # one step stricter: the reason prompt
    qtbot.waitUntil(lambda: asked.dialog is not None and asked.dialog.isVisible())
    type_text(asked.dialog.reason, REASON)
    qtbot.keyClick(asked.dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not asked.dialog.isVisible())
    qtbot.waitUntil(lambda: page.receive_button.isEnabled())
    page.submit("receive")
    qtbot.waitUntil(lambda: window.stack.currentIndex() == window.HOME, timeout=20_000)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=20_000)
    if window.preview is not None:
        window.preview.close()
    window.close()


def test_asked_at_reception_is_flagged_in_the_supervisor_window_on_the_centre(
        qtbot: Any, runner: Any, counters: tuple[Counter, Counter], central_url: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    one, two = counters
    with cf.owner(central_url) as conn:
        conn.execute("UPDATE workstations SET name = %s WHERE id = %s", ("Quầy 2 – Hộ tịch", two.ws))
    _receive_asking_for_a_certified_copy(qtbot, runner, two)
    report = SyncClient(two.ctx, two.login.url).run_once()
    assert report.refused == 0

    url, passfile = supervisor_login(central_url, tmp_path)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    service = SupervisionService(one.ctx.engine, one.ctx.pages, SUPERVISOR)  # at counter 1
    window = SupervisorWindow(service, SUPERVISOR, runner, central_url=url)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: service.is_central, timeout=20_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=20_000)  # the two components
    with qtbot.waitSignal(window.model.page_loaded, timeout=20_000):
        window.set_filter(LogFilter(flagged_only=True))
    assert window.model.rowCount() == 1
    model = window.model
    cells = {c: model.index(0, i).data() for i, c in enumerate(model.COLUMNS)}
    assert cells["officer"] == "Đỗ Văn Hai"
    qtbot.waitUntil(lambda: model.index(0, model.COLUMNS.index("counter")).data()
                    == "Quầy 2 – Hộ tịch", timeout=10_000)
    entry = model.row_at(0)
    assert entry.flags == ("certified_copy_demanded",) and entry.demand_reason == REASON
    flags_text = model.index(0, model.COLUMNS.index("flags")).data()
    assert flags_text and "certified_copy" not in flags_text  # the name, not the code
    window.close()
