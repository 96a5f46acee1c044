"""Translatable labels for the supervision codes (flags, verdicts, rates, chain checks); the
enums every screen shows (presentation forms, requirements, roles, documents) are in ui/labels.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.types import Verdict

_CTX = "Supervision"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def flag_label(code: str) -> str:
    labels = {
        "certified_copy_demanded": _t("Yêu cầu bản sao chứng thực dù đã xuất trình bản chính"),
        "original_demanded_for_certified_copy": _t("Yêu cầu bản chính đối với bản sao chứng thực/sổ gốc"),
        "copy_of_shown_document": _t("Yêu cầu bản sao giấy tờ chỉ phải xuất trình"),
        "paper_for_available_data": _t("Yêu cầu giấy tờ cho dữ liệu đã có điện tử"),
        "not_on_published_list": _t("Giấy tờ ngoài danh mục công bố"),
        "mismatch_overridden": _t("Bỏ qua kết quả so sánh không khớp"),
        "no_page_images": _t("Đối chiếu không có ảnh trang"),
    }
    return labels.get(code, code)


def flag_short_label(code: str) -> str:
    """A few words for the table's column (the full sentence is the tooltip)."""
    labels = {
        "certified_copy_demanded": _t("Đòi bản sao chứng thực"),
        "original_demanded_for_certified_copy": _t("Đòi bản chính"),
        "copy_of_shown_document": _t("Đòi bản sao giấy xuất trình"),
        "paper_for_available_data": _t("Đòi giấy thay dữ liệu"),
        "not_on_published_list": _t("Ngoài danh mục"),
        "mismatch_overridden": _t("Bỏ qua không khớp"),
        "no_page_images": _t("Không có ảnh trang"),
    }
    return labels.get(code, code)


def verdict_label(verdict: str | None) -> str:
    labels: dict[str, str] = {
        Verdict.MATCH: _t("Khớp"), Verdict.MISMATCH: _t("Không khớp"),
        Verdict.NOT_COMPARED: _t("Không đối chiếu"),
    }
    return labels.get(verdict or "", verdict or "")


def rate_label(code: str) -> str:
    labels = {
        "certified_copy": _t("Đòi bản sao chứng thực/bản chính"),
        "supplement": _t("Yêu cầu bổ sung"),
        "override": _t("Bỏ qua không khớp"),
        "flagged": _t("Lượt có dấu hiệu"),
    }
    return labels.get(code, code)


def chain_reason_label(reason: str) -> str:
    labels = {
        "": _t("Nguyên vẹn"),
        "edited": _t("Bị sửa"),
        "missing": _t("Thiếu lượt"),
        "reordered": _t("Sai thứ tự"),
        "truncated": _t("Bị cắt cụt"),
        "inserted": _t("Bị chèn thêm"),
        "duplicate": _t("Trùng số thứ tự"),
        "cancelled": _t("Đã huỷ kiểm tra"),
    }
    return labels.get(reason, reason)
