"""The core raises errors with stable codes; the client turns them into sentences in the officer's
language (Vietnamese source strings, English through the translator) and never shows a traceback."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.errors import DeskError
from ui.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

CONTEXT = "ErrorText"

# Each sentence says what happened and, where it helps, what to do next.
SENTENCES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("ErrorText", "Đã xảy ra lỗi."),
    "not_found": QT_TRANSLATE_NOOP("ErrorText", "Không tìm thấy dữ liệu được yêu cầu."),
    "input_refused": QT_TRANSLATE_NOOP("ErrorText", "Dữ liệu nhập bị từ chối; chưa có gì được lưu."),
    "store_error": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Không ghi được vào kho dữ liệu (ổ đĩa đầy, bị khoá hoặc chỉ đọc); chưa có gì bị thay đổi.",
    ),
    "auth_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "Tên đăng nhập hoặc mật khẩu không đúng."
    ),
    "account_locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Tài khoản đang bị khoá do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc báo quản trị viên.",
    ),
    "tool_missing": QT_TRANSLATE_NOOP("ErrorText", "Thiếu công cụ cần thiết trên máy này."),
    "empty_file": QT_TRANSLATE_NOOP("ErrorText", "Tệp rỗng (0 byte); chưa có gì được lưu."),
    "corrupt_image": QT_TRANSLATE_NOOP(
        "ErrorText", "Ảnh bị hỏng hoặc không đọc được; chưa có gì được lưu."
    ),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "ErrorText", "Định dạng tệp không được hỗ trợ (chỉ nhận ảnh PNG, JPEG, TIFF hoặc PDF)."
    ),
    "image_too_large": QT_TRANSLATE_NOOP("ErrorText", "Ảnh quá lớn (vượt giới hạn điểm ảnh)."),
    "file_too_large": QT_TRANSLATE_NOOP("ErrorText", "Tệp quá lớn."),
    "file_pixels_too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "Tệp quá lớn: tổng số điểm ảnh của các trang vượt giới hạn; chưa có gì được lưu."
    ),
    "import_too_large": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Lần nhập quá lớn: tổng số điểm ảnh của các tệp vượt giới hạn; hãy nhập từng phần.",
    ),
    "output_not_regular": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Không ghi vào đích này vì nó không phải là một tệp thường; hãy chọn tên tệp khác.",
    ),
    "output_not_written": QT_TRANSLATE_NOOP("ErrorText", "Không ghi được tệp kết quả."),
    "link_not_followed": QT_TRANSLATE_NOOP(
        "ErrorText", "Bỏ qua liên kết tượng trưng: không đọc tệp mà nó trỏ tới."
    ),
    "too_many_pages": QT_TRANSLATE_NOOP("ErrorText", "Tệp có quá nhiều trang."),
    "encrypted_pdf": QT_TRANSLATE_NOOP("ErrorText", "Tệp PDF được mã hoá, không thể đọc."),
    "corrupt_pdf": QT_TRANSLATE_NOOP("ErrorText", "Tệp PDF bị hỏng."),
    "unknown_dossier": QT_TRANSLATE_NOOP("ErrorText", "Không có hồ sơ với mã này."),
    "unknown_procedure": QT_TRANSLATE_NOOP(
        "ErrorText", "Không có thủ tục với mã này. Hãy chọn thủ tục trong danh sách gợi ý."
    ),
    "invalid_id_number": QT_TRANSLATE_NOOP("ErrorText", "Số định danh cá nhân không hợp lệ."),
    "name_missing": QT_TRANSLATE_NOOP("ErrorText", "Chưa nhập họ tên người nộp hồ sơ."),
    "reason_required": QT_TRANSLATE_NOOP(
        "ErrorText", "Cần ghi lý do khi yêu cầu bổ sung hoặc từ chối hồ sơ."
    ),
    "dossier_incomplete": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Hồ sơ còn thiếu thành phần bắt buộc: không thể cấp giấy tiếp nhận. "
        "Hãy yêu cầu bổ sung (Mẫu 02).",
    ),
    "form_not_accepted": QT_TRANSLATE_NOOP(
        "ErrorText", "Hình thức nộp đã chọn không được chấp nhận cho thành phần này."
    ),
    "no_document": QT_TRANSLATE_NOOP("ErrorText", "Hồ sơ này chưa có biểu mẫu đó."),
    "bad_decision": QT_TRANSLATE_NOOP("ErrorText", "Kết quả tiếp nhận không hợp lệ."),
    "disk_full": QT_TRANSLATE_NOOP("ErrorText", "Ổ đĩa đã đầy; chưa có gì bị thay đổi."),
    "store_locked": QT_TRANSLATE_NOOP(
        "ErrorText", "Kho dữ liệu đang bị khoá bởi tiến trình khác; chưa có gì bị thay đổi."
    ),
    "cancelled": QT_TRANSLATE_NOOP("ErrorText", "Đã huỷ; chưa có gì được lưu."),
    "weak_password": QT_TRANSLATE_NOOP(
        "ErrorText", "Mật khẩu quá ngắn: cần ít nhất 8 ký tự."
    ),
    "username_taken": QT_TRANSLATE_NOOP("ErrorText", "Tên đăng nhập này đã có người dùng."),
    "central_unreachable": QT_TRANSLATE_NOOP(
        "ErrorText", "Không kết nối được máy chủ trung tâm; quầy vẫn làm việc ngoại tuyến."
    ),
    "offline_login_expired": QT_TRANSLATE_NOOP(
        "ErrorText", "Đã quá hạn đăng nhập ngoại tuyến: hãy đăng nhập khi có kết nối máy chủ trung tâm."
    ),
    "needs_online_login": QT_TRANSLATE_NOOP(
        "ErrorText", "Máy này chưa có thông tin đăng nhập của tài khoản: lần đầu cần đăng nhập khi có kết nối."
    ),
    "account_revoked": QT_TRANSLATE_NOOP(
        "ErrorText", "Tài khoản đã bị thu hồi hoặc ngừng hoạt động."
    ),
    # administration (issue 14)
    "must_change_password": QT_TRANSLATE_NOOP(
        "ErrorText", "Mật khẩu tạm thời: cần đổi mật khẩu trước khi làm việc."),
    "password_rules": QT_TRANSLATE_NOOP("ErrorText", "Mật khẩu không đạt yêu cầu."),
}
UNEXPECTED = QT_TRANSLATE_NOOP(
    "ErrorText", "Đã xảy ra lỗi không mong đợi. Chi tiết đã được ghi vào nhật ký của máy."
)
DETAIL = QT_TRANSLATE_NOOP("ErrorText", "Chi tiết: %1")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(exc: BaseException) -> str:
    """One sentence for the officer. Unknown codes of the core fall back to its own Vietnamese
    message (desk_app.messages), so a new error code never shows as a bare code."""
    if isinstance(exc, DeskError):
        if exc.code in SENTENCES:
            text = tr(SENTENCES[exc.code])
        else:
            from desk_app.messages import MESSAGES

            text = MESSAGES.get(exc.code) or tr(SENTENCES["error"])
            if not text.endswith("."):
                text += "."
        if exc.detail:
            text += " " + tr(DETAIL).replace("%1", exc.detail)
        return text
    return tr(UNEXPECTED)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if not isinstance(exc, DeskError):
        logger.error("unexpected error shown to the officer: %r", exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or tr(QT_TRANSLATE_NOOP("ErrorText", "Không thực hiện được")))
    box.setText(error_text(exc))
    box.setObjectName("errorBox")
    # the program's own button: Qt's standard "OK" would be English in the Vietnamese client
    box.addButton(tr(QT_TRANSLATE_NOOP("ErrorText", "Đóng")), QMessageBox.ButtonRole.AcceptRole)
    box.open()
