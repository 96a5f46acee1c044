"""Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả: the agency responsible for a delay apologises
to the citizen before the due date passes and gives a new date.

Source followed: the structure of Mẫu số 04 of Circular 01/2018/TT-VPCP as provincial one-stop
systems print it (agency header, number, dateline; title; "Kính gửi"; the dossier received on
date X for procedure Y with code Z and due on date D; the result is not ready; the reason; the
apology and the new date; thanks; the head of the agency signs and seals). The wording here is our
own. Unconfirmed (docs/forms.md#mẫu-04): the number suffix, the exact sentences, and whether the
2025 annex (Circular 03/2025/TT-VPCP) keeps this number and layout.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desk_app.forms.data import AgencyHeader, Person, _require
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
    short_date,
    signature_block,
    vn_date,
    vn_datetime,
)

logger = logging.getLogger(__name__)

TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"
SUFFIX = "/PXL"  # [unconfirmed] the suffix provincial systems print after the number


@dataclass(frozen=True)
class ApologyData:
    """What Mẫu 04 prints. `due_at` is the date first promised (or the last apology's)."""

    header: AgencyHeader
    number: str
    applicant: Person
    procedure: str
    dossier_code: str
    received_at: dt.datetime
    due_at: dt.datetime
    new_due_at: dt.datetime
    reason: str
    issued_at: dt.date
    signer: str = ""  # the head of the agency, when known; else signed by hand

    def __post_init__(self) -> None:
        _require(bool(self.reason.strip()), "reason")
        _require(bool(self.dossier_code.strip()), "dossier_code")
        _require(self.new_due_at > self.due_at, "new_due_at")


def render_apology(data: ApologyData) -> bytes:
    s = make_styles(13)
    width = frame_width()
    h, a = data.header, data.applicant
    unit = esc(h.unit)
    story: list[Flowable] = [
        header_block(s, width, superior=h.superior, unit=h.unit,
                     number_line=f"Số: {data.number}{SUFFIX}",
                     date_line=dateline(h.place, data.issued_at)),
        Spacer(1, 5 * mm),
        p(esc(TITLE), s.title),
        Spacer(1, 4 * mm),
        p(f"Kính gửi: <b>{esc(a.name)}</b>", s.center),
        Spacer(1, 3 * mm),
        p(f"{esc(vn_date(data.received_at.date())).capitalize()}, {unit} đã tiếp nhận hồ sơ của "
          f"Ông/Bà <b>{esc(a.name)}</b>.", s.body_just),
        labelled("Địa chỉ", a.address, s.body),
        labelled("Nội dung yêu cầu giải quyết", data.procedure, s.body, bold_value=True),
        labelled("Mã hồ sơ", data.dossier_code, s.body, bold_value=True),
        labelled("Thời gian hẹn trả kết quả", vn_datetime(data.due_at), s.body),
        Spacer(1, 2 * mm),
        p(f"Tuy nhiên, đến nay {unit} chưa thể trả kết quả giải quyết hồ sơ của Ông/Bà đúng "
          "thời gian đã hẹn.", s.body_just),
        p(f"Lý do: <b>{esc(data.reason)}</b>", s.body_just),
        p(f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {unit} thành thật xin lỗi Ông/Bà và xin "
          f"hẹn lại thời gian trả kết quả vào <b>{esc(vn_datetime(data.new_due_at))}</b> "
          f"({esc(short_date(data.new_due_at))}).",
          s.body_just),
        p("Xin trân trọng cảm ơn sự thông cảm và hợp tác của Ông/Bà./.", s.body_just),
        Spacer(1, 6 * mm),
        signature_block(s, width, [None, Signer("Thủ trưởng cơ quan, đơn vị", data.signer,
                                                "(Ký, ghi rõ họ tên và đóng dấu)")]),
    ]
    pdf = build_pdf(story, title=TITLE, subject="Mẫu số 04")
    logger.info("apology rendered")
    return pdf
