"""Issue 13, supervisor half of must-show 4: the supervisor window opened on the centre shows an
entry flagged on another counter, with its officer and its counter; a note is written centrally
by the supervisor's role; a dropped connection falls back to this counter's store, saying so.
(The officer half, asking for a certified copy at reception, goes through the verification
service here.)"""
from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest

from desk_app.supervision.access import Principal
from desk_app.supervision.log_query import LogFilter
from desk_app.supervision.service import SupervisionService
from desk_app.sync.central_check import verify_central
from desk_app.sync.client import SyncClient
from tests.security import central_fixtures as cf
from tests.security.central_fixtures import Counter
from tests.supervision_central.helpers import Officer, flagged_entry, supervisor_login

pg_server, central_url, counters = cf.pg_server, cf.central_url, cf.counters  # the fixtures

SUPERVISOR = Principal("lanhdao-1", "lanhdao", "Nguyễn Thị Lãnh Đạo", "supervisor")


def _cells(window, row: int) -> dict[str, str]:
    model = window.model
    return {c: model.index(row, i).data() for i, c in enumerate(model.COLUMNS)}


def test_supervisor_window_on_the_centre(qtbot, runner, counters: tuple[Counter, Counter],
                                         central_url: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    one, two = counters
    with cf.owner(central_url) as conn:
        for c, name in ((one, "Quầy 1 – Tư pháp"), (two, "Quầy 2 – Đất đai")):
            conn.execute("UPDATE workstations SET name = %s WHERE id = %s", (name, c.ws))
    _code, flagged_two = flagged_entry(two.ctx, Officer("officer-b", "Phạm Thị Bốn"))
    _code, flagged_one = flagged_entry(one.ctx, Officer("officer-a", "Lê Văn An"))
    for c in (one, two):
        assert SyncClient(c.ctx, c.login.url).run_once().refused == 0
    url, passfile = supervisor_login(central_url, tmp_path)
    monkeypatch.setenv("PGPASSFILE", str(passfile))

    # The supervisor sits at counter 1: its local store holds counter 1's entries only.
    service = SupervisionService(one.ctx.engine, one.ctx.pages, SUPERVISOR)
    window = SupervisorWindow(service, SUPERVISOR, runner, central_url=url)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: service.is_central, timeout=20000)
    assert "máy chủ trung tâm" in window.central.banner.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=20000)
    qtbot.waitUntil(lambda: window.counter_box.count() == 3, timeout=20000)
    with qtbot.waitSignal(window.model.page_loaded, timeout=20000):
        window.set_filter(LogFilter(flagged_only=True))
    rows = {window.model.row_at(i).id: _cells(window, i) for i in range(window.model.rowCount())}
    assert set(rows) == {flagged_one, flagged_two}
    assert rows[flagged_two]["officer"] == "Phạm Thị Bốn"
    qtbot.waitUntil(lambda: window.model.index(0, window.model.COLUMNS.index("counter")).data()
                    in ("Quầy 1 – Tư pháp", "Quầy 2 – Đất đai"), timeout=10000)
    rows = {window.model.row_at(i).id: _cells(window, i) for i in range(window.model.rowCount())}
    assert rows[flagged_two]["counter"] == "Quầy 2 – Đất đai"
    assert rows[flagged_one]["counter"] == "Quầy 1 – Tư pháp"
    assert rows[flagged_two]["flags"] and "certified_copy" not in rows[flagged_two]["flags"]

    # The counter filter: counter 2 only.
    with qtbot.waitSignal(window.model.page_loaded, timeout=20000):
        window.counter_box.setCurrentIndex(window.counter_box.findData(two.ws))
    assert [window.model.row_at(i).id for i in range(window.model.rowCount())] == [flagged_two]
    qtbot.waitUntil(lambda: window.detail.entry is not None, timeout=10000)
    assert window.detail._fields["chain"].text().startswith("Quầy 2 – Đất đai")
    window.set_filter(LogFilter(flagged_only=True))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2 and window.detail.entry is not None
                    and window.count_label.text() == "2 lượt", timeout=10000)
    shots = Path(os.environ.get("DESK_APP_SCREENSHOTS", tmp_path))  # docs/screenshots, by hand
    assert window.grab().save(str(shots / "supervisor-central.png"))
    with qtbot.waitSignal(window.model.page_loaded, timeout=20000):
        window.counter_box.setCurrentIndex(window.counter_box.findData(two.ws))
    qtbot.waitUntil(lambda: window.detail.entry is not None, timeout=10000)

    # A note on counter 2's entry, written at the centre by the supervisor's own role.
    with qtbot.waitSignal(window.detail.note_added, timeout=20000):
        window.detail.save_note("certified_copy_demanded", "Đề nghị cán bộ giải trình.")
    qtbot.waitUntil(lambda: window.detail.notes.count() == 1, timeout=10000)
    with psycopg.connect(central_url) as conn:
        note = conn.execute("SELECT entry_id, author_id, written_by, src_workstation "
                            "FROM supervisor_notes").fetchall()
        assert note == [(flagged_two, SUPERVISOR.id, "lanhdao_so", None)]
        assert verify_central(conn).intact  # a central note is not taken for a forged row

    # Every chain's check at the centre.
    window.tabs.setCurrentIndex(2)
    window.check_chains()
    qtbot.waitUntil(lambda: window.chain_table.rowCount() == 2, timeout=20000)
    assert {window.chain_table.item(r, 2).text() for r in range(2)} == {"Nguyên vẹn"}

    # Officers of both counters compared with the agency's median, each with their counter.
    window.set_filter(LogFilter())
    window.tabs.setCurrentIndex(1)
    t = window.rates_table
    qtbot.waitUntil(lambda: t.rowCount() == 3 and t.item(2, t.columnCount() - 1) is not None,
                    timeout=20000)
    where = {t.item(r, 0).text(): t.item(r, t.columnCount() - 1).text() for r in (1, 2)}
    assert where == {"Lê Văn An": "Quầy 1 – Tư pháp", "Phạm Thị Bốn": "Quầy 2 – Đất đai"}
    window.tabs.setCurrentIndex(0)
    window.close()


