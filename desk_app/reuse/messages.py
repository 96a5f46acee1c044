"""Vietnamese sentences for the reuse area's error codes (merged into desk_app/messages.py)."""
from __future__ import annotations

REUSE_MESSAGES: dict[str, str] = {
    "reuse_unknown": "Không có giấy tờ đã đối chiếu với mã này để tái sử dụng",
    "reuse_needs_id_number": "Cần số định danh cá nhân của người nộp để tái sử dụng giấy tờ đã số hóa",
    "reuse_other_citizen": "Giấy tờ này thuộc hồ sơ của người khác: chỉ được tái sử dụng giấy tờ của chính người nộp",
    "reuse_other_kind": "Giấy tờ này không cùng loại với thành phần hồ sơ cần nộp",
    "reuse_expired": "Giấy tờ đã hết thời hạn giá trị, không được tái sử dụng",
    "reuse_not_attested": "Giấy tờ chưa được đối chiếu (hoặc không có ảnh trang) nên không được tái sử dụng",
    "reuse_not_accepted": "Thành phần này không nhận bản điện tử nên không tái sử dụng được giấy tờ đã số hóa",
    "reuse_with_paper": "Thành phần tái sử dụng giấy tờ đã số hóa thì không nhận thêm giấy",
    "reuse_key_invalid": "Tệp khóa chỉ mục công dân bị hỏng; hãy chép lại khóa của đơn vị (docs/reuse.md)",
    "reuse_none_offered": "Không có giấy tờ đã số hóa nào của người nộp để tái sử dụng cho thành phần",
}
