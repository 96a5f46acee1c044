"""The single writer is enforced: with the client's guard on the store, a write started from the GUI
reaches the store only through the runner's writer thread; the same write on the wide pool, on the
GUI thread or on a thread of its own is refused and recorded. Without the guard (the CLI) any
thread writes. The other GUI, wiring, capture, verify, digitise, supervision and sync tests run
with the guard on (tests/conftest.py `runner`), so a stray write fails them too."""
from __future__ import annotations

import threading
from typing import Any

import pytest

from desk_app.write_guard import WriteOutsideWriter
from ui.workers import TaskRunner


def _outcome(qtbot: Any, start: Any, fn: Any, *args: Any) -> Any:
    """Starts `fn` through `start` (the runner's run or write) and returns its result or error."""
    seen: list[Any] = []
    start(fn, *args, on_result=seen.append, on_error=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def test_a_gui_write_reaches_the_store_only_through_the_writer(qtbot: Any, ctx: Any) -> None:
    runner = TaskRunner()
    guard = runner.guard_store(ctx.engine)  # as the client installs it once the store is open
    try:
        assert _outcome(qtbot, runner.write, ctx.set_setting, "probe", "writer") is None
        assert ctx.setting("probe") == "writer"

        refused = _outcome(qtbot, runner.run, ctx.set_setting, "probe", "wide pool")
        assert isinstance(refused, WriteOutsideWriter)
        with pytest.raises(WriteOutsideWriter):
            ctx.set_setting("probe", "gui thread")
        errors: list[BaseException] = []

        def on_its_own_thread() -> None:
            try:
                ctx.set_setting("probe", "own thread")
            except WriteOutsideWriter as exc:
                errors.append(exc)

        thread = threading.Thread(target=on_its_own_thread)
        thread.start()
        thread.join()
        assert len(errors) == 1
        assert ctx.setting("probe") == "writer"  # none of the three got through
        assert len(guard.violations) == 3 and all("INSERT" in v or "UPDATE" in v
                                                   for v in guard.violations)

        # A long task on the wide pool hands each of its writes to the writer and waits for it.
        def long_task() -> str:
            runner.write_and_wait(lambda: ctx.set_setting("probe", "handed over"))
            return "done"

        assert _outcome(qtbot, runner.run, long_task) == "done"
        assert ctx.setting("probe") == "handed over"
        with pytest.raises(RuntimeError):  # the GUI thread never waits on the writer
            runner.write_and_wait(lambda: None)
        assert len(guard.violations) == 3
    finally:
        guard.remove()
        assert runner.wait_done(10_000)


def test_without_the_guard_any_thread_writes(ctx: Any) -> None:
    # The CLI installs nothing: its commands write from their own threads.
    ctx.set_setting("probe", "main")
    thread = threading.Thread(target=ctx.set_setting, args=("probe", "thread"))
    thread.start()
    thread.join()
    assert ctx.setting("probe") == "thread"


def test_the_client_guards_its_store_once_open(qtbot: Any, home: Any, monkeypatch: Any) -> None:
    from ui.app import DeskClient

    client = DeskClient(home, "vi")
    try:
        client.start()
        qtbot.waitUntil(lambda: client.services is not None, timeout=30_000)
        assert client.write_guard is not None
        with pytest.raises(WriteOutsideWriter):
            client.ctx.set_setting("probe", "gui thread")
        assert _outcome(qtbot, client.runner.write, client.ctx.set_setting, "probe", "x") is None
    finally:
        client.runner.cancel_all()
        client.shutdown()
        if client.window is not None:
            client.window.close()
