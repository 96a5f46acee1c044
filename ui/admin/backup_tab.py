"""The backup tab: a backup of the running store to a file (with progress), a restore checked in
full and put in place at the next start (the store is open now), and maintenance with its
report (docs/administration.md#backup-and-restore)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.admin_access import AdminAccess
from desk_app.domain import vn_format
from ui.admin.common import AdminTab, hint, preview_box
from ui.workers import TaskRunner


class BackupTab(AdminTab):
    def __init__(self, access: AdminAccess, runner: TaskRunner, actor: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(access, runner, actor, parent)
        self.setObjectName("backupTab")
        self.backup_button = QPushButton(self.tr("&Sao lưu ngay…"))
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self._ask_backup)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setVisible(False)
        backup = QGroupBox(self.tr("Sao lưu"))
        b = QVBoxLayout(backup)
        b.addWidget(hint(self.tr(
            "Một tệp gồm cơ sở dữ liệu, mọi ảnh trang mà hồ sơ dùng và bảng mã băm để kiểm tra. "
            "Quầy vẫn làm việc bình thường trong khi sao lưu. Nên lưu ra ổ đĩa khác.")))
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.progress, 1)
        b.addLayout(row)

        self.restore_button = QPushButton(self.tr("&Khôi phục từ tệp…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self._ask_restore)
        restore = QGroupBox(self.tr("Khôi phục"))
        r = QVBoxLayout(restore)
        r.addWidget(hint(self.tr(
            "Tệp được kiểm tra toàn bộ (mã băm, tính toàn vẹn) và đối chiếu với máy chủ trung "
            "tâm: bản cũ hơn dữ liệu trung tâm đã nhận bị từ chối. Kho dữ liệu được thay khi mở "
            "lại ứng dụng; kho cũ được giữ lại bên cạnh.")))
        r.addWidget(self.restore_button)

        self.maintenance_button = QPushButton(self.tr("&Dọn dẹp kho dữ liệu"))
        self.maintenance_button.setObjectName("maintenanceButton")
        self.maintenance_button.clicked.connect(self.maintenance)
        care = QGroupBox(self.tr("Bảo trì"))
        c = QVBoxLayout(care)
        c.addWidget(hint(self.tr(
            "Xoá ảnh không hồ sơ nào dùng và tệp tạm do lần ghi bị ngắt để lại, khi đã cũ hơn "
            "thời gian chờ (thiết lập maintenance.grace_hours). Tệp đang được ghi không bị động "
            "đến.")))
        c.addWidget(self.maintenance_button)

        self.report = preview_box(self.tr("Kết quả sao lưu, khôi phục, bảo trì hiện ở đây."))
        top = QHBoxLayout()
        top.addWidget(backup, 1)
        top.addWidget(restore, 1)
        top.addWidget(care, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report, 1)

    def _ask_backup(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu bản sao lưu"),
            f"desk-app-{dt.datetime.now():%Y%m%d-%H%M}.tar", self.tr("Sao lưu (*.tar)"))
        if name:
            self.backup_to(Path(name))

    def backup_to(self, path: Path) -> None:
        self.backup_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.say(self.tr("Đang sao lưu…"))
        # a backup reads the store through its own connection and writes only the new file
        self.runner.run(self.access.backup, path, with_progress=True, owner=self,
                        on_progress=self._on_progress, on_result=self._on_backup,
                        on_error=self._on_failed)

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_backup(self, info: Any) -> None:
        self._idle()
        text = (self.tr("Đã sao lưu vào %1: %2 tệp ảnh, %3.")
                .replace("%1", str(info.path)).replace("%2", vn_format.number(info.pages))
                .replace("%3", vn_format.megabytes(info.bytes)))
        self.report.setPlainText(text)
        self.say(text)

    def _on_failed(self, exc: BaseException) -> None:
        self._idle()
        self.fail(exc)

    def _idle(self) -> None:
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.maintenance_button.setEnabled(True)
        self.progress.setVisible(False)

    def _ask_restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp sao lưu"), "",
                                              self.tr("Sao lưu (*.tar);;Mọi tệp (*)"))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        self.restore_button.setEnabled(False)
        self.say(self.tr("Đang kiểm tra tệp sao lưu…"))
        self.runner.run(self.access.stage_restore, path, owner=self,
                        on_result=self._on_staged, on_error=self._on_failed)

    def _on_staged(self, info: Any) -> None:
        self._idle()
        text = self.tr("Tệp sao lưu hợp lệ (%1 tệp ảnh). Đóng và mở lại ứng dụng để hoàn tất "
                       "khôi phục.").replace("%1", vn_format.number(info.pages))
        self.report.setPlainText(text)
        self.say(text)

    def maintenance(self) -> None:
        self.maintenance_button.setEnabled(False)
        self.say(self.tr("Đang dọn dẹp…"))
        # files only (no row changes): the wide pool
        self.runner.run(self.access.maintenance, owner=self, on_result=self._on_maintenance,
                        on_error=self._on_failed)

    def _on_maintenance(self, report: Any) -> None:
        self._idle()
        lines = [self.tr("Đã xoá %1 ảnh không hồ sơ nào dùng và %2 tệp tạm.")
                 .replace("%1", vn_format.number(len(report.removed_blobs)))
                 .replace("%2", vn_format.number(len(report.removed_temp)))]
        lines += [f"  - {name}" for name, _size in report.removed_blobs + report.removed_temp]
        if report.kept_young:
            lines.append(self.tr("Giữ lại %1 tệp còn trong thời gian chờ.")
                         .replace("%1", vn_format.number(report.kept_young)))
        lines += list(report.notes)
        lines.append(self.tr("Dung lượng kho: %1 → %2.")
                     .replace("%1", vn_format.megabytes(report.size_before))
                     .replace("%2", vn_format.megabytes(report.size_after)))
        self.report.setPlainText("\n".join(lines))
        self.say(lines[0])
