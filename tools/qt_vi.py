"""Qt's own strings in Vietnamese: writes resources/translations/qtbase_vi.ts from the table VI
below and compiles it to qtbase_vi.qm with pyside6-lrelease. Qt ships no Vietnamese catalogue, so
without this the standard buttons ("OK", "Cancel"), the file dialog, the print dialog and the text
context menu stay English in a Vietnamese client; ui/i18n.py loads Qt's qtbase_vi.qm if a Qt ever
ships one, else this one.

The (context, source) pairs are the ones Qt's widgets pass to QCoreApplication.translate, read
from a catalogue Qt ships (only its contexts and source texts, never its translations):

    python tools/qt_vi.py            # write the .ts and compile the .qm
    python tools/qt_vi.py --missing  # list the pairs of the kept contexts that VI lacks, read
                                     # from PySide6's qtbase_de.qm (run after a Qt upgrade)

The translations are this project's own, in the words Vietnamese software uses."""
from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "qtbase_vi.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

# The contexts whose strings the client can show: standard buttons, message boxes, the file
# dialog, the print dialog and its pages, the text context menus, spin boxes and scroll bars.
VI: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở",
        "&Yes": "&Có", "Yes to &All": "Có với &tất cả", "&No": "&Không",
        "N&o to All": "Không với tất &cả", "Abort": "Dừng hẳn", "Retry": "Thử lại",
        "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Huỷ", "Discard": "Bỏ thay đổi",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại",
        "Restore Defaults": "Khôi phục mặc định",
    },
    "QGnomeTheme": {
        "&OK": "Đồng ý", "&Save": "&Lưu", "&Cancel": "&Huỷ", "&Close": "Đó&ng",
        "Close without Saving": "Đóng không lưu",
    },
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QMessageBox": {
        "Show Details...": "Xem chi tiết...", "Hide Details...": "Ẩn chi tiết...",
        "About Qt": "Về Qt",
        "<h3>About Qt</h3><p>This program uses Qt version %1.</p>":
            "<h3>Về Qt</h3><p>Chương trình này dùng Qt phiên bản %1.</p>",
    },
    "QProgressDialog": {"Cancel": "Huỷ"},
    "QInputDialog": {"Enter a value:": "Nhập giá trị:"},
    "QDialog": {"What's This?": "Đây là gì?"},
    "QWhatsThisAction": {"What's This?": "Đây là gì?"},
    "CloseButton": {"Close Tab": "Đóng thẻ"},
    "QTabBar": {"Scroll Left": "Cuộn sang trái", "Scroll Right": "Cuộn sang phải"},
    "QComboBox": {"False": "Sai", "True": "Đúng",
                  "Open the combo box selection popup": "Mở danh sách chọn"},
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng",
                         "Step &down": "&Giảm"},
    "QScrollBar": {
        "Scroll here": "Cuộn đến đây", "Left edge": "Mép trái", "Top": "Đầu",
        "Right edge": "Mép phải", "Bottom": "Cuối", "Page left": "Sang trái một trang",
        "Page up": "Lên một trang", "Page right": "Sang phải một trang",
        "Page down": "Xuống một trang", "Scroll left": "Cuộn sang trái",
        "Scroll up": "Cuộn lên", "Scroll right": "Cuộn sang phải", "Scroll down": "Cuộn xuống",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "Cắ&t", "&Copy": "&Sao chép",
        "&Paste": "&Dán", "Delete": "Xoá", "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "Cắ&t", "&Copy": "&Sao chép",
        "Copy &Link Location": "Sao chép địa chỉ &liên kết", "&Paste": "&Dán",
        "Delete": "Xoá", "Select All": "Chọn tất cả",
    },
    "QUnicodeControlCharacterMenu": {
        "Insert Unicode control character": "Chèn ký tự điều khiển Unicode",
        "LRM Left-to-right mark": "LRM Dấu trái sang phải",
        "RLM Right-to-left mark": "RLM Dấu phải sang trái",
        "ZWJ Zero width joiner": "ZWJ Ký tự nối độ rộng không",
        "ZWNJ Zero width non-joiner": "ZWNJ Ký tự không nối độ rộng không",
        "ZWSP Zero width space": "ZWSP Khoảng trắng độ rộng không",
        "LRE Start of left-to-right embedding": "LRE Bắt đầu nhúng trái sang phải",
        "RLE Start of right-to-left embedding": "RLE Bắt đầu nhúng phải sang trái",
        "LRO Start of left-to-right override": "LRO Bắt đầu ép trái sang phải",
        "RLO Start of right-to-left override": "RLO Bắt đầu ép phải sang trái",
        "PDF Pop directional formatting": "PDF Kết thúc định dạng hướng",
        "LRI Left-to-right isolate": "LRI Cô lập trái sang phải",
        "RLI Right-to-left isolate": "RLI Cô lập phải sang trái",
        "FSI First strong isolate": "FSI Cô lập theo ký tự mạnh đầu tiên",
        "PDI Pop directional isolate": "PDI Kết thúc cô lập hướng",
    },
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nCó ghi đè lên không?",
        "&Choose": "&Chọn", "&Delete": "&Xoá", "&Look in:": "&Tìm trong:",
        "Look in:": "Tìm trong:", "&New Folder": "Thư mục &mới", "&Open": "&Mở",
        "&Rename": "Đổi &tên", "&Save": "&Lưu",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "“%1” được bảo vệ chống ghi.\nVẫn xoá?",
        "All Files (*)": "Tất cả các tệp (*)", "All files (*)": "Tất cả các tệp (*)",
        "Alt+Left": "Alt+Left", "Alt+Right": "Alt+Right", "Alt+Up": "Alt+Up",
        "Are you sure you want to delete '%1'?": "Xoá “%1”?",
        "Back": "Lùi", "Forward": "Tiến", "Go back": "Quay lại", "Go forward": "Đi tiếp",
        "Go to the parent directory": "Lên thư mục cha", "Parent Directory": "Thư mục cha",
        "Change to detail view mode": "Xem dạng chi tiết",
        "Change to list view mode": "Xem dạng danh sách",
        "Could not delete directory.": "Không xoá được thư mục.",
        "Create New Folder": "Tạo thư mục mới", "Create a New Folder": "Tạo thư mục mới",
        "Delete": "Xoá", "Detail View": "Chi tiết", "List View": "Danh sách",
        "Directories": "Thư mục", "Directory:": "Thư mục:", "File &name:": "Tên &tệp:",
        "Files": "Tệp", "Files of &type:": "&Kiểu tệp:", "Files of type:": "Kiểu tệp:",
        "Find Directory": "Chọn thư mục", "List of places and bookmarks": "Các nơi và dấu trang",
        "New Folder": "Thư mục mới", "Open": "Mở", "Recent Places": "Nơi mở gần đây",
        "Remove": "Bỏ khỏi danh sách", "Save As": "Lưu thành", "Show ": "Hiện ",
        "Show &hidden files": "Hiện tệp ẩ&n", "Sidebar": "Thanh bên",
    },
    "QFileSystemModel": {
        "Name": "Tên", "Size": "Kích thước", "Kind": "Loại", "Type": "Kiểu",
        "Date Modified": "Ngày sửa", "My Computer": "Máy tính này", "Computer": "Máy tính",
        "Invalid filename": "Tên tệp không hợp lệ",
        "<b>The name \"%1\" cannot be used.</b><p>Try using another name, with fewer characters "
        "or no punctuation marks.":
            "<b>Không dùng được tên “%1”.</b><p>Hãy đặt tên khác, ngắn hơn hoặc không có dấu "
            "câu.",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Ổ đĩa", "File": "Tệp", "File Folder": "Thư mục", "Folder": "Thư mục",
        "Shortcut": "Lối tắt", "Alias": "Bí danh", "Unknown": "Không rõ",
    },
    "QPrintDialog": {
        "%1 already exists.\nDo you want to overwrite it?": "%1 đã có.\nCó ghi đè lên không?",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, "
        "'-' to define ranges and make sure ranges do not intersect with each other.":
            "%1 viết chưa đúng. Dùng ',' để ngăn cách các trang và khoảng trang, '-' để ghi "
            "một khoảng, và các khoảng không được chồng lên nhau.",
        "%1 is a directory.\nPlease choose a different file name.":
            "%1 là một thư mục.\nHãy chọn tên tệp khác.",
        "&Options <<": "&Tuỳ chọn <<", "&Options >>": "&Tuỳ chọn >>", "&Print": "&In",
        "1 (1x1)": "1 (1x1)", "2 (2x1)": "2 (2x1)", "4 (2x2)": "4 (2x2)", "6 (2x3)": "6 (2x3)",
        "9 (3x3)": "9 (3x3)", "16 (4x4)": "16 (4x4)",
        "All Pages": "Mọi trang", "Even Pages": "Trang chẵn", "Odd Pages": "Trang lẻ",
        "Left to Right, Top to Bottom": "Trái sang phải, trên xuống dưới",
        "Left to Right, Bottom to Top": "Trái sang phải, dưới lên trên",
        "Right to Left, Bottom to Top": "Phải sang trái, dưới lên trên",
        "Right to Left, Top to Bottom": "Phải sang trái, trên xuống dưới",
        "Bottom to Top, Left to Right": "Dưới lên trên, trái sang phải",
        "Bottom to Top, Right to Left": "Dưới lên trên, phải sang trái",
        "Top to Bottom, Left to Right": "Trên xuống dưới, trái sang phải",
        "Top to Bottom, Right to Left": "Trên xuống dưới, phải sang trái",
        "Duplex Settings Conflicts": "Thiết lập in hai mặt mâu thuẫn",
        "There are conflicts in duplex settings. Do you want to fix them?":
            "Thiết lập in hai mặt mâu thuẫn nhau. Có sửa lại không?",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Không ghi được tệp %1.\nHãy chọn tên tệp khác.",
        "Invalid Pages Definition": "Khoảng trang không hợp lệ", "Local file": "Tệp trên máy",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of "
        "those options off.":
            "Không dùng cùng lúc “Số trang mỗi tờ” và “Nhóm trang”.\nHãy tắt một trong hai.",
        "Print": "In", "Print To File ...": "In ra tệp...", "Print to File (PDF)": "In ra tệp (PDF)",
        "The 'From' value cannot be greater than the 'To' value.":
            "Trang “từ” không được lớn hơn trang “đến”.",
        "Write PDF file": "Ghi tệp PDF", "Automatic": "Tự động", "Custom": "Tuỳ chỉnh",
        "OK": "Đồng ý",
    },
    "QPrintWidget": {
        "Form": "Biểu mẫu", "Printer": "Máy in", "&Name:": "&Tên:", "P&roperties": "Th&uộc tính",
        "Location:": "Vị trí:", "Preview": "Xem trước", "Type:": "Loại:",
        "Output &file:": "&Tệp kết quả:", "...": "...",
    },
    "QPrintPropertiesWidget": {
        "Form": "Biểu mẫu", "Page": "Trang", "Advanced": "Nâng cao",
        "There are conflicts in some options. Please fix them.":
            "Một số tuỳ chọn mâu thuẫn nhau. Hãy sửa lại.",
    },
    "QPrintPropertiesDialog": {
        "Printer Properties": "Thuộc tính máy in", "Job Options": "Tuỳ chọn lệnh in",
        "Page Setup Conflicts": "Thiết lập trang mâu thuẫn",
        "There are conflicts in page setup options. Do you want to fix them?":
            "Thiết lập trang mâu thuẫn nhau. Có sửa lại không?",
        "Advanced Option Conflicts": "Tuỳ chọn nâng cao mâu thuẫn",
        "There are conflicts in some advanced options. Do you want to fix them?":
            "Một số tuỳ chọn nâng cao mâu thuẫn nhau. Có sửa lại không?",
        "Custom value for %1": "Giá trị riêng cho %1",
    },
    "QPrintSettingsOutput": {
        "Form": "Biểu mẫu", "Copies": "Số bản", "Print range": "Phạm vi in",
        "Print all": "In tất cả", "Pages from": "Trang từ", "to": "đến", "Pages": "Trang",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers "
        "separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.":
            "Ghi các trang hoặc khoảng trang, ngăn cách bằng dấu phẩy; một khoảng là hai số nối "
            "bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.",
        "Current Page": "Trang hiện tại", "Selection": "Phần đã chọn",
        "Output Settings": "Thiết lập đầu ra", "Copies:": "Số bản:", "Collate": "Xếp theo bộ",
        "Reverse": "In ngược thứ tự", "Options": "Tuỳ chọn", "Color Mode": "Chế độ màu",
        "Color": "Màu", "Grayscale": "Thang xám", "Double Sided Printing": "In hai mặt",
        "Duplex Printing": "In hai mặt", "Off": "Tắt", "None": "Không",
        "Long side binding": "Đóng gáy cạnh dài", "Short side binding": "Đóng gáy cạnh ngắn",
        "Long side": "Cạnh dài", "Short side": "Cạnh ngắn",
        "Page &Set:": "&Nhóm trang:", "Page Set:": "Nhóm trang:",
    },
    "QPageSetupWidget": {
        "Form": "Biểu mẫu", "Paper": "Giấy", "Page size:": "Khổ giấy:", "Width:": "Rộng:",
        "Height:": "Cao:", "Paper source:": "Khay giấy:", "Orientation": "Hướng giấy",
        "Portrait": "Dọc", "Landscape": "Ngang", "Reverse landscape": "Ngang, đảo chiều",
        "Reverse portrait": "Dọc, đảo chiều", "Margins": "Lề", "top margin": "lề trên",
        "left margin": "lề trái", "right margin": "lề phải", "bottom margin": "lề dưới",
        "Page Layout": "Bố cục trang", "Page &order:": "&Thứ tự trang:",
        "Page order:": "Thứ tự trang:", "Pages &per sheet:": "Số trang &mỗi tờ:",
        "Pages per sheet:": "Số trang mỗi tờ:", "Custom": "Tuỳ chỉnh",
        "Millimeters (mm)": "Mi-li-mét (mm)", "Centimeters (cm)": "Xen-ti-mét (cm)",
        "Inches (in)": "Inch (in)", "Points (pt)": "Điểm (pt)", "Pica (P̸)": "Pica (P̸)",
        "Didot (DD)": "Didot (DD)", "Cicero (CC)": "Cicero (CC)",
        "mm": "mm", "in": "in", "pt": "pt", "P̸": "P̸", "DD": "DD", "CC": "CC",
    },
    "QPrintPreviewDialog": {
        "%1%": "%1%", "Print Preview": "Xem trước khi in", "Next page": "Trang sau",
        "Previous page": "Trang trước", "First page": "Trang đầu", "Last page": "Trang cuối",
        "Fit width": "Vừa chiều rộng", "Fit page": "Vừa trang", "Zoom in": "Phóng to",
        "Zoom out": "Thu nhỏ", "Portrait": "Dọc", "Landscape": "Ngang",
        "Show single page": "Xem từng trang", "Show facing pages": "Xem hai trang đối diện",
        "Show overview of all pages": "Xem toàn bộ các trang", "Print": "In",
        "Page setup": "Thiết lập trang", "Page Setup": "Thiết lập trang",
        "Export to PDF": "Xuất ra PDF",
    },
    "QCupsJobWidget": {
        "Job": "Lệnh in", "Job Control": "Điều khiển lệnh in",
        "Scheduled &printing:": "&Hẹn giờ in:", "&Billing information:": "Thông tin &tính phí:",
        "Job &priority:": "Mức &ưu tiên:", "Banner Pages": "Trang bìa", "&Start:": "Đầ&u:",
        "&End:": "&Cuối:", "Print Immediately": "In ngay", "Hold Indefinitely": "Giữ lại",
        "Day (06:00 to 17:59)": "Ban ngày (06:00 đến 17:59)",
        "Night (18:00 to 05:59)": "Ban đêm (18:00 đến 05:59)",
        "Second Shift (16:00 to 23:59)": "Ca hai (16:00 đến 23:59)",
        "Third Shift (00:00 to 07:59)": "Ca ba (00:00 đến 07:59)",
        "Weekend (Saturday to Sunday)": "Cuối tuần (thứ Bảy đến Chủ nhật)",
        "Specific Time": "Giờ cụ thể", "None": "Không", "Standard": "Tiêu chuẩn",
        "Unclassified": "Không mật", "Confidential": "Mật", "Classified": "Hạn chế",
        "Secret": "Tối mật", "Top Secret": "Tuyệt mật",
    },
    "QCupsPrinterSupport": {
        "Authentication Needed": "Cần xác thực", "Username:": "Tên đăng nhập:",
        "Password:": "Mật khẩu:",
        "Authentication needed to use %1.": "Cần xác thực để dùng %1.",
        "Authentication needed to use %1 on %2.": "Cần xác thực để dùng %1 trên %2.",
    },
    "Print Device Input Slot": {"Automatic": "Tự động"},
    "Print Device Output Bin": {"Automatic": "Tự động"},
}

