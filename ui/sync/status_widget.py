"""The sync indicator for the main window's status bar: online/offline, items waiting, the time of
the last successful sync, and the "needs attention" list. Sync rounds and status reads run on the
client's wide pool, never on the GUI thread; a round's local writes, and a retry, go through its
single writer. A QTimer schedules rounds (regular interval when online, backoff with jitter when
offline)."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.sync.backoff import Backoff
from desk_app.sync.status import SyncStatus
from desk_app.tasks import Writer
from ui.window_fit import fit_window
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)


ENTITY_NAMES = {
    "dossiers": "Hồ sơ", "applicants": "Người nộp", "dossier_components": "Thành phần hồ sơ",
    "pages": "Trang ảnh", "verification_entries": "Nhật ký đối chiếu",
    "supervisor_notes": "Ghi chú giám sát", "ocr_results": "Kết quả OCR",
    "generated_documents": "Biểu mẫu đã in", "page_photos": "Ảnh chụp gốc của trang",
}
REASONS = {
    "same_id_other_content": "Cùng mã thao tác nhưng nội dung khác: bị từ chối, không áp dụng",
    "same_sequence_other_id": "Trùng số thứ tự của máy trạm (kho dữ liệu bị khôi phục?)",
    "image_missing_locally": "Ảnh trang bị thiếu hoặc hỏng trong kho dữ liệu của máy",
    "chain_fork": "Vị trí này trong chuỗi nhật ký đã có trên trung tâm (chuỗi rẽ nhánh)",
    "foreign_row": "Bản ghi thuộc một máy trạm khác",
    "entry_of_other_workstation": "Mục nhật ký của máy trạm khác",
    "unknown_entity": "Loại dữ liệu trung tâm chưa nhận",
    "id_mismatch": "Mã bản ghi không khớp",
}


class AttentionDialog(QDialog):
    """Operations the centre refused, with the reason; they stay until a person acts."""

    def _reason(self, raw: str) -> str:
        code = raw.split(":", 1)[-1].strip()
        text = REASONS.get(code)
        return f"{self.tr(text)} ({code})" if text else raw

    def _entity(self, name: str) -> str:
        text = ENTITY_NAMES.get(name)
        return self.tr(text) if text else name

    def __init__(self, status: SyncStatus, retry: Callable[[list[int]], Any] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mục cần xử lý khi đồng bộ"))
        self._retry = retry
        self.table = QTableWidget(len(status.attention), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Số thứ tự"), self.tr("Loại"), self.tr("Thời điểm"), self.tr("Lý do")])
        for row, item in enumerate(status.attention):
            when = item.created_at.replace(tzinfo=dt.UTC).astimezone()
            values = [str(item.seq), self._entity(item.entity), vn_format.datetime(when),
                      self._reason(item.reason)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.seqs = [i.seq for i in status.attention]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = buttons.addButton(self.tr("Gửi lại"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setEnabled(retry is not None and bool(self.seqs))
        self.retry_button.clicked.connect(self._on_retry)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_window(self, 860, 300, "syncAttention")

    @Slot()
    def _on_retry(self) -> None:
        if self._retry is not None:
            self._retry(self.seqs)
        self.accept()


class SyncStatusWidget(QWidget):
    """Takes its services in the constructor: `read_status` (cheap, local), `run_round` (one
    push/pull round, given the desk_app.tasks.Writer its local writes go through; returns the new
    status), both called on the wide pool, and `retry` (a write, on the writer)."""

    status_changed = Signal(object)

    def __init__(self, read_status: Callable[[], SyncStatus],
                 run_round: Callable[[Writer], SyncStatus] | None = None,
                 retry: Callable[[list[int]], Any] | None = None, *, runner: TaskRunner,
                 interval_ms: int = 30_000, refresh_ms: int = 2_000,
                 backoff: Backoff | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_status = read_status
        self._run_round = run_round
        self._retry = retry
        self._runner = runner
        self.interval_ms = interval_ms
        self.backoff = backoff or Backoff(base=5.0, cap=300.0)
        self._busy = False
        self.status: SyncStatus | None = None

        self.state_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_label = QLabel(self)
        self.attention_button = QPushButton(self)
        self.attention_button.setFlat(True)
        self.attention_button.clicked.connect(self._on_attention_clicked)
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"), self)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_button.setEnabled(run_round is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.state_label, self.pending_label, self.last_label,
                  self.attention_button, self.sync_button):
            layout.addWidget(w)
        self._show(None)

        self.round_timer = QTimer(self)
        self.round_timer.setSingleShot(True)
        self.round_timer.timeout.connect(self.sync_now)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)

    def start(self) -> None:
        """Begins the schedule: a first round at once, then by the timer."""
        self.refresh_timer.start()
        self.round_timer.start(0)

    def stop(self) -> None:
        self.round_timer.stop()
        self.refresh_timer.stop()

    @property
    def busy(self) -> bool:
        return self._busy

    # --- work off the GUI thread -----------------------------------------------------------

    def _can_sync(self) -> bool:
        """A round needs a central server; a stand-alone store has nothing to send to."""
        return self._run_round is not None and (self.status is None or self.status.configured)

    def _update_button(self) -> None:
        on = self._can_sync() and not self._busy
        self.sync_button.setEnabled(on)
        self.sync_button.setToolTip(
            "" if self._can_sync() or self._run_round is None else
            self.tr("Máy này chưa cấu hình máy chủ trung tâm (DESK_APP_CENTRAL_URL): "
                    "hồ sơ chỉ lưu trên máy, không có gì để đồng bộ."))

    def _on_worker_error(self, exc: BaseException) -> None:
        self._busy = False
        self._update_button()
        self.last_label.setToolTip(str(exc))

    @Slot()
    def refresh(self) -> None:
        if not self._busy:
            self._runner.run(self._read_status, owner=self, on_result=self._show,
                             on_error=self._on_worker_error)

    @Slot()
    def sync_now(self) -> None:
        run_round = self._run_round
        if self._busy or run_round is None or not self._can_sync():
            return
        self._busy = True
        self.round_timer.stop()
        self.sync_button.setEnabled(False)
        self._runner.run(run_round, self._runner.write_and_wait, owner=self,
                         on_result=self._on_round_done, on_error=self._on_worker_error)

    def _retry_later(self, seqs: list[int]) -> None:
        if self._retry is not None:
            self._runner.write(self._retry, seqs, owner=self, on_error=self._on_worker_error,
                               on_finished=self.refresh)

    def _on_round_done(self, status: SyncStatus) -> None:
        self._busy = False
        self._show(status)
        if status.configured:
            if status.online:
                self.backoff.reset()
                delay_ms = self.interval_ms
            else:
                delay_ms = int(self.backoff.next_delay() * 1000)
            self.round_timer.start(delay_ms)

    # --- display ---------------------------------------------------------------------------

    def _show(self, status: SyncStatus | None) -> None:
        self.status = status
        if status is None:
            self.state_label.setText(self.tr("● Đang kiểm tra…"))
            self.pending_label.setText("")
            self.last_label.setText("")
            self.attention_button.hide()
            return
        self._update_button()
        if not status.configured:
            # a stand-alone store: nothing waits to be sent, nothing was ever synced
            self.state_label.setText(self.tr("Không đồng bộ (máy độc lập)"))
            self.state_label.setStyleSheet("color: #555555;")
            self.state_label.setToolTip(self.sync_button.toolTip())
            self.pending_label.hide()
            self.last_label.hide()
            self.attention_button.hide()
            self.updateGeometry()
            self.status_changed.emit(status)
            return
        self.pending_label.show()
        self.last_label.show()
        if status.online:
            text, colour = self.tr("● Trực tuyến"), "#1b7f3b"
        else:
            text, colour = self.tr("● Ngoại tuyến"), "#b3261e"
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.state_label.setToolTip(status.last_error)
        self.pending_label.setText(self.tr("Chờ gửi: %n mục", "", status.pending))
        if status.last_success is None:
            self.last_label.setText(self.tr("Đồng bộ lần cuối: chưa có"))
        else:
            local = status.last_success.replace(tzinfo=dt.UTC).astimezone()
            self.last_label.setText(
                self.tr("Đồng bộ lần cuối: %1").replace("%1", vn_format.datetime(local)))
        n = len(status.attention)
        self.attention_button.setVisible(n > 0)
        self.attention_button.setText(self.tr("⚠ Cần xử lý: %n", "", n))
        self.attention_button.setStyleSheet("color: #b3261e;")
        self.updateGeometry()  # longer texts: let the status bar give us room
        self.status_changed.emit(status)

    @Slot()
    def _on_attention_clicked(self) -> None:
        if self.status is None:
            return
        dialog = AttentionDialog(self.status, self._retry_later if self._retry else None, self)
        dialog.exec()
        self.refresh()
