"""Supervisor reports: the verification log for a period (PDF, CSV, JSON) and the indicators (JSON,
PDF with a bar chart). Every function writes to a path (written whole to a temp file next to it, then
renamed, so a half-written report never sits under the asked name) or returns the text."""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.domain import vn_format
from desk_app.domain.types import PresentationForm, Requirement, Verdict
from desk_app.forms.layout import TableCommand
from desk_app.supervision.flags import FLAG_CODES, FLAG_LABELS
from desk_app.supervision.indicators import INDICATOR_CODES, INDICATOR_LABELS, Indicators
from desk_app.supervision.log_query import LogRow
from desk_app.supervision.pdf_base import FONT, FONT_BOLD, escape, styles

logger = logging.getLogger(__name__)

# The reports' own short wording (a landscape table cell); the screens say them in ui/labels.py.
FORM_LABELS: dict[str, str] = {
    PresentationForm.ORIGINAL: "Bản chính",
    PresentationForm.CERTIFIED_COPY: "Bản sao chứng thực",
    PresentationForm.MASTER_REGISTER_COPY: "Bản sao từ sổ gốc",
    PresentationForm.PHOTOCOPY_WITH_ORIGINAL: "Bản chụp kèm bản chính",
    PresentationForm.ELECTRONIC_COPY: "Bản điện tử",
    PresentationForm.NATIONAL_DATA: "Dữ liệu CSDL quốc gia/VNeID",
}
VERDICT_LABELS: dict[str, str] = {
    Verdict.MATCH: "Khớp", Verdict.MISMATCH: "Không khớp", Verdict.NOT_COMPARED: "Không đối chiếu",
}
REQUIREMENT_LABELS: dict[str, str] = {
    Requirement.SUBMIT: "Nộp", Requirement.SHOW: "Xuất trình",
}

CSV_COLUMNS = (
    "created_at", "dossier_code", "procedure_code", "component_name", "presentation_form",
    "requirement", "on_published_list", "original_shown", "demanded_form", "officer_name",
    "officer_id", "verdict", "engine_verdict", "engine_score", "override_reason", "pages",
    "workstation_id", "chain_index", "id", "flags", "demand_reason", "workstation_name", "scope",
)


def write_atomically(path: Path, data: bytes) -> None:
    """The report's bytes at `path` (desk_app/safe_output.py: temp file beside it, renamed only
    onto a regular file or a new name)."""
    from desk_app.safe_output import write_output

    write_output(Path(path), data)


def _period_text(date_from: dt.date | None, date_to: dt.date | None) -> str:
    start, end = vn_format.date(date_from), vn_format.date(date_to)
    if start and end:
        return f"Từ ngày {start} đến ngày {end}"
    if start:
        return f"Từ ngày {start}"
    return f"Đến ngày {end}" if end else "Toàn bộ nhật ký"


# --- the verification log -------------------------------------------------------------------------

def _entry_json(r: LogRow, names: dict[str, str] | None, scope: str | None) -> dict[str, Any]:
    """An entry's JSON with its counter's name and where it was read (`central`, or
    `this_counter` when only this counter's store was read)."""
    data = r.as_json()
    data["workstation_name"] = (names or {}).get(r.workstation_id, "")
    data["scope"] = scope or "this_counter"
    return data


