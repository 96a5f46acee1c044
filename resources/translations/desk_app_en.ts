<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
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
    <name>CompareView</name>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="134" />
        <source>Bản chính (đã căn theo bản chụp)</source>
        <translation>Original (aligned to the copy)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="135" />
        <location filename="../../ui/verify/compare_view.py" line="327" />
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
        <location filename="../../ui/verify/compare_view.py" line="348" />
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
        <location filename="../../ui/verify/compare_view.py" line="296" />
        <source>thêm vào bản chụp</source>
        <translation>added on the copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="296" />
        <source>mất trên bản chụp</source>
        <translation>missing on the copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="297" />
        <source>khác</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="298" />
        <source>Vùng %1: %2 (%3)</source>
        <translation>Region %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="328" />
        <source>Bản chụp phủ bản chính</source>
        <translation>Copy over the original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="329" />
        <source>Nhấp nháy: bản chính ⇄ bản chụp</source>
        <translation>Blink: original ⇄ copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="330" />
        <source>Trái: bản chính · phải: bản chụp</source>
        <translation>Left: original · right: copy</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="349" />
        <source>Vị trí trượt</source>
        <translation>Slider position</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="371" />
        <source>Nhấp nháy — đang hiện: bản chính</source>
        <translation>Blink — showing: original</translation>
    </message>
    <message>
        <location filename="../../ui/verify/compare_view.py" line="372" />
        <source>Nhấp nháy — đang hiện: bản chụp</source>
        <translation>Blink — showing: copy</translation>
    </message>
