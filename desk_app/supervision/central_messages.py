"""Vietnamese sentences of the supervisor's central reading (desk_app/supervision/central_source.py),
merged into desk_app/messages.py."""
from __future__ import annotations

CENTRAL_SUPERVISION_MESSAGES: dict[str, str] = {
    "central_not_configured": "Chưa cấu hình máy chủ trung tâm cho lãnh đạo "
                              "(DESK_APP_SUPERVISOR_URL hoặc DESK_APP_CENTRAL_URL)",
    "central_not_supervisor": "Vai trò này không được đọc dữ liệu của các quầy ở máy chủ trung "
                              "tâm: cần vai trò giám sát (central add-reader --supervisor); vai "
                              "trò của một quầy không đọc được nhật ký của các quầy",
    "central_password_required": "Thiếu mật khẩu của vai trò giám sát ở máy chủ trung tâm: ghi "
                                 "vào tệp mật khẩu (PGPASSFILE, ~/.pgpass) hoặc nhập khi được hỏi",
    "central_login_failed": "Máy chủ trung tâm từ chối đăng nhập của vai trò giám sát (sai mật "
                            "khẩu hoặc chưa được phép trong pg_hba.conf)",
}
