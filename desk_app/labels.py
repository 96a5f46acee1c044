"""The Vietnamese words for the core's enum values, one table per enum, shared by every face of the
program: the command line prints them as they are, the desktop client translates them (its English
comes from the translation catalog, whose extractor finds the marker below by its name).

Printed forms and reports are Vietnamese documents and use these words too."""
from __future__ import annotations

from desk_app.domain.types import DossierStatus, PresentationForm


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

# How a paper is asked for on the printed forms (Mẫu 02's items; docs/flags.md).
FORM_ASKED_TEXT: dict[str, str] = {
    PresentationForm.ORIGINAL: "bản chính",
    PresentationForm.CERTIFIED_COPY: "bản sao có chứng thực",
    PresentationForm.MASTER_REGISTER_COPY: "bản sao từ sổ gốc",
    PresentationForm.PHOTOCOPY_WITH_ORIGINAL: "bản chụp kèm bản chính để đối chiếu",
    PresentationForm.ELECTRONIC_COPY: "bản điện tử",
    PresentationForm.NATIONAL_DATA: "dữ liệu khai thác từ CSDL quốc gia/VNeID (không phải nộp giấy)",
}
