"""Mẫu 01 rendered for real and read back with poppler and zbar."""
from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import decode

from desk_app.demo import form_samples
from desk_app.domain.types import DeliveryMethod
from desk_app.forms.data import ComponentRow, Person, ReceiptData
from desk_app.forms.receipt import render_receipt

from . import pdftools as pt


def test_receipt_prints_title_code_applicant_components_and_times(
    tmp_path: Path, receipt_data: ReceiptData
) -> None:
    path = pt.write(tmp_path, "r.pdf", render_receipt(receipt_data))
    pages = pt.pages(path)
    assert len(pages) == 2
    for page, copy in zip(pages, ("Liên 1: Lưu", "Liên 2: Giao người nộp hồ sơ"), strict=True):
        text = pt.flat(page)
        assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert copy in text
        assert "Mã hồ sơ: H15.50.05.13-261126-0975" in text
        assert "Nguyễn Thị Hồng Nhung" in text
        assert "Lê Văn Hùng" in text  # the submitter signs
        assert "Trần Văn Đức" in text
        for comp in receipt_data.components:
            assert comp.name in text
        assert "Bản chính" in text and "Bản sao" in text and "Bản chụp" in text
        assert "08 giờ 35 phút, ngày 26 tháng 11 năm 2026" in text
        assert "16 giờ 00 phút, ngày 03 tháng 12 năm 2026" in text
        assert "Hải Phòng, ngày 26 tháng 11 năm 2026" in text
        assert "Số lượng hồ sơ: 01 (bộ)" in text
        assert "05 ngày làm việc" in text
        assert "Quyển số: 03/2026" in text and "Số thứ tự: 0975" in text
        assert "NGƯỜI NỘP HỒ SƠ" in text and "NGƯỜI TIẾP NHẬN HỒ SƠ" in text


def test_receipt_quantities_sit_in_their_columns(tmp_path: Path) -> None:
    data = dataclasses.replace(form_samples.receipt(), components=(
        ComponentRow("Trích lục khai sinh", originals=1, certified_copies=2, copies=3),
    ))
    path = pt.write(tmp_path, "r.pdf", render_receipt(data))
    _, words = pt.words(path)
    page1 = [w for w in words if w.page == 1]

    header_y = next(w for w in page1 if w.text == "chụp").y_min  # "Bản chụp" heading

    def x_of(label: str) -> float:
        w = next(w for w in page1 if w.text == label and abs(w.y_min - header_y) < 3)
        return (w.x_min + w.x_max) / 2

    row_y = next(w for w in page1 if w.text == "Trích").y_min
    qty = {w.text: (w.x_min + w.x_max) / 2 for w in page1
           if abs(w.y_min - row_y) < 3 and w.text in {"01", "02", "03"}}
    assert set(qty) == {"01", "02", "03"}
    # 01 under "chính" (Bản chính), 02 under "sao", 03 under "chụp"
    assert abs(qty["01"] - x_of("chính")) < 15
    assert abs(qty["02"] - x_of("sao")) < 15
    assert abs(qty["03"] - x_of("chụp")) < 15


def test_receipt_qr_on_both_copies_decodes_to_the_code(
    tmp_path: Path, receipt_data: ReceiptData
) -> None:
    path = pt.write(tmp_path, "r.pdf", render_receipt(receipt_data))
    images = pt.render_png(path, tmp_path / "page", 200)
    assert len(images) == 2
    for image in images:
        found = [d.data.decode("utf-8") for d in decode(Image.open(image)) if d.type == "QRCODE"]
        assert found == [receipt_data.dossier_code]


def test_receipt_fonts_are_embedded(tmp_path: Path, receipt_data: ReceiptData) -> None:
    path = pt.write(tmp_path, "r.pdf", render_receipt(receipt_data))
    fonts = pt.fonts(path)
    assert fonts, "no fonts found"
    assert all(f.embedded for f in fonts), fonts
    assert all("LiberationSerif" in f.name for f in fonts), fonts


def test_decomposed_input_prints_as_composed_text(tmp_path: Path) -> None:
    nfd_name = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    assert nfd_name != "Nguyễn Thị Hồng Nhung"
    data = dataclasses.replace(form_samples.receipt(),
                               applicant=Person(name=nfd_name, address="Hải Phòng"))
    path = pt.write(tmp_path, "r.pdf", render_receipt(data))
    assert "Nguyễn Thị Hồng Nhung" in pt.text(path)


