"""The supervisor's screen: role gate, lazy model off the GUI thread, filters, detail, notes."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from db.models import SupervisorNote, VerificationEntry
from desk_app.errors import AuthError
from desk_app.supervision.access import principal_of
from desk_app.supervision.log_query import LogFilter, LogQuery
from desk_app.supervision.service import SupervisionService
from desk_app.verification.log import verify_log


@pytest.fixture()
def supervisor(known):
    return principal_of(known.accounts["lanhdao"])


@pytest.mark.parametrize("username", ["canbo1", "canbo2"])
def test_officers_are_refused_the_screen(qtbot, ctx, runner, known, username) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    officer = principal_of(known.accounts[username])
    with pytest.raises(AuthError) as info:
        SupervisionService(ctx.engine, ctx.pages, officer)
    assert info.value.code == "role_forbidden"
    service = SupervisionService(ctx.engine, ctx.pages, principal_of(known.accounts["quantri"]))
    with pytest.raises(AuthError):
        SupervisorWindow(service, officer, runner)


def test_window_loads_filters_and_notes(qtbot, ctx, runner, known, supervisor) -> None:
    from ui.supervision.supervisor_window import SupervisorWindow

    service = SupervisionService(ctx.engine, ctx.pages, supervisor)
    window = SupervisorWindow(service, supervisor, runner)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(known.entries), timeout=5000)
    qtbot.waitUntil(lambda: window.count_label.text().startswith(str(len(known.entries))))
    # Newest first; flagged rows carry their codes in the last column.
    top = window.model.row_at(0)
    assert top is not None and top.created_at.month == 10
    # Filter by one flag through the widgets.
    with qtbot.waitSignal(window.model.page_loaded, timeout=5000):
        window.flag_box.setCurrentIndex(window.flag_box.findData("mismatch_overridden"))
    ids = {window.model.row_at(i).id for i in range(window.model.rowCount())}
    assert ids == {i for i, f in known.entries.items() if "mismatch_overridden" in f}
    # Detail pane shows the selected entry; a note is appended, the entry untouched.
    qtbot.waitUntil(lambda: window.detail.entry is not None)
    entry = window.detail.entry
    assert "mismatch_overridden" in entry.flags
    assert window.detail._fields["engine"].text().startswith("Không khớp")
    with qtbot.waitSignal(window.detail.note_added, timeout=5000):
        window.detail.save_note("mismatch_overridden", "Yêu cầu cán bộ giải trình lý do bỏ qua.")
    qtbot.waitUntil(lambda: window.detail.notes.count() == 1, timeout=5000)
    assert "giải trình" in window.detail.notes.item(0).text()
    with ctx.sessions() as s:
        notes = s.scalars(select(SupervisorNote)).all()
        assert [(n.entry_id, n.flag_code, n.author_id) for n in notes] == [
            (entry.id, "mismatch_overridden", supervisor.id)]
        assert s.scalar(select(func.count()).select_from(VerificationEntry)) == len(known.entries)
        assert verify_log(s)[1] == []
    # Officer rates and chain status come from workers.
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.rates_table.rowCount() == 3, timeout=5000)
    window.tabs.setCurrentIndex(2)
    window.check_chains()
    qtbot.waitUntil(lambda: window.chain_table.rowCount() == 1, timeout=10000)
    assert window.chain_table.item(0, 2).text() == "Nguyên vẹn"


def test_model_never_queries_on_the_gui_thread(qtbot, ctx, runner, known) -> None:
    from ui.supervision.log_model import VerificationLogModel

    threads: list[bool] = []

    class Recording(LogQuery):
        def page(self, *args, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return super().page(*args, **kwargs)

        def count(self, *args, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return super().count(*args, **kwargs)

    model = VerificationLogModel(Recording(ctx.engine), runner, page_size=5)
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        model.set_filter(LogFilter())
    assert model.rowCount() == 5 and model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=5000):
            model.fetchMore()
    assert model.rowCount() == len(known.entries)
    assert threads and not any(threads)


def test_empty_note_is_refused(qtbot, ctx, known, supervisor) -> None:
    service = SupervisionService(ctx.engine, ctx.pages, supervisor)
    from desk_app.errors import InputRefused

    with pytest.raises(InputRefused):
        service.add_note(next(iter(known.entries)), "   ")
    clean = next(i for i, f in known.entries.items() if not f)
    with pytest.raises(InputRefused) as info:
        service.add_note(clean, "Ghi chú", "mismatch_overridden")
    assert info.value.code == "flag_not_on_entry"
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SupervisorNote)) == 0


def test_chain_status_names_a_tampered_workstation(ctx, known, supervisor) -> None:
    import sqlite3

    service = SupervisionService(ctx.engine, ctx.pages, supervisor)
    assert [st.intact for st in service.chain_status()] == [True]
    # Tamper with one entry behind the triggers' back (as an attacker with the file would).
    victim = next(i for i, f in known.entries.items() if "mismatch_overridden" in f)
    conn = sqlite3.connect(ctx.home / "store.sqlite3")
    conn.execute("DROP TRIGGER verification_entries_no_update")
    conn.execute("UPDATE verification_entries SET verdict='mismatch' WHERE id=?", (victim,))
    conn.commit()
    conn.close()
    [status] = service.chain_status()
    assert not status.intact and status.reason == "edited"
    with ctx.sessions() as s:
        index = s.get(VerificationEntry, victim).chain_index
    assert status.broken_at == index
