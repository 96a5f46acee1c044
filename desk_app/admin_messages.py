"""Vietnamese sentences for the administration area's error codes (merged into messages.py)."""
from __future__ import annotations

ADMIN_MESSAGES: dict[str, str] = {
    "catalog_invalid": "Tệp bị từ chối, không có gì được áp dụng",
    "catalog_moved": "Danh mục vừa được người khác thay đổi; hãy xem lại so sánh rồi nhập lại",
    "unknown_catalog_version": "Không có phiên bản danh mục này",
    "centrally_managed": ("Quầy này nhận danh mục, lịch và tài khoản từ máy chủ trung tâm: hãy thực "
                          "hiện ở trung tâm (--central URL hoặc DESK_APP_CENTRAL_ADMIN_URL)"),
    "confirmation_required": "Cần xác nhận: chạy lại với --yes sau khi đã xem so sánh (catalog diff)",
    "password_rules": "Mật khẩu không đạt yêu cầu",
    "must_change_password": "Mật khẩu đã được đặt lại: cần đổi mật khẩu trước khi làm việc",
    "unknown_account": "Không có tài khoản với tên đăng nhập này",
    "invalid_role": "Vai trò không hợp lệ (officer, supervisor, admin)",
    "invalid_username": "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (3-32 ký tự)",
    "last_admin": "Không thể vô hiệu hoá hoặc hạ quyền quản trị viên cuối cùng",
    "unknown_setting": "Không có thiết lập này (xem desk-app settings list)",
    "invalid_setting": "Giá trị thiết lập không hợp lệ",
    "slot_taken": "Số thứ tự quầy này đã có quầy khác dùng ở trung tâm",
    "identity_locked": "Quầy đã có hồ sơ đồng bộ lên trung tâm với mã cơ quan/số quầy khác",
    "backup_invalid": "Tệp sao lưu hỏng hoặc không đúng định dạng",
    "backup_older_than_centre": ("Bản sao lưu cũ hơn dữ liệu trung tâm đã nhận từ quầy này: khôi phục "
                                 "sẽ làm rẽ nhánh nhật ký, nên bị từ chối"),
    "restore_target_not_empty": "Thư mục đích đã có kho dữ liệu; dùng --replace để thay (kho cũ được giữ lại bên cạnh)",
    "backup_target_exists": "Tệp sao lưu đã tồn tại; chọn tên khác",
}
