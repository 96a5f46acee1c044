"""Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, printed as two copies in one PDF:
"Liên 1: Lưu" (kept with the process control sheet) and "Liên 2: Giao người nộp hồ sơ".

Source followed: the layout of Mẫu số 01 in the annex of Circular 01/2018/TT-VPCP as provincial
one-stop systems still print it (header, "Mã hồ sơ", items 1-6, "Vào Sổ theo dõi hồ sơ, Quyển
số ... Số thứ tự ...", two signatures), with the field list of Circular 03/2025/TT-VPCP Annex I
Mẫu số 01 as summarised in docs/domain.md#forms (component quantities by original / copy /
photocopy, QR of the dossier code, submitter on the applicant's behalf). The wording and field
order were rebuilt from secondary sources and must be checked against the official annex of
Circular 03/2025/TT-VPCP (as amended by Circular 04/2025/TT-VPCP) before being called final.
"""
from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain import vn_format
from desk_app.domain.types import DeliveryMethod
from desk_app.forms.data import ReceiptData
from desk_app.forms.layout import (
    BASE_TABLE_STYLE,
    Signer,
    Styles,
    build_pdf,
    dateline,
    delivery_label,
    esc,
    frame_height,
    frame_width,
    grid_table,
    header_block,
    labelled,
    make_styles,
    p,
    qr_code,
    signature_block,
    story_height,
    two,
    vn_datetime,
)

logger = logging.getLogger(__name__)

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPIES = ("Liên 1: Lưu", "Liên 2: Giao người nộp hồ sơ")
_MARGINS = (20 * mm, 15 * mm, 12 * mm, 12 * mm)
_QR_SIZE = 30 * mm
_SIZES = ((12.5, 18 * mm), (11.5, 15 * mm), (10.5, 13 * mm), (9.5, 12 * mm))  # type, signing room


def _qty(n: int) -> str:
    return two(n) if n > 0 else ""


def _delivery_text(data: ReceiptData) -> str:
    if data.delivery is DeliveryMethod.DESK:
        return f"Bộ phận Một cửa - {data.header.unit}"
    if data.delivery is DeliveryMethod.POST and data.delivery_address:
        return f"{delivery_label(data.delivery)}, địa chỉ: {data.delivery_address}"
    return delivery_label(data.delivery)


def _identity_block(data: ReceiptData, s: Styles, width: float, copy_label: str) -> Table:
    """Who and what, on the left; the QR of the dossier code on the right."""
    a = data.applicant
    lines: list[Flowable] = [
        p(f"<b>Mã hồ sơ: {esc(data.dossier_code)}</b>", s.body),
        p(f"<i>({esc(copy_label)})</i>", s.body),
        labelled("Bộ phận tiếp nhận và trả kết quả", data.header.unit, s.body),
        labelled("Tiếp nhận hồ sơ của", a.name, s.body, bold_value=True),
        labelled("Địa chỉ", a.address, s.body),
        p(f"Số điện thoại: {esc(a.phone) or '.' * 20}&nbsp;&nbsp;&nbsp;&nbsp;"
          f"Email: {esc(a.email) or '.' * 20}", s.body),
    ]
    if data.submitter is not None:
        sub = data.submitter
        extra = ", ".join(x for x in (sub.address, sub.phone) if x)
        lines.append(labelled("Người nộp hồ sơ (nộp thay)",
                              f"{sub.name} ({extra})" if extra else sub.name, s.body))
    lines.append(labelled("Nội dung yêu cầu giải quyết", data.procedure, s.body, bold_value=True))
    if data.deciding_agency:
        lines.append(labelled("Cơ quan giải quyết", data.deciding_agency, s.body))

    qr_col: list[Flowable] = [qr_code(data.dossier_code, _QR_SIZE)]
    table = Table([[lines, qr_col]], colWidths=[width - _QR_SIZE - 4 * mm, _QR_SIZE + 4 * mm])
    table.setStyle(TableStyle([
        *BASE_TABLE_STYLE,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
    ]))
    return table


