"""Vietnamese sentences for the core's error codes, for the command line.
(The desktop client has its own translatable texts in ui/.)"""
from __future__ import annotations

from desk_app.errors import DeskError

MESSAGES: dict[str, str] = {
    "error": "Đã xảy ra lỗi.",
    "not_found": "Không tìm thấy",
    "input_refused": "Tệp bị từ chối",
    "store_error": "Không ghi được vào kho dữ liệu (ổ đĩa đầy, bị khoá hoặc chỉ đọc); không có gì bị thay đổi",
    "auth_failed": "Đăng nhập không thành công",
    "tool_missing": "Thiếu công cụ cần thiết",
    "empty_file": "Tệp rỗng (0 byte)",
    "corrupt_image": "Ảnh bị hỏng hoặc không đọc được",
    "unsupported_format": "Định dạng tệp không được hỗ trợ",
    "image_too_large": "Ảnh quá lớn (vượt giới hạn điểm ảnh)",
    "file_too_large": "Tệp quá lớn",
    "too_many_pages": "Tệp có quá nhiều trang",
    "encrypted_pdf": "Tệp PDF được mã hoá, không thể đọc",
    "corrupt_pdf": "Tệp PDF bị hỏng",
    "unknown_dossier": "Không có hồ sơ với mã này",
    "unknown_procedure": "Không có thủ tục với mã này",
    "invalid_id_number": "Số định danh cá nhân không hợp lệ",
    "account_locked": "Tài khoản đang bị khoá do đăng nhập sai nhiều lần",
    "disk_full": "Ổ đĩa đã đầy; không có gì bị thay đổi",
    "store_locked": "Kho dữ liệu đang bị khoá bởi tiến trình khác; không có gì bị thay đổi",
    "central_unreachable": "Không kết nối được máy chủ trung tâm",
    "no_central_url": "Chưa cấu hình máy chủ trung tâm (DESK_APP_CENTRAL_URL)",
    # digitisation area
    "file_not_found": "Không tìm thấy tệp",
    "tesseract_missing": "Chưa cài Tesseract OCR; hãy cài gói",
    "tesseract_lang_missing": "Thiếu dữ liệu ngôn ngữ của Tesseract; hãy cài gói",
    "ocr_failed": "Nhận dạng chữ không thành công",
    "cancelled": "Đã huỷ",
    "no_pages": "Hồ sơ chưa có trang ảnh nào để số hoá",
    "page_missing": "Thiếu ảnh trang trong kho (hỏng hoặc bị xoá)",
    "no_card_found": "Không đọc được thẻ căn cước trong ảnh",
    "pdf_failed": "Không tạo được tệp PDF",
}


def message_for(exc: DeskError) -> str:
    text = MESSAGES.get(exc.code, MESSAGES["error"])
    return f"{text}: {exc.detail}" if exc.detail else text
