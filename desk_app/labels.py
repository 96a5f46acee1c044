"""The Vietnamese words for the core's enum values, one table per enum, shared by every face of the
program: the command line prints them as they are, the desktop client translates them (its English
comes from the translation catalog, whose extractor finds the marker below by its name).

Printed forms and reports are Vietnamese documents and use these words too."""
from __future__ import annotations

from desk_app.domain.types import DossierStatus


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context`; returns it unchanged (no Qt here)."""
    return source


STATUS_TEXT: dict[str, str] = {
    DossierStatus.RECEIVED: QT_TRANSLATE_NOOP("DossierStatus", "Đã tiếp nhận"),
    DossierStatus.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("DossierStatus", "Chờ bổ sung"),
    DossierStatus.REFUSED: QT_TRANSLATE_NOOP("DossierStatus", "Từ chối"),
    DossierStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("DossierStatus", "Đang giải quyết"),
    DossierStatus.RESOLVED: QT_TRANSLATE_NOOP("DossierStatus", "Đã có kết quả"),
    DossierStatus.RETURNED: QT_TRANSLATE_NOOP("DossierStatus", "Đã trả kết quả"),
}
