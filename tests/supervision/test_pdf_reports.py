"""The report PDFs read back with pdftotext, Vietnamese intact, fonts embedded."""
from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from sv_fixture import add_accounts, add_indicator_dossiers  # type: ignore[import-not-found]

from desk_app.cli import main as cli_main
from desk_app.supervision.flags import FLAG_CODES


def pdftext(path: Path, layout: bool = True) -> str:
    """The PDF's text; without layout, in reading order with whitespace collapsed (text wrapped in
    narrow table cells then reads as one line)."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    out = unicodedata.normalize("NFC", out)
    return out if layout else " ".join(out.split())


def fonts_embedded(path: Path) -> bool:
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    return bool(lines) and all(line.split()[-5] == "yes" for line in lines)


def test_verification_log_pdf(ctx, known, tmp_path) -> None:
    out = tmp_path / "nhat-ky.pdf"
    assert cli_main(["report", "verifications", "--format", "pdf", "-o", str(out),
                     "--user", "lanhdao"]) == 0
    text = pdftext(out)
    for expected in ("NHẬT KÝ ĐỐI CHIẾU GIẤY TỜ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HỒNG BÀNG",
                     "Giấy chứng nhận kết hôn", "Nguyễn Văn An", "Trần Thị Bình", "Sổ hộ khẩu",
                     "Bản chụp kèm bản chính", "Không khớp",
                     "Yêu cầu bản sao chứng thực dù đã xuất trình bản chính",
                     "Bỏ qua kết quả so sánh không khớp"):
        assert expected in text, expected
    # Flags are named in words, in the legend and in the "Dấu hiệu" column alike.
    flat = pdftext(out, layout=False)
    assert not [c for c in FLAG_CODES if c in flat]
    assert "Bỏ qua kết quả so sánh không khớp" in flat.split("Dấu hiệu", 2)[2]
    assert fonts_embedded(out)


def test_flagged_pdf_only_lists_flagged(ctx, known, tmp_path) -> None:
    out = tmp_path / "co-dau-hieu.pdf"
    assert cli_main(["report", "verifications", "--flagged", "--from", "01/10/2026",
                     "--format", "pdf", "-o", str(out), "--user", "quantri"]) == 0
    text = pdftext(out)
    assert "CÓ DẤU HIỆU SAI PHẠM" in text
    assert "Từ ngày 01/10/2026" in text
    assert "Tờ khai đăng ký khai sinh" not in text  # a clean entry
    assert "Thẻ căn cước của người đi đăng ký" in text  # paper_for_available_data


def test_indicators_pdf(ctx, tmp_path) -> None:
    add_indicator_dossiers(ctx)
    with ctx.sessions.begin() as s:
        add_accounts(s)
    out = tmp_path / "chi-so.pdf"
    assert cli_main(["report", "indicators", "--from", "2026-10-01", "--to", "2026-10-05",
                     "--format", "pdf", "-o", str(out), "--user", "lanhdao"]) == 0
    text = pdftext(out)
    for expected in ("BÁO CÁO CHỈ SỐ", "Tỷ lệ số hóa hồ sơ", "Tỷ lệ giải quyết đúng hạn",
                     "80,0 %", "66,7 %", "40,0 %", "60,0 %",
                     "Mục tiêu tỷ lệ tái sử dụng dữ liệu: 80 %"):
        assert expected in text, expected
    # Vietnamese decimals: a comma, a space before "%", never "66.7%".
    assert not re.search(r"\d\.\d+\s?%", text)
    assert fonts_embedded(out)
