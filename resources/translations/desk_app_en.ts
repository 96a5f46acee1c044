<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="43" />
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="43" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="44" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="44" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="56" />
        <source>chữ thường không dấu, số, . _ -</source>
        <translation>lower-case letters without marks, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="67" />
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="68" />
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="69" />
        <source>&amp;Vai trò:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="70" />
        <source>&amp;Mật khẩu tạm thời:</source>
        <translation>Temporary &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="74" />
        <source>&amp;Tạo tài khoản</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="77" />
        <source>&amp;Vô hiệu hoá</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="80" />
        <source>&amp;Cho hoạt động lại</source>
        <translation>Re-&amp;enable</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="83" />
        <source>Đặt &amp;lại mật khẩu</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="86" />
        <source>Đổi vai t&amp;rò</source>
        <translation>Change r&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="89" />
        <location filename="../../ui/admin/accounts_tab.py" line="110" />
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="93" />
        <source>Mật khẩu: ít nhất %1 ký tự, có chữ cái và chữ số, không chứa tên đăng nhập. Cán bộ phải đổi mật khẩu tạm thời ở lần đăng nhập đầu. Đặt lại mật khẩu và đổi vai trò áp dụng cho tài khoản đang chọn trong bảng.</source>
        <translation>Password: at least %1 characters, with letters and digits, not containing the username. The officer must change the temporary password at the first login. Reset password and change role apply to the account selected in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="109" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="109" />
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="110" />
        <source>Chi tiết</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="111" />
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="123" />
        <source>Nhật ký thay đổi tài khoản trên quầy này:</source>
        <translation>Account changes made at this counter:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="136" />
        <source>hoạt động</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="136" />
        <source>vô hiệu</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="138" />
        <source>, phải đổi mật khẩu</source>
        <translation>, must change password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="143" />
        <source>tạo</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="143" />
        <source>vô hiệu hoá</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="144" />
        <source>cho hoạt động lại</source>
        <translation>re-enabled</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="144" />
        <source>đặt lại mật khẩu</source>
        <translation>password reset</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="145" />
        <source>đổi vai trò</source>
        <translation>role changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="145" />
        <source>tự đổi mật khẩu</source>
        <translation>own password changed</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="171" />
        <source>Đã tạo tài khoản %1; phải đổi mật khẩu ở lần đăng nhập đầu.</source>
        <translation>Account %1 created; the password must be changed at the first login.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="176" />
        <location filename="../../ui/admin/accounts_tab.py" line="186" />
        <source>Chọn một tài khoản trong bảng trước.</source>
        <translation>Select an account in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="180" />
        <source>Đã đặt lại mật khẩu của %1; phải đổi ở lần đăng nhập tới.</source>
        <translation>Password of %1 reset; it must be changed at the next login.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="188" />
        <source>Đã vô hiệu hoá tài khoản %1.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="189" />
        <source>Đã cho hoạt động lại tài khoản %1.</source>
        <translation>Account %1 re-enabled.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/accounts_tab.py" line="190" />
        <source>Đã đổi vai trò của %1.</source>
        <translation>Role of %1 changed.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/lifecycle/dialog_base.py" line="45" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="104" />
        <source>Quản trị…</source>
        <translation>Administration…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="105" />
        <source>Quản trị (Ctrl+Shift+A)</source>
        <translation>Administration (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="109" />
        <source>Danh mục thủ tục, ngày nghỉ, tài khoản cán bộ, danh tính quầy, sao lưu</source>
        <translation>Procedure catalog, holidays, officers' accounts, counter identity, backups</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="111" />
        <source>&amp;Quản trị</source>
        <translation>&amp;Administration</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="38" />
        <source>Quản trị – danh mục, lịch, tài khoản, quầy, sao lưu</source>
        <translation>Administration – catalog, calendar, accounts, counter, backups</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="51" />
        <source>Danh mục &amp;thủ tục</source>
        <translation>&amp;Procedure catalog</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="51" />
        <source>Ngày &amp;nghỉ</source>
        <translation>&amp;Holidays</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="51" />
        <source>Tài &amp;khoản</source>
        <translation>A&amp;ccounts</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="52" />
        <source>&amp;Quầy và thiết lập</source>
        <translation>C&amp;ounter and settings</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="52" />
        <source>&amp;Sao lưu, bảo trì</source>
        <translation>&amp;Backup, maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="62" />
        <source>Thay đổi được áp dụng ở máy chủ trung tâm; các quầy nhận khi đồng bộ.</source>
        <translation>Changes are applied at the central server; counters receive them when they synchronise.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="64" />
        <source>Thay đổi được áp dụng trên quầy này.</source>
        <translation>Changes are applied at this counter.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_window.py" line="67" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="21" />
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả – Mẫu 04</source>
        <translation>Apology and new return date – Form 04</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="22" />
        <source>Hồ sơ %1 hẹn trả %2. Ghi lý do chậm và ngày hẹn trả mới; phiếu Mẫu 04 được tạo để in và giao cho công dân.</source>
        <translation>Dossier %1 is due %2. Enter the reason for the delay and the new date; Form 04 is made to print and hand to the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="25" />
        <source>&amp;Lập và in phiếu – Mẫu 04</source>
        <translation>&amp;Make and print – Form 04</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="29" />
        <source>Ví dụ: cần xác minh thêm thông tin tại cơ quan khác</source>
        <translation>For example: information must be verified with another agency</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="35" />
        <source>&amp;Lý do chậm:</source>
        <translation>&amp;Reason for delay:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="36" />
        <source>Ngày hẹn &amp;mới:</source>
        <translation>&amp;New date:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="37" />
        <source>Hồ sơ trả sau ngày hẹn đầu tiên vẫn tính là trễ hạn.</source>
        <translation>A dossier returned after its first due date still counts as late.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="49" />
        <source>Cần ghi lý do chậm trả kết quả.</source>
        <translation>Enter the reason for the delay.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/apology_dialog.py" line="53" />
        <source>Ngày hẹn mới phải sau ngày hẹn trả %1.</source>
        <translation>The new date must be after the due date %1.</translation>
    </message>
</context>
<context>
    <name>AskSupplementDialog</name>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="17" />
        <source>Yêu cầu bổ sung hồ sơ %1 trong quá trình giải quyết</source>
        <translation>Ask for a supplement to dossier %1 during processing</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="18" />
        <source>Ghi một lần, đầy đủ những gì công dân cần bổ sung. Hồ sơ chờ công dân bổ sung; thời hạn giải quyết tính lại từ khi bổ sung xong.</source>
        <translation>Write once and in full what the citizen must add. The dossier waits for the citizen; its time limit starts again once the supplement is completed.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="20" />
        <source>&amp;Ghi yêu cầu bổ sung</source>
        <translation>&amp;Record the request</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="23" />
        <source>Ví dụ: bổ sung bản sao Giấy chứng sinh có chứng thực</source>
        <translation>For example: a certified copy of the birth certificate</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="24" />
        <source>&amp;Cần bổ sung:</source>
        <translation>&amp;To add:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/ask_dialog.py" line="29" />
        <source>Cần ghi rõ nội dung cần bổ sung.</source>
        <translation>Write what must be added.</translation>
    </message>
</context>
<context>
    <name>AskedForBox</name>
    <message>
        <location filename="../../ui/reception/request_box.py" line="80" />
        <source>%1 (ngoài quy định)</source>
        <translation>%1 (not in the rules)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="85" />
        <source>Hình thức cán bộ yêu cầu; mặc định là hình thức nhẹ nhất được chấp nhận. Yêu cầu chặt chẽ hơn phải ghi lý do.</source>
        <translation>The form the officer asks for; by default the most lenient accepted form. Asking for a stricter one needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="106" />
        <source>Lý do yêu cầu</source>
        <translation>Reason for the request</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="107" />
        <source>Yêu cầu “%1” cho “%2” chặt chẽ hơn quy định. Vì sao cần?</source>
        <translation>Asking for “%1” for “%2” goes beyond the rules. Why is it needed?</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="135" />
        <source>Lý do: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="70" />
        <source>Mục cần xử lý khi đồng bộ</source>
        <translation>Sync items needing attention</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="74" />
        <source>Số thứ tự</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="74" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="74" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="74" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="86" />
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>AttestDialog</name>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="76" />
        <source>Đối chiếu bản chụp với bản chính — %1</source>
        <translation>Compare the copy with the original — %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="82" />
        <source>Đang so sánh…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="84" />
        <source>Đang so sánh bản chụp với bản chính…</source>
        <translation>Comparing the copy with the original…</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="93" />
        <source>Công dân đã xuất trình bản chính</source>
        <translation>The citizen showed the original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="95" />
        <source>Khớp với bản chính</source>
        <translation>Matches the original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="96" />
        <source>Không khớp</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="106" />
        <source>Lý do vẫn xác nhận khớp (bắt buộc khi máy báo khác biệt):</source>
        <translation>Why it still matches (required when the engine found a difference):</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="108" />
        <source>Ví dụ: vết bẩn do máy photo, nội dung trùng khớp</source>
        <translation>E.g. photocopier smudges, same content</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="115" />
        <source>Hình thức nộp:</source>
        <translation>Presented as:</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="117" />
        <source>Kết luận của cán bộ:</source>
        <translation>Officer's conclusion:</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="122" />
        <source>Xác nhận đối chiếu</source>
        <translation>Record the comparison</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="125" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="177" />
        <source>Máy so sánh phát hiện khác biệt: hãy xem các vùng được khoanh đỏ trước khi kết luận.</source>
        <translation>The engine found differences: look at the regions circled in red before concluding.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="181" />
        <source>Máy so sánh không thấy khác biệt.</source>
        <translation>The engine found no difference.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="191" />
        <source>Không so sánh được</source>
        <translation>Could not compare</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="192" />
        <source>Không so sánh được: %1</source>
        <translation>Could not compare: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/attest_dialog.py" line="249" />
        <source>Không ghi được</source>
        <translation>Could not record</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="31" />
        <source>&amp;Sao lưu ngay…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="37" />
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="40" />
        <source>Một tệp gồm cơ sở dữ liệu, mọi ảnh trang mà hồ sơ dùng và bảng mã băm để kiểm tra. Quầy vẫn làm việc bình thường trong khi sao lưu. Nên lưu ra ổ đĩa khác.</source>
        <translation>One file with the database, every page image the dossiers use and a table of hashes to check them. The counter keeps working during the backup. Save it to another disk.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="47" />
        <source>&amp;Khôi phục từ tệp…</source>
        <translation>&amp;Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="50" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="53" />
        <source>Tệp được kiểm tra toàn bộ (mã băm, tính toàn vẹn) và đối chiếu với máy chủ trung tâm: bản cũ hơn dữ liệu trung tâm đã nhận bị từ chối. Kho dữ liệu được thay khi mở lại ứng dụng; kho cũ được giữ lại bên cạnh.</source>
        <translation>The file is checked in full (hashes, integrity) and against the central server: a copy older than what the centre already holds is refused. The store is replaced when the application is opened again; the old store is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="58" />
        <source>&amp;Dọn dẹp kho dữ liệu</source>
        <translation>&amp;Clean up the store</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="61" />
        <source>Bảo trì</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="64" />
        <source>Xoá ảnh không hồ sơ nào dùng và tệp tạm do lần ghi bị ngắt để lại, khi đã cũ hơn thời gian chờ (thiết lập maintenance.grace_hours). Tệp đang được ghi không bị động đến.</source>
        <translation>Removes images no dossier uses and temp files an interrupted write left, once older than the grace period (setting maintenance.grace_hours). A file being written is never touched.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="69" />
        <source>Kết quả sao lưu, khôi phục, bảo trì hiện ở đây.</source>
        <translation>Results of backup, restore and maintenance appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="80" />
        <source>Lưu bản sao lưu</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="81" />
        <source>Sao lưu (*.tar)</source>
        <translation>Backup (*.tar)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="89" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="101" />
        <source>Đã sao lưu vào %1: %2 tệp ảnh, %3.</source>
        <translation>Backed up to %1: %2 image files, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="118" />
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="119" />
        <source>Sao lưu (*.tar);;Mọi tệp (*)</source>
        <translation>Backup (*.tar);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="125" />
        <source>Đang kiểm tra tệp sao lưu…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="131" />
        <source>Tệp sao lưu hợp lệ (%1 tệp ảnh). Đóng và mở lại ứng dụng để hoàn tất khôi phục.</source>
        <translation>The backup is valid (%1 image files). Close and reopen the application to finish the restore.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="138" />
        <source>Đang dọn dẹp…</source>
        <translation>Cleaning up…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="145" />
        <source>Đã xoá %1 ảnh không hồ sơ nào dùng và %2 tệp tạm.</source>
        <translation>Removed %1 images no dossier uses and %2 temp files.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="150" />
        <source>Giữ lại %1 tệp còn trong thời gian chờ.</source>
        <translation>%1 files kept, still within the grace period.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/backup_tab.py" line="153" />
        <source>Dung lượng kho: %1 → %2.</source>
        <translation>Store size: %1 → %2.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="40" />
        <source>Chụp tài liệu bằng máy ảnh</source>
        <translation>Capture with the document camera</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="41" />
        <source>Bắt đầu chụp</source>
        <translation>Start capturing</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="48" />
        <source>Máy ảnh</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="50" />
        <source>Độ phân giải máy ảnh</source>
        <translation>Camera resolution</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="55" />
        <source>Hình xem trước của máy ảnh</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="66" />
        <source>Chụp ngay (phím cách)</source>
        <translation>Capture now (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="68" />
        <source>Sửa góc trang…</source>
        <translation>Correct page corners…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/camera_dialog.py" line="129" />
        <source>Đặt trang giấy dưới máy ảnh; giữ yên để chụp. Đã chụp %n trang.</source>
        <translation><numerusform>Put the page under the camera and hold it still to capture. %n page(s) captured.</numerusform><numerusform>Put the page under the camera and hold it still to capture. %n page(s) captured.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="131" />
        <source>Chưa thấy trang giấy trong khung hình.</source>
        <translation>No page in view yet.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="136" />
        <source>Đang chụp…</source>
        <translation>Capturing…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="147" />
        <source>Ảnh quá tối: bật thêm đèn rồi chụp lại.</source>
        <translation>The photo is too dark: add light and capture again.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="148" />
        <source>Ảnh bị mờ (rung hoặc lệch nét): giữ yên rồi chụp lại.</source>
        <translation>The photo is blurred (shake or focus): hold still and capture again.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="149" />
        <source>Trang bị cắt mất một phần ở mép ảnh: chụp lại cho đủ cả trang.</source>
        <translation>Part of the page is cut off at the photo's edge: capture the whole page again.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="157" />
        <source>Trang %1: </source>
        <translation>Page %1: </translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="180" />
        <source>Đang làm phẳng lại trang với các góc đã sửa…</source>
        <translation>Flattening the page again with the corrected corners…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/camera_dialog.py" line="186" />
        <source>Đã sửa góc; các trang sau của đợt này dùng các góc đó.</source>
        <translation>Corners corrected; the next pages of this batch use them.</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="51" />
        <source>Lọc theo mã hoặc tên (không dấu cũng được)</source>
        <translation>Filter by code or name (marks optional)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="53" />
        <source>&amp;Lọc:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="66" />
        <source>Thủ tục &amp;mới</source>
        <translation>&amp;New procedure</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="77" />
        <source> ngày làm việc</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="85" />
        <source>&amp;Mã thủ tục:</source>
        <translation>Procedure &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="85" />
        <source>&amp;Tên:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="86" />
        <source>T&amp;hời hạn (0 = trong ngày):</source>
        <translation>&amp;Time limit (0 = same day):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="87" />
        <source>&amp;Phí, lệ phí:</source>
        <translation>F&amp;ees:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="88" />
        <source>Căn cứ pháp &amp;lý:</source>
        <translation>&amp;Legal basis:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="95" />
        <source>Mã</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="95" />
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="95" />
        <source>Hình thức được nhận</source>
        <translation>Accepted forms</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="96" />
        <source>Nộp/xuất trình</source>
        <translation>Submit/show</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="96" />
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="96" />
        <source>Có dữ liệu điện tử</source>
        <translation>Available as data</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="105" />
        <source>Thêm thành phần</source>
        <translation>Add component</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="107" />
        <source>Bỏ thành phần đã chọn</source>
        <translation>Remove selected component</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="109" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="113" />
        <source>Hình thức được nhận: original, certified_copy, master_register_copy, photocopy_with_original, electronic_copy, national_data, cách nhau bởi |. Nộp/xuất trình: submit hoặc show.</source>
        <translation>Accepted forms: original, certified_copy, master_register_copy, photocopy_with_original, electronic_copy, national_data, separated by |. Submit/show: submit or show.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="129" />
        <source>Những thay đổi sẽ hiện ở đây trước khi áp dụng.</source>
        <translation>The changes appear here before they are applied.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="131" />
        <source>&amp;Xem thay đổi</source>
        <translation>&amp;Show changes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="134" />
        <source>&amp;Nhập tệp JSON/CSV…</source>
        <translation>&amp;Import JSON/CSV file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="137" />
        <source>Á&amp;p dụng</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="271" />
        <source>Chọn tệp danh mục</source>
        <translation>Choose a catalog file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="272" />
        <source>Danh mục (*.json *.csv);;Mọi tệp (*)</source>
        <translation>Catalog (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="278" />
        <source>Đang đọc và kiểm tra %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="282" />
        <source>Danh mục không thay đổi.</source>
        <translation>The catalog does not change.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="283" />
        <source>Xem các thay đổi rồi nhấn Áp dụng (Alt+P).</source>
        <translation>Review the changes, then press Apply (Alt+P).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/catalog_tab.py" line="289" />
        <source>Đã áp dụng danh mục, phiên bản %1.</source>
        <translation>Catalog applied, version %1.</translation>
    </message>
</context>
<context>
    <name>CentralMode</name>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="50" />
        <source>Đang kết nối máy chủ trung tâm…</source>
        <translation>Connecting to the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="63" />
        <source>Mọi quầy của đơn vị — đọc từ máy chủ trung tâm ({where})</source>
        <translation>Every counter of the unit — read from the central server ({where})</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="90" />
        <source>Chỉ quầy này — dữ liệu trong máy, không có các quầy khác.</source>
        <translation>This counter only — the data on this machine, not the other counters.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="96" />
        <source>Vai trò này không được đọc dữ liệu các quầy ở máy chủ trung tâm (cần vai trò giám sát).</source>
        <translation>This role may not read the counters' data at the central server (a supervisor role is needed).</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="99" />
        <source>Thiếu mật khẩu của vai trò giám sát (tệp mật khẩu PGPASSFILE).</source>
        <translation>The supervisor role's password is missing (password file PGPASSFILE).</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="101" />
        <source>Máy chủ trung tâm từ chối đăng nhập của vai trò giám sát.</source>
        <translation>The central server refused the supervisor role's login.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/central_mode.py" line="104" />
        <source>Mất kết nối hoặc không kết nối được máy chủ trung tâm; đang xem dữ liệu của quầy này.</source>
        <translation>The connection to the central server was lost or could not be made; showing this counter's data.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/admin/change_password.py" line="30" />
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="37" />
        <source>Mật khẩu của %1 là mật khẩu tạm thời do quản trị viên đặt: hãy chọn mật khẩu mới (ít nhất %2 ký tự, có chữ cái và chữ số, không chứa tên đăng nhập).</source>
        <translation>The password of %1 is a temporary one set by an administrator: choose a new password (at least %2 characters, with letters and digits, not containing the username).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="48" />
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="49" />
        <source>&amp;Nhập lại:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="58" />
        <source>Đổi &amp;mật khẩu</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="61" />
        <source>&amp;Huỷ</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/admin/change_password.py" line="73" />
        <source>Hai lần nhập không khớp.</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>ChannelRow</name>
    <message>
        <location filename="../../ui/reception/channel_box.py" line="17" />
        <source>Nộp trực tiếp tại quầy</source>
        <translation>Submitted at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/reception/channel_box.py" line="18" />
        <source>Nộp qua dịch vụ bưu chính</source>
        <translation>Submitted by post</translation>
    </message>
    <message>
        <location filename="../../ui/reception/channel_box.py" line="19" />
        <source>Nộp trực tuyến (Cổng dịch vụ công), hoàn thiện tại quầy</source>
        <translation>Submitted online (public-service portal), completed at the counter</translation>
    </message>
    <message>
        <location filename="../../ui/reception/channel_box.py" line="22" />
        <source>&amp;Kênh nộp:</source>
        <translation>Channe&amp;l:</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="134" />
        <source>Bản chính (đã căn theo bản chụp)</source>
        <translation>Original (aligned to the copy)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="135" />
        <location filename="../../ui/verify/compare_view.py" line="334" />
        <source>Bản chụp</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="157" />
        <source>Cạnh nhau</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="158" />
        <source>Chồng lớp</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="159" />
        <source>Nhấp nháy</source>
        <translation>Blink</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="160" />
        <source>Trượt</source>
        <translation>Slider</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="172" />
        <location filename="../../ui/verify/compare_view.py" line="355" />
        <source>Pha trộn</source>
        <translation>Blend</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="189" />
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="206" />
        <source>Khác biệt (bấm để xem):</source>
        <translation>Differences (click to view):</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="268" />
        <source>Mức khác biệt: %1</source>
        <translation>Difference: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="277" />
        <source>Máy so sánh: KHỚP — không thấy khác biệt.</source>
        <translation>Engine: MATCH — no difference found.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="279" />
        <source>Máy so sánh: KHÔNG KHỚP — không căn được hai trang (có thể là giấy tờ khác).</source>
        <translation>Engine: MISMATCH — the pages could not be aligned (maybe another document).</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="282" />
        <source>Máy so sánh: KHÔNG KHỚP — %1 vùng khác biệt.</source>
        <translation>Engine: MISMATCH — %1 regions differ.</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="295" />
        <source>Cần xem (đọc không chắc): «%1» / «%2»</source>
        <translation>To look at (uncertain reading): «%1» / «%2»</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="303" />
        <source>thêm vào bản chụp</source>
        <translation>added on the copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="303" />
        <source>mất trên bản chụp</source>
        <translation>missing on the copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="304" />
        <source>khác</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="305" />
        <source>Vùng %1: %2 (%3)</source>
        <translation>Region %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="335" />
        <source>Bản chụp phủ bản chính</source>
        <translation>Copy over the original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="336" />
        <source>Nhấp nháy: bản chính ⇄ bản chụp</source>
        <translation>Blink: original ⇄ copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="337" />
        <source>Trái: bản chính · phải: bản chụp</source>
        <translation>Left: original · right: copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="356" />
        <source>Vị trí trượt</source>
        <translation>Slider position</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="378" />
        <source>Nhấp nháy — đang hiện: bản chính</source>
        <translation>Blink — showing: original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="379" />
        <source>Nhấp nháy — đang hiện: bản chụp</source>
        <translation>Blink — showing: copy</translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="107" />
        <source>Chọn thủ tục để hiện danh sách thành phần hồ sơ.</source>
        <translation>Choose a procedure to list its dossier components.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="136" />
        <source>Thành phần (Dấu cách: đánh dấu đã nộp)</source>
        <translation>Component (Space: mark as presented)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="137" />
        <source>Hình thức</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="138" />
        <source>Cán bộ yêu cầu</source>
        <translation>Asked for</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="139" />
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="140" />
        <source>Đối chiếu</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="141" />
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="141" />
        <source>Trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="157" />
        <source>chỉ xuất trình, không thu bản sao</source>
        <translation>shown only, no copy collected</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="159" />
        <source>nếu có</source>
        <translation>if any</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="161" />
        <source>có sẵn trên CSDL/VNeID: không yêu cầu nộp giấy</source>
        <translation>available in the national database/VNeID: no paper required</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="168" />
        <source>Dấu cách: đánh dấu đã nộp; ↑ ↓: thành phần trước / sau</source>
        <translation>Space: mark as presented; ↑ ↓: previous / next component</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="185" />
        <source>đã xem bản chính</source>
        <translation>original seen</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="187" />
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="189" />
        <source>Đính kèm ảnh hoặc PDF các trang của thành phần này</source>
        <translation>Attach images or a PDF of this component's pages</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="199" />
        <source>Các trang của thành phần này: quét, nhập ảnh/PDF hoặc kéo thả; xoay, sắp xếp, xoá</source>
        <translation>This component's pages: scan, import images/PDF or drop files; rotate, reorder, delete</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="200" />
        <source>Quét…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="203" />
        <source>Quét thành phần này (màu: có dấu, ảnh, chữ viết tay)</source>
        <translation>Scan this component (colour: seals, photos, handwriting)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="204" />
        <source>Quét thành phần này (xám, 300 dpi)</source>
        <translation>Scan this component (grey, 300 dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="265" />
        <source>Chọn các trang của: %1</source>
        <translation>Choose the pages of: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/component_checklist.py" line="283" />
        <source>%n tệp</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/component_checklist.py" line="318" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>ComponentPagesDialog</name>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="40" />
        <source>Các trang của: %1</source>
        <translation>Pages of: %1</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="48" />
        <source>màu</source>
        <translation>colour</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="48" />
        <source>xám</source>
        <translation>grey</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="49" />
        <source>Các trang được lưu vào hồ sơ ngay khi thêm.</source>
        <translation>Pages are saved to the dossier as soon as they are added.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="50" />
        <source>Các trang được lưu cùng hồ sơ khi tiếp nhận.</source>
        <translation>Pages are saved with the dossier when it is received.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="52" />
        <source>Bấm “Quét…” (mặc định %1, %2 dpi theo danh mục thủ tục), “Nhập tệp…”, hoặc kéo thả ảnh/PDF vào đây. %3</source>
        <translation>Press “Scan…” (default %1, %2 dpi from the procedure catalog), “Import files…”, or drop images/PDFs here. %3</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="58" />
        <source>&amp;Quét…</source>
        <translation>&amp;Scan…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="60" />
        <source>Quét các trang của thành phần này bằng máy quét</source>
        <translation>Scan this component's pages with the scanner</translation>
    </message>
    <message>
        <location filename="../../ui/capture/component_pages.py" line="65" />
        <source>&amp;Xong</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>CornerDialog</name>
    <message>
        <location filename="../../ui/capture/corner_editor.py" line="114" />
        <source>Sửa góc trang</source>
        <translation>Correct page corners</translation>
    </message>
    <message>
        <location filename="../../ui/capture/corner_editor.py" line="116" />
        <source>Kéo bốn góc vào đúng mép trang giấy. Bàn phím: phím 1–4 chọn góc, phím mũi tên di chuyển (Shift: nhanh hơn), Enter để lưu. Các trang sau của đợt chụp này dùng lại các góc này.</source>
        <translation>Drag the four corners onto the page's edges. Keyboard: keys 1–4 select a corner, the arrow keys move it (Shift: faster), Enter saves. The next pages of this capture batch reuse these corners.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/corner_editor.py" line="122" />
        <source>Lưu góc</source>
        <translation>Save corners</translation>
    </message>
    <message>
        <location filename="../../ui/capture/corner_editor.py" line="123" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DigitiseActions</name>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="88" />
        <source>&amp;Số hoá (nhận dạng chữ)</source>
        <translation>&amp;Digitise (recognise text)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="91" />
        <source>Nhận dạng chữ (OCR) các trang chưa có chữ, chạy nền; có thể huỷ</source>
        <translation>Recognise the text (OCR) of pages without text, in the background; can be cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="92" />
        <source>Xem lại &amp;OCR…</source>
        <translation>Review &amp;OCR…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="95" />
        <source>Xem ảnh trang cạnh chữ nhận dạng được, sửa các từ đánh dấu nghi ngờ</source>
        <translation>See the page image beside its recognised text; correct the doubtful words</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="96" />
        <source>Xuất &amp;PDF số hoá…</source>
        <translation>Export digitised &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="99" />
        <source>Tạo tệp PDF tìm kiếm được (ảnh trang + lớp chữ) của cả hồ sơ và lưu lại</source>
        <translation>Make a searchable PDF (page images + text layer) of the whole dossier and save it</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="101" />
        <source>Mở thư mục chứa PDF</source>
        <translation>Open the PDF's folder</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="124" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="126" />
        <source>Số hoá hồ sơ</source>
        <translation>Digitise the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="137" />
        <source>Đang nhận dạng chữ các trang…</source>
        <translation>Recognising the pages' text…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="159" />
        <source>Đã nhận dạng %1/%2 trang…</source>
        <translation>Recognised %1/%2 pages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier/digitise_actions.py" line="165" />
        <source>Đã nhận dạng chữ %n trang.</source>
        <translation><numerusform>Text recognised on %n page.</numerusform><numerusform>Text recognised on %n pages.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="170" />
        <source>Đã huỷ; các trang đã xong vẫn được giữ.</source>
        <translation>Cancelled; the pages already done are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="217" />
        <source>Lưu PDF số hoá</source>
        <translation>Save the digitised PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="218" />
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="228" />
        <source>Đang nhận dạng chữ và tạo PDF số hoá…</source>
        <translation>Recognising text and building the digitised PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier/digitise_actions.py" line="239" />
        <source>Đã lưu PDF số hoá: %1 (%n trang).</source>
        <translation><numerusform>Digitised PDF saved: %1 (%n page).</numerusform><numerusform>Digitised PDF saved: %1 (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>DossierDetailsPage</name>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="85" />
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="86" />
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="87" />
        <source>Số định danh, ngày sinh:</source>
        <translation>ID number, date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="88" />
        <source>Người nộp thay:</source>
        <translation>Submitted by:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="89" />
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="90" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="91" />
        <source>Tiếp nhận lúc:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="92" />
        <source>Hẹn trả kết quả:</source>
        <translation>Result due:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="93" />
        <source>Số trang đã số hoá:</source>
        <translation>Digitised pages:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="101" />
        <source>Thông tin hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="107" />
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="107" />
        <source>Hình thức</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="107" />
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="107" />
        <source>Yêu cầu</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="108" />
        <source>Đối chiếu</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="124" />
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="127" />
        <source>Đố&amp;i chiếu bản chụp với bản chính…</source>
        <translation>Compare the copy w&amp;ith the original…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="130" />
        <source>Chọn thành phần có bản chụp, rồi chọn ảnh quét bản chính công dân xuất trình</source>
        <translation>Select a component with copy pages, then the scan of the original the citizen shows</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="140" />
        <source>&amp;Xem / in biểu mẫu (Enter)</source>
        <translation>&amp;View / print form (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="142" />
        <source>Biểu mẫu đã tạo</source>
        <translation>Forms issued</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="157" />
        <source>&amp;Thêm trang từ tệp…</source>
        <translation>&amp;Add pages from files…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="160" />
        <source>Các trang đã số hoá</source>
        <translation>Digitised pages</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="163" />
        <source>Q&amp;uét / sắp xếp trang…</source>
        <translation>Sc&amp;an / arrange pages…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="166" />
        <source>Mở các trang của thành phần đang chọn: quét thêm, nhập ảnh/PDF, xoay, sắp xếp, xoá</source>
        <translation>Open the selected component's pages: scan more, import images/PDF, rotate, reorder, delete</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="186" />
        <source>&amp;Quay lại danh sách (Esc)</source>
        <translation>&amp;Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="222" />
        <location filename="../../ui/dossier/details_page.py" line="236" />
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="257" />
        <source> (đã xem bản chính)</source>
        <translation> (original seen)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="263" />
        <source>Đã đối chiếu: %1</source>
        <translation>Compared: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="311" />
        <source>Chưa có trang nào được số hoá.</source>
        <translation>No page digitised yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier/details_page.py" line="314" />
        <source>Đang tải %n trang…</source>
        <translation><numerusform>Loading %n page…</numerusform><numerusform>Loading %n pages…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="318" />
        <source>Trang %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dossier/details_page.py" line="341" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="368" />
        <source>Ảnh quét bản chính của: %1</source>
        <translation>Scan of the original of: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="406" />
        <source>Đã ghi kết quả đối chiếu “%1”: %2.</source>
        <translation>Comparison of “%1” recorded: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="479" />
        <source>Chọn trang cần thêm</source>
        <translation>Choose the pages to add</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="488" />
        <source>Đang thêm trang…</source>
        <translation>Adding pages…</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <location filename="../../desk_app/labels.py" line="17" />
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desk_app/labels.py" line="18" />
        <source>Chờ bổ sung</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../desk_app/labels.py" line="19" />
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desk_app/labels.py" line="20" />
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desk_app/labels.py" line="21" />
        <source>Đã có kết quả</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desk_app/labels.py" line="22" />
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="42" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="43" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="44" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="45" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="46" />
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="47" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="48" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="117" />
        <source>(hẹn lại)</source>
        <translation>(new date)</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="148" />
        <source>⚠ quá hạn</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="150" />
        <source>⌛ sắp đến hạn</source>
        <translation>⌛ due soon</translation>
    </message>
</context>
<context>
    <name>DossierViews</name>
    <message>
        <location filename="../../ui/lifecycle/views.py" line="13" />
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/views.py" line="14" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/views.py" line="15" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/views.py" line="16" />
        <source>Chờ kết quả</source>
        <translation>Waiting for result</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/views.py" line="17" />
        <source>Chờ trả kết quả</source>
        <translation>Ready to return</translation>
    </message>
</context>
<context>
    <name>EntryDetailPane</name>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="97" />
        <location filename="../../ui/supervision/detail_pane.py" line="144" />
        <source>Chọn một lượt đối chiếu để xem chi tiết</source>
        <translation>Choose a verification to see its details</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="104" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="104" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="105" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="105" />
        <source>Xuất trình</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="106" />
        <source>Yêu cầu thêm</source>
        <translation>Extra demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="106" />
        <source>Danh mục công bố</source>
        <translation>Published list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="107" />
        <source>Kết luận của cán bộ</source>
        <translation>Officer's conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="107" />
        <source>Kết quả so sánh tự động</source>
        <translation>Automatic comparison</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="108" />
        <source>Lý do bỏ qua</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="108" />
        <source>Dấu hiệu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="109" />
        <source>Quầy, vị trí trong chuỗi</source>
        <translation>Counter, position in the chain</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="117" />
        <source>Ảnh trang đã đối chiếu</source>
        <translation>Page images compared</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="123" />
        <source>Ghi chú của lãnh đạo</source>
        <translation>Supervisor's notes</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="128" />
        <source>Thêm ghi chú…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="153" />
        <source> (có xuất trình bản chính)</source>
        <translation> (original shown)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="156" />
        <location filename="../../ui/supervision/detail_pane.py" line="167" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="157" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="157" />
        <source>Không — ngoài danh mục</source>
        <translation>No — not on the list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="165" />
        <source>Không chạy</source>
        <translation>Not run</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="172" />
        <source>Đang tải {n} ảnh…</source>
        <translation>Loading {n} images…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="177" />
        <source>Không có ảnh trang</source>
        <translation>No page images</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="199" />
        <source>(ảnh chưa có trong kho máy này)</source>
        <translation>(image not in this machine's store yet)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="206" />
        <source>Trang {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="245" />
        <source>Ghi chú không được để trống</source>
        <translation>The note must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="246" />
        <source>Không lưu được ghi chú</source>
        <translation>The note was not saved</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/error_text.py" line="19" />
        <source>Đã xảy ra lỗi.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="20" />
        <source>Không tìm thấy dữ liệu được yêu cầu.</source>
        <translation>The requested data was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="21" />
        <source>Dữ liệu nhập bị từ chối; chưa có gì được lưu.</source>
        <translation>The input was refused; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="22" />
        <source>Không ghi được vào kho dữ liệu (ổ đĩa đầy, bị khoá hoặc chỉ đọc); chưa có gì bị thay đổi.</source>
        <translation>The local store could not be written (disk full, locked or read-only); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="26" />
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29" />
        <source>Tài khoản đang bị khoá do đăng nhập sai nhiều lần. Hãy thử lại sau hoặc báo quản trị viên.</source>
        <translation>The account is locked after repeated failed logins. Try again later or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="33" />
        <source>Thiếu công cụ cần thiết trên máy này.</source>
        <translation>A required tool is missing on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="34" />
        <source>Tệp rỗng (0 byte); chưa có gì được lưu.</source>
        <translation>The file is empty (0 bytes); nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35" />
        <source>Ảnh bị hỏng hoặc không đọc được; chưa có gì được lưu.</source>
        <translation>The image is damaged or unreadable; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="38" />
        <source>Định dạng tệp không được hỗ trợ (chỉ nhận ảnh PNG, JPEG, TIFF hoặc PDF).</source>
        <translation>Unsupported file format (PNG, JPEG, TIFF images or PDF only).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="41" />
        <source>Ảnh quá lớn (vượt giới hạn điểm ảnh).</source>
        <translation>The image is too large (too many pixels).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="42" />
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="43" />
        <source>Tệp quá lớn: tổng số điểm ảnh của các trang vượt giới hạn; chưa có gì được lưu.</source>
        <translation>The file is too large: its pages' total pixels exceed the limit; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="46" />
        <source>Lần nhập quá lớn: tổng số điểm ảnh của các tệp vượt giới hạn; hãy nhập từng phần.</source>
        <translation>This import is too large: the files' total pixels exceed the limit; import them in parts.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50" />
        <source>Không ghi vào đích này vì nó không phải là một tệp thường; hãy chọn tên tệp khác.</source>
        <translation>Not written: the target is not a regular file; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="54" />
        <source>Không ghi được tệp kết quả.</source>
        <translation>The output file could not be written.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="55" />
        <source>Bỏ qua liên kết tượng trưng: không đọc tệp mà nó trỏ tới.</source>
        <translation>A symbolic link was skipped: the file it points to is not read.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="58" />
        <source>Tệp có quá nhiều trang.</source>
        <translation>The file has too many pages.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="59" />
        <source>Tệp PDF được mã hoá, không thể đọc.</source>
        <translation>The PDF is encrypted and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="60" />
        <source>Tệp PDF bị hỏng.</source>
        <translation>The PDF is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="61" />
        <source>Không có hồ sơ với mã này.</source>
        <translation>There is no dossier with this code.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="62" />
        <source>Không có thủ tục với mã này. Hãy chọn thủ tục trong danh sách gợi ý.</source>
        <translation>There is no procedure with this code. Choose one from the suggestions.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="65" />
        <source>Số định danh cá nhân không hợp lệ.</source>
        <translation>Invalid personal identification number.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="66" />
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="67" />
        <source>Cần ghi lý do khi yêu cầu bổ sung hoặc từ chối hồ sơ.</source>
        <translation>A reason is required to request a supplement or to refuse a dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="70" />
        <source>Hồ sơ còn thiếu thành phần bắt buộc: không thể cấp giấy tiếp nhận. Hãy yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Required components are missing: no receipt can be issued. Request a supplement (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="75" />
        <source>Hình thức nộp đã chọn không được chấp nhận cho thành phần này.</source>
        <translation>The chosen presentation is not accepted for this component.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="78" />
        <source>Hồ sơ này chưa có biểu mẫu đó.</source>
        <translation>This dossier has no such form yet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="79" />
        <source>Kết quả tiếp nhận không hợp lệ.</source>
        <translation>Invalid reception decision.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80" />
        <source>Ổ đĩa đã đầy; chưa có gì bị thay đổi.</source>
        <translation>The disk is full; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="81" />
        <source>Kho dữ liệu đang bị khoá bởi tiến trình khác; chưa có gì bị thay đổi.</source>
        <translation>The local store is locked by another process; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="84" />
        <source>Đã huỷ; chưa có gì được lưu.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="85" />
        <source>Mật khẩu quá ngắn: cần ít nhất 8 ký tự.</source>
        <translation>The password is too short: at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="88" />
        <source>Tên đăng nhập này đã có người dùng.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="89" />
        <source>Không kết nối được máy chủ trung tâm; quầy vẫn làm việc ngoại tuyến.</source>
        <translation>The central server cannot be reached; the counter keeps working offline.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="92" />
        <source>Đã quá hạn đăng nhập ngoại tuyến: hãy đăng nhập khi có kết nối máy chủ trung tâm.</source>
        <translation>The offline login has expired: log in while the central server can be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="95" />
        <source>Máy này chưa có thông tin đăng nhập của tài khoản: lần đầu cần đăng nhập khi có kết nối.</source>
        <translation>This computer has no login data for the account yet: the first login needs a connection.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="98" />
        <source>Tài khoản đã bị thu hồi hoặc ngừng hoạt động.</source>
        <translation>The account has been revoked or deactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="102" />
        <source>Mật khẩu tạm thời: cần đổi mật khẩu trước khi làm việc.</source>
        <translation>Temporary password: change it before working.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="104" />
        <source>Mật khẩu không đạt yêu cầu.</source>
        <translation>The password does not meet the rules.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="106" />
        <source>Đã xảy ra lỗi không mong đợi. Chi tiết đã được ghi vào nhật ký của máy.</source>
        <translation>An unexpected error occurred. The details were written to this computer's log.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="109" />
        <source>Chi tiết: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="139" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="143" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExtraPaperDialog</name>
    <message>
        <location filename="../../ui/reception/request_box.py" line="152" />
        <source>Giấy tờ ngoài danh mục</source>
        <translation>Paper not on the list</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="154" />
        <source>Chỉ nhận giấy tờ ngoài danh mục công bố khi có lý do; người giám sát sẽ xem lại.</source>
        <translation>A paper not on the published list is taken only with a reason; supervisors review it.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="169" />
        <source>&amp;Tên giấy tờ:</source>
        <translation>&amp;Name of the paper:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="170" />
        <source>&amp;Hình thức:</source>
        <translation>&amp;Presented as:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="171" />
        <source>&amp;Lý do:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="175" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="176" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExtrasBox</name>
    <message>
        <location filename="../../ui/reception/request_box.py" line="205" />
        <source>Thêm giấy tờ &amp;ngoài danh mục…</source>
        <translation>Add a paper &amp;not on the list…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="207" />
        <source>Giấy tờ không có trong danh mục công bố của thủ tục: ghi tên và lý do</source>
        <translation>A paper not on the procedure's published list: give its name and the reason</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="213" />
        <source>Bỏ giấy tờ ngoài danh mục</source>
        <translation>Remove papers not on the list</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="241" />
        <source>%1 (lý do: %2)</source>
        <translation>%1 (reason: %2)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="35" />
        <source>Lần chạy đầu tiên – tạo tài khoản quản trị</source>
        <translation>First start – create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="40" />
        <source>Máy này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên đầu tiên; quản trị viên sẽ tạo tài khoản cho cán bộ tiếp nhận sau.</source>
        <translation>This computer has no account yet. Create the first administrator; the administrator will create the reception officers' accounts afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="58" />
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="59" />
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="60" />
        <source>&amp;Mật khẩu (ít nhất %1 ký tự, có chữ cái và chữ số):</source>
        <translation>&amp;Password (at least %1 characters, with a letter and a digit):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="62" />
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="76" />
        <source>Tạo tài &amp;khoản</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="79" />
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="92" />
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="94" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter a username.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="98" />
        <source>Mật khẩu cần ít nhất %1 ký tự, có chữ cái và chữ số, không bắt đầu hay kết thúc bằng dấu cách.</source>
        <translation>The password needs at least %1 characters, with a letter and a digit, and must not start or end with a space.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="102" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="20" />
        <source>Bàn giao hồ sơ %1</source>
        <translation>Hand over dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="21" />
        <source>Ghi một lần giao – nhận hồ sơ vào phiếu kiểm soát (Mẫu 06); thời gian là lúc ghi. Kết quả trước hạn / đúng hạn / quá hạn được tính theo ngày hẹn trả.</source>
        <translation>Records one hand-over of the dossier on the control sheet (Form 06), at the time it is recorded. Early / on time / late is judged against the due date.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="23" />
        <source>&amp;Ghi bàn giao</source>
        <translation>&amp;Record hand-over</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="27" />
        <source>Cơ quan chuyên môn giải quyết</source>
        <translation>Specialist unit that settles it</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="28" />
        <source>Lãnh đạo có thẩm quyền quyết định</source>
        <translation>Deciding leader</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="29" />
        <source>Trả về Bộ phận Một cửa</source>
        <translation>Back to the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="35" />
        <source>Họ tên người nhận (nếu biết)</source>
        <translation>Name of the receiver (if known)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="38" />
        <source>&amp;Giao cho:</source>
        <translation>&amp;Hand to:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="39" />
        <source>Người &amp;nhận:</source>
        <translation>&amp;Receiver:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/handover_dialog.py" line="40" />
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>HandoverResult</name>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="26" />
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="27" />
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="28" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>HitPageDialog</name>
    <message>
        <location filename="../../ui/search/hit_page_dialog.py" line="37" />
        <source>Đang mở trang…</source>
        <translation>Opening the page…</translation>
    </message>
    <message>
        <location filename="../../ui/search/hit_page_dialog.py" line="47" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/hit_page_dialog.py" line="76" />
        <source>Trang %1 của hồ sơ %2 — đã tô vàng %n chữ khớp với nội dung tìm.</source>
        <translation><numerusform>Page %1 of dossier %2 — %n word matching the search is highlighted in yellow.</numerusform><numerusform>Page %1 of dossier %2 — %n words matching the search are highlighted in yellow.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/search/hit_page_dialog.py" line="82" />
        <source>Trang %1 của hồ sơ %2. Những chữ tìm được chỉ có trong phần chữ đã sửa, không có trên ảnh.</source>
        <translation>Page %1 of dossier %2. The words found are only in the corrected text, not on the image.</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="47" />
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="51" />
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="51" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="51" />
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="66" />
        <source>Ngày nghỉ (lễ, Tết, nghỉ bù)</source>
        <translation>Day off (holiday, Lunar New Year, compensatory)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="67" />
        <source>Ngày làm bù (thứ Bảy/Chủ nhật)</source>
        <translation>Make-up working day (Saturday/Sunday)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="70" />
        <source>Tên, ví dụ: Nghỉ bù Tết</source>
        <translation>Name, e.g. New Year compensatory day off</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="71" />
        <source>N&amp;gày:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="73" />
        <source>&amp;Thêm ngày</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="76" />
        <source>&amp;Bỏ ngày đã chọn</source>
        <translation>&amp;Remove selected day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="84" />
        <source>Những thay đổi sẽ hiện ở đây trước khi áp dụng.</source>
        <translation>The changes appear here before they are applied.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="86" />
        <source>&amp;Xem thay đổi</source>
        <translation>&amp;Show changes</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="88" />
        <source>&amp;Nhập tệp JSON/CSV…</source>
        <translation>&amp;Import JSON/CSV file…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="90" />
        <source>Á&amp;p dụng</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="108" />
        <source>Ngày nghỉ rơi vào thứ Bảy/Chủ nhật thì ghi ngày nghỉ bù. Hồ sơ đã tiếp nhận giữ nguyên ngày hẹn trả; hồ sơ nhận sau khi áp dụng tính theo lịch mới.</source>
        <translation>For a holiday on a Saturday or Sunday, enter its compensatory day off. Dossiers already received keep their due dates; dossiers received after applying count with the new calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="139" />
        <source>nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="139" />
        <source>làm bù</source>
        <translation>make-up day</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="159" />
        <source>Đã thêm vào danh sách; nhấn Xem thay đổi rồi Áp dụng.</source>
        <translation>Added to the list; press Show changes, then Apply.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="174" />
        <source>Chọn tệp lịch ngày nghỉ</source>
        <translation>Choose a holidays file</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="175" />
        <source>Lịch (*.json *.csv);;Mọi tệp (*)</source>
        <translation>Calendar (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="183" />
        <source>Lịch không thay đổi.</source>
        <translation>The calendar does not change.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="184" />
        <source>Xem các thay đổi rồi nhấn Áp dụng (Alt+P).</source>
        <translation>Review the changes, then press Apply (Alt+P).</translation>
    </message>
    <message>
        <location filename="../../ui/admin/holidays_tab.py" line="190" />
        <source>Đã áp dụng lịch ngày nghỉ.</source>
        <translation>Holiday calendar applied.</translation>
    </message>
</context>
<context>
    <name>HomeViews</name>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="55" />
        <source>Đang xem: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="75" />
        <source>quầy này</source>
        <translation>this counter</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="77" />
        <source>Hồ sơ tiếp nhận hôm nay tại %1 – %2</source>
        <translation>Dossiers received today at %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="101" />
        <source>Đang tìm hồ sơ %1…</source>
        <translation>Looking for dossier %1…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="108" />
        <source>Không có hồ sơ mã %1 ở quầy này.</source>
        <translation>No dossier with code %1 at this counter.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/home.py" line="112" />
        <source>Đã mở hồ sơ %1 (quét mã QR trên giấy hẹn).</source>
        <translation>Dossier %1 opened (QR of the receipt scanned).</translation>
    </message>
</context>
<context>
    <name>IdCardDialog</name>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="82" />
        <source>Đọc thẻ căn cước</source>
        <translation>Read the identity card</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="89" />
        <source>&amp;Chọn ảnh chụp / ảnh quét thẻ…</source>
        <translation>&amp;Choose a photo / scan of the card…</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="91" />
        <source>Chưa chọn ảnh.</source>
        <translation>No image chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="96" />
        <source>Huỷ đọc</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="112" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="113" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="124" />
        <source>Số định danh:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="125" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="126" />
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="127" />
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="128" />
        <source>Nơi cư trú:</source>
        <translation>Residence:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="129" />
        <source>Nguồn:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="141" />
        <source>Cán bộ đối chiếu với thẻ gốc; ô tô màu vàng cần kiểm tra kỹ.</source>
        <translation>Check against the card itself; yellow fields need a careful look.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="145" />
        <source>&amp;Xác nhận và điền vào phiếu</source>
        <translation>&amp;Confirm and fill in the form</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="149" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="169" />
        <source>Ảnh thẻ căn cước</source>
        <translation>Identity card image</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="170" />
        <source>Ảnh hoặc PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="220" />
        <source>mã QR trên thẻ</source>
        <translation>the card's QR code</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="221" />
        <source>nhận dạng chữ in trên thẻ</source>
        <translation>text recognised on the card</translation>
    </message>
</context>
<context>
    <name>IdCardWarnings</name>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="40" />
        <source>Không đọc được số định danh.</source>
        <translation>The ID number could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="41" />
        <source>Không đọc được ngày sinh.</source>
        <translation>The date of birth could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="42" />
        <source>Không đọc được họ tên.</source>
        <translation>The name could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="43" />
        <source>Không đọc được giới tính.</source>
        <translation>The sex could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="44" />
        <source>Giới tính suy ra từ chữ số thứ 4 của số định danh, chưa đọc được trên thẻ.</source>
        <translation>Sex inferred from the ID number's 4th digit; not read on the card.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="46" />
        <source>Số định danh đọc chưa chắc chắn.</source>
        <translation>The ID number was read with doubt.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="47" />
        <source>Ngày sinh đọc chưa chắc chắn.</source>
        <translation>The date of birth was read with doubt.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="48" />
        <source>Họ tên đọc chưa chắc chắn (dấu tiếng Việt).</source>
        <translation>The name was read with doubt (Vietnamese marks).</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="49" />
        <source>Giới tính đọc chưa chắc chắn.</source>
        <translation>The sex was read with doubt.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="50" />
        <source>Nơi cư trú đọc chưa chắc chắn.</source>
        <translation>The residence was read with doubt.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="51" />
        <source>Giới tính không khớp với chữ số thứ 4 của số định danh.</source>
        <translation>The sex does not match the ID number's 4th digit.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="53" />
        <source>Thế kỷ sinh không khớp với chữ số thứ 4 của số định danh.</source>
        <translation>The century of birth does not match the ID number's 4th digit.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="55" />
        <source>Năm sinh không khớp với chữ số thứ 5–6 của số định danh.</source>
        <translation>The birth year does not match the ID number's digits 5–6.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="57" />
        <source>Mã tỉnh (3 chữ số đầu) của số định danh không có trong danh mục.</source>
        <translation>The province code (first 3 digits) of the ID number is not in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="59" />
        <source>Mã QR và chữ in trên thẻ không khớp nhau: đối chiếu kỹ thẻ gốc.</source>
        <translation>The QR code and the printed text disagree: check the card itself carefully.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="61" />
        <source>Họ tên đọc từ vùng MRZ mặt sau, không có dấu: sửa lại theo thẻ.</source>
        <translation>Name read from the back's MRZ, without marks: correct it from the card.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="63" />
        <source>Không thấy viền thẻ trong ảnh; đã đọc toàn bộ ảnh.</source>
        <translation>No card outline found in the image; the whole image was read.</translation>
    </message>
    <message>
        <location filename="../../ui/idcard/idcard_dialog.py" line="66" />
        <source>Có điểm cần kiểm tra lại với thẻ gốc.</source>
        <translation>Something needs checking against the card itself.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="10" />
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11" />
        <source>Bản sao có chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>Bản sao từ sổ gốc</source>
        <translation>Master-register copy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Bản chụp kèm bản chính để đối chiếu</source>
        <translation>Photocopy with the original shown</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Bản điện tử</source>
        <translation>Electronic copy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Dữ liệu CSDL quốc gia / VNeID</source>
        <translation>National database / VNeID data</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>nộp</source>
        <translation>submit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>chỉ xuất trình</source>
        <translation>show only</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Cán bộ tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Người giám sát</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Quản trị viên</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Form 01 – Receipt and result appointment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Form 02 – Request to supplement the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Mẫu 03 – Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Form 03 – Refusal of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Mẫu 06 – Phiếu kiểm soát quá trình giải quyết</source>
        <translation>Form 06 – Process control sheet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Bản số hoá hồ sơ (PDF)</source>
        <translation>Digitised dossier (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Mẫu 04 – Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Form 04 – Apology and new return date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Kết quả giải quyết, bản số hoá (PDF/A)</source>
        <translation>Result, digitised (PDF/A)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Chưa nộp</source>
        <translation>Not presented</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="94" />
        <source>Bàn giao (F6)</source>
        <translation>Hand over (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="95" />
        <source>Nhận kết quả (F7)</source>
        <translation>Result received (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="96" />
        <source>Xin lỗi, hẹn lại – Mẫu 04 (F8)</source>
        <translation>Apology, new date – Form 04 (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="97" />
        <source>Yêu cầu bổ sung (Shift+F9)</source>
        <translation>Ask for a supplement (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="98" />
        <source>Hoàn thành bổ sung (F9)</source>
        <translation>Supplement completed (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="99" />
        <source>Trả kết quả (F10)</source>
        <translation>Return result (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="158" />
        <source>⚠ QUÁ HẠN: hồ sơ hẹn trả lúc %1 chưa có kết quả.</source>
        <translation>⚠ OVERDUE: due at %1 and no result yet.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="162" />
        <source>⌛ SẮP ĐẾN HẠN: hồ sơ hẹn trả lúc %1 (còn dưới một ngày làm việc).</source>
        <translation>⌛ DUE SOON: the dossier is due at %1 (less than one working day left).</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="165" />
        <source>Nếu không kịp trả, lập phiếu xin lỗi và hẹn lại – Mẫu 04 (F8) trước khi hết hạn.</source>
        <translation>If it cannot be returned in time, issue the apology with a new date – Form 04 (F8) before the due date.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="185" />
        <source>Đã đóng, chưa ghi gì.</source>
        <translation>Closed, nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="216" />
        <source>Đã ghi bàn giao hồ sơ %1: %2.</source>
        <translation>Hand-over of dossier %1 recorded: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="232" />
        <source>Đã lập phiếu xin lỗi (Mẫu 04) cho hồ sơ %1, hẹn lại ngày %2.</source>
        <translation>Apology (Form 04) made for dossier %1, new date %2.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="245" />
        <source>Đã ghi nhận kết quả hồ sơ %1 và số hoá thành PDF/A.</source>
        <translation>Result of dossier %1 recorded and digitised into PDF/A.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="257" />
        <source>Đã ghi yêu cầu bổ sung hồ sơ %1; hồ sơ chờ công dân bổ sung.</source>
        <translation>Supplement request for dossier %1 recorded; the dossier waits for the citizen.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="279" />
        <source>Đã ghi hồ sơ %1 bổ sung đầy đủ; thời hạn giải quyết tính từ bây giờ.</source>
        <translation>Dossier %1 recorded as complete; its time limit counts from now.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="296" />
        <source>Đã trả kết quả hồ sơ %1 cho %2.</source>
        <translation>Result of dossier %1 returned to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="309" />
        <source>Phiếu kiểm soát quá trình giải quyết – Mẫu 06 – %1</source>
        <translation>Processing control sheet – Form 06 – %1</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="315" />
        <source>Đang tạo phiếu kiểm soát (Mẫu 06) của hồ sơ %1…</source>
        <translation>Making the control sheet (Form 06) of dossier %1…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="324" />
        <source>Đang ghi…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="352" />
        <source>Đang lưu và số hoá các trang kết quả…</source>
        <translation>Saving and digitising the result's pages…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="352" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="355" />
        <source>Đang ghi</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/details_actions.py" line="364" />
        <source>Chưa ghi được: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="50" />
        <source>Phiên làm việc đã khoá</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="50" />
        <source>Đăng nhập – Một cửa</source>
        <translation>Sign in – One-stop desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="57" />
        <source>Phiên làm việc đã khoá do không thao tác. Nhập lại mật khẩu để tiếp tục.</source>
        <translation>The session locked itself after idle time. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="55" />
        <source>Phần mềm tiếp nhận hồ sơ Bộ phận Một cửa</source>
        <translation>Dossier reception for the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="59" />
        <source>Phiên làm việc đã được khoá (Ctrl+L). Nhập lại mật khẩu để tiếp tục.</source>
        <translation>The session was locked (Ctrl+L). Enter your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="78" />
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="80" />
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="92" />
        <source>Đăng &amp;nhập</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="95" />
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="114" />
        <source>Đang mở kho dữ liệu…</source>
        <translation>Opening the local store…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="140" />
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="146" />
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Tiếp nhận hồ sơ — KHO DỮ LIỆU MẪU, không dùng cho hồ sơ thật</source>
        <translation>Dossier reception — DEMO STORE, not for real dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Tìm theo mã hồ sơ, tên người nộp hoặc thủ tục — gõ có dấu hay không dấu đều được</source>
        <translation>Search by dossier code, applicant or procedure — with or without diacritics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>&amp;Tìm (Ctrl+F):</source>
        <translation>&amp;Search (Ctrl+F):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Mọi &amp;ngày</source>
        <translation>&amp;All days</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Tìm cả hồ sơ của những ngày trước</source>
        <translation>Search the dossiers of earlier days too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Phiên làm việc đã khoá.</source>
        <translation>The session is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Tiếp nhận mới</source>
        <translation>New reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Tiếp nhận mới (F2)</source>
        <translation>New reception (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Xem chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Xem chi tiết (Enter)</source>
        <translation>Details (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233" />
        <source>Tìm (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Khoá</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>Khoá (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>Ngôn ngữ / Languag&amp;e</source>
        <translation>Languag&amp;e / Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>Cán bộ: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279" />
        <source>quầy này</source>
        <translation>this counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Hồ sơ tiếp nhận tại %1 – mọi ngày</source>
        <translation>Dossiers received at %1 – all days</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283" />
        <source>Hồ sơ tiếp nhận hôm nay tại %1 – %2</source>
        <translation>Dossiers received today at %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="318" />
        <source>%n hồ sơ</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326" />
        <source>Không có hồ sơ nào khớp. Thử bỏ bớt chữ, hoặc đánh dấu “Mọi ngày”.</source>
        <translation>No dossier matches. Try fewer words, or tick “All days”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>Quầy này chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới.</source>
        <translation>No dossier received at this counter yet. Press F2 for a new reception.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334" />
        <source>Hôm nay chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới.</source>
        <translation>No dossier received today yet. Press F2 for a new reception.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="397" />
        <source>Huỷ tiếp nhận</source>
        <translation>Cancel reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398" />
        <source>Bỏ hồ sơ đang nhập? Những gì đã nhập sẽ không được lưu.</source>
        <translation>Discard this dossier? What was entered will not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399" />
        <source>&amp;Bỏ hồ sơ này</source>
        <translation>&amp;Discard this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400" />
        <source>&amp;Tiếp tục nhập</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422" />
        <source>Đã tiếp nhận hồ sơ %1.</source>
        <translation>Dossier %1 received.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423" />
        <source>Đã lưu hồ sơ %1: yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Dossier %1 saved: supplement requested (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424" />
        <source>Đã lưu hồ sơ %1: từ chối tiếp nhận (Mẫu 03).</source>
        <translation>Dossier %1 saved: refused (Form 03).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>Đã lưu hồ sơ %1.</source>
        <translation>Dossier %1 saved.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="58" />
        <source>Ghi chú của lãnh đạo</source>
        <translation>Supervisor's notes</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="60" />
        <source>(Ghi chú chung)</source>
        <translation>(General note)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="66" />
        <source>Nhận xét, yêu cầu chấn chỉnh, kết quả xác minh…</source>
        <translation>Remarks, corrections required, findings…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="69" />
        <source>Lưu ghi chú</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="70" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="74" />
        <source>Về dấu hiệu</source>
        <translation>About flag</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="75" />
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>PageHitsPanel</name>
    <message>
        <location filename="../../ui/search/page_hits.py" line="42" />
        <source>Trang hồ sơ có chữ cần tìm</source>
        <translation>Dossier pages holding the words searched for</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="49" />
        <source>Tìm theo mã hồ sơ, tên người nộp, thủ tục, chữ trên trang hoặc số định danh — gõ có dấu hay không dấu đều được</source>
        <translation>Search by dossier code, applicant's name, procedure, page text or ID number — with or without diacritics</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="85" />
        <source>%1 — theo số định danh: %2</source>
        <translation>%1 — by ID number: %2</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="90" />
        <source>%1 — trang %2: %3</source>
        <translation>%1 — page %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/page_hits.py" line="95" />
        <location filename="../../ui/search/page_hits.py" line="100" />
        <source>Chữ trên trang: %n trang khớp</source>
        <translation><numerusform>Page text: %n page matches</numerusform><numerusform>Page text: %n pages match</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/page_hits.py" line="96" />
        <source>%n hồ sơ theo số định danh</source>
        <translation><numerusform>%n dossier by ID number</numerusform><numerusform>%n dossiers by ID number</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/page_hits.py" line="98" />
        <source>Tìm theo số định danh: %n hồ sơ</source>
        <translation><numerusform>By ID number: %n dossier</numerusform><numerusform>By ID number: %n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="102" />
        <source>Không có trang hồ sơ nào chứa những chữ này.</source>
        <translation>No dossier page holds these words.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="104" />
        <source>Chọn một dòng (Enter) để mở trang.</source>
        <translation>Choose a line (Enter) to open the page.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="126" />
        <source>Đã mở hồ sơ %1.</source>
        <translation>Dossier %1 opened.</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="129" />
        <source>Hồ sơ %1 — trang %2</source>
        <translation>Dossier %1 — page %2</translation>
    </message>
    <message>
        <location filename="../../ui/search/page_hits.py" line="135" />
        <source>Đã mở hồ sơ %1, trang %2.</source>
        <translation>Dossier %1 opened at page %2.</translation>
    </message>
</context>
<context>
    <name>PageStripWidget</name>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="89" />
        <source>Các trang đã quét</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="99" />
        <source>Nhập tệp…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="100" />
        <source>Thêm ảnh hoặc PDF (có thể kéo thả tệp vào đây)</source>
        <translation>Add images or PDFs (files can be dropped here)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="103" />
        <source>◀ Trước</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="104" />
        <source>Chuyển trang lên trước (Ctrl+←)</source>
        <translation>Move the page earlier (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="107" />
        <source>Sau ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="108" />
        <source>Chuyển trang ra sau (Ctrl+→)</source>
        <translation>Move the page later (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="111" />
        <source>⟲ Xoay trái</source>
        <translation>⟲ Rotate left</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="112" />
        <source>Xoay trang 90° ngược chiều kim đồng hồ</source>
        <translation>Rotate the page 90° anticlockwise</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="115" />
        <source>⟳ Xoay phải</source>
        <translation>⟳ Rotate right</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="116" />
        <source>Xoay trang 90° theo chiều kim đồng hồ</source>
        <translation>Rotate the page 90° clockwise</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="119" />
        <source>Xoá trang</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="120" />
        <source>Xoá trang đang chọn (Delete)</source>
        <translation>Delete the selected page (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="123" />
        <source>Quét lại trang</source>
        <translation>Rescan page</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="124" />
        <source>Quét lại trang đang chọn</source>
        <translation>Rescan the selected page</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="127" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="127" />
        <source>Dừng việc đang làm</source>
        <translation>Stop the work in progress</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/page_strip.py" line="193" />
        <source>Đang nhập %n tệp…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="246" />
        <source>Đang quét lại trang…</source>
        <translation>Rescanning the page…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="296" />
        <source>Chọn ảnh hoặc PDF</source>
        <translation>Choose images or PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="297" />
        <source>Ảnh và PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.webp *.bmp);;Mọi tệp (*)</source>
        <translation>Images and PDFs (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.webp *.bmp);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/page_strip.py" line="367" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="378" />
        <source>Đã huỷ; không có trang nào được thêm.</source>
        <translation>Cancelled; no page was added.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="380" />
        <source>Không thêm được trang</source>
        <translation>Pages not added</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="383" />
        <source>Không có trang nào của lần nhập này được thêm vào hồ sơ.</source>
        <translation>No page of this import was added to the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="403" />
        <source>trang trắng?</source>
        <translation>blank?</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="405" />
        <source>mờ?</source>
        <translation>blurred?</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="407" />
        <source>mặt sau</source>
        <translation>back side</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="409" />
        <source>có giấy nhớ</source>
        <translation>with sticky note</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="411" />
        <source>bỏ giấy nhớ</source>
        <translation>sticky note removed</translation>
    </message>
    <message>
        <location filename="../../ui/capture/page_strip.py" line="413" />
        <source>Trang %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="104" />
        <source>Đang tạo bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="116" />
        <source>&amp;In… (Ctrl+P)</source>
        <translation>&amp;Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="120" />
        <source>&amp;Lưu bản PDF… (Ctrl+S)</source>
        <translation>&amp;Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="123" />
        <source>Đó&amp;ng (Esc)</source>
        <translation>&amp;Close (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/pdf_preview.py" line="158" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="165" />
        <source>Không tạo được bản xem trước.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="178" />
        <source>In biểu mẫu</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="186" />
        <source>Đang chuẩn bị bản in…</source>
        <translation>Preparing the print…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="191" />
        <source>Đã gửi bản in.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="194" />
        <source>Máy in không nhận lệnh in.</source>
        <translation>The printer refused the job.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="206" />
        <source>Lưu bản PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="222" />
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/reception/person_form.py" line="75" />
        <source>Họ và tên đầy đủ, có dấu</source>
        <translation>Full name, with diacritics</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="77" />
        <source>12 chữ số trên thẻ căn cước</source>
        <translation>12 digits on the identity card</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="80" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="84" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="85" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="87" />
        <source>Số nhà, đường, xã/phường, tỉnh/thành phố</source>
        <translation>House number, street, commune/ward, province/city</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="113" />
        <source>Họ &amp;và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="115" />
        <source>Đọc CCCD…</source>
        <translation>Read ID card…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="118" />
        <source>Đọc họ tên, số định danh, ngày sinh, giới tính, nơi cư trú từ ảnh chụp hoặc ảnh quét thẻ căn cước; cán bộ xem lại rồi xác nhận</source>
        <translation>Read name, ID number, date of birth, sex and residence from a photo or scan of the identity card; the officer checks, then confirms</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="126" />
        <source>Số định &amp;danh:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="130" />
        <source>Ngày &amp;sinh:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="131" />
        <source>&amp;Giới tính:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="132" />
        <source>Điện th&amp;oại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="134" />
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="135" />
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="166" />
        <source>Ngày sinh chưa đúng dạng ngày/tháng/năm (dd/mm/yyyy).</source>
        <translation>The birth date is not in day/month/year form (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>PersonWarnings</name>
    <message>
        <location filename="../../ui/reception/person_form.py" line="27" />
        <source>Số định danh phải gồm đúng 12 chữ số.</source>
        <translation>The ID number must have exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="30" />
        <source>Mã tỉnh (3 chữ số đầu) của số định danh không tồn tại.</source>
        <translation>The province code (first 3 digits) of the ID number does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="33" />
        <source>Năm sinh không khớp với số định danh (chữ số 5–6).</source>
        <translation>The birth year does not match the ID number (digits 5–6).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="36" />
        <source>Thế kỷ sinh không khớp với số định danh (chữ số 4).</source>
        <translation>The century of birth does not match the ID number (digit 4).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="39" />
        <source>Giới tính không khớp với số định danh (chữ số 4).</source>
        <translation>The sex does not match the ID number (digit 4).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/person_form.py" line="43" />
        <source>Số định danh có điểm chưa khớp; hãy kiểm tra lại với thẻ căn cước.</source>
        <translation>Something in the ID number does not match; check it against the identity card.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/reception/request_box.py" line="44" />
        <source>Lý do (bắt buộc)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="49" />
        <source>Ghi lý do</source>
        <translation>Record reason</translation>
    </message>
    <message>
        <location filename="../../ui/reception/request_box.py" line="50" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="79" />
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>New reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="94" />
        <source>1. Thủ tục hành chính  (Alt+1)</source>
        <translation>1. Administrative procedure  (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="98" />
        <source>Gõ mã hoặc tên thủ tục, không cần dấu (ví dụ: khai sinh)</source>
        <translation>Type the procedure's code or name, diacritics optional (e.g. khai sinh)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="113" />
        <source>2. Người nộp hồ sơ  (Alt+2)</source>
        <translation>2. Applicant  (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="116" />
        <source>Có người khác nộp thay (được uỷ quyền)</source>
        <translation>Someone else submits on the applicant's behalf</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="127" />
        <source>3. Thành phần hồ sơ  (Alt+3)</source>
        <translation>3. Dossier components  (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="26" />
        <source>4. Kết quả tiếp nhận  (Alt+4)</source>
        <translation>4. Decision  (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="30" />
        <source>Nhận kết quả tại Bộ phận Một cửa</source>
        <translation>Result collected at the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="32" />
        <source>Nhận kết quả qua dịch vụ bưu chính</source>
        <translation>Result sent by post</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="36" />
        <source>Lý do — bắt buộc khi từ chối; khi yêu cầu bổ sung, để trống sẽ ghi các thành phần còn thiếu</source>
        <translation>Reason — required to refuse; for a supplement, left empty it lists the missing components</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="39" />
        <source>&amp;Tiếp nhận, in giấy hẹn – Mẫu 01 (Ctrl+Enter)</source>
        <translation>&amp;Receive, print receipt – Form 01 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="43" />
        <source>Yêu cầu &amp;bổ sung – Mẫu 02</source>
        <translation>Request &amp;supplement – Form 02</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="46" />
        <source>Từ &amp;chối – Mẫu 03</source>
        <translation>Re&amp;fuse – Form 03</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="48" />
        <source>&amp;Huỷ (Esc)</source>
        <translation>&amp;Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="53" />
        <source>Nơi t&amp;rả kết quả:</source>
        <translation>Result &amp;delivery:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/decision_box.py" line="55" />
        <source>&amp;Lý do:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/reception_page.py" line="255" />
        <source>%n ngày làm việc</source>
        <translation><numerusform>%n working day</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="257" />
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="260" />
        <source>Lĩnh vực: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="261" />
        <source>Thời hạn giải quyết: %1</source>
        <translation>Processing time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="262" />
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="262" />
        <source>không</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="341" />
        <source>Còn thiếu:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="344" />
        <source>✓ Đủ các thành phần bắt buộc.</source>
        <translation>✓ All required components are present.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="356" />
        <source>Bước 1: gõ vài chữ của tên thủ tục rồi chọn trong danh sách (↓, Enter).</source>
        <translation>Step 1: type a few letters of the procedure's name, then pick it from the list (↓, Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="358" />
        <source>Bước 2: nhập họ tên và số định danh của người nộp hồ sơ.</source>
        <translation>Step 2: enter the applicant's name and ID number.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/reception_page.py" line="361" />
        <source>Bước 3: đánh dấu từng thành phần đã nhận (Dấu cách), chọn hình thức và đính kèm các trang. Còn thiếu %n thành phần: nếu công dân không bổ sung ngay, chọn “Yêu cầu bổ sung – Mẫu 02”.</source>
        <translation><numerusform>Step 3: tick each component received (Space), choose how it was presented and attach its pages. %n component is missing: if the citizen cannot add it now, choose “Request supplement – Form 02”.</numerusform><numerusform>Step 3: tick each component received (Space), choose how it was presented and attach its pages. %n components are missing: if the citizen cannot add them now, choose “Request supplement – Form 02”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="367" />
        <source>Bước 4: hồ sơ đã đủ. Nhấn Ctrl+Enter để tiếp nhận và in giấy hẹn (Mẫu 01).</source>
        <translation>Step 4: the dossier is complete. Press Ctrl+Enter to receive it and print the receipt (Form 01).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="416" />
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="421" />
        <source>Hồ sơ còn thiếu thành phần bắt buộc, chưa thể cấp giấy hẹn. Hãy yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Required components are missing, no receipt yet. Request a supplement (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="428" />
        <source>Hồ sơ còn thiếu: %1.</source>
        <translation>The dossier lacks: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="432" />
        <source>Từ chối cần ghi lý do (căn cứ pháp lý) vào ô Lý do.</source>
        <translation>A refusal needs its reason (legal ground) in the Reason box.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="434" />
        <source>Yêu cầu bổ sung cần ghi rõ nội dung cần bổ sung vào ô Lý do.</source>
        <translation>A supplement request needs what to supplement in the Reason box.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="440" />
        <source>Đang quét hoặc xử lý trang: chờ xong (hoặc bấm Huỷ trong cửa sổ trang) rồi lưu.</source>
        <translation>Pages are being scanned or processed: wait until done (or press Cancel in the pages window), then save.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="446" />
        <source>Đang lưu hồ sơ và tạo biểu mẫu…</source>
        <translation>Saving the dossier and making the form…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="446" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="449" />
        <source>Đang lưu</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="482" />
        <source>Chưa lưu được hồ sơ</source>
        <translation>The dossier was not saved</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="48" />
        <source>Chỉ các lượt có dấu hiệu sai phạm</source>
        <translation>Flagged verifications only</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="51" />
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="52" />
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="55" />
        <source>&amp;Tạo báo cáo</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="58" />
        <source>&amp;Huỷ</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="19" />
        <source>Nhận kết quả giải quyết hồ sơ %1</source>
        <translation>Result of dossier %1 received</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="20" />
        <source>Quét hoặc nhập các trang của kết quả (quyết định, giấy chứng nhận…). Khi ghi, các trang được lưu vào hồ sơ và số hoá thành PDF/A tìm kiếm được.</source>
        <translation>Scan or import the result's pages (decision, certificate…). When recorded, they are stored with the dossier and digitised into a searchable PDF/A.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="22" />
        <source>&amp;Ghi nhận kết quả và số hoá</source>
        <translation>&amp;Record result and digitise</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="23" />
        <source>Kết quả giải quyết</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="24" />
        <source>&amp;Quét / nhập trang kết quả…</source>
        <translation>&amp;Scan / import the result's pages…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="27" />
        <location filename="../../ui/lifecycle/result_dialog.py" line="39" />
        <source>Chưa có trang nào.</source>
        <translation>No pages yet.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="29" />
        <source>Kết quả &amp;điện tử (bản có chữ ký số)</source>
        <translation>&amp;Electronic result (digitally signed)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="31" />
        <source>Trang kết quả:</source>
        <translation>Result pages:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lifecycle/result_dialog.py" line="39" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/result_dialog.py" line="45" />
        <source>Chưa có trang kết quả: quét hoặc nhập ít nhất một trang.</source>
        <translation>No result pages yet: scan or import at least one page.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="36" />
        <source>Trả kết quả hồ sơ %1</source>
        <translation>Return the result of dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="37" />
        <source>Đọc thẻ căn cước của người đến nhận để đối chiếu với người nộp hồ sơ, rồi ghi việc trả kết quả.</source>
        <translation>Read the collector's ID card to compare with the applicant, then record the return.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="39" />
        <source>&amp;Ghi trả kết quả</source>
        <translation>&amp;Record return</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="48" />
        <source>Chính người nộp hồ sơ</source>
        <translation>The applicant in person</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="49" />
        <source>Người được uỷ quyền</source>
        <translation>An authorised person</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="50" />
        <source>Đọc &amp;thẻ căn cước…</source>
        <translation>Read the ID car&amp;d…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="57" />
        <location filename="../../ui/lifecycle/return_dialog.py" line="140" />
        <source>Chưa đọc thẻ căn cước.</source>
        <translation>ID card not read yet.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="60" />
        <source>Đã kiểm tra giấy uỷ quyền</source>
        <translation>Letter of authorisation checked</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="68" />
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="69" />
        <source>Qua dịch vụ bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="70" />
        <source>Trực tuyến (bản điện tử)</source>
        <translation>Online (electronic copy)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="75" />
        <source>Số tiền (đồng), để trống nếu không thu</source>
        <translation>Amount (VND), empty if none</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="77" />
        <source>&amp;Người nhận:</source>
        <translation>&amp;Collected by:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="79" />
        <source>&amp;Họ tên:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="80" />
        <source>&amp;Số định danh:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="83" />
        <source>&amp;Lúc:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="84" />
        <source>Hình thức t&amp;rả:</source>
        <translation>Met&amp;hod:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="85" />
        <source>&amp;Phí, lệ phí:</source>
        <translation>F&amp;ees:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="142" />
        <source>Đã đọc thẻ; không có số định danh để đối chiếu.</source>
        <translation>Card read; no ID number on file to compare.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="144" />
        <source>✓ Số định danh trên thẻ khớp với hồ sơ.</source>
        <translation>✓ The ID number on the card matches the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="146" />
        <source>⚠ Số định danh trên thẻ KHÔNG khớp với hồ sơ.</source>
        <translation>⚠ The ID number on the card does NOT match the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="154" />
        <source>Cần ghi họ tên người nhận kết quả.</source>
        <translation>Enter the name of the person collecting the result.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="156" />
        <source>Số định danh của người nhận không khớp với người nộp hồ sơ: kiểm tra lại thẻ, hoặc chọn “Người được uỷ quyền”.</source>
        <translation>The collector's ID number does not match the applicant's: check the card again, or choose “An authorised person”.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="160" />
        <source>Trả tại quầy cần số định danh của người nhận (đọc thẻ căn cước).</source>
        <translation>A return at the desk needs the collector's ID number (read the ID card).</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="164" />
        <source>Người được uỷ quyền cần xuất trình thẻ căn cước (số định danh).</source>
        <translation>The authorised person must show an ID card (ID number).</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="167" />
        <source>Cần kiểm tra giấy uỷ quyền trước khi trả kết quả.</source>
        <translation>Check the letter of authorisation before returning the result.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/return_dialog.py" line="171" />
        <source>Phí, lệ phí ghi bằng số tiền (đồng).</source>
        <translation>Enter fees as an amount (VND).</translation>
    </message>
</context>
<context>
    <name>ReuseBox</name>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="51" />
        <source>Giấy tờ đã số hóa và đối chiếu của người nộp — dùng lại, không cần nộp giấy (Ctrl+R: dùng lại giấy tờ đầu tiên)</source>
        <translation>The applicant's documents already digitised and attested — reuse them, no paper needed (Ctrl+R: reuse the first one)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="101" />
        <source>không thời hạn</source>
        <translation>no time limit</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="102" />
        <source>%1. %2 — hồ sơ %3, đối chiếu ngày %4, %5 trang; còn giá trị đến %6</source>
        <translation>%1. %2 — dossier %3, attested on %4, %5 page(s); valid until %6</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="122" />
        <location filename="../../ui/reception/reuse_box.py" line="164" />
        <source>Dùng lại</source>
        <translation>Reuse</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="124" />
        <source>Dùng lại giấy tờ đã số hóa thay cho giấy (Ctrl+R)</source>
        <translation>Reuse the digitised document instead of paper (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="156" />
        <source>dùng lại %1</source>
        <translation>reused from %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reuse_box.py" line="164" />
        <source>Bỏ dùng lại</source>
        <translation>Undo reuse</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="39" />
        <source>Xem lại kết quả nhận dạng chữ</source>
        <translation>Review the recognised text</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/digitise_actions.py" line="43" />
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="68" />
        <source>Nhận dạng chữ</source>
        <translation>Recognise text</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="70" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="74" />
        <source>%v/%m trang</source>
        <translation>%v/%m pages</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="88" />
        <source>Lưu chỉnh sửa</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="94" />
        <source>Trang của hồ sơ</source>
        <translation>Pages of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="129" />
        <source>Trang %1 — %2 (%3 từ cần xem)</source>
        <translation>Page %1 — %2 (%3 words to check)</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="214" />
        <source>Trang %1 · độ tin cậy %2 · %3 từ cần xem · %4</source>
        <translation>Page %1 · confidence %2 · %3 words to check · %4</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="134" />
        <source>Trang %1 — chưa nhận dạng</source>
        <translation>Page %1 — not recognised yet</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="184" />
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="213" />
        <source>đã sửa</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="213" />
        <source>chưa sửa</source>
        <translation>not corrected</translation>
    </message>
    <message>
        <location filename="../../ui/digitise/review_widget.py" line="251" />
        <source>đã lưu</source>
        <translation>saved</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="52" />
        <source>Quét tài liệu</source>
        <translation>Scan documents</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="66" />
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="69" />
        <source>Màu (con dấu, ảnh, chữ viết tay)</source>
        <translation>Colour (seals, photos, handwriting)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="70" />
        <source>Xám</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="71" />
        <source>Đen trắng (văn bản in)</source>
        <translation>Black and white (printed text)</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="75" />
        <source>Mặt kính</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="75" />
        <source>Khay nạp giấy</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="76" />
        <source>Khay nạp, hai mặt</source>
        <translation>Feeder, both sides</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="86" />
        <source>đến khi hết giấy</source>
        <translation>until the feeder is empty</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="89" />
        <source>Máy quét</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="90" />
        <source>Độ phân giải</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="91" />
        <source>Chế độ màu</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="92" />
        <source>Nguồn giấy</source>
        <translation>Paper source</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="93" />
        <source>Khổ giấy</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="94" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="98" />
        <source>Đang tìm máy quét…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="100" />
        <source>Quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="103" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="105" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="131" />
        <source>Sẵn sàng.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="131" />
        <source>Không tìm thấy máy quét nào.</source>
        <translation>No scanner found.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="178" />
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="192" />
        <source>Đang dừng sau trang đang quét…</source>
        <translation>Stopping after the page being scanned…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="197" />
        <source>Đã quét %n trang…</source>
        <translation><numerusform>%n page scanned…</numerusform><numerusform>%n pages scanned…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="214" />
        <source>Đã giữ %n trang quét được.</source>
        <translation><numerusform>The %n page scanned was kept.</numerusform><numerusform>The %n pages scanned were kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="224" />
        <source>Xong: %n trang.</source>
        <translation><numerusform>Done: %n page.</numerusform><numerusform>Done: %n pages.</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="31" />
        <source>tên quầy (in trên phiếu)</source>
        <translation>counter name (printed on forms)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="32" />
        <source>mã cơ quan tiếp nhận (mã định danh điện tử)</source>
        <translation>receiving agency's code (electronic identifier)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="33" />
        <source>số thứ tự quầy 0-9 (chữ số hàng nghìn của số hồ sơ)</source>
        <translation>counter slot 0-9 (thousands digit of dossier numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="35" />
        <source>mã 2 chữ số của cơ quan vận hành (dịch vụ tập trung)</source>
        <translation>2-digit code of the operating agency (centralised services)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="37" />
        <source>số ngày được đăng nhập ngoại tuyến sau lần trực tuyến</source>
        <translation>days an offline login stays valid after an online one</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="39" />
        <source>định dạng ảnh gốc: lossless, lossless:png hoặc jpeg:50-100</source>
        <translation>master image format: lossless, lossless:png or jpeg:50-100</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="41" />
        <source>số giờ chờ trước khi dọn tệp mồ côi/tạm (bảo trì)</source>
        <translation>hours before orphaned/temp files are cleaned up (maintenance)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="61" />
        <source>để trống nếu quầy làm việc độc lập</source>
        <translation>leave empty for a stand-alone counter</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="64" />
        <source>Mã &amp;cơ quan tiếp nhận:</source>
        <translation>Receiving &amp;agency code:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="65" />
        <source>&amp;Số thứ tự quầy (0-9):</source>
        <translation>Counter &amp;slot (0-9):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="66" />
        <source>&amp;Tên quầy:</source>
        <translation>Counter &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="67" />
        <source>Máy chủ trung tâm (quản trị):</source>
        <translation>Central server (administrator URL):</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="71" />
        <source>Đặt &amp;danh tính quầy</source>
        <translation>Set counter &amp;identity</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="78" />
        <source>Danh tính quầy</source>
        <translation>Counter identity</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="82" />
        <source>Số thứ tự quầy là chữ số hàng nghìn của số hồ sơ trong ngày: hai quầy của một cơ quan không được trùng. Khi có máy chủ trung tâm, quầy được đăng ký ở đó và số đã có quầy khác dùng bị từ chối.</source>
        <translation>The slot is the thousands digit of the day's dossier numbers: two counters of one agency must differ. With a central server, the counter is registered there and a slot another counter holds is refused.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="90" />
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="90" />
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="91" />
        <source>Ý nghĩa</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="98" />
        <source>&amp;Lưu các giá trị đã sửa</source>
        <translation>&amp;Save edited values</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="101" />
        <source>Thiết lập (sửa ô Giá trị bằng F2)</source>
        <translation>Settings (edit a Value cell with F2)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="132" />
        <source>chỉ đọc</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="145" />
        <source>Đã đặt danh tính quầy: %1, số %2.</source>
        <translation>Counter identity set: %1, slot %2.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="163" />
        <source>Chưa sửa giá trị nào.</source>
        <translation>No value was edited.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_tab.py" line="175" />
        <source>Đã lưu %1 thiết lập.</source>
        <translation>%1 settings saved.</translation>
    </message>
</context>
<context>
    <name>StepsBox</name>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="45" />
        <source>Quá trình giải quyết (Mẫu 06)</source>
        <translation>Processing steps (Form 06)</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="50" />
        <source>Lúc</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="50" />
        <source>Bên giao</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="50" />
        <source>Bên nhận</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="50" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="51" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/steps.py" line="64" />
        <source>Xem / in phiếu kiểm soát – Mẫu 06 (F11)</source>
        <translation>View / print the control sheet – Form 06 (F11)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lifecycle/steps.py" line="95" />
        <source>%n bước đã ghi</source>
        <translation><numerusform>%n step recorded</numerusform><numerusform>%n steps recorded</numerusform></translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../ui/supervision/labels.py" line="21" />
        <source>Yêu cầu bản sao chứng thực dù đã xuất trình bản chính</source>
        <translation>Certified copy demanded although the original was shown</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="22" />
        <source>Yêu cầu bản chính đối với bản sao chứng thực/sổ gốc</source>
        <translation>Original demanded for a certified or register copy</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="23" />
        <source>Yêu cầu bản sao giấy tờ chỉ phải xuất trình</source>
        <translation>Copy demanded of a document only to be shown</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="24" />
        <source>Yêu cầu giấy tờ cho dữ liệu đã có điện tử</source>
        <translation>Paper demanded for data already held electronically</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="25" />
        <source>Giấy tờ ngoài danh mục công bố</source>
        <translation>Document not on the published list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="26" />
        <source>Bỏ qua kết quả so sánh không khớp</source>
        <translation>Mismatch result overridden</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="27" />
        <source>Đối chiếu không có ảnh trang</source>
        <translation>Comparison without page images</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="35" />
        <source>Đòi bản sao chứng thực</source>
        <translation>Certified copy demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="36" />
        <source>Đòi bản chính</source>
        <translation>Original demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="37" />
        <source>Đòi bản sao giấy xuất trình</source>
        <translation>Copy of shown document demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="38" />
        <source>Đòi giấy thay dữ liệu</source>
        <translation>Paper instead of data</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="39" />
        <source>Ngoài danh mục</source>
        <translation>Not on the list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="40" />
        <location filename="../../ui/supervision/labels.py" line="58" />
        <source>Bỏ qua không khớp</source>
        <translation>Mismatch overridden</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="41" />
        <source>Không có ảnh trang</source>
        <translation>No page images</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="48" />
        <source>Khớp</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="48" />
        <source>Không khớp</source>
        <translation>Does not match</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="49" />
        <source>Không đối chiếu</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="56" />
        <source>Đòi bản sao chứng thực/bản chính</source>
        <translation>Certified copy/original demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="57" />
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="59" />
        <source>Lượt có dấu hiệu</source>
        <translation>Flagged comparisons</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="66" />
        <source>Nguyên vẹn</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="67" />
        <source>Bị sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="68" />
        <source>Thiếu lượt</source>
        <translation>Entries missing</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="69" />
        <source>Sai thứ tự</source>
        <translation>Out of order</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="70" />
        <source>Bị cắt cụt</source>
        <translation>Truncated</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="71" />
        <source>Bị chèn thêm</source>
        <translation>Entries inserted</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="72" />
        <source>Trùng số thứ tự</source>
        <translation>Duplicate sequence number</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/labels.py" line="73" />
        <source>Đã huỷ kiểm tra</source>
        <translation>Check cancelled</translation>
    </message>
</context>
<context>
    <name>SupervisionActions</name>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="91" />
        <source>Giám sát đối chiếu</source>
        <translation>Verification oversight</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="92" />
        <source>Giám sát đối chiếu (Ctrl+G)</source>
        <translation>Verification oversight (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="96" />
        <source>Nhật ký đối chiếu giấy tờ, dấu hiệu sai phạm, tỷ lệ theo cán bộ, kiểm tra chuỗi nhật ký</source>
        <translation>Document verification log, flags, rates per officer, log chain check</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="98" />
        <source>&amp;Giám sát</source>
        <translation>&amp;Oversight</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="104" />
        <source>&amp;Báo cáo</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="107" />
        <source>Nhật ký đối chiếu giấy tờ (PDF)…</source>
        <translation>Document verification log (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="108" />
        <source>Sổ theo dõi hồ sơ – Mẫu 07…</source>
        <translation>Dossier ledger – Form 07…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="109" />
        <source>Chỉ số đánh giá: số hoá, trực tuyến, đúng hạn…</source>
        <translation>Indicators: digitisation, online, on time…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="158" />
        <source>Giám sát đối chiếu giấy tờ – %1</source>
        <translation>Document verification oversight – %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="173" />
        <source>Nhật ký đối chiếu giấy tờ</source>
        <translation>Document verification log</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="174" />
        <source>Sổ theo dõi hồ sơ – Mẫu 07</source>
        <translation>Dossier ledger – Form 07</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="175" />
        <source>Chỉ số đánh giá</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="72" />
        <source>Giám sát tiếp nhận — nhật ký đối chiếu giấy tờ</source>
        <translation>Reception oversight — document verification log</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="83" />
        <source>Nhật ký đối chiếu</source>
        <translation>Verification log</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="84" />
        <source>Theo cán bộ</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="85" />
        <source>Chuỗi nhật ký các máy</source>
        <translation>Workstation log chains</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="105" />
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="107" />
        <source>Tất cả thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="109" />
        <source>Mọi lượt</source>
        <translation>All verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="110" />
        <source>Có dấu hiệu (bất kỳ)</source>
        <translation>Flagged (any)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="115" />
        <source>Tất cả quầy</source>
        <translation>All counters</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="118" />
        <source>Mọi kết quả</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="121" />
        <location filename="../../ui/supervision/supervisor_window.py" line="183" />
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="122" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="122" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="140" />
        <source>(không giới hạn)</source>
        <translation>(no limit)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="181" />
        <source>Ngày bắt đầu sau ngày kết thúc</source>
        <translation>The start date is after the end date</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="227" />
        <source>Không đọc được nhật ký</source>
        <translation>Could not read the log</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="240" />
        <source>{n} lượt</source>
        <translation>{n} verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="249" />
        <source>Không đọc được nhật ký ({code})</source>
        <translation>The log could not be read ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="291" />
        <location filename="../../ui/supervision/supervisor_window.py" line="325" />
        <source>Tỷ lệ của từng cán bộ so với trung vị của đơn vị; ô tô đỏ: cao gấp đôi trung vị trở lên.</source>
        <translation>Each officer's rates against the unit's median; red cells: twice the median or more.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="295" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="295" />
        <source>Lượt đối chiếu</source>
        <translation>Verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="295" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="296" />
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="313" />
        <source>Đang tính tỷ lệ theo cán bộ…</source>
        <translation>Computing rates per officer…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="319" />
        <source>Không tính được tỷ lệ</source>
        <translation>The rates could not be computed</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="328" />
        <source>Trung vị của đơn vị</source>
        <translation>Unit median</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="344" />
        <source>Cao bất thường so với trung vị của đơn vị</source>
        <translation>Unusually high against the unit's median</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="352" />
        <source>Kiểm tra chuỗi băm</source>
        <translation>Check the hash chains</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="354" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="364" />
        <source>Máy trạm</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="364" />
        <source>Số lượt</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="364" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="364" />
        <source>Lượt hỏng đầu tiên</source>
        <translation>First broken entry</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="20" />
        <source>Hoàn thành bổ sung hồ sơ %1</source>
        <translation>Complete the supplement of dossier %1</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="21" />
        <source>Chọn từng thành phần đã yêu cầu bổ sung (↑↓), nhấn Enter để quét hoặc nhập các trang mới. Khi ghi, hồ sơ đủ và thời hạn giải quyết tính lại từ lúc này.</source>
        <translation>Choose each requested component (↑↓) and press Enter to scan or import its new pages. Once recorded, the dossier is complete and its time limit counts from now.</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="23" />
        <source>&amp;Ghi hoàn thành bổ sung</source>
        <translation>&amp;Record supplement completed</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="31" />
        <source>&amp;Quét / nhập trang cho thành phần đã chọn…</source>
        <translation>&amp;Scan / import pages for the chosen component…</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="34" />
        <source>Đã yêu cầu:</source>
        <translation>Requested:</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="35" />
        <source>&amp;Thành phần:</source>
        <translation>&amp;Components:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="50" />
        <source>%n trang</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="50" />
        <source>chưa có trang</source>
        <translation>no pages yet</translation>
    </message>
    <message>
        <location filename="../../ui/lifecycle/supplement_dialog.py" line="60" />
        <source>Chưa có trang bổ sung nào: quét hoặc nhập trang cho thành phần đã yêu cầu.</source>
        <translation>No supplement pages yet: scan or import pages for a requested component.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="131" />
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="172" />
        <source>Máy này chưa cấu hình máy chủ trung tâm (DESK_APP_CENTRAL_URL): hồ sơ chỉ lưu trên máy, không có gì để đồng bộ.</source>
        <translation>No central server is configured on this workstation (DESK_APP_CENTRAL_URL): dossiers stay on this computer, there is nothing to synchronise.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="218" />
        <source>● Đang kiểm tra…</source>
        <translation>● Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="226" />
        <source>Không đồng bộ (máy độc lập)</source>
        <translation>Not synchronised (stand-alone workstation)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="238" />
        <source>● Trực tuyến</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="240" />
        <source>● Ngoại tuyến</source>
        <translation>● Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="244" />
        <source>Chờ gửi: %n mục</source>
        <translation><numerusform>Waiting: %n item</numerusform><numerusform>Waiting: %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="246" />
        <source>Đồng bộ lần cuối: chưa có</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_widget.py" line="250" />
        <source>Đồng bộ lần cuối: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_widget.py" line="253" />
        <source>⚠ Cần xử lý: %n</source>
        <translation><numerusform>⚠ Needs attention: %n</numerusform><numerusform>⚠ Needs attention: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>VerificationLogModel</name>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="71" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="71" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="71" />
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="72" />
        <source>Dấu hiệu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="72" />
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="72" />
        <source>Hình thức xuất trình</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="73" />
        <source>Yêu cầu thêm</source>
        <translation>Extra demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="71" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="73" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message numerus="yes">
        <location filename="../../ui/list_paging.py" line="22" />
        <source>%n hồ sơ</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
</context>
</TS>