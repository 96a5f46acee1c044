"""Where the supervisor window reads: every counter at the centre (the supervisor's own role,
desk_app/supervision/central_source.py) or this counter's store only, said in a banner.

Connecting runs on a worker (the GUI thread never waits on the network). When the centre cannot
be reached, refuses the role, or drops the connection later (a page, a count or the notes fail
while reading it), the window says why in one Vietnamese sentence and goes on from the local
store, with the banner "chỉ quầy này"."""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from desk_app.supervision.service import SupervisionService
from ui.workers import TaskRunner

logger = logging.getLogger(__name__)

CENTRAL_STYLE = "background: #d6eaf8; color: #1b4f72; padding: 4px 8px; font-weight: bold;"
LOCAL_STYLE = "background: #fdebd0; color: #7e5109; padding: 4px 8px; font-weight: bold;"


class CentralMode(QObject):
    """Owns the banner; `changed` fires on the GUI thread once the source has been switched."""

    changed = Signal(bool)  # True: reading the centre

    def __init__(self, service: SupervisionService, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.banner = QLabel()
        self.banner.setObjectName("scopeBanner")
        self.banner.setWordWrap(True)
        self._why = ""
        self.show_local()

    @property
    def central(self) -> bool:
        return self.service.is_central

    def start(self, url: str | None) -> None:
        """Tries the centre in the background; without a URL stays on the local store."""
        if not url:
            self.show_local()
            return
        self.banner.setText(self.tr("Đang kết nối máy chủ trung tâm…"))
        self.runner.run(self.service.connect_central, url, owner=self,
                        on_result=self._on_connected, on_error=self._on_refused)

    def _switch(self, source: Any) -> None:
        old = self.service.use_central(source)
        if old is not None:
            self.runner.run(old.close)

    def _on_connected(self, source: Any) -> None:
        self._switch(source)
        self._why = ""
        self.banner.setStyleSheet(CENTRAL_STYLE)
        self.banner.setText(self.tr("Mọi quầy của đơn vị — đọc từ máy chủ trung tâm ({where})")
                            .format(where=source.label.rsplit("@", 1)[-1].split("?", 1)[0]))
        self.changed.emit(True)

    def _on_refused(self, exc: Any) -> None:
        self._why = self.reason(getattr(exc, "code", ""))
        logger.info("supervision stays local: %s", getattr(exc, "code", type(exc).__name__))
        self.show_local()
        self.changed.emit(False)

    def lost(self, exc_or_code: Any) -> bool:
        """A read from the centre failed: back to the local store. False when not central."""
        if not self.service.is_central:
            return False
        code = exc_or_code if isinstance(exc_or_code, str) else getattr(exc_or_code, "code", "")
        self._switch(None)
        self._why = self.reason(code or "central_unreachable")
        self.show_local()
        self.changed.emit(False)
        return True

    def shutdown(self) -> None:
        """The window closes: the centre's connections are closed in the background."""
        self._switch(None)

    def show_local(self) -> None:
        self.banner.setStyleSheet(LOCAL_STYLE)
        text = self.tr("Chỉ quầy này — dữ liệu trong máy, không có các quầy khác.")
        self.banner.setText(f"{text} {self._why}".strip())

    def reason(self, code: str) -> str:
        texts = {
            "central_not_supervisor": self.tr(
                "Vai trò này không được đọc dữ liệu các quầy ở máy chủ trung tâm (cần vai trò "
                "giám sát)."),
            "central_password_required": self.tr(
                "Thiếu mật khẩu của vai trò giám sát (tệp mật khẩu PGPASSFILE)."),
            "central_login_failed": self.tr(
                "Máy chủ trung tâm từ chối đăng nhập của vai trò giám sát."),
        }
        return texts.get(code, self.tr(
            "Mất kết nối hoặc không kết nối được máy chủ trung tâm; đang xem dữ liệu của quầy "
            "này."))
