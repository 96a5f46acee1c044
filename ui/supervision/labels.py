"""Translatable labels for the supervision codes (flags, verdicts, rates, chain checks); the
enums every screen shows (presentation forms, requirements, roles, documents) are in ui/labels.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.types import Verdict
from ui.i18n import QT_TRANSLATE_NOOP

_CTX = "Supervision"
# Each label is marked where it is written (QT_TRANSLATE_NOOP with the literal context), so that
# pyside6-lupdate puts it into the catalog; `_t` translates it at the time it is shown.


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def flag_label(code: str) -> str:
    labels = {
        "certified_copy_demanded": _t(QT_TRANSLATE_NOOP("Supervision", "Yêu cầu bản sao chứng thực dù đã xuất trình bản chính")),
        "original_demanded_for_certified_copy": _t(QT_TRANSLATE_NOOP("Supervision", "Yêu cầu bản chính đối với bản sao chứng thực/sổ gốc")),
        "copy_of_shown_document": _t(QT_TRANSLATE_NOOP("Supervision", "Yêu cầu bản sao giấy tờ chỉ phải xuất trình")),
        "paper_for_available_data": _t(QT_TRANSLATE_NOOP("Supervision", "Yêu cầu giấy tờ cho dữ liệu đã có điện tử")),
        "not_on_published_list": _t(QT_TRANSLATE_NOOP("Supervision", "Giấy tờ ngoài danh mục công bố")),
        "mismatch_overridden": _t(QT_TRANSLATE_NOOP("Supervision", "Bỏ qua kết quả so sánh không khớp")),
        "no_page_images": _t(QT_TRANSLATE_NOOP("Supervision", "Đối chiếu không có ảnh trang")),
    }
    return labels.get(code, code)


def flag_short_label(code: str) -> str:
    """A few words for the table's column (the full sentence is the tooltip)."""
    labels = {
        "certified_copy_demanded": _t(QT_TRANSLATE_NOOP("Supervision", "Đòi bản sao chứng thực")),
        "original_demanded_for_certified_copy": _t(QT_TRANSLATE_NOOP("Supervision", "Đòi bản chính")),
        "copy_of_shown_document": _t(QT_TRANSLATE_NOOP("Supervision", "Đòi bản sao giấy xuất trình")),
        "paper_for_available_data": _t(QT_TRANSLATE_NOOP("Supervision", "Đòi giấy thay dữ liệu")),
        "not_on_published_list": _t(QT_TRANSLATE_NOOP("Supervision", "Ngoài danh mục")),
        "mismatch_overridden": _t(QT_TRANSLATE_NOOP("Supervision", "Bỏ qua không khớp")),
        "no_page_images": _t(QT_TRANSLATE_NOOP("Supervision", "Không có ảnh trang")),
    }
    return labels.get(code, code)


def verdict_label(verdict: str | None) -> str:
    labels: dict[str, str] = {
        Verdict.MATCH: _t(QT_TRANSLATE_NOOP("Supervision", "Khớp")), Verdict.MISMATCH: _t(QT_TRANSLATE_NOOP("Supervision", "Không khớp")),
        Verdict.NOT_COMPARED: _t(QT_TRANSLATE_NOOP("Supervision", "Không đối chiếu")),
    }
    return labels.get(verdict or "", verdict or "")


def rate_label(code: str) -> str:
    labels = {
        "certified_copy": _t(QT_TRANSLATE_NOOP("Supervision", "Đòi bản sao chứng thực/bản chính")),
        "supplement": _t(QT_TRANSLATE_NOOP("Supervision", "Yêu cầu bổ sung")),
        "override": _t(QT_TRANSLATE_NOOP("Supervision", "Bỏ qua không khớp")),
        "flagged": _t(QT_TRANSLATE_NOOP("Supervision", "Lượt có dấu hiệu")),
    }
    return labels.get(code, code)


def chain_reason_label(reason: str) -> str:
    labels = {
        "": _t(QT_TRANSLATE_NOOP("Supervision", "Nguyên vẹn")),
        "edited": _t(QT_TRANSLATE_NOOP("Supervision", "Bị sửa")),
        "missing": _t(QT_TRANSLATE_NOOP("Supervision", "Thiếu lượt")),
        "reordered": _t(QT_TRANSLATE_NOOP("Supervision", "Sai thứ tự")),
        "truncated": _t(QT_TRANSLATE_NOOP("Supervision", "Bị cắt cụt")),
        "inserted": _t(QT_TRANSLATE_NOOP("Supervision", "Bị chèn thêm")),
        "duplicate": _t(QT_TRANSLATE_NOOP("Supervision", "Trùng số thứ tự")),
        "cancelled": _t(QT_TRANSLATE_NOOP("Supervision", "Đã huỷ kiểm tra")),
    }
    return labels.get(reason, reason)