def test_unreachable_centre_falls_back_to_this_counter(qtbot, runner, ctx) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    service = SupervisionService(ctx.engine, ctx.pages, SUPERVISOR)
    window = SupervisorWindow(service, SUPERVISOR, runner,
                              central_url="postgresql://lanhdao@127.0.0.1:9/deskapp"
                                          "?connect_timeout=2")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "Mất kết nối hoặc không kết nối được" in window.central.banner.text(),
                    timeout=20000)
    assert window.central.banner.text().startswith("Chỉ quầy này")
    assert not service.is_central


def test_connection_dropped_while_reading_falls_back(qtbot, runner, pg_server,
                                                     counters: tuple[Counter, Counter],
                                                     central_url: str, monkeypatch) -> None:
    import threading

    from desk_app.supervision.log_query import LogQuery
    from tests.sync.tcp_proxy import FaultProxy
    from ui.supervision.supervisor_window import SupervisorWindow

    one, two = counters
    flagged_entry(two.ctx, Officer("officer-b", "Phạm Thị Bốn"))
    assert SyncClient(two.ctx, two.login.url).run_once().refused == 0
    # The centre's list of procedures answers only after the window fell back: its failure
    # arrives late and must not write over the local count.
    release = threading.Event()
    real_procedures = LogQuery.procedures

    def late_procedures(query: LogQuery) -> list[str]:
        if query.engine.dialect.name == "postgresql":
            release.wait(20)
        return real_procedures(query)

    monkeypatch.setattr(LogQuery, "procedures", late_procedures)
    proxy = FaultProxy(pg_server.port, seed=3).start()
    try:
        service = SupervisionService(one.ctx.engine, one.ctx.pages, SUPERVISOR)
        window = SupervisorWindow(service, SUPERVISOR, runner,
                                  central_url=proxy.url(central_url.rsplit("/", 1)[1]))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: service.is_central and window.model.rowCount() == 2,
                        timeout=20000)
        proxy.refuse = True
        proxy.cut_all()
        window.set_filter(LogFilter(flagged_only=True))
        qtbot.waitUntil(lambda: not service.is_central, timeout=20000)
        banner = window.central.banner.text()
        assert banner.startswith("Chỉ quầy này") and "Mất kết nối" in banner
        # Counter 1's own store has no entries: the window reads it, empty, without an error.
        qtbot.waitUntil(lambda: window.count_label.text() == "0 lượt", timeout=20000)
        release.set()
        qtbot.wait(1500)  # the centre's late failure arrives, and is dropped
        assert window.count_label.text() == "0 lượt"
        window.close()
    finally:
        release.set()
        proxy.close()