def _components_table(data: ReceiptData, s: Styles, width: float) -> Table:
    qty_w = 20 * mm
    no_w = 10 * mm
    head: list[list[Paragraph | str]] = [
        [p("TT", s.cell_head), p("Tên giấy tờ", s.cell_head), p("Số lượng", s.cell_head), "", ""],
        ["", "", p("Bản chính", s.cell_head), p("Bản sao", s.cell_head),
         p("Bản chụp", s.cell_head)],
    ]
    body: list[list[Paragraph | str]] = [
        [p(str(i), s.cell_center), p(esc(c.name), s.cell), p(_qty(c.originals), s.cell_center),
         p(_qty(c.certified_copies), s.cell_center), p(_qty(c.copies), s.cell_center)]
        for i, c in enumerate(data.components, start=1)
    ]
    if not body:
        body = [["", p("(không có)", s.cell), "", "", ""]]
    return grid_table(
        head + body,
        [no_w, width - no_w - 3 * qty_w, qty_w, qty_w, qty_w],
        header_rows=2,
        extra_style=[("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                     ("SPAN", (2, 0), (4, 0))],
    )


def _copy(data: ReceiptData, s: Styles, width: float, copy_label: str,
          sign_space: float) -> list[Flowable]:
    h = data.header
    story: list[Flowable] = [
        header_block(s, width, superior=h.superior, unit=h.unit,
                     number_line=f"Số: {data.number}" if data.number else "Số: ........",
                     date_line=dateline(h.place, data.received_at.date())),
        Spacer(1, 3 * mm),
        p(esc(TITLE), s.title),
        Spacer(1, 2 * mm),
        _identity_block(data, s, width, copy_label),
        Spacer(1, 1 * mm),
        p("1. Thành phần hồ sơ nộp gồm:", s.body),
        _components_table(data, s, width),
    ]
    if data.shown:
        story.append(Spacer(1, 1 * mm))
        story.append(p("Giấy tờ xuất trình để đối chiếu (không nộp): "
                       + "; ".join(esc(x) for x in data.shown) + ".", s.body))
    story.append(Spacer(1, 1.5 * mm))
    # Items 2-6, the signatures and the note stay together: a signature is never left alone at
    # the top of a page.
    tail: list[Flowable] = [
        p(f"2. Số lượng hồ sơ: {two(data.sets_count)} (bộ)", s.body),
        p("3. Thời gian giải quyết hồ sơ theo quy định là: "
          f"{vn_format.duration_days(data.processing_days)}", s.body),
        p(f"4. Thời gian nhận hồ sơ: {esc(vn_datetime(data.received_at))}", s.body),
        p(f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{esc(vn_datetime(data.due_at))}</b>",
          s.body),
        p(f"6. Đăng ký nhận kết quả tại: {esc(_delivery_text(data))}", s.body),
        p(f"Vào Sổ theo dõi hồ sơ, Quyển số: {esc(data.ledger_book) or '........'}&nbsp;&nbsp;"
          f"Số thứ tự: {esc(data.ledger_entry) or '........'}", s.body),
        Spacer(1, 3 * mm),
        signature_block(s, width, [
            Signer("Người nộp hồ sơ",
                   (data.submitter.name if data.submitter else data.applicant.name)),
            Signer("Người tiếp nhận hồ sơ", data.officer),
        ], space=sign_space),
        Spacer(1, 3 * mm),
        p("Ghi chú: Giấy này được lập thành 02 liên: 01 liên lưu tại Bộ phận Một cửa, chuyển kèm "
          "Phiếu kiểm soát quá trình giải quyết hồ sơ; 01 liên giao người nộp hồ sơ. Người nộp có "
          "thể đăng ký nhận kết quả tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích.",
          s.note),
    ]
    story.append(KeepTogether(tail))
    return story


def render_receipt(data: ReceiptData) -> bytes:
    """The Mẫu 01 receipt as a PDF: copy 1 (kept) and copy 2 (for the applicant), each starting
    on its own A4 page, both carrying the dossier code as text and QR."""
    width = frame_width(margins=_MARGINS)
    height = frame_height(margins=_MARGINS)
    # Each copy should fit one page: with many components the type gets smaller, down to a
    # floor below which it would be hard to read; beyond that the copy runs over two pages.
    for size, sign_space in _SIZES:
        s = make_styles(size, cell_size=size - 1)
        first = _copy(data, s, width, COPIES[0], sign_space)
        if story_height(first, width) <= height:
            break
    else:  # runs over a page anyway: no reason to print it small
        size, sign_space = _SIZES[1]
        s = make_styles(size, cell_size=size - 1)
        first = _copy(data, s, width, COPIES[0], sign_space)
    story: list[Flowable] = list(first)
    for label in COPIES[1:]:
        story.append(PageBreak())
        story.extend(_copy(data, s, width, label, sign_space))
    pdf = build_pdf(story, title=TITLE, subject=f"Mẫu số 01 - {data.dossier_code}",
                    margins=_MARGINS)
    logger.info("receipt rendered (%d components, %d bytes)", len(data.components), len(pdf))
    return pdf
