"""Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ: the legal reason given in words.

Source followed: Mẫu số 03 of Circular 01/2018/TT-VPCP as provincial systems print it
("Tiếp nhận hồ sơ của", address, phone/e-mail, "Nội dung yêu cầu giải quyết", the refusal with
its reason, signature of the receiving officer), field list per Circular 03/2025/TT-VPCP Annex I
as summarised in docs/domain.md#forms. Check against the official annex before calling it final.
"""
from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.forms.data import RefusalData
from desk_app.forms.layout import (
    Signer,
    build_pdf,
    dateline,
    esc,
    frame_width,
    header_block,
    labelled,
    make_styles,
    p,
    signature_block,
    vn_datetime,
)

logger = logging.getLogger(__name__)

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"


def render_refusal(data: RefusalData) -> bytes:
    s = make_styles(13)
    width = frame_width()
    h, a = data.header, data.applicant
    story: list[Flowable] = [
        header_block(s, width, superior=h.superior, unit=h.unit,
                     number_line=f"Số: {data.number}" if data.number else "Số: ........",
                     date_line=dateline(h.place, data.issued_at)),
        Spacer(1, 5 * mm),
        p(esc(TITLE), s.title),
        Spacer(1, 4 * mm),
        labelled("Bộ phận tiếp nhận và trả kết quả", h.unit, s.body),
    ]
    if data.received_at is not None:
        story.append(labelled("Thời gian tiếp nhận", vn_datetime(data.received_at), s.body))
    if data.dossier_code:
        story.append(labelled("Mã hồ sơ", data.dossier_code, s.body, bold_value=True))
    story += [
        labelled("Tiếp nhận hồ sơ của", a.name, s.body, bold_value=True),
        labelled("Địa chỉ", a.address, s.body),
        p(f"Số điện thoại: {esc(a.phone) or '.' * 20}&nbsp;&nbsp;&nbsp;&nbsp;"
          f"Email: {esc(a.email) or '.' * 20}", s.body),
        labelled("Nội dung yêu cầu giải quyết", data.procedure, s.body, bold_value=True),
        Spacer(1, 2 * mm),
        p(f"Qua xem xét, {esc(h.unit)} từ chối tiếp nhận, giải quyết hồ sơ này với lý do sau:",
          s.body_just),
        p(f"<b>{esc(data.reason)}</b>", s.body_just),
        Spacer(1, 1 * mm),
        p("Xin thông báo để Ông/Bà được biết và thực hiện./.", s.body),
        Spacer(1, 5 * mm),
        signature_block(s, width, [None, Signer("Người tiếp nhận hồ sơ", data.officer)]),
    ]
    pdf = build_pdf(story, title=TITLE, subject="Mẫu số 03")
    logger.info("refusal rendered")
    return pdf
