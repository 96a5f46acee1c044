"""Vietnamese sentences for the core's error codes, for the command line.
(The desktop client has its own translatable texts in ui/.)"""
from __future__ import annotations

from desk_app.admin_messages import ADMIN_MESSAGES
from desk_app.errors import DeskError
from desk_app.reuse.messages import REUSE_MESSAGES
from desk_app.supervision.central_messages import CENTRAL_SUPERVISION_MESSAGES

MESSAGES: dict[str, str] = {
    "error": "Đã xảy ra lỗi.",
    "not_found": "Không tìm thấy",
    "input_refused": "Tệp bị từ chối",
    "store_error": "Không ghi được vào kho dữ liệu (ổ đĩa đầy, bị khoá hoặc chỉ đọc); không có gì bị thay đổi",
    # the login's two answers say what the desktop client says (ui/error_text.py)
    "auth_failed": "Đăng nhập không thành công: tên đăng nhập hoặc mật khẩu không đúng",
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
    "bad_cursor": "Vị trí trang không hợp lệ: dùng đúng giá trị --cursor mà lần liệt kê trước đã in",
    "unknown_procedure": "Không có thủ tục với mã này",
    "no_document": "Hồ sơ không có biểu mẫu này",
    "dossier_incomplete": "Hồ sơ chưa đủ thành phần: cần lập Phiếu yêu cầu bổ sung (Mẫu 02)",
    "reason_required": "Cần ghi rõ lý do",
    "request_reason_required": "Yêu cầu hình thức chặt chẽ hơn hình thức nhẹ nhất được chấp nhận phải ghi rõ lý do, thành phần",
    "extra_reason_required": "Giấy tờ ngoài danh mục công bố chỉ được nhận kèm lý do, giấy tờ",
    "name_missing": "Chưa nhập họ tên người nộp hồ sơ",
    "form_not_accepted": "Hình thức nộp không được chấp nhận cho thành phần",
    "weak_password": "Mật khẩu phải có ít nhất 8 ký tự",
    "username_taken": "Tên đăng nhập đã tồn tại",
    "cancelled": "Đã huỷ",
    "write_failed": "Không ghi được tệp",
    "invalid_id_number": "Số định danh cá nhân không hợp lệ",
    "offline_login_expired": "Đã quá hạn đăng nhập ngoại tuyến: cần đăng nhập khi có kết nối máy chủ trung tâm",
    "needs_online_login": "Máy này chưa có thông tin đăng nhập của tài khoản: cần đăng nhập lần đầu khi có kết nối",
    "account_revoked": "Tài khoản đã bị thu hồi hoặc ngừng hoạt động",
    "account_locked": "Tài khoản đang bị khoá do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc "
                      "báo quản trị viên",
    "disk_full": "Ổ đĩa đã đầy; không có gì bị thay đổi",
    "store_locked": "Kho dữ liệu đang bị khoá bởi tiến trình khác; không có gì bị thay đổi",
    "central_unreachable": "Không kết nối được máy chủ trung tâm",
    "central_refused": "Máy chủ trung tâm từ chối máy trạm này (vai trò, khe mã hồ sơ); cần quản trị viên xử lý",
    "form_incomplete": "Thiếu hoặc sai thông tin bắt buộc để in biểu mẫu (trường)",
    "invalid_central_url": "Địa chỉ máy chủ trung tâm không hợp lệ (dạng postgresql://người_dùng@máy:cổng/csdl)",
    "no_central_url": "Chưa cấu hình máy chủ trung tâm (DESK_APP_CENTRAL_URL)",
    # copy verification
    "override_reason_required": "Máy so sánh phát hiện bản chụp khác bản chính: phải ghi lý do khi vẫn xác nhận khớp",
    "original_required": "Chưa xuất trình bản chính thì không thể ghi nhận đã đối chiếu",
    "invalid_presentation_form": "Hình thức nộp thành phần hồ sơ không hợp lệ",
    "invalid_decision": "Kết quả đối chiếu không hợp lệ (khớp / không khớp / không đối chiếu)",
    "invalid_page_hash": "Mã băm trang ảnh không hợp lệ",
    # capture (scanners, imports)
    "file_not_found": "Không tìm thấy tệp",
    "image_too_small": "Ảnh quá nhỏ, không phải một trang tài liệu",
    "not_a_file": "Không phải là tệp (thư mục hoặc thiết bị)",
    "file_unreadable": "Không đọc được tệp (không có quyền hoặc tệp đang bị khoá)",
    "empty_pdf": "Tệp PDF không có trang nào",
    "unsupported_heic": "Ảnh HEIC của điện thoại chưa được hỗ trợ; hãy lưu ảnh dưới dạng JPEG",
    "too_many_files": "Quá nhiều tệp trong một lần nhập",
    "invalid_scan_settings": "Thông số quét không hợp lệ",
    "scanner_error": "Máy quét báo lỗi; các trang đã quét vẫn được giữ",
    "scanner_jammed": "Máy quét bị kẹt giấy; các trang đã quét vẫn được giữ. Gỡ giấy kẹt rồi quét tiếp",
    "feeder_empty": "Khay nạp giấy đã hết giấy; các trang đã quét vẫn được giữ",
    "scanner_cover_open": "Nắp máy quét đang mở; các trang đã quét vẫn được giữ. Đóng nắp rồi quét tiếp",
    "scanner_busy": "Máy quét đang bận (có chương trình khác đang dùng)",
    "scanner_io_error": "Mất liên lạc với máy quét (lỗi vào/ra); các trang đã quét vẫn được giữ",
    "scanner_access_denied": "Không có quyền dùng máy quét",
    "scanner_not_found": "Không tìm thấy máy quét",
    "scanner_crashed": "Trình điều khiển máy quét bị dừng đột ngột; các trang đã quét vẫn được giữ, có thể quét tiếp",
    "scanner_hung": "Máy quét không phản hồi nên đã được khởi động lại; các trang đã quét vẫn được giữ",
    "sane_missing": "Chưa cài SANE (libsane) để dùng máy quét",
    "wia_missing": "Không dùng được WIA của Windows trên máy này",
    "invalid_master_format": "Thiết lập định dạng ảnh gốc không hợp lệ (lossless, lossless:png hoặc jpeg:50-100)",
    "invalid_rotation": "Chỉ xoay trang theo bội số của 90 độ",
    "camera_not_found": "Không tìm thấy máy ảnh tài liệu",
    "camera_lost": "Mất tín hiệu từ máy ảnh tài liệu; các trang đã chụp vẫn được giữ",
    "photo_dark": "Ảnh chụp quá tối: bật thêm đèn hoặc chụp lại",
    "photo_blurred": "Ảnh chụp bị mờ (rung tay hoặc lệch nét): giữ yên rồi chụp lại",
    "photo_cut_off": "Trang giấy bị cắt mất một phần ở mép ảnh: chụp lại cho đủ cả trang",
    "folder_missing": "Thư mục theo dõi không tồn tại hoặc không truy cập được",
    # domain: dossier codes (desk_app/domain/dossier_code.py)
    "invalid_agency_code": "Mã cơ quan không hợp lệ (tối đa 35 ký tự gồm chữ in hoa A–Z, số 0–9 và dấu chấm)",
    "invalid_operating_agency": "Mã cơ quan vận hành (AA) phải gồm đúng 2 chữ số",
    "invalid_workstation_slot": "Số thứ tự quầy (workstation_slot) phải từ 0 đến 9",
    "serial_exhausted": "Quầy này đã dùng hết 999 số hồ sơ trong ngày; đề nghị quản trị viên gán thêm một số thứ tự quầy khác",
    # supervision (reports, flags, notes)
    "unknown_flag": "Mã dấu hiệu không hợp lệ",
    "unknown_verdict": "Kết quả đối chiếu không hợp lệ",
    "bad_date": "Ngày không hợp lệ (dùng dd/mm/yyyy)",
    "bad_period": "Ngày bắt đầu sau ngày kết thúc",
    "period_required": "Cần nêu kỳ báo cáo",
    "output_required": "Cần nêu tệp kết quả",
    "report_not_written": "Không ghi được tệp báo cáo",
    "unknown_entry": "Không có lượt đối chiếu này trong nhật ký",
    "empty_note": "Ghi chú không được để trống",
    "flag_not_on_entry": "Lượt đối chiếu này không có dấu hiệu đó",
    "role_forbidden": "Chỉ lãnh đạo hoặc quản trị viên được xem nhật ký đối chiếu và báo cáo",
    "login_required": "Cần đăng nhập bằng tài khoản lãnh đạo hoặc quản trị (--user hoặc DESK_APP_USER)",
    "password_required": "Cần mật khẩu (DESK_APP_PASSWORD hoặc nhập khi được hỏi)",
    "font_missing": "Thiếu phông chữ tiếng Việt để in báo cáo",
    # digitisation area
    "tesseract_missing": "Chưa cài Tesseract OCR; hãy cài gói",
    "tesseract_lang_missing": "Thiếu dữ liệu ngôn ngữ của Tesseract; hãy cài gói",
    "ocr_failed": "Nhận dạng chữ không thành công",
    "no_pages": "Hồ sơ chưa có trang ảnh nào để số hoá",
    "page_missing": "Thiếu ảnh trang trong kho (hỏng hoặc bị xoá)",
    # local protections (issue 11: output files, size limits, demo stores, retention)
    "output_not_regular": "Không ghi vào đích này vì nó không phải là một tệp thường; "
                          "đích không bị thay đổi. Hãy chọn tên tệp khác",
    "output_not_written": "Không ghi được tệp kết quả",
    "link_not_followed": "Bỏ qua liên kết tượng trưng: không đọc tệp mà nó trỏ tới",
    "file_pixels_too_large": "Tệp quá lớn: tổng số điểm ảnh của các trang vượt giới hạn",
    "import_too_large": "Lần nhập quá lớn: tổng số điểm ảnh của các tệp vượt giới hạn; "
                        "hãy nhập từng phần",
    "real_store_not_demo": "Kho dữ liệu này có hồ sơ hoặc tài khoản thật, không phải kho mẫu: "
                           "không thêm dữ liệu mẫu. Hãy đặt DESK_APP_HOME là một thư mục riêng "
                           "cho dữ liệu mẫu",
    "bad_retention": "Số ngày lưu giữ phải là số nguyên dương",
    # the dossier's life after reception (issue 12: desk_app/lifecycle)
    "bad_unit": "Nơi nhận bàn giao không hợp lệ (counter, specialist hoặc leader)",
    "step_not_allowed": "Hồ sơ đang ở trạng thái không cho phép bước này",
    "pages_required": "Cần ít nhất một trang (quét hoặc tệp) cho bước này",
    "unknown_component": "Hồ sơ không có thành phần với mã này",
    "still_incomplete": "Hồ sơ vẫn còn thiếu thành phần bắt buộc; chưa ghi nhận bổ sung",
    "apology_too_late": "Đã quá ngày hẹn trả: phiếu xin lỗi (Mẫu 04) phải lập trước khi hết hạn",
    "new_date_not_later": "Ngày hẹn lại phải sau ngày đã hẹn trả kết quả",
    "new_date_not_working_day": "Ngày hẹn lại phải là ngày làm việc",
    "bad_return_method": "Hình thức trả kết quả không hợp lệ (desk, post hoặc online)",
    "id_number_required": "Trả kết quả tại quầy cần kiểm tra số định danh cá nhân của người nhận",
    "id_number_mismatch": "Số định danh không khớp với người nộp hồ sơ; nếu là người được ủy quyền, hãy ghi rõ",
    "bad_fees": "Số tiền phí, lệ phí không hợp lệ",
    "time_in_future": "Thời điểm ghi nhận không được ở tương lai",
    "time_before_result": "Thời điểm trả kết quả không được trước lúc có kết quả",
    "time_before_last_step": "Thời điểm ghi nhận không được trước bước trước đó của hồ sơ",
    "bad_view": "Không có danh sách hồ sơ này",
    "bad_draft": "Tệp hồ sơ nháp (JSON) không hợp lệ",
    "login_required_officer": "Cần đăng nhập bằng tài khoản cán bộ (--user hoặc DESK_APP_USER, mật khẩu DESK_APP_PASSWORD)",
}


MESSAGES.update(ADMIN_MESSAGES)  # administration area (catalog, accounts, backups)
MESSAGES.update(REUSE_MESSAGES)  # reuse of a citizen's documents (docs/reuse.md)
MESSAGES.update(CENTRAL_SUPERVISION_MESSAGES)  # a supervisor reading the centre


def message_for(exc: DeskError) -> str:
    text = MESSAGES.get(exc.code, MESSAGES["error"])
    return f"{text}: {exc.detail}" if exc.detail else text
