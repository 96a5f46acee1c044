"""Regenerates resources/translations/desk_app_en.ts from the Vietnamese source strings of ui/
(pyside6-lupdate), fills in the English of each string from EN below, and compiles the .qm with
pyside6-lrelease. Strings without English are reported and left unfinished (Qt then shows the
Vietnamese source). Run: /work/venv/bin/python tools/update_translations.py"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "desk_app_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

# source -> English; a tuple gives the (singular, plural) of a %n string
EN: dict[str, str | tuple[str, str]] = {
    # component checklist
    "Chọn thủ tục để hiện danh sách thành phần hồ sơ.": "Choose a procedure to list its dossier components.",
    "Thành phần (Dấu cách: đánh dấu đã nộp)": "Component (Space: mark as presented)",
    "Hình thức": "Presented as",
    "Số bản": "Copies",
    "Đối chiếu": "Compared",
    "Trang": "Pages",
    "Số trang": "Pages",
    "Tệp": "Files",
    "chỉ xuất trình, không thu bản sao": "shown only, no copy collected",
    "nếu có": "if any",
    "có sẵn trên CSDL/VNeID: không yêu cầu nộp giấy": "available in the national database/VNeID: no paper required",
    "đã xem bản chính": "original seen",
    "Đính kèm…": "Attach…",
    "Đính kèm ảnh hoặc PDF các trang của thành phần này": "Attach images or a PDF of this component's pages",
    "Chọn các trang của: %1": "Choose the pages of: %1",
    "%n tệp": ("%n file", "%n files"),
    # details
    "Thủ tục:": "Procedure:",
    "Người nộp:": "Applicant:",
    "Người nộp thay:": "Submitted by:",
    "Trạng thái:": "Status:",
    "Lý do:": "Reason:",
    "Tiếp nhận lúc:": "Received at:",
    "Hẹn trả kết quả:": "Result due:",
    "Số trang đã số hoá:": "Digitised pages:",
    "Thông tin hồ sơ": "Dossier",
    "Thành phần": "Component",
    "Yêu cầu": "Requirement",
    "Thành phần hồ sơ": "Dossier components",
    "&Xem / in biểu mẫu (Enter)": "&View / print form (Enter)",
    "Biểu mẫu đã tạo": "Forms issued",
    "&Thêm trang từ tệp…": "&Add pages from files…",
    "Các trang đã số hoá": "Digitised pages",
    "&Quay lại danh sách (Esc)": "&Back to the list (Esc)",
    "Hồ sơ %1": "Dossier %1",
    " (đã đối chiếu bản chính)": " (compared with the original)",
    "Chưa có trang nào được số hoá.": "No page digitised yet.",
    "Đang tải %n trang…": ("Loading %n page…", "Loading %n pages…"),
    "Trang %1": "Page %1",
    "%n trang": ("%n page", "%n pages"),
    "Chọn trang cần thêm": "Choose the pages to add",
    "Đang thêm trang…": "Adding pages…",
    "Đố&i chiếu bản chụp với bản chính…": "Compare the copy w&ith the original…",
    "Chọn thành phần có bản chụp, rồi chọn ảnh quét bản chính công dân xuất trình":
        "Select a component with copy pages, then the scan of the original the citizen shows",
    "Ảnh quét bản chính của: %1": "Scan of the original of: %1",
    # statuses
    "Đã tiếp nhận": "Received",
    "Chờ bổ sung": "Awaiting supplement",
    "Từ chối": "Refused",
    "Đang giải quyết": "In progress",
    "Đã có kết quả": "Resolved",
    "Đã trả kết quả": "Returned",
    # table
    "Mã hồ sơ": "Dossier code",
    "Thủ tục": "Procedure",
    "Người nộp": "Applicant",
    "Tiếp nhận": "Received",
    "Hẹn trả": "Due",
    "Trạng thái": "Status",
    # errors
    "Đã xảy ra lỗi.": "Something went wrong.",
    "Không tìm thấy dữ liệu được yêu cầu.": "The requested data was not found.",
    "Dữ liệu nhập bị từ chối; chưa có gì được lưu.": "The input was refused; nothing was saved.",
    "Không ghi được vào kho dữ liệu (ổ đĩa đầy, bị khoá hoặc chỉ đọc); chưa có gì bị thay đổi.":
        "The local store could not be written (disk full, locked or read-only); nothing was changed.",
    "Tên đăng nhập hoặc mật khẩu không đúng.": "Wrong username or password.",
    "Tài khoản đang bị khoá do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc báo quản trị viên.":
        "The account is locked after repeated failed logins. Try again later or ask the administrator.",
    "Thiếu công cụ cần thiết trên máy này.": "A required tool is missing on this computer.",
    "Tệp rỗng (0 byte); chưa có gì được lưu.": "The file is empty (0 bytes); nothing was saved.",
    "Ảnh bị hỏng hoặc không đọc được; chưa có gì được lưu.": "The image is damaged or unreadable; nothing was saved.",
    "Định dạng tệp không được hỗ trợ (chỉ nhận ảnh PNG, JPEG, TIFF hoặc PDF).":
        "Unsupported file format (PNG, JPEG, TIFF images or PDF only).",
    "Ảnh quá lớn (vượt giới hạn điểm ảnh).": "The image is too large (too many pixels).",
    "Tệp quá lớn.": "The file is too large.",
    "Tệp có quá nhiều trang.": "The file has too many pages.",
    "Tệp PDF được mã hoá, không thể đọc.": "The PDF is encrypted and cannot be read.",
    "Tệp PDF bị hỏng.": "The PDF is damaged.",
    "Không có hồ sơ với mã này.": "There is no dossier with this code.",
    "Không có thủ tục với mã này. Hãy chọn thủ tục trong danh sách gợi ý.":
        "There is no procedure with this code. Choose one from the suggestions.",
    "Số định danh cá nhân không hợp lệ.": "Invalid personal identification number.",
    "Chưa nhập họ tên người nộp hồ sơ.": "The applicant's name is missing.",
    "Cần ghi lý do khi yêu cầu bổ sung hoặc từ chối hồ sơ.":
        "A reason is required to request a supplement or to refuse a dossier.",
    "Hồ sơ còn thiếu thành phần bắt buộc: không thể cấp giấy tiếp nhận. Hãy yêu cầu bổ sung (Mẫu 02).":
        "Required components are missing: no receipt can be issued. Request a supplement (Form 02).",
    "Hình thức nộp đã chọn không được chấp nhận cho thành phần này.":
        "The chosen presentation is not accepted for this component.",
    "Hồ sơ này chưa có biểu mẫu đó.": "This dossier has no such form yet.",
    "Kết quả tiếp nhận không hợp lệ.": "Invalid reception decision.",
    "Ổ đĩa đã đầy; chưa có gì bị thay đổi.": "The disk is full; nothing was changed.",
    "Kho dữ liệu đang bị khoá bởi tiến trình khác; chưa có gì bị thay đổi.":
        "The local store is locked by another process; nothing was changed.",
    "Đã huỷ; chưa có gì được lưu.": "Cancelled; nothing was saved.",
    "Mật khẩu quá ngắn: cần ít nhất 8 ký tự.": "The password is too short: at least 8 characters.",
    "Tên đăng nhập này đã có người dùng.": "This username is already taken.",
    "Không kết nối được máy chủ trung tâm; quầy vẫn làm việc ngoại tuyến.":
        "The central server cannot be reached; the counter keeps working offline.",
    "Đã quá hạn đăng nhập ngoại tuyến: hãy đăng nhập khi có kết nối máy chủ trung tâm.":
        "The offline login has expired: log in while the central server can be reached.",
    "Máy này chưa có thông tin đăng nhập của tài khoản: lần đầu cần đăng nhập khi có kết nối.":
        "This computer has no login data for the account yet: the first login needs a connection.",
    "Tài khoản đã bị thu hồi hoặc ngừng hoạt động.": "The account has been revoked or deactivated.",
    "Đã xảy ra lỗi không mong đợi. Chi tiết đã được ghi vào nhật ký của máy.":
        "An unexpected error occurred. The details were written to this computer's log.",
    "Chi tiết: %1": "Detail: %1",
    "Không thực hiện được": "Could not be done",
    # first administrator
    "Lần chạy đầu tiên – tạo tài khoản quản trị": "First start – create the administrator account",
    "Máy này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên đầu tiên; quản trị viên sẽ tạo tài khoản cho cán bộ tiếp nhận sau.":
        "This computer has no account yet. Create the first administrator; the administrator will "
        "create the reception officers' accounts afterwards.",
    "&Họ và tên:": "&Full name:",
    "&Tên đăng nhập:": "&Username:",
    "&Mật khẩu (ít nhất 8 ký tự):": "&Password (at least 8 characters):",
    "&Nhập lại mật khẩu:": "&Repeat the password:",
    "Tạo tài &khoản": "&Create account",
    "Th&oát": "&Quit",
    "Hãy nhập họ và tên.": "Enter the full name.",
    "Hãy nhập tên đăng nhập.": "Enter a username.",
    "Mật khẩu cần ít nhất 8 ký tự.": "The password needs at least 8 characters.",
    "Hai lần nhập mật khẩu không giống nhau.": "The two passwords differ.",
    # labels
    "Bản chính": "Original",
    "Bản sao có chứng thực": "Certified copy",
    "Bản sao từ sổ gốc": "Master-register copy",
    "Bản chụp kèm bản chính để đối chiếu": "Photocopy with the original shown",
    "Bản điện tử": "Electronic copy",
    "Dữ liệu CSDL quốc gia / VNeID": "National database / VNeID data",
    "nộp": "submit",
    "chỉ xuất trình": "show only",
    "Cán bộ tiếp nhận": "Reception officer",
    "Người giám sát": "Supervisor",
    "Quản trị viên": "Administrator",
    "Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả": "Form 01 – Receipt and result appointment",
    "Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": "Form 02 – Request to supplement the dossier",
    "Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ": "Form 03 – Refusal of the dossier",
    "Mẫu 06 – Phiếu kiểm soát quá trình giải quyết": "Form 06 – Process control sheet",
    "Bản số hoá hồ sơ (PDF)": "Digitised dossier (PDF)",
    "Chưa nộp": "Not presented",
    # login
    "Phiên làm việc đã khoá": "Session locked",
    "Đăng nhập – Một cửa": "Sign in – One-stop desk",
    "Phiên làm việc đã khoá do không thao tác. Nhập lại mật khẩu để tiếp tục.":
        "The session locked itself after idle time. Enter your password to continue.",
    "Phần mềm tiếp nhận hồ sơ Bộ phận Một cửa": "Dossier reception for the one-stop desk",
    "&Mật khẩu:": "&Password:",
    "Đăng &nhập": "&Sign in",
    "Đang mở kho dữ liệu…": "Opening the local store…",
    "Quầy: %1": "Counter: %1",
    "Hãy nhập tên đăng nhập và mật khẩu.": "Enter your username and password.",
    "Đang kiểm tra…": "Checking…",
    # main window
    "Một cửa – Tiếp nhận hồ sơ": "One-stop desk – Dossier reception",
    "Tìm theo mã hồ sơ, tên người nộp hoặc thủ tục — gõ có dấu hay không dấu đều được":
        "Search by dossier code, applicant or procedure — with or without diacritics",
    "&Tìm (Ctrl+F):": "&Search (Ctrl+F):",
    "Mọi &ngày": "&All days",
    "Tìm cả hồ sơ của những ngày trước": "Search the dossiers of earlier days too",
    "Phiên làm việc đã khoá.": "The session is locked.",
    "Thao tác": "Actions",
    "Tiếp nhận mới (F2)": "New reception (F2)",
    "Xem chi tiết (Enter)": "Details (Enter)",
    "Tìm (Ctrl+F)": "Search (Ctrl+F)",
    "Làm mới (F5)": "Refresh (F5)",
    "Khoá (Ctrl+L)": "Lock (Ctrl+L)",
    "Đăng xuất": "Sign out",
    "Hồ sơ": "Dossiers",
    "Ngôn ngữ / Languag&e": "Languag&e / Ngôn ngữ",
    "Cán bộ: %1 (%2)": "Officer: %1 (%2)",
    "quầy này": "this counter",
    "Hồ sơ tiếp nhận hôm nay tại %1 – %2": "Dossiers received today at %1 – %2",
    "%n hồ sơ": ("%n dossier", "%n dossiers"),
    "Không có hồ sơ nào khớp. Thử bỏ bớt chữ, hoặc đánh dấu “Mọi ngày”.":
        "No dossier matches. Try fewer words, or tick “All days”.",
    "Hôm nay chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới.":
        "No dossier received today yet. Press F2 for a new reception.",
    "Huỷ tiếp nhận": "Cancel reception",
    "&Bỏ hồ sơ này": "&Discard this dossier",
    "&Tiếp tục nhập": "&Keep editing",
    "Bỏ hồ sơ đang nhập? Những gì đã nhập sẽ không được lưu.":
        "Discard this dossier? What was entered will not be saved.",
    "Đã lưu hồ sơ %1.": "Dossier %1 saved.",
    # preview
    "Đang tạo bản xem trước…": "Preparing the preview…",
    "&In… (Ctrl+P)": "&Print… (Ctrl+P)",
    "&Lưu bản PDF… (Ctrl+S)": "&Save PDF… (Ctrl+S)",
    "Đó&ng (Esc)": "&Close (Esc)",
    "Không tạo được bản xem trước.": "The preview could not be made.",
    "In biểu mẫu": "Print form",
    "Đang chuẩn bị bản in…": "Preparing the print…",
    "Đã gửi bản in.": "Sent to the printer.",
    "Máy in không nhận lệnh in.": "The printer refused the job.",
    "Lưu bản PDF": "Save PDF",
    "Đã lưu: %1": "Saved: %1",
    # person
    "Họ và tên đầy đủ, có dấu": "Full name, with diacritics",
    "12 chữ số trên thẻ căn cước": "12 digits on the identity card",
    "dd/mm/yyyy": "dd/mm/yyyy",
    "Nam": "Male",
    "Nữ": "Female",
    "Số nhà, đường, xã/phường, tỉnh/thành phố": "House number, street, commune/ward, province/city",
    "Họ &và tên:": "Full &name:",
    "Số định &danh:": "&ID number:",
    "Ngày &sinh:": "&Birth date:",
    "&Giới tính:": "S&ex:",
    "Điện th&oại:": "P&hone:",
    "Đị&a chỉ:": "&Address:",
    "E-&mail:": "E-&mail:",
    "Ngày sinh chưa đúng dạng ngày/tháng/năm (dd/mm/yyyy).": "The birth date is not in day/month/year form (dd/mm/yyyy).",
    "Số định danh phải gồm đúng 12 chữ số.": "The ID number must have exactly 12 digits.",
    "Mã tỉnh (3 chữ số đầu) của số định danh không tồn tại.":
        "The province code (first 3 digits) of the ID number does not exist.",
    "Năm sinh không khớp với số định danh (chữ số 5–6).":
        "The birth year does not match the ID number (digits 5–6).",
    "Thế kỷ sinh không khớp với số định danh (chữ số 4).":
        "The century of birth does not match the ID number (digit 4).",
    "Giới tính không khớp với số định danh (chữ số 4).": "The sex does not match the ID number (digit 4).",
    "Số định danh có điểm chưa khớp; hãy kiểm tra lại với thẻ căn cước.":
        "Something in the ID number does not match; check it against the identity card.",
    # reception
    "Tiếp nhận hồ sơ mới": "New reception",
    "1. Thủ tục hành chính  (Alt+1)": "1. Administrative procedure  (Alt+1)",
    "Gõ mã hoặc tên thủ tục, không cần dấu (ví dụ: khai sinh)":
        "Type the procedure's code or name, diacritics optional (e.g. khai sinh)",
    "2. Người nộp hồ sơ  (Alt+2)": "2. Applicant  (Alt+2)",
    "Có người khác nộp thay (được uỷ quyền)": "Someone else submits on the applicant's behalf",
    "3. Thành phần hồ sơ  (Alt+3)": "3. Dossier components  (Alt+3)",
    "4. Kết quả tiếp nhận  (Alt+4)": "4. Decision  (Alt+4)",
    "Nhận kết quả tại Bộ phận Một cửa": "Result collected at the one-stop desk",
    "Nhận kết quả qua dịch vụ bưu chính": "Result sent by post",
    "Lý do — bắt buộc khi từ chối; khi yêu cầu bổ sung, để trống sẽ ghi các thành phần còn thiếu":
        "Reason — required to refuse; for a supplement, left empty it lists the missing components",
    "&Tiếp nhận, in giấy hẹn – Mẫu 01 (Ctrl+Enter)": "&Receive, print receipt – Form 01 (Ctrl+Enter)",
    "Yêu cầu &bổ sung – Mẫu 02": "Request &supplement – Form 02",
    "Từ &chối – Mẫu 03": "Re&fuse – Form 03",
    "&Huỷ (Esc)": "&Cancel (Esc)",
    "Nơi t&rả kết quả:": "Result &delivery:",
    "&Lý do:": "R&eason:",
    "%n ngày làm việc": ("%n working day", "%n working days"),
    "trong ngày": "same day",
    "Lĩnh vực: %1": "Field: %1",
    "Thời hạn giải quyết: %1": "Processing time: %1",
    "Lệ phí: %1": "Fee: %1",
    "không": "none",
    "Còn thiếu:": "Missing:",
    "✓ Đủ các thành phần bắt buộc.": "✓ All required components are present.",
    "Bước 1: gõ vài chữ của tên thủ tục rồi chọn trong danh sách (↓, Enter).":
        "Step 1: type a few letters of the procedure's name, then pick it from the list (↓, Enter).",
    "Bước 2: nhập họ tên và số định danh của người nộp hồ sơ.":
        "Step 2: enter the applicant's name and ID number.",
    "Bước 3: đánh dấu từng thành phần đã nhận (Dấu cách), chọn hình thức và đính kèm các trang. Còn thiếu %n thành phần: nếu công dân không bổ sung ngay, chọn “Yêu cầu bổ sung – Mẫu 02”.": (
        "Step 3: tick each component received (Space), choose how it was presented and attach its "
        "pages. %n component is missing: if the citizen cannot add it now, choose “Request "
        "supplement – Form 02”.",
        "Step 3: tick each component received (Space), choose how it was presented and attach its "
        "pages. %n components are missing: if the citizen cannot add them now, choose “Request "
        "supplement – Form 02”.",
    ),
    "Bước 4: hồ sơ đã đủ. Nhấn Ctrl+Enter để tiếp nhận và in giấy hẹn (Mẫu 01).":
        "Step 4: the dossier is complete. Press Ctrl+Enter to receive it and print the receipt (Form 01).",
    "Hồ sơ còn thiếu thành phần bắt buộc, chưa thể cấp giấy hẹn. Hãy yêu cầu bổ sung (Mẫu 02).":
        "Required components are missing, no receipt yet. Request a supplement (Form 02).",
    "Hồ sơ còn thiếu: %1.": "The dossier lacks: %1.",
    "Từ chối cần ghi lý do (căn cứ pháp lý) vào ô Lý do.":
        "A refusal needs its reason (legal ground) in the Reason box.",
    "Yêu cầu bổ sung cần ghi rõ nội dung cần bổ sung vào ô Lý do.":
        "A supplement request needs what to supplement in the Reason box.",
    "Đang lưu hồ sơ và tạo biểu mẫu…": "Saving the dossier and making the form…",
    "Huỷ": "Cancel",
    "Đang lưu": "Saving",
    "Chưa lưu được hồ sơ": "The dossier was not saved",
    # sync indicator (ui/sync)
    "Mục cần xử lý khi đồng bộ": "Sync items needing attention",
    "Số thứ tự": "No.",
    "Loại": "Kind",
    "Thời điểm": "Time",
    "Lý do": "Reason",
    "Gửi lại": "Send again",
    "Đồng bộ ngay": "Sync now",
    "● Đang kiểm tra…": "● Checking…",
    "● Chưa cấu hình máy chủ trung tâm": "● No central server configured",
    "● Trực tuyến": "● Online",
    "● Ngoại tuyến": "● Offline",
    "Chờ gửi: %n mục": ("Waiting: %n item", "Waiting: %n items"),
    "Đồng bộ lần cuối: chưa có": "Last sync: never",
    "Đồng bộ lần cuối: %1": "Last sync: %1",
    "⚠ Cần xử lý: %n": ("⚠ Needs attention: %n", "⚠ Needs attention: %n"),
    # copy verification (ui/verify)
    "Đối chiếu bản chụp với bản chính — %1": "Compare the copy with the original — %1",
    "Đang so sánh…": "Comparing…",
    "Đang so sánh bản chụp với bản chính…": "Comparing the copy with the original…",
    "Dữ liệu từ CSDL quốc gia / VNeID / kho dữ liệu": "Data from the national database / VNeID / e-data store",
    "Công dân đã xuất trình bản chính": "The citizen showed the original",
    "Khớp với bản chính": "Matches the original",
    "Không khớp": "Does not match",
    "Lý do vẫn xác nhận khớp (bắt buộc khi máy báo khác biệt):":
        "Why it still matches (required when the engine found a difference):",
    "Ví dụ: vết bẩn do máy photo, nội dung trùng khớp": "E.g. photocopier smudges, same content",
    "Hình thức nộp:": "Presented as:",
    "Kết luận của cán bộ:": "Officer's conclusion:",
    "Xác nhận đối chiếu": "Record the comparison",
    "Máy so sánh phát hiện khác biệt: hãy xem các vùng được khoanh đỏ trước khi kết luận.":
        "The engine found differences: look at the regions circled in red before concluding.",
    "Máy so sánh không thấy khác biệt.": "The engine found no difference.",
    "Không so sánh được": "Could not compare",
    "Không so sánh được: %1": "Could not compare: %1",
    "Không ghi được": "Could not record",
    "Bản chính (đã căn theo bản chụp)": "Original (aligned to the copy)",
    "Bản chụp": "Copy",
    "Cạnh nhau": "Side by side",
    "Chồng lớp": "Overlay",
    "Nhấp nháy": "Blink",
    "Trượt": "Slider",
    "Pha trộn": "Blend",
    "Vừa trang": "Fit page",
    "Khác biệt (bấm để xem):": "Differences (click to view):",
    "Mức khác biệt: %1": "Difference: %1",
    "Máy so sánh: KHỚP — không thấy khác biệt.": "Engine: MATCH — no difference found.",
    "Máy so sánh: KHÔNG KHỚP — không căn được hai trang (có thể là giấy tờ khác).":
        "Engine: MISMATCH — the pages could not be aligned (maybe another document).",
    "Máy so sánh: KHÔNG KHỚP — %1 vùng khác biệt.": "Engine: MISMATCH — %1 regions differ.",
    "thêm vào bản chụp": "added on the copy",
    "mất trên bản chụp": "missing on the copy",
    "khác": "changed",
    "Vùng %1: %2 (%3)": "Region %1: %2 (%3)",
    "Bản chụp phủ bản chính": "Copy over the original",
    "Nhấp nháy: bản chính ⇄ bản chụp": "Blink: original ⇄ copy",
    "Trái: bản chính · phải: bản chụp": "Left: original · right: copy",
    "Vị trí trượt": "Slider position",
    "Nhấp nháy — đang hiện: bản chính": "Blink — showing: original",
    "Nhấp nháy — đang hiện: bản chụp": "Blink — showing: copy",
}


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "vi",
         "-target-language", "en", "-ts", str(TS.relative_to(ROOT))],
        cwd=ROOT, check=True, capture_output=True,
    )
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = english if isinstance(english, tuple) else (english, english)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english if isinstance(english, str) else english[1]
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   capture_output=True)
    for source in missing:
        print(f"no English for: {source!r}")
    print(f"{TS.name}: {len(missing)} without English; compiled {QM.name}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
