"""Mẫu 02, 03, 06 and 07 rendered for real and read back with poppler."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desk_app.demo import form_samples
from desk_app.forms.control_sheet import render_control_sheet
from desk_app.forms.data import LedgerData, Person, SupplementItem
from desk_app.forms.ledger import render_ledger
from desk_app.forms.receipt import render_receipt
from desk_app.forms.refusal import render_refusal
from desk_app.forms.supplement import render_supplement

from . import pdftools as pt

ALL_FORMS: list[tuple[str, Callable[[Any], bytes], Callable[[], Any]]] = [
    ("mau01", render_receipt, form_samples.receipt),
    ("mau02", render_supplement, form_samples.supplement),
    ("mau03", render_refusal, form_samples.refusal),
    ("mau06", render_control_sheet, form_samples.control_sheet),
    ("mau07", render_ledger, lambda: form_samples.ledger(12)),
]


@pytest.mark.parametrize(("name", "render", "make"), ALL_FORMS, ids=[f[0] for f in ALL_FORMS])
def test_every_form_embeds_only_the_shipped_fonts(
    tmp_path: Path, name: str, render: Callable[[Any], bytes], make: Callable[[], Any]
) -> None:
    path = pt.write(tmp_path, f"{name}.pdf", render(make()))
    fonts = pt.fonts(path)
    assert fonts
    assert all(f.embedded for f in fonts), fonts
    assert {f.name.split("+", 1)[1] for f in fonts} <= {
        "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic"}
    text = pt.flat(pt.text(path))
    assert "Nguyễn Thị Hồng Nhung" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def test_supplement_request_lists_every_item_with_its_basis(tmp_path: Path) -> None:
    data = form_samples.supplement()
    path = pt.write(tmp_path, "m02.pdf", render_supplement(data))
    text = pt.flat(pt.text(path))
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert "Số: 0412/HDHS" in text
    assert "Hồ sơ của: Nguyễn Thị Hồng Nhung" in text
    assert "Cấp giấy phép xây dựng nhà ở riêng lẻ" in text
    assert "Mã hồ sơ: H15.50.05.13-261126-0975" in text
    for item in data.items:  # cells side by side: their lines interleave in the text
        assert pt.in_order(text, item.component)
        assert pt.in_order(text, item.action)
        assert pt.in_order(text, item.legal_basis)
    assert "Lý do: " + data.reason in text
    # The sample agency has no phone on record: a line to fill by hand, no invented number.
    assert "Trần Văn Đức, số điện thoại ........................ để được hướng dẫn" in text
    assert "08 giờ 35 phút, ngày 26 tháng 11 năm 2026" in text
    assert "NGƯỜI HƯỚNG DẪN" in text


def test_supplement_prints_the_agency_phone_when_there_is_one(tmp_path: Path) -> None:
    data = dataclasses.replace(form_samples.supplement(), contact_phone="0225 3842 111")
    text = pt.flat(pt.text(pt.write(tmp_path, "m02.pdf", render_supplement(data))))
    assert "Trần Văn Đức, số điện thoại 0225 3842 111" in text
    assert "...................." not in text.split("số điện thoại 0225")[1][:40]


def test_supplement_number_suffix_is_not_doubled(tmp_path: Path) -> None:
    data = dataclasses.replace(form_samples.supplement(), number="17/HDHS",
                               items=(SupplementItem("Tờ khai", "Ký lại tờ khai"),))
    text = pt.flat(pt.text(pt.write(tmp_path, "m02.pdf", render_supplement(data))))
    assert "Số: 17/HDHS" in text
    assert "HDHS/HDHS" not in text


def test_supplement_without_items_points_to_the_reason(tmp_path: Path) -> None:
    data = dataclasses.replace(form_samples.supplement(), items=(), reason="Tờ khai bị tẩy xóa.")
    text = pt.flat(pt.text(pt.write(tmp_path, "m02.pdf", render_supplement(data))))
    assert "(Xem lý do dưới đây)" in text
    assert "Lý do: Tờ khai bị tẩy xóa." in text


def test_refusal_gives_the_reason_in_words(tmp_path: Path) -> None:
    data = form_samples.refusal()
    text = pt.flat(pt.text(pt.write(tmp_path, "m03.pdf", render_refusal(data))))
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    assert "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung" in text
    assert "Cấp Giấy phép lái xe quốc tế" in text
    assert data.reason in text
    assert "Số: 0088/TCHS" in text
    assert "Hải Phòng, ngày 26 tháng 11 năm 2026" in text
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text


def test_control_sheet_records_each_hand_over(tmp_path: Path) -> None:
    data = form_samples.control_sheet()
    text = pt.flat(pt.text(pt.write(tmp_path, "m06.pdf", render_control_sheet(data))))
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text
    assert "Mã hồ sơ: H15.50.05.13-261126-0975" in text
    assert "Chủ hồ sơ: Nguyễn Thị Hồng Nhung" in text
    for row in data.handovers:
        assert row.giver in text and row.receiver in text
    assert "14 giờ 10 phút, ngày 26 tháng 11 năm 2026" in text
    assert "15 giờ 30 phút, ngày 03 tháng 12 năm 2026" in text
    for label in ("Trước hạn", "Đúng hạn", "Quá hạn"):
        assert label in text
    assert "Chờ ý kiến phối hợp của Công an phường" in text
    assert text.count("Người giao") >= len(data.handovers) + 1  # a blank row to fill by hand


def test_ledger_of_120_rows_paginates_with_header_on_every_page(tmp_path: Path) -> None:
    data = form_samples.ledger(120)
    path = pt.write(tmp_path, "m07.pdf", render_ledger(data))
    pages = pt.pages(path)
    assert len(pages) > 3
    sizes, _ = pt.words(path)
    assert all(w > h for w, h in sizes), "ledger must be landscape"
    text = pt.text(path)
    for row in data.rows:
        assert row.dossier_code in text, row.dossier_code
    codes_per_page = []
    for number, page in enumerate(pages, start=1):
        flat = pt.flat(page)
        assert "Mã hồ sơ" in flat and "Tên thủ tục hành chính" in flat and "Ký nhận" in flat
        assert f"Trang {number}/{len(pages)}" in flat
        codes_per_page.append(len(re.findall(r"H15\.50\.05\.13-261126-\d{4}", page)))
    assert sum(codes_per_page) == 120  # no row printed twice or lost at a page break
    assert "SỔ THEO DÕI HỒ SƠ" in pt.flat(pages[0])
    assert "Từ ngày 26 tháng 11 năm 2026 đến ngày 26 tháng 12 năm 2026" in pt.flat(pages[0])


def test_ledger_with_no_rows_still_prints(tmp_path: Path) -> None:
    data = LedgerData(header=form_samples.HEADER, period_from=form_samples.RECEIVED.date(),
                      period_to=form_samples.RECEIVED.date())
    text = pt.flat(pt.text(pt.write(tmp_path, "m07.pdf", render_ledger(data))))
    assert "(Không có hồ sơ trong kỳ)" in text


def test_long_names_wrap_in_the_ledger_and_control_sheet(tmp_path: Path) -> None:
    long_name = "Hợp tác xã dịch vụ nông nghiệp tổng hợp và chăn nuôi " * 3
    row = dataclasses.replace(form_samples.ledger(1).rows[0], applicant=long_name)
    ledger = dataclasses.replace(form_samples.ledger(1), rows=(row,))
    sheet = dataclasses.replace(form_samples.control_sheet(),
                                owner=Person(name=long_name, address="Hải Phòng"))
    for name, pdf in (("l.pdf", render_ledger(ledger)), ("c.pdf", render_control_sheet(sheet))):
        path = pt.write(tmp_path, name, pdf)
        assert pt.flat(long_name) in pt.flat(pt.text(path))
        sizes, words = pt.words(path)
        assert max(w.x_max for w in words) < sizes[0][0] - 12 * 72 / 25.4 + 1


def test_control_sheet_qr_decodes_to_the_code(tmp_path: Path) -> None:
    from PIL import Image
    from pyzbar.pyzbar import decode

    data = form_samples.control_sheet()
    path = pt.write(tmp_path, "m06.pdf", render_control_sheet(data))
    (image,) = pt.render_png(path, tmp_path / "page", 200)
    assert [d.data.decode() for d in decode(Image.open(image))] == [data.dossier_code]


def test_forms_refuse_missing_or_contradictory_values() -> None:
    from desk_app.errors import InputRefused
    from desk_app.messages import message_for

    base = form_samples.receipt()
    bad = [
        lambda: dataclasses.replace(base, dossier_code=" "),
        lambda: dataclasses.replace(base, applicant=Person(name="")),
        lambda: dataclasses.replace(base, due_at=base.received_at.replace(year=2025)),
        lambda: dataclasses.replace(form_samples.supplement(), reason=" "),
        lambda: dataclasses.replace(form_samples.refusal(), reason=""),
        lambda: LedgerData(header=form_samples.HEADER, period_from=form_samples.RECEIVED.date(),
                           period_to=form_samples.RECEIVED.date().replace(year=2025)),
    ]
    for make in bad:
        with pytest.raises(InputRefused) as err:
            make()
        assert err.value.code == "form_incomplete"
        assert "Nguyễn" not in err.value.detail
        assert message_for(err.value).startswith("Thiếu hoặc sai thông tin")
