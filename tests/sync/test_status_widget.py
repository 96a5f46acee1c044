"""Point 5: with the central database stopped a reception completes, the window shows offline and
the number waiting; when it comes back everything arrives with no one doing anything."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMainWindow, QStatusBar

from desk_app.demo.dossiers import create_demo_data
from desk_app.sync.backoff import Backoff
from desk_app.sync.service import SyncService
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local
from ui.sync.status_widget import AttentionDialog, SyncStatusWidget

# Screenshots go to docs/screenshots only when asked for (DESK_APP_SCREENSHOTS=docs/screenshots);
# a normal run keeps the work tree clean.
SHOTS = Path(os.environ.get("DESK_APP_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))


def _window(widget: SyncStatusWidget) -> QMainWindow:
    win = QMainWindow()
    win.setWindowTitle("desk-app")
    bar = QStatusBar(win)
    bar.addPermanentWidget(widget)
    win.setStatusBar(bar)
    win.resize(900, 120)
    return win


def test_offline_reception_then_everything_arrives_by_itself(
    qtbot: Any, ctx: Any, runner: Any, central_url: str, pg_server: Any
) -> None:
    service = SyncService(ctx, central_url)
    widget = SyncStatusWidget(service.status, service.run_round, service.retry,
                              runner=runner, interval_ms=300, refresh_ms=100,
                              backoff=Backoff(base=0.2, cap=0.5))
    win = _window(widget)
    qtbot.addWidget(win)
    win.show()
    pg_server.stop()
    try:
        # Receptions through the reception service complete normally with the centre down.
        codes = create_demo_data(ctx, 2, seed=5)
        assert len(codes) == 2
        widget.start()
        qtbot.waitUntil(lambda: widget.status is not None and widget.status.online is False
                        and widget.status.pending > 0, timeout=10_000)
        assert widget.state_label.text() == "● Ngoại tuyến"
        assert widget.pending_label.text() == f"Chờ gửi: {widget.status.pending} mục"
        assert widget.last_label.text() == "Đồng bộ lần cuối: chưa có"
        SHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.waitUntil(lambda: widget.pending_label.width()
                        >= widget.pending_label.sizeHint().width(), timeout=2_000)
        win.grab().save(str(SHOTS / "sync-offline.png"))
    finally:
        pg_server.start()
    # No click: the timer's next round (backoff) finds the centre again.
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.online is True
                    and widget.status.pending == 0, timeout=15_000)
    assert widget.state_label.text() == "● Trực tuyến"
    assert widget.last_label.text().startswith("Đồng bộ lần cuối: ")
    assert "chưa có" not in widget.last_label.text()
    qtbot.waitUntil(lambda: widget.last_label.width() >= widget.last_label.sizeHint().width(),
                    timeout=2_000)
    win.grab().save(str(SHOTS / "sync-online.png"))
    widget.stop()
    qtbot.waitUntil(lambda: not widget.busy and runner.active_count == 0, timeout=5_000)
    assert_central_equals_local(ctx, central_url)


def test_needs_attention_list_shows_the_reason(qtbot: Any, ctx: Any, runner: Any,
                                               central_url: str) -> None:
    from sqlalchemy import text

    service = SyncService(ctx, central_url)
    make_dossiers(ctx, 1)
    with ctx.engine.connect() as c:  # a confirmed operation keeps no payload: read it before
        sent = c.execute(text("SELECT payload FROM outbox WHERE entity = 'dossiers'")).scalar()
    service.run_round()
    with ctx.engine.begin() as c:
        c.execute(text("UPDATE outbox SET state = 'pending', "
                       "payload = json_set(:p, '$.note', 'x') WHERE entity = 'dossiers'"),
                  {"p": sent})
    status = service.run_round()
    widget = SyncStatusWidget(service.status, service.run_round, service.retry, runner=runner)
    qtbot.addWidget(widget)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.status is not None, timeout=5_000)
    assert widget.attention_button.text() == "⚠ Cần xử lý: 1"
    requeued: list[int] = []
    # the retry is a store write: through the single writer, as the status widget does it
    dialog = AttentionDialog(status, lambda seqs: runner.write(service.retry, seqs,
                                                               on_result=requeued.append))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "Hồ sơ"
    assert dialog.table.item(0, 3).text() == (
        "Cùng mã thao tác nhưng nội dung khác: bị từ chối, không áp dụng (same_id_other_content)")
    dialog.show()
    dialog.grab().save(str(SHOTS / "sync-attention.png"))
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: requeued == [1], timeout=5_000)
    assert service.status().pending == 1 and service.status().attention == []


def test_results_reach_the_widget_on_the_gui_thread_and_work_runs_off_it(qtbot: Any,
                                                                          runner: Any) -> None:
    import threading

    from desk_app.sync.status import SyncStatus

    seen: dict[str, Any] = {}
    gui = threading.get_ident()

    def read() -> SyncStatus:
        seen["worker"] = threading.get_ident()
        return SyncStatus(configured=False, online=False, pending=7, last_success=None)

    widget = SyncStatusWidget(read, runner=runner)
    qtbot.addWidget(widget)
    widget.status_changed.connect(lambda _s: seen.setdefault("shown", threading.get_ident()))
    widget.refresh()
    qtbot.waitUntil(lambda: "shown" in seen, timeout=5_000)
    assert seen["worker"] != gui and seen["shown"] == gui
    # a stand-alone store counts nothing as waiting and offers no sync
    assert widget.state_label.text() == "Không đồng bộ (máy độc lập)"
    assert widget.pending_label.isHidden() and widget.last_label.isHidden()
    assert not widget.sync_button.isEnabled()
