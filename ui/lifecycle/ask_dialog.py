"""A supplement asked during processing: the unit settling the dossier asks the citizen, once and
in writing, for more. The dossier then waits for the citizen, and its time limit starts again
when the supplement is completed (F9)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.lifecycle.dialog_base import ActionDialog


class AskSupplementDialog(ActionDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "askSupplementDialog",
            self.tr("Yêu cầu bổ sung hồ sơ %1 trong quá trình giải quyết").replace("%1", code),
            self.tr("Ghi một lần, đầy đủ những gì công dân cần bổ sung. Hồ sơ chờ công dân bổ "
                    "sung; thời hạn giải quyết tính lại từ khi bổ sung xong."),
            self.tr("&Ghi yêu cầu bổ sung"), parent)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Ví dụ: bổ sung bản sao Giấy chứng sinh có chứng thực"))
        self.row(self.tr("&Cần bổ sung:"), self.reason)
        self.reason.setFocus()

    def problem(self) -> str:
        if not self.reason.text().strip():
            return self.tr("Cần ghi rõ nội dung cần bổ sung.")
        return ""

    def values(self) -> dict[str, Any]:
        return {"reason": " ".join(self.reason.text().split())}