# Paper sizes (context QPageSize): names stay names (A4, Letter, JIS B5); the words around them
# are translated.
_PAPER_WORDS = (("Envelope Invite", "Phong bì mời"), ("Envelope ", "Phong bì "), ("Double Postcard", "Bưu thiếp đôi"),
                ("Postcard", "Bưu thiếp"), ("Architect ", "Kiến trúc "), (" Extra", " mở rộng"),
                (" Small", " nhỏ"), ("Fan-fold German Legal", "Giấy liên tục Đức Legal"),
                ("Fan-fold German", "Giấy liên tục Đức"), ("Fan-fold US", "Giấy liên tục Mỹ"),
                ("Custom", "Tuỳ chỉnh"), ("Note", "Ghi chú"))


def paper_size(source: str) -> str:
    text = source
    for english, vietnamese in _PAPER_WORDS:
        text = text.replace(english, vietnamese)
    return text


def read_qm(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message of a compiled Qt catalogue. The .qm file: a 16-byte
    magic, then sections (tag byte, 4-byte big-endian length); the messages section (0x69) is a
    run of records (tag byte: 1 end, 3 translation in UTF-16, 6 source, 7 context, 8 comment in
    UTF-8, each with a 4-byte length; 5 a 4-byte obsolete field)."""
    data = path.read_bytes()
    pos, messages = 16, b""
    while pos < len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found, current, p = [], {}, 0
    while p < len(messages):
        tag, p = messages[p], p + 1
        if tag == 1:
            found.append((current.get(7, ""), current.get(6, "")))
            current = {}
        elif tag == 5:
            p += 4
        elif tag in (3, 6, 7, 8):
            length = struct.unpack(">I", messages[p:p + 4])[0]
            p += 4
            if length == 0xFFFFFFFF:
                continue
            if tag != 3:
                current[tag] = messages[p:p + length].decode("utf-8")
            p += length
        else:
            raise ValueError(f"unknown tag {tag} in {path}")
    return found


def qt_catalogue(name: str = "qtbase_de.qm") -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name


def missing() -> list[tuple[str, str]]:
    """Pairs of the kept contexts in Qt's catalogue that VI does not translate."""
    pairs = read_qm(qt_catalogue())
    return sorted({(c, s) for c, s in pairs if c in VI and s not in VI[c]})


def messages() -> list[tuple[str, str, str]]:
    rows = [(context, source, text) for context, table in VI.items()
            for source, text in table.items()]
    # Paper-size names come from Qt's catalogue (117 of them, mostly names kept as they are).
    papers = {s for c, s in read_qm(qt_catalogue()) if c == "QPageSize"}
    rows += [("QPageSize", source, paper_size(source)) for source in sorted(papers)]
    return rows


def write_ts(ts: Path = TS) -> int:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    by_context: dict[str, ET.Element] = {}
    rows = messages()
    for context, source, text in rows:
        if context not in by_context:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            by_context[context] = element
        message = ET.SubElement(by_context[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return len(rows)


def build(ts: Path = TS, qm: Path = QM) -> int:
    count = write_ts(ts)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return count


if __name__ == "__main__":
    if "--missing" in sys.argv:
        for context, source in missing():
            print(f"{context}\t{source!r}")
    else:
        print(f"{build()} messages -> {QM.relative_to(ROOT)}")