def test_long_values_wrap_inside_the_page(tmp_path: Path) -> None:
    long_name = "Công ty trách nhiệm hữu hạn một thành viên thương mại dịch vụ xuất nhập khẩu " \
                "Hồng Nhung Nguyễn Thị chi nhánh Hải Phòng số hai"
    long_address = "Thôn Đông Xuân, " * 12 + "xã An Lão, thành phố Hải Phòng"
    long_component = "Bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản " \
                     "khác gắn liền với đất kèm theo bản vẽ hiện trạng và trích lục bản đồ " \
                     "địa chính có xác nhận của cơ quan có thẩm quyền"
    unbroken = "x" * 160 + "@example.vn"  # no space to break at
    data = dataclasses.replace(
        form_samples.receipt(),
        applicant=Person(name=long_name, address=long_address, phone="0912345678",
                         email=unbroken),
        components=(ComponentRow(long_component, copies=1),),
    )
    path = pt.write(tmp_path, "r.pdf", render_receipt(data))
    text = pt.flat(pt.text(path))
    assert pt.flat(long_name) in text
    assert pt.flat(long_address) in text
    assert pt.flat(long_component) in text
    sizes, words = pt.words(path)
    right_edge = sizes[0][0] - 15 * 72 / 25.4  # right margin of 15 mm
    over = [w for w in words if w.x_max > right_edge + 1]
    assert not over, over[:5]
    # the unbroken e-mail was split across lines, every character printed, on each copy
    texts = [w.text for w in words]
    starts = [i for i, t in enumerate(texts) if t.startswith("xxxx")
              and (i == 0 or not texts[i - 1].startswith("xxxx"))]
    assert len(starts) == 2
    for start in starts:
        end = next(i for i in range(start, len(texts)) if texts[i].endswith("@example.vn"))
        assert end > start  # split over at least two lines
        assert "".join(texts[start:end + 1]) == unbroken


def test_post_delivery_and_no_submitter(tmp_path: Path) -> None:
    data = dataclasses.replace(form_samples.receipt(), submitter=None,
                               delivery=DeliveryMethod.POST,
                               delivery_address="Số 3 phố Tô Hiệu, Hải Phòng", components=())
    path = pt.write(tmp_path, "r.pdf", render_receipt(data))
    text = pt.flat(pt.text(path))
    assert "Qua dịch vụ bưu chính công ích, địa chỉ: Số 3 phố Tô Hiệu, Hải Phòng" in text
    assert "nộp thay" not in text
    assert "(không có)" in text


def test_longest_code_shape_still_decodes(tmp_path: Path) -> None:
    # a 35-character agency code (the maximum of QĐ 20/2020) plus date and a 6-digit serial
    code = "H31.12.345.678.90.ABC.DEF.GHI.JK.LM-261126-010975"
    data = dataclasses.replace(form_samples.receipt(), dossier_code=code)
    path = pt.write(tmp_path, "r.pdf", render_receipt(data))
    assert code in pt.flat(pt.text(path))
    images = pt.render_png(path, tmp_path / "page", 200)
    for image in images:
        assert [d.data.decode() for d in decode(Image.open(image))] == [code]


def test_many_components_shrink_to_one_page_per_copy_then_keep_signatures_with_items(
    tmp_path: Path,
) -> None:
    def receipt_with(n: int) -> Path:
        data = dataclasses.replace(form_samples.receipt(), components=tuple(
            ComponentRow(f"Giấy tờ kèm theo số {i}", copies=1) for i in range(n)))
        return pt.write(tmp_path, f"r{n}.pdf", render_receipt(data))

    assert len(pt.pages(receipt_with(14))) == 2      # smaller type, still one page per copy
    pages = pt.pages(receipt_with(45))               # too many: each copy runs over
    assert len(pages) == 4
    for copy in (pages[0:2], pages[2:4]):
        assert "Giấy tờ kèm theo số 44" in pt.flat(copy[1])
        # the signatures follow the items on the same page, never alone
        assert "5. Thời gian trả kết quả" in copy[1] and "NGƯỜI NỘP HỒ SƠ" in copy[1]
