"""Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier; every hand-over
between units is written down with its time, both signatures and whether the step finished
early, on time or late.

Source followed: Mẫu số 06 of Circular 01/2018/TT-VPCP as provincial systems print it (columns
"Tên cơ quan", "Thời gian giao, nhận hồ sơ" with "1. Giao / 2. Nhận" and the two signature
boxes, "Kết quả giải quyết hồ sơ (trước hạn/đúng hạn/quá hạn)", "Ghi chú"), fields per Circular
03/2025/TT-VPCP Annex I as summarised in docs/domain.md#forms. Check against the official annex
before calling it final.
"""
from __future__ import annotations

import logging

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk_app.forms.data import ControlSheetData, HandoverResult, HandoverRow
from desk_app.forms.layout import (
    BASE_TABLE_STYLE,
    Styles,
    build_pdf,
    esc,
    frame_width,
    grid_table,
    header_block,
    labelled,
    make_styles,
    p,
    qr_code,
    vn_datetime,
)

logger = logging.getLogger(__name__)

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
RESULT_LABELS = {
    HandoverResult.EARLY: "Trước hạn",
    HandoverResult.ON_TIME: "Đúng hạn",
    HandoverResult.LATE: "Quá hạn",
}
MIN_ROWS = 4          # blank rows to be filled by hand as the paper travels
_QR_SIZE = 24 * mm


def _time_cell(row: HandoverRow | None, s: Styles, width: float) -> Table:
    """Time line on top; two signature boxes (giver, receiver) under it."""
    when = esc(vn_datetime(row.at)) if row else "..... giờ ..... phút, ngày ..... tháng ..... năm ....."
    inner = Table(
        [[p(when, s.cell_center), ""],
         [p("Người giao", s.cell_center), p("Người nhận", s.cell_center)]],
        colWidths=[width / 2, width / 2],
        rowHeights=[None, 16 * mm],
    )
    inner.setStyle(TableStyle([
        *BASE_TABLE_STYLE,
        ("SPAN", (0, 0), (1, 0)),
        ("LINEBELOW", (0, 0), (1, 0), 0.4, "black"),
        ("LINEAFTER", (0, 1), (0, 1), 0.4, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return inner


def render_control_sheet(data: ControlSheetData) -> bytes:
    s = make_styles(13, cell_size=11.5)
    width = frame_width()
    h, o = data.header, data.owner
    owner_line = ", ".join(x for x in (o.address, o.phone) if x)
    info: list[Flowable] = [
        p(f"<b>Mã hồ sơ: {esc(data.dossier_code)}</b>", s.body),
        p("<i>(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
          + (f", Quyển số {esc(data.ledger_book)}" if data.ledger_book else "")
          + (f", Số thứ tự {esc(data.ledger_entry)}" if data.ledger_entry else "")
          + ")</i>", s.body),
        labelled("Chủ hồ sơ", o.name, s.body, bold_value=True),
    ]
    if owner_line:
        info.append(labelled("Địa chỉ, số điện thoại", owner_line, s.body))
    if data.procedure:
        info.append(labelled("Thủ tục hành chính", data.procedure, s.body))
    info += [
        labelled("Thời gian nhận hồ sơ", vn_datetime(data.received_at), s.body),
        labelled("Thời gian hẹn trả kết quả", vn_datetime(data.due_at), s.body),
    ]
    top = Table([[info, [qr_code(data.dossier_code, _QR_SIZE)]]],
                colWidths=[width - _QR_SIZE - 3 * mm, _QR_SIZE + 3 * mm])
    top.setStyle(TableStyle([*BASE_TABLE_STYLE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

    name_w, result_w, note_w = 40 * mm, 28 * mm, 24 * mm
    time_w = width - name_w - result_w - note_w
    inner_w = time_w - 6  # the outer cell's padding
    rows: list[list[object]] = [[
        p("TÊN CƠ QUAN, NGƯỜI GIAO - NHẬN", s.cell_head),
        p("THỜI GIAN GIAO, NHẬN HỒ SƠ", s.cell_head),
        p("KẾT QUẢ GIẢI QUYẾT HỒ SƠ<br/>(Trước hạn/đúng hạn/quá hạn)", s.cell_head),
        p("GHI CHÚ", s.cell_head),
    ]]
    handovers: list[HandoverRow | None] = list(data.handovers)
    handovers += [None] * max(0, MIN_ROWS - len(handovers))
    for i, row in enumerate(handovers, start=1):
        if row is None:
            names = p(f"{i}. Giao: ..................<br/>Nhận: ..................", s.cell)
            rows.append([names, _time_cell(None, s, inner_w), "", ""])
            continue
        rows.append([
            p(f"{i}. Giao: {esc(row.giver)}<br/>Nhận: {esc(row.receiver)}", s.cell),
            _time_cell(row, s, inner_w),
            p(esc(RESULT_LABELS[row.result]) if row.result else "", s.cell_center),
            p(esc(row.note), s.cell),
        ])
    story: list[Flowable] = [
        header_block(s, width, superior=h.superior, unit=h.unit, number_line=None,
                     date_line=None),
        Spacer(1, 4 * mm),
        p(esc(TITLE), s.title),
        Spacer(1, 3 * mm),
        top,
        Spacer(1, 3 * mm),
        grid_table(rows, [name_w, time_w, result_w, note_w]),
    ]
    pdf = build_pdf(story, title=TITLE, subject=f"Mẫu số 06 - {data.dossier_code}",
                    page_numbers=True)
    logger.info("control sheet rendered (%d hand-overs)", len(data.handovers))
    return pdf