</context>
<context>
    <name>ComponentChecklist</name>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="103" />
        <source>Chọn thủ tục để hiện danh sách thành phần hồ sơ.</source>
        <translation>Choose a procedure to list its dossier components.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="131" />
        <source>Thành phần (Dấu cách: đánh dấu đã nộp)</source>
        <translation>Component (Space: mark as presented)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="132" />
        <source>Hình thức</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="133" />
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="134" />
        <source>Đối chiếu</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="135" />
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="135" />
        <source>Trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="148" />
        <source>chỉ xuất trình, không thu bản sao</source>
        <translation>shown only, no copy collected</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="150" />
        <source>nếu có</source>
        <translation>if any</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="152" />
        <source>có sẵn trên CSDL/VNeID: không yêu cầu nộp giấy</source>
        <translation>available in the national database/VNeID: no paper required</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="159" />
        <source>Dấu cách: đánh dấu đã nộp; ↑ ↓: thành phần trước / sau</source>
        <translation>Space: mark as presented; ↑ ↓: previous / next component</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="176" />
        <source>đã xem bản chính</source>
        <translation>original seen</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="178" />
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="180" />
        <source>Đính kèm ảnh hoặc PDF các trang của thành phần này</source>
        <translation>Attach images or a PDF of this component's pages</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="187" />
        <source>Các trang của thành phần này: quét, nhập ảnh/PDF hoặc kéo thả; xoay, sắp xếp, xoá</source>
        <translation>This component's pages: scan, import images/PDF or drop files; rotate, reorder, delete</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="188" />
        <source>Quét…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="191" />
        <source>Quét thành phần này (màu: có dấu, ảnh, chữ viết tay)</source>
        <translation>Scan this component (colour: seals, photos, handwriting)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="192" />
        <source>Quét thành phần này (xám, 300 dpi)</source>
        <translation>Scan this component (grey, 300 dpi)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/component_checklist.py" line="252" />
        <source>Chọn các trang của: %1</source>
        <translation>Choose the pages of: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/component_checklist.py" line="270" />
        <source>%n tệp</source>
        <translation><numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/component_checklist.py" line="305" />
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
        <location filename="../../ui/dossier/details_page.py" line="87" />
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="88" />
        <source>Người nộp:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="89" />
        <source>Số định danh, ngày sinh:</source>
        <translation>ID number, date of birth:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="90" />
        <source>Người nộp thay:</source>
        <translation>Submitted by:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="91" />
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="92" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="93" />
        <source>Tiếp nhận lúc:</source>
        <translation>Received at:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="94" />
        <source>Hẹn trả kết quả:</source>
        <translation>Result due:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="95" />
        <source>Số trang đã số hoá:</source>
        <translation>Digitised pages:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="103" />
        <source>Thông tin hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="109" />
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="109" />
        <source>Hình thức</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="109" />
        <source>Số bản</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="109" />
        <source>Yêu cầu</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="110" />
        <source>Đối chiếu</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="126" />
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="129" />
        <source>Đố&amp;i chiếu bản chụp với bản chính…</source>
        <translation>Compare the copy w&amp;ith the original…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="132" />
        <source>Chọn thành phần có bản chụp, rồi chọn ảnh quét bản chính công dân xuất trình</source>
        <translation>Select a component with copy pages, then the scan of the original the citizen shows</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="142" />
        <source>&amp;Xem / in biểu mẫu (Enter)</source>
        <translation>&amp;View / print form (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="144" />
        <source>Biểu mẫu đã tạo</source>
        <translation>Forms issued</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="159" />
        <source>&amp;Thêm trang từ tệp…</source>
        <translation>&amp;Add pages from files…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="162" />
        <source>Các trang đã số hoá</source>
        <translation>Digitised pages</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="165" />
        <source>Q&amp;uét / sắp xếp trang…</source>
        <translation>Sc&amp;an / arrange pages…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="168" />
        <source>Mở các trang của thành phần đang chọn: quét thêm, nhập ảnh/PDF, xoay, sắp xếp, xoá</source>
        <translation>Open the selected component's pages: scan more, import images/PDF, rotate, reorder, delete</translation>
    </message>
    <message>
        <location filename="../../ui/dossier/details_page.py" line="188" />
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
        <location filename="../../ui/models/dossier_table_model.py" line="36" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="37" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="38" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="39" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="40" />
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="41" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/dossier_table_model.py" line="42" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>EntryDetailPane</name>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="96" />
        <location filename="../../ui/supervision/detail_pane.py" line="143" />
        <source>Chọn một lượt đối chiếu để xem chi tiết</source>
        <translation>Choose a verification to see its details</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="103" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="103" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="104" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="104" />
        <source>Xuất trình</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="105" />
        <source>Yêu cầu thêm</source>
        <translation>Extra demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="105" />
        <source>Danh mục công bố</source>
        <translation>Published list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="106" />
        <source>Kết luận của cán bộ</source>
        <translation>Officer's conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="106" />
        <source>Kết quả so sánh tự động</source>
        <translation>Automatic comparison</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="107" />
        <source>Lý do bỏ qua</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="107" />
        <source>Dấu hiệu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="108" />
        <source>Vị trí trong chuỗi</source>
        <translation>Position in the chain</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="116" />
        <source>Ảnh trang đã đối chiếu</source>
        <translation>Page images compared</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="122" />
        <source>Ghi chú của lãnh đạo</source>
        <translation>Supervisor's notes</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="127" />
        <source>Thêm ghi chú…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="152" />
        <source> (có xuất trình bản chính)</source>
        <translation> (original shown)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="155" />
        <location filename="../../ui/supervision/detail_pane.py" line="166" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="156" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="156" />
        <source>Không — ngoài danh mục</source>
        <translation>No — not on the list</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="164" />
        <source>Không chạy</source>
        <translation>Not run</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="170" />
        <source>Đang tải {n} ảnh…</source>
        <translation>Loading {n} images…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="175" />
        <source>Không có ảnh trang</source>
        <translation>No page images</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="197" />
        <source>(ảnh chưa có trong kho máy này)</source>
        <translation>(image not in this machine's store yet)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="204" />
        <source>Trang {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="240" />
        <source>Ghi chú không được để trống</source>
        <translation>The note must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/detail_pane.py" line="241" />
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
        <source>Tệp có quá nhiều trang.</source>
        <translation>The file has too many pages.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="44" />
        <source>Tệp PDF được mã hoá, không thể đọc.</source>
        <translation>The PDF is encrypted and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="45" />
        <source>Tệp PDF bị hỏng.</source>
        <translation>The PDF is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="46" />
        <source>Không có hồ sơ với mã này.</source>
        <translation>There is no dossier with this code.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="47" />
        <source>Không có thủ tục với mã này. Hãy chọn thủ tục trong danh sách gợi ý.</source>
        <translation>There is no procedure with this code. Choose one from the suggestions.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="50" />
        <source>Số định danh cá nhân không hợp lệ.</source>
        <translation>Invalid personal identification number.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="51" />
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="52" />
        <source>Cần ghi lý do khi yêu cầu bổ sung hoặc từ chối hồ sơ.</source>
        <translation>A reason is required to request a supplement or to refuse a dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="55" />
        <source>Hồ sơ còn thiếu thành phần bắt buộc: không thể cấp giấy tiếp nhận. Hãy yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Required components are missing: no receipt can be issued. Request a supplement (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="60" />
        <source>Hình thức nộp đã chọn không được chấp nhận cho thành phần này.</source>
        <translation>The chosen presentation is not accepted for this component.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="63" />
        <source>Hồ sơ này chưa có biểu mẫu đó.</source>
        <translation>This dossier has no such form yet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="64" />
        <source>Kết quả tiếp nhận không hợp lệ.</source>
        <translation>Invalid reception decision.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="65" />
        <source>Ổ đĩa đã đầy; chưa có gì bị thay đổi.</source>
        <translation>The disk is full; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="66" />
        <source>Kho dữ liệu đang bị khoá bởi tiến trình khác; chưa có gì bị thay đổi.</source>
        <translation>The local store is locked by another process; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="69" />
        <source>Đã huỷ; chưa có gì được lưu.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="70" />
        <source>Mật khẩu quá ngắn: cần ít nhất 8 ký tự.</source>
        <translation>The password is too short: at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="73" />
        <source>Tên đăng nhập này đã có người dùng.</source>
        <translation>This username is already taken.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="74" />
        <source>Không kết nối được máy chủ trung tâm; quầy vẫn làm việc ngoại tuyến.</source>
        <translation>The central server cannot be reached; the counter keeps working offline.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="77" />
        <source>Đã quá hạn đăng nhập ngoại tuyến: hãy đăng nhập khi có kết nối máy chủ trung tâm.</source>
        <translation>The offline login has expired: log in while the central server can be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80" />
        <source>Máy này chưa có thông tin đăng nhập của tài khoản: lần đầu cần đăng nhập khi có kết nối.</source>
        <translation>This computer has no login data for the account yet: the first login needs a connection.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="83" />
        <source>Tài khoản đã bị thu hồi hoặc ngừng hoạt động.</source>
        <translation>The account has been revoked or deactivated.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="87" />
        <source>Đã xảy ra lỗi không mong đợi. Chi tiết đã được ghi vào nhật ký của máy.</source>
        <translation>An unexpected error occurred. The details were written to this computer's log.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="90" />
        <source>Chi tiết: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="120" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="124" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="36" />
        <source>Lần chạy đầu tiên – tạo tài khoản quản trị</source>
        <translation>First start – create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="41" />
        <source>Máy này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên đầu tiên; quản trị viên sẽ tạo tài khoản cho cán bộ tiếp nhận sau.</source>
        <translation>This computer has no account yet. Create the first administrator; the administrator will create the reception officers' accounts afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="59" />
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="60" />
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="61" />
        <source>&amp;Mật khẩu (ít nhất 8 ký tự):</source>
        <translation>&amp;Password (at least 8 characters):</translation>
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
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="96" />
        <source>Mật khẩu cần ít nhất 8 ký tự.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="98" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
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
        <location filename="../../ui/labels.py" line="56" />
        <source>Chưa nộp</source>
        <translation>Not presented</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="47" />
        <source>Phiên làm việc đã khoá</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="47" />
        <source>Đăng nhập – Một cửa</source>
        <translation>Sign in – One-stop desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="54" />
        <source>Phiên làm việc đã khoá do không thao tác. Nhập lại mật khẩu để tiếp tục.</source>
        <translation>The session locked itself after idle time. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="52" />
        <source>Phần mềm tiếp nhận hồ sơ Bộ phận Một cửa</source>
        <translation>Dossier reception for the one-stop desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="56" />
        <source>Phiên làm việc đã được khoá (Ctrl+L). Nhập lại mật khẩu để tiếp tục.</source>
        <translation>The session was locked (Ctrl+L). Enter your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="75" />
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="77" />
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="89" />
        <source>Đăng &amp;nhập</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="92" />
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="111" />
        <source>Đang mở kho dữ liệu…</source>
        <translation>Opening the local store…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="133" />
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="138" />
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>Tìm theo mã hồ sơ, tên người nộp hoặc thủ tục — gõ có dấu hay không dấu đều được</source>
        <translation>Search by dossier code, applicant or procedure — with or without diacritics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Tìm (Ctrl+F):</source>
        <translation>&amp;Search (Ctrl+F):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Mọi &amp;ngày</source>
        <translation>&amp;All days</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108" />
        <source>Tìm cả hồ sơ của những ngày trước</source>
        <translation>Search the dossiers of earlier days too</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>Phiên làm việc đã khoá.</source>
        <translation>The session is locked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>Tiếp nhận mới</source>
        <translation>New reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217" />
        <source>Tiếp nhận mới (F2)</source>
        <translation>New reception (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Xem chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>Xem chi tiết (Enter)</source>
        <translation>Details (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Tìm (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>Khoá</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Khoá (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>Ngôn ngữ / Languag&amp;e</source>
        <translation>Languag&amp;e / Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262" />
        <source>Cán bộ: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270" />
        <source>quầy này</source>
        <translation>this counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272" />
        <source>Hồ sơ tiếp nhận tại %1 – mọi ngày</source>
        <translation>Dossiers received at %1 – all days</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274" />
        <source>Hồ sơ tiếp nhận hôm nay tại %1 – %2</source>
        <translation>Dossiers received today at %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="301" />
        <source>%n hồ sơ</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>Không có hồ sơ nào khớp. Thử bỏ bớt chữ, hoặc đánh dấu “Mọi ngày”.</source>
        <translation>No dossier matches. Try fewer words, or tick “All days”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313" />
        <source>Quầy này chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới.</source>
        <translation>No dossier received at this counter yet. Press F2 for a new reception.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317" />
        <source>Hôm nay chưa tiếp nhận hồ sơ nào. Nhấn F2 để tiếp nhận hồ sơ mới.</source>
        <translation>No dossier received today yet. Press F2 for a new reception.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>Huỷ tiếp nhận</source>
        <translation>Cancel reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>Bỏ hồ sơ đang nhập? Những gì đã nhập sẽ không được lưu.</source>
        <translation>Discard this dossier? What was entered will not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382" />
        <source>&amp;Bỏ hồ sơ này</source>
        <translation>&amp;Discard this dossier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383" />
        <source>&amp;Tiếp tục nhập</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405" />
        <source>Đã tiếp nhận hồ sơ %1.</source>
        <translation>Dossier %1 received.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406" />
        <source>Đã lưu hồ sơ %1: yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Dossier %1 saved: supplement requested (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407" />
        <source>Đã lưu hồ sơ %1: từ chối tiếp nhận (Mẫu 03).</source>
        <translation>Dossier %1 saved: refused (Form 03).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408" />
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
        <location filename="../../ui/widgets/pdf_preview.py" line="220" />
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
    <name>ReceptionPage</name>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="77" />
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>New reception</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="92" />
        <source>1. Thủ tục hành chính  (Alt+1)</source>
        <translation>1. Administrative procedure  (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="96" />
        <source>Gõ mã hoặc tên thủ tục, không cần dấu (ví dụ: khai sinh)</source>
        <translation>Type the procedure's code or name, diacritics optional (e.g. khai sinh)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="111" />
        <source>2. Người nộp hồ sơ  (Alt+2)</source>
        <translation>2. Applicant  (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="113" />
        <source>Có người khác nộp thay (được uỷ quyền)</source>
        <translation>Someone else submits on the applicant's behalf</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="123" />
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
        <location filename="../../ui/reception/reception_page.py" line="249" />
        <source>%n ngày làm việc</source>
        <translation><numerusform>%n working day</numerusform><numerusform>%n working days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="251" />
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="254" />
        <source>Lĩnh vực: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="255" />
        <source>Thời hạn giải quyết: %1</source>
        <translation>Processing time: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="256" />
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="256" />
        <source>không</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="333" />
        <source>Còn thiếu:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="336" />
        <source>✓ Đủ các thành phần bắt buộc.</source>
        <translation>✓ All required components are present.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="348" />
        <source>Bước 1: gõ vài chữ của tên thủ tục rồi chọn trong danh sách (↓, Enter).</source>
        <translation>Step 1: type a few letters of the procedure's name, then pick it from the list (↓, Enter).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="350" />
        <source>Bước 2: nhập họ tên và số định danh của người nộp hồ sơ.</source>
        <translation>Step 2: enter the applicant's name and ID number.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reception/reception_page.py" line="353" />
        <source>Bước 3: đánh dấu từng thành phần đã nhận (Dấu cách), chọn hình thức và đính kèm các trang. Còn thiếu %n thành phần: nếu công dân không bổ sung ngay, chọn “Yêu cầu bổ sung – Mẫu 02”.</source>
        <translation><numerusform>Step 3: tick each component received (Space), choose how it was presented and attach its pages. %n component is missing: if the citizen cannot add it now, choose “Request supplement – Form 02”.</numerusform><numerusform>Step 3: tick each component received (Space), choose how it was presented and attach its pages. %n components are missing: if the citizen cannot add them now, choose “Request supplement – Form 02”.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="359" />
        <source>Bước 4: hồ sơ đã đủ. Nhấn Ctrl+Enter để tiếp nhận và in giấy hẹn (Mẫu 01).</source>
        <translation>Step 4: the dossier is complete. Press Ctrl+Enter to receive it and print the receipt (Form 01).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="408" />
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="413" />
        <source>Hồ sơ còn thiếu thành phần bắt buộc, chưa thể cấp giấy hẹn. Hãy yêu cầu bổ sung (Mẫu 02).</source>
        <translation>Required components are missing, no receipt yet. Request a supplement (Form 02).</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="420" />
        <source>Hồ sơ còn thiếu: %1.</source>
        <translation>The dossier lacks: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="424" />
        <source>Từ chối cần ghi lý do (căn cứ pháp lý) vào ô Lý do.</source>
        <translation>A refusal needs its reason (legal ground) in the Reason box.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="426" />
        <source>Yêu cầu bổ sung cần ghi rõ nội dung cần bổ sung vào ô Lý do.</source>
        <translation>A supplement request needs what to supplement in the Reason box.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="432" />
        <source>Đang quét hoặc xử lý trang: chờ xong (hoặc bấm Huỷ trong cửa sổ trang) rồi lưu.</source>
        <translation>Pages are being scanned or processed: wait until done (or press Cancel in the pages window), then save.</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="438" />
        <source>Đang lưu hồ sơ và tạo biểu mẫu…</source>
        <translation>Saving the dossier and making the form…</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="438" />
        <source>Huỷ</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="441" />
        <source>Đang lưu</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../ui/reception/reception_page.py" line="474" />
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
        <location filename="../../ui/capture/scan_dialog.py" line="130" />
        <source>Sẵn sàng.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="130" />
        <source>Không tìm thấy máy quét nào.</source>
        <translation>No scanner found.</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="172" />
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../ui/capture/scan_dialog.py" line="180" />
        <source>Đang dừng sau trang đang quét…</source>
        <translation>Stopping after the page being scanned…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="185" />
        <source>Đã quét %n trang…</source>
        <translation><numerusform>%n page scanned…</numerusform><numerusform>%n pages scanned…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="202" />
        <source>Đã giữ %n trang quét được.</source>
        <translation><numerusform>The %n page scanned was kept.</numerusform><numerusform>The %n pages scanned were kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/capture/scan_dialog.py" line="212" />
        <source>Xong: %n trang.</source>
        <translation><numerusform>Done: %n page.</numerusform><numerusform>Done: %n pages.</numerusform></translation>
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
        <location filename="../../ui/reports/supervision_actions.py" line="154" />
        <source>Giám sát đối chiếu giấy tờ – %1</source>
        <translation>Document verification oversight – %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="169" />
        <source>Nhật ký đối chiếu giấy tờ</source>
        <translation>Document verification log</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="170" />
        <source>Sổ theo dõi hồ sơ – Mẫu 07</source>
        <translation>Dossier ledger – Form 07</translation>
    </message>
    <message>
        <location filename="../../ui/reports/supervision_actions.py" line="171" />
        <source>Chỉ số đánh giá</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="71" />
        <source>Giám sát tiếp nhận — nhật ký đối chiếu giấy tờ</source>
        <translation>Reception oversight — document verification log</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="79" />
        <source>Nhật ký đối chiếu</source>
        <translation>Verification log</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="80" />
        <source>Theo cán bộ</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="81" />
        <source>Chuỗi nhật ký các máy</source>
        <translation>Workstation log chains</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="100" />
        <source>Tất cả cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="102" />
        <source>Tất cả thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="104" />
        <source>Mọi lượt</source>
        <translation>All verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="105" />
        <source>Có dấu hiệu (bất kỳ)</source>
        <translation>Flagged (any)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="110" />
        <source>Mọi kết quả</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="113" />
        <location filename="../../ui/supervision/supervisor_window.py" line="172" />
        <source>Đang đếm…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="114" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="114" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="131" />
        <source>(không giới hạn)</source>
        <translation>(no limit)</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="170" />
        <source>Ngày bắt đầu sau ngày kết thúc</source>
        <translation>The start date is after the end date</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="191" />
        <source>{n} lượt</source>
        <translation>{n} verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="198" />
        <source>Không đọc được nhật ký ({code})</source>
        <translation>The log could not be read ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="240" />
        <location filename="../../ui/supervision/supervisor_window.py" line="269" />
        <source>Tỷ lệ của từng cán bộ so với trung vị của đơn vị; ô tô đỏ: cao gấp đôi trung vị trở lên.</source>
        <translation>Each officer's rates against the unit's median; red cells: twice the median or more.</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="244" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="244" />
        <source>Lượt đối chiếu</source>
        <translation>Verifications</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="244" />
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="262" />
        <source>Đang tính tỷ lệ theo cán bộ…</source>
        <translation>Computing rates per officer…</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="265" />
        <source>Không tính được tỷ lệ</source>
        <translation>The rates could not be computed</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="272" />
        <source>Trung vị của đơn vị</source>
        <translation>Unit median</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="287" />
        <source>Cao bất thường so với trung vị của đơn vị</source>
        <translation>Unusually high against the unit's median</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="295" />
        <source>Kiểm tra chuỗi băm</source>
        <translation>Check the hash chains</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="297" />
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="307" />
        <source>Máy trạm</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="307" />
        <source>Số lượt</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="307" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/supervisor_window.py" line="307" />
        <source>Lượt hỏng đầu tiên</source>
        <translation>First broken entry</translation>
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
        <location filename="../../ui/supervision/log_model.py" line="68" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="68" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="68" />
        <source>Dấu hiệu</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="69" />
        <source>Thành phần hồ sơ</source>
        <translation>Dossier components</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="69" />
        <source>Hình thức xuất trình</source>
        <translation>Presented as</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="69" />
        <source>Yêu cầu thêm</source>
        <translation>Extra demanded</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="70" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/supervision/log_model.py" line="70" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
</context>
</TS>