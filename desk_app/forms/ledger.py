"""Mẫu 07 Sổ theo dõi hồ sơ: the ledger of dossiers for a period, landscape A4, as many pages as
it takes, the column headings repeated on every page and "Trang x/y" in the footer.

Source followed: the columns of Mẫu số 07 listed in docs/domain.md#forms (No. | dossier code |
procedure | applicant | address, phone | deciding agency | received | due | returned |
delivery method | signature | note), laid out as the 2018 ledger (Circular 01/2018/TT-VPCP
Mẫu số 06) groups the dates under "Ngày, tháng, năm". Check against the official annex of
Circular 03/2025/TT-VPCP before calling it final.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from desk_app.domain import vn_format
from desk_app.domain.text import nfc
from desk_app.forms.data import LedgerData, LedgerRow
from desk_app.forms.layout import (
    FONT,
    Styles,
    build_pdf,
    delivery_label,
    esc,
    frame_width,
    grid_table,
    header_block,
    make_styles,
    p,
    short_date,
    vn_date,
)

logger = logging.getLogger(__name__)

TITLE = "SỔ THEO DÕI HỒ SƠ"
_PAGE = landscape(A4)
_MARGINS = (12 * mm, 12 * mm, 12 * mm, 14 * mm)

# Column widths in mm; the procedure column takes what is left. The code column is a minimum,
# widened to the longest code (see _code_width).
_WIDTHS_MM = {
    "no": 9, "code": 30, "applicant": 30, "address": 38, "agency": 24,
    "received": 17, "due": 17, "returned": 17, "delivery": 18, "sign": 14, "note": 19,
}


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f"{short_date(value)}<br/>{vn_format.time(value)}"
    return ""


def _row(r: LedgerRow, s: Styles) -> list[object]:
    addr = esc(r.address) + (f"<br/>ĐT: {esc(r.phone)}" if r.phone else "")
    return [
        p(str(r.no), s.cell_center),
        p(esc(r.dossier_code), s.cell),
        p(esc(r.procedure), s.cell),
        p(esc(r.applicant), s.cell),
        p(addr, s.cell),
        p(esc(r.deciding_agency), s.cell),
        p(_when(r.received_at), s.cell_center),
        p(_when(r.due_at), s.cell_center),
        p(_when(r.returned_at), s.cell_center),
        p(esc(delivery_label(r.delivery)), s.cell_center),
        "",
        p(esc(r.note), s.cell),
    ]


def _code_width(rows: Sequence[LedgerRow], size: float) -> float:
    """Wide enough for the longest code on one line (so it can be read and searched whole),
    within bounds; a code longer than that still wraps rather than overflowing."""
    longest = max((stringWidth(nfc(r.dossier_code), FONT, size) for r in rows), default=0.0)
    return min(max(longest + 8, _WIDTHS_MM["code"] * mm), 48 * mm)


def render_ledger(data: LedgerData) -> bytes:
    cell_size = 8.5
    s = make_styles(12, cell_size=cell_size)
    width = frame_width(_PAGE, _MARGINS)
    w = {k: v * mm for k, v in _WIDTHS_MM.items()}
    w["code"] = _code_width(data.rows, cell_size)
    w["procedure"] = width - sum(w.values())
    cols = [w["no"], w["code"], w["procedure"], w["applicant"], w["address"], w["agency"],
            w["received"], w["due"], w["returned"], w["delivery"], w["sign"], w["note"]]
    H = s.cell_head
    head: list[list[object]] = [
        [p("TT", H), p("Mã hồ sơ", H), p("Tên thủ tục hành chính", H),
         p("Tên cá nhân, tổ chức", H), p("Địa chỉ, số điện thoại", H),
         p("Cơ quan giải quyết", H), p("Ngày, tháng, năm", H), "", "",
         p("Hình thức nhận kết quả", H), p("Ký nhận", H), p("Ghi chú", H)],
        ["", "", "", "", "", "", p("Nhận hồ sơ", H), p("Hẹn trả kết quả", H),
         p("Trả kết quả", H), "", "", ""],
    ]
    spans = [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 5, 9, 10, 11)]
    spans.append(("SPAN", (6, 0), (8, 0)))
    body = [_row(r, s) for r in data.rows]
    if not body:
        body = [["", p("(Không có hồ sơ trong kỳ)", s.cell)] + [""] * 10]
    h = data.header
    story: list[Flowable] = [
        header_block(s, width * 0.8, superior=h.superior, unit=h.unit, number_line=None,
                     date_line=None),
        Spacer(1, 3 * mm),
        p(esc(TITLE), s.title),
        p(f"<i>Từ {esc(vn_date(data.period_from))} đến {esc(vn_date(data.period_to))}</i>"
          + (f"&nbsp;&nbsp;-&nbsp;&nbsp;Quyển số: {esc(data.book)}" if data.book else ""),
          s.center),
        Spacer(1, 3 * mm),
        grid_table(head + body, cols, header_rows=2, extra_style=spans),
    ]
    pdf = build_pdf(story, title=TITLE, subject="Mẫu số 07", pagesize=_PAGE, margins=_MARGINS,
                    page_numbers=True, footer=f"{TITLE} - {h.unit}")
    logger.info("ledger rendered (%d rows, %d bytes)", len(data.rows), len(pdf))
    return pdf
