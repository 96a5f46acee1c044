"""Words the client shows for the core's enum values (the core returns values, ui/ says them)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.types import DocumentKind, PresentationForm, Requirement, Role
from ui.i18n import QT_TRANSLATE_NOOP

FORM_TEXT: dict[str, str] = {
    PresentationForm.ORIGINAL: QT_TRANSLATE_NOOP("Labels", "Bản chính"),
    PresentationForm.CERTIFIED_COPY: QT_TRANSLATE_NOOP("Labels", "Bản sao có chứng thực"),
    PresentationForm.MASTER_REGISTER_COPY: QT_TRANSLATE_NOOP("Labels", "Bản sao từ sổ gốc"),
    PresentationForm.PHOTOCOPY_WITH_ORIGINAL: QT_TRANSLATE_NOOP(
        "Labels", "Bản chụp kèm bản chính để đối chiếu"
    ),
    PresentationForm.ELECTRONIC_COPY: QT_TRANSLATE_NOOP("Labels", "Bản điện tử"),
    PresentationForm.NATIONAL_DATA: QT_TRANSLATE_NOOP(
        "Labels", "Dữ liệu CSDL quốc gia / VNeID"
    ),
}
REQUIREMENT_TEXT: dict[str, str] = {
    Requirement.SUBMIT: QT_TRANSLATE_NOOP("Labels", "nộp"),
    Requirement.SHOW: QT_TRANSLATE_NOOP("Labels", "chỉ xuất trình"),
}
ROLE_TEXT: dict[str, str] = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Labels", "Cán bộ tiếp nhận"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Người giám sát"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Quản trị viên"),
}
DOCUMENT_TEXT: dict[str, str] = {
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP(
        "Labels", "Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
    ),
    DocumentKind.SUPPLEMENT_REQUEST: QT_TRANSLATE_NOOP(
        "Labels", "Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"
    ),
    DocumentKind.REFUSAL: QT_TRANSLATE_NOOP(
        "Labels", "Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ"
    ),
    DocumentKind.CONTROL_SHEET: QT_TRANSLATE_NOOP(
        "Labels", "Mẫu 06 – Phiếu kiểm soát quá trình giải quyết"
    ),
    DocumentKind.DIGITISED: QT_TRANSLATE_NOOP("Labels", "Bản số hoá hồ sơ (PDF)"),
    DocumentKind.APOLOGY: QT_TRANSLATE_NOOP(
        "Labels", "Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả"
    ),
    DocumentKind.RESULT: QT_TRANSLATE_NOOP("Labels", "Kết quả giải quyết, bản số hoá (PDF/A)"),
}


def _say(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate("Labels", source) if source else str(value)


def form_text(value: str | None) -> str:
    if value is None:
        return QCoreApplication.translate("Labels", "Chưa nộp")
    return _say(FORM_TEXT, value)


def requirement_text(value: str) -> str:
    return _say(REQUIREMENT_TEXT, value)


def role_text(value: str) -> str:
    return _say(ROLE_TEXT, value)


def document_text(kind: DocumentKind) -> str:
    return _say(DOCUMENT_TEXT, kind)
