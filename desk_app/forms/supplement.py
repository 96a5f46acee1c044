"""Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: every missing or faulty item listed at once
("một lần, đầy đủ"), each tied to the published component and its legal basis.

Source followed: Mẫu số 02 of Circular 01/2018/TT-VPCP as provincial systems print it (number
"Số .../HDHS", "Hồ sơ của", "Nội dung yêu cầu giải quyết", numbered items, "Lý do", contact
officer and phone, signature of "Người hướng dẫn"), with the component / legal-basis columns
that Circular 03/2025/TT-VPCP Annex I asks for as summarised in docs/domain.md#forms. Check the
wording against the official annex of Circular 03/2025/TT-VPCP before calling it final.
"""
from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.forms.data import SupplementData
from desk_app.forms.layout import (
    Signer,
    build_pdf,
    dateline,
    esc,
    frame_width,
    grid_table,
    header_block,
    labelled,
    make_styles,
    p,
    signature_block,
    vn_datetime,
)

logger = logging.getLogger(__name__)

TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
SUFFIX = "/HDHS"


def number_line(number: str) -> str:
    """"Số: 0412/HDHS": the suffix is added unless the number already carries it."""
    if not number:
        return f"Số: ........{SUFFIX}"
    return f"Số: {number}" if number.upper().endswith(SUFFIX) else f"Số: {number}{SUFFIX}"


def _phone(phone: str) -> str:
    """The agency's own number from the store, or a dotted line to write it by hand: a form never
    prints a number nobody answers."""
    return f"<b>{esc(phone)}</b>" if phone.strip() else "." * 24


def render_supplement(data: SupplementData) -> bytes:
    s = make_styles(13, cell_size=12)
    width = frame_width()
    h, a = data.header, data.applicant
    story: list[Flowable] = [
        header_block(s, width, superior=h.superior, unit=h.unit,
                     number_line=number_line(data.number),
                     date_line=dateline(h.place, data.issued_at)),
        Spacer(1, 5 * mm),
        p(esc(TITLE), s.title),
        Spacer(1, 4 * mm),
    ]
    if data.received_at is not None:
        story.append(p(f"{esc(h.unit)} tiếp nhận hồ sơ lúc "
                       f"{esc(vn_datetime(data.received_at))}.", s.body_just))
    if data.dossier_code:
        story.append(labelled("Mã hồ sơ", data.dossier_code, s.body, bold_value=True))
    story += [
        labelled("Hồ sơ của", a.name, s.body, bold_value=True),
        labelled("Địa chỉ", a.address, s.body),
        p(f"Số điện thoại: {esc(a.phone) or '.' * 20}&nbsp;&nbsp;&nbsp;&nbsp;"
          f"Email: {esc(a.email) or '.' * 20}", s.body),
        labelled("Nội dung yêu cầu giải quyết", data.procedure, s.body, bold_value=True),
        Spacer(1, 2 * mm),
        p("Sau khi kiểm tra, hồ sơ chưa đầy đủ, hợp lệ. Đề nghị Ông/Bà bổ sung, hoàn thiện "
          "hồ sơ một lần, đầy đủ gồm những nội dung sau:", s.body_just),
        Spacer(1, 1 * mm),
    ]
    no_w, basis_w = 10 * mm, 45 * mm
    comp_w = (width - no_w - basis_w) * 0.4
    rows: list[list[object]] = [[
        p("TT", s.cell_head), p("Thành phần hồ sơ", s.cell_head),
        p("Nội dung cần bổ sung, hoàn thiện", s.cell_head), p("Căn cứ pháp lý", s.cell_head),
    ]]
    rows += [
        [p(str(i), s.cell_center), p(esc(it.component), s.cell), p(esc(it.action), s.cell),
         p(esc(it.legal_basis), s.cell)]
        for i, it in enumerate(data.items, start=1)
    ]
    if not data.items:
        rows.append(["", p("(Xem lý do dưới đây)", s.cell), "", ""])
    story += [
        grid_table(rows, [no_w, comp_w, width - no_w - basis_w - comp_w, basis_w]),
        Spacer(1, 2 * mm),
        labelled("Lý do", data.reason, s.body_just),
        p(f"Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
          f"<b>{esc(data.contact_officer)}</b>, số điện thoại {_phone(data.contact_phone)} "
          "để được hướng dẫn.", s.body_just),
        Spacer(1, 5 * mm),
        signature_block(s, width, [
            Signer("Người nộp hồ sơ", a.name),
            Signer("Người hướng dẫn", data.officer),
        ]),
    ]
    pdf = build_pdf(story, title=TITLE, subject="Mẫu số 02", page_numbers=True)
    logger.info("supplement request rendered (%d items)", len(data.items))
    return pdf