def write_verifications_json(rows: Iterable[LogRow], out: TextIO,
                             names: dict[str, str] | None = None, scope: str | None = None) -> int:
    """A JSON array, one object per entry, each with `flags` (list of flag codes), its counter
    (`workstation_id`, `workstation_name`) and `scope`, written as the rows come (a year of a
    busy centre never sits in memory at once). Returns the count."""
    n = 0
    out.write("[")
    for r in rows:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(_entry_json(r, names, scope), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_verifications_csv(rows: Iterable[LogRow], out: TextIO,
                            names: dict[str, str] | None = None, scope: str | None = None) -> int:
    # A byte-order mark so that spreadsheet programs read UTF-8 Vietnamese correctly.
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for r in rows:
        data = _entry_json(r, names, scope)
        # Names, not codes: a spreadsheet is read by people (the codes stay in the JSON).
        data["flags"] = "; ".join(FLAG_LABELS.get(c, c) for c in r.flags)
        writer.writerow(["" if data[c] is None else data[c] for c in CSV_COLUMNS])
        n += 1
    return n


@contextlib.contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text file written to a temp name beside `path`, renamed into place on success
    (desk_app/safe_output.py)."""
    from desk_app.safe_output import open_output

    with open_output(Path(path), text=True) as fh:
        yield fh


def verifications_pdf(rows: Iterable[LogRow], path: Path, *, unit: str,
                      date_from: dt.date | None, date_to: dt.date | None,
                      flagged_only: bool = False, heads: Iterable[Any] = (),
                      scope: str = "", names: dict[str, str] | None = None) -> int:
    """The log as a landscape A4 table, a summary of flags first, then the chain heads (`heads`:
    desk_app/verification/anchor.py ChainHead, the paper anchor). `scope`: where it was read
    (every counter at the centre, or "chỉ quầy này"); `names`: counter names by workstation id,
    printed under each officer. Returns the number of entries."""
    st = styles()
    rows = list(rows)
    names = names or {}
    story: list[Any] = [
        Paragraph(escape(unit.upper()), st["cell_bold"]),
        Paragraph("NHẬT KÝ ĐỐI CHIẾU GIẤY TỜ" + (" CÓ DẤU HIỆU SAI PHẠM" if flagged_only else ""),
                  st["title"]),
        Paragraph(escape(_period_text(date_from, date_to)), st["subtitle"]),
    ]
    if scope:
        story.append(Paragraph(escape(f"Phạm vi: {scope}"), st["subtitle"]))
    counts = Counter(code for r in rows for code in r.flags)
    flagged = sum(1 for r in rows if r.flags)
    # The legend names each flag in words; the codes stay in the CSV and JSON exports.
    summary = [["Dấu hiệu", "Số lượt"]]
    summary += [[FLAG_LABELS[c], vn_format.number(counts.get(c, 0))] for c in FLAG_CODES]
    summary.append(["Tổng số lượt đối chiếu / có dấu hiệu",
                    f"{vn_format.number(len(rows))} / {vn_format.number(flagged)}"])
    t = Table(summary, colWidths=[130 * mm, 35 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]))
    story += [t, Spacer(1, 6 * mm)] + _heads_table(list(heads), st, names)
    header = ["STT", "Thời điểm", "Mã hồ sơ", "Thành phần hồ sơ", "Hình thức xuất trình",
              "Yêu cầu thêm", "Cán bộ", "Kết quả", "Dấu hiệu"]
    cell = st["small"]
    data: list[list[Any]] = [[Paragraph(h, st["cell_bold"]) for h in header]]
    for n, r in enumerate(rows, start=1):
        result = VERDICT_LABELS.get(r.verdict, r.verdict)
        if r.engine_verdict:
            score = f" {vn_format.number(r.engine_score, 2)}" if r.engine_score is not None \
                else ""
            result += f" (máy: {VERDICT_LABELS.get(r.engine_verdict, r.engine_verdict)}{score})"
        data.append([
            str(n), vn_format.datetime(r.created_at),
            Paragraph(escape(r.dossier_code), cell),
            Paragraph(escape(r.component_name) + ("" if r.on_published_list
                                                  else " <i>(ngoài danh mục)</i>"), cell),
            Paragraph(escape(FORM_LABELS.get(r.presentation_form, r.presentation_form)
                             + f" – {REQUIREMENT_LABELS.get(r.requirement, r.requirement)}"), cell),
            Paragraph(escape(FORM_LABELS.get(r.demanded_form or "", r.demanded_form or "")), cell),
            Paragraph(escape(r.officer_name) + (
                f"<br/><i>{escape(names[r.workstation_id])}</i>"
                if names.get(r.workstation_id) else ""), cell),
            Paragraph(escape(result), cell),
            Paragraph("<br/>".join(escape(FLAG_LABELS.get(c, c)) for c in r.flags), cell),
        ])
    widths = [11, 22, 36, 46, 34, 24, 28, 30, 42]  # 273 mm: landscape A4 less margins
    table = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=1)
    style: list[TableCommand] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fff1e0"))
              for i, r in enumerate(rows, start=1) if r.flags]
    table.setStyle(TableStyle(style))
    story.append(table)
    _build(path, story, unit, landscape(A4))
    return len(rows)


def _heads_table(heads: list[Any], st: Any, names: dict[str, str] | None = None) -> list[Any]:
    """Each workstation's last log entry and its hash at the time of printing: signed on paper,
    a later rewrite of the log (even with every hash recomputed) no longer matches it
    (docs/verification.md)."""
    if not heads:
        return []
    data = [["Máy trạm", "Số mục", "Mã băm của mục cuối (SHA-256)"]]
    for h in heads:
        groups = " ".join(h.entry_hash[i:i + 16] for i in range(0, len(h.entry_hash), 16))
        name = (names or {}).get(h.workstation_id)
        data.append([f"{name}\n{h.workstation_id}" if name else h.workstation_id,
                     vn_format.number(h.chain_index), groups])
    t = Table(data, colWidths=[80 * mm, 25 * mm, 120 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]))
    note = ("Đầu chuỗi nhật ký tại thời điểm in (đối chiếu khi kiểm tra: lệnh "
            "<i>desk-app log verify</i> phải cho cùng số mục và mã băm này hoặc tiếp nối chúng).")
    return [Paragraph(note, st["small"]), Spacer(1, 2 * mm), t, Spacer(1, 6 * mm)]


def _build(path: Path, story: list[Any], footer: str, pagesize: tuple[float, float]) -> None:
    buf = io.BytesIO()

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(12 * mm, 7 * mm, footer)
        canvas.drawRightString(pagesize[0] - 12 * mm, 7 * mm, f"Trang {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=footer,
                            author="desk-app",
                            # Not reportlab's Helvetica default: no unembedded font in the file.
                            initialFontName=FONT, initialFontSize=9)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_atomically(path, buf.getvalue())


# --- indicators -----------------------------------------------------------------------------------

def indicators_json(ind: Indicators, scope: str | None = None, scope_text: str = "") -> str:
    """`scope`: `central` or `this_counter`; `scope_text`: the same in words."""
    data = ind.as_json()
    if scope:
        data["scope"], data["scope_text"] = scope, scope_text
    return json.dumps(data, ensure_ascii=False, indent=1)


def _bar_label(value: float) -> str:
    return vn_format.percent_points(value, 1)


def _chart(ind: Indicators) -> Drawing:
    width, height = 170 * mm, 80 * mm
    drawing = Drawing(width, height, initialFontName=FONT)
    chart = VerticalBarChart()
    # stubs type the chart's geometry int; reportlab draws at float positions
    chart.x, chart.y, chart.width, chart.height = 18 * mm, 14 * mm, width - 26 * mm, height - 22 * mm  # type: ignore[assignment]  # stubs: geometry typed int, floats drawn
    chart.data = [[round(100 * (ind.values[c].rate or 0.0), 1) for c in INDICATOR_CODES]]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labelTextFormat = vn_format.percent_points
    chart.categoryAxis.categoryNames = [
        INDICATOR_LABELS[c].replace("Tỷ lệ ", "").capitalize() for c in INDICATOR_CODES
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.bars[0].fillColor = colors.HexColor("#2f6db5")
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    # The 80 % target of the reuse rate (Decision 766) is that bar's alone: its dashed line spans
    # the reuse slot only, and the legend under the axis names it, so the words never sit on
    # another bar nor collide with a bar's own value, whatever the values are.
    red = colors.HexColor("#c0392b")
    slot = chart.width / len(INDICATOR_CODES)
    left = chart.x + slot * INDICATOR_CODES.index("reuse")
    target_y = chart.y + chart.height * TARGET_REUSE
    drawing.add(Line(left + 2, target_y, left + slot - 2, target_y, strokeColor=red,
                     strokeWidth=1.2, strokeDashArray=[3, 2]))
    legend_y = 3
    drawing.add(Line(chart.x, legend_y + 2.5, chart.x + 18, legend_y + 2.5, strokeColor=red,
                     strokeWidth=1.2, strokeDashArray=[3, 2]))
    drawing.add(String(chart.x + 22, legend_y, "Mục tiêu tỷ lệ tái sử dụng dữ liệu: "
                       + vn_format.percent(TARGET_REUSE, 0), fontName=FONT, fontSize=8,
                       fillColor=red))
    return drawing


TARGET_REUSE = 0.8


def indicators_pdf(ind: Indicators, path: Path, *, unit: str, scope: str = "") -> None:
    st = styles()
    story: list[Any] = [
        Paragraph(escape(unit.upper()), st["cell_bold"]),
        Paragraph("BÁO CÁO CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP", st["title"]),
        Paragraph(escape(_period_text(ind.date_from, ind.date_to)), st["subtitle"]),
    ]
    if scope:
        story.append(Paragraph(escape(f"Phạm vi: {scope}"), st["subtitle"]))
    data = [["Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ"]]
    for code in INDICATOR_CODES:
        ratio = ind.values[code]
        data.append([INDICATOR_LABELS[code], vn_format.number(ratio.numerator),
                     vn_format.number(ratio.denominator), vn_format.percent(ratio.rate)])
    t = Table(data, colWidths=[80 * mm, 28 * mm, 28 * mm, 28 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]))
    story += [t, Spacer(1, 6 * mm), _chart(ind), Spacer(1, 4 * mm)]
    notes = (
        (f"Hồ sơ tiếp nhận: {vn_format.number(ind.received)}; đã giải quyết trong kỳ: "
         f"{vn_format.number(ind.resolved)}; chưa giải quyết: {vn_format.number(ind.open)}; "
         f"giải quyết quá hạn: {vn_format.number(ind.late)}."
         + (f" Giấy tờ đã số hóa được đề nghị dùng lại: "  # docs/reuse.md#indicators
            f"{vn_format.number(ind.document_reuse.denominator)}, đã dùng lại: "
            f"{vn_format.number(ind.document_reuse.numerator)}."
            if ind.document_reuse is not None else "")),
        ("Số hóa: hồ sơ tiếp nhận có ít nhất một trang đã số hóa / hồ sơ tiếp nhận. "
        "Kết quả điện tử: hồ sơ giải quyết trong kỳ có kết quả điện tử / hồ sơ giải quyết trong kỳ. "
        "Trực tuyến: hồ sơ nộp trực tuyến / hồ sơ tiếp nhận. Tái sử dụng: hồ sơ có thành phần "
        "tái sử dụng dữ liệu / hồ sơ tiếp nhận. Đúng hạn: hồ sơ tiếp nhận giải quyết không muộn "
         "hơn hạn trả / hồ sơ tiếp nhận. Không tính hồ sơ bị từ chối tiếp nhận."),
    )
    story += [Paragraph(escape(n), st["base"]) for n in notes]
    _build(path, story, unit, A4)
