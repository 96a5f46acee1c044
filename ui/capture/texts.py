"""Sentences for capture error codes, translatable (Vietnamese source, English in the .ts)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.errors import DeskError


def _t(text: str) -> str:
    return QCoreApplication.translate("capture", text)


def error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", "error")
    texts = {
        "empty_file": _t("Tệp rỗng (0 byte)."),
        "corrupt_image": _t("Ảnh bị hỏng hoặc không đọc được."),
        "corrupt_pdf": _t("Tệp PDF bị hỏng hoặc bị cắt cụt."),
        "encrypted_pdf": _t("Tệp PDF được đặt mật khẩu, không thể đọc."),
        "empty_pdf": _t("Tệp PDF không có trang nào."),
        "unsupported_format": _t("Định dạng tệp không được hỗ trợ (chỉ nhận JPEG, PNG, TIFF, PDF, WebP, BMP)."),
        "unsupported_heic": _t("Ảnh HEIC của điện thoại chưa được hỗ trợ; hãy lưu ảnh dưới dạng JPEG."),
        "image_too_large": _t("Ảnh quá lớn (vượt giới hạn điểm ảnh)."),
        "image_too_small": _t("Ảnh quá nhỏ, không phải một trang tài liệu."),
        "file_too_large": _t("Tệp quá lớn."),
        "too_many_pages": _t("Tệp có quá nhiều trang."),
        "too_many_files": _t("Quá nhiều tệp trong một lần nhập."),
        "file_not_found": _t("Không tìm thấy tệp."),
        "not_a_file": _t("Đây là thư mục, không phải tệp."),
        "file_unreadable": _t("Không đọc được tệp (không có quyền hoặc đang bị khoá)."),
        "scanner_jammed": _t("Máy quét bị kẹt giấy. Các trang đã quét vẫn được giữ; gỡ giấy kẹt rồi quét tiếp."),
        "feeder_empty": _t("Khay nạp giấy đã hết giấy. Các trang đã quét vẫn được giữ."),
        "scanner_cover_open": _t("Nắp máy quét đang mở. Đóng nắp rồi quét tiếp; các trang đã quét vẫn được giữ."),
        "scanner_busy": _t("Máy quét đang bận."),
        "scanner_io_error": _t("Mất liên lạc với máy quét. Các trang đã quét vẫn được giữ."),
        "scanner_not_found": _t("Không tìm thấy máy quét."),
        "scanner_crashed": _t("Trình điều khiển máy quét bị dừng đột ngột. Các trang đã quét vẫn được giữ; có thể quét tiếp."),
        "scanner_hung": _t("Máy quét không phản hồi nên đã được khởi động lại. Các trang đã quét vẫn được giữ."),
        "sane_missing": _t("Chưa cài SANE để dùng máy quét."),
        "folder_missing": _t("Thư mục theo dõi không tồn tại hoặc không truy cập được."),
    }
    if code in texts:
        text = texts[code]
    elif isinstance(exc, DeskError):
        from desk_app.messages import MESSAGES

        text = MESSAGES.get(code, _t("Đã xảy ra lỗi."))
    else:
        text = _t("Đã xảy ra lỗi không mong muốn; không có gì bị thay đổi.")
    detail = getattr(exc, "detail", "")
    return f"{text}\n{detail}" if detail else text
