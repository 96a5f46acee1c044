"""Mẫu 07 ledger and Mẫu 06 control sheet: the queries that fill them, and the PDFs through the CLI
read back with pdftotext."""
from __future__ import annotations

import datetime as dt

from sv_fixture import AGENCY, add_accounts, add_indicator_dossiers  # type: ignore[import-not-found]
from test_pdf_reports import fonts_embedded, pdftext  # type: ignore[import-not-found]

from desk_app.cli import main as cli_main
from desk_app.forms.data import HandoverResult
from desk_app.supervision.registers import control_sheet_data, ledger_data


def _store(ctx) -> None:
    add_indicator_dossiers(ctx)
    with ctx.sessions.begin() as s:
        add_accounts(s)


def test_ledger_rows(ctx) -> None:
    _store(ctx)
    with ctx.sessions() as s:
        data = ledger_data(s, AGENCY, dt.date(2026, 10, 1), dt.date(2026, 10, 5))
    assert [r.dossier_code for r in data.rows] == ["D1", "D2", "D3", "D4", "D5", "D8"]
    assert [r.no for r in data.rows] == [1, 2, 3, 4, 5, 6]
    assert data.rows[3].note.startswith("Từ chối tiếp nhận")
    assert data.rows[0].returned_at == dt.datetime(2026, 10, 5, 9)
    assert data.header.unit == "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HỒNG BÀNG"
    assert data.header.superior == "UBND THÀNH PHỐ HẢI PHÒNG"


def test_control_sheet_handovers(ctx) -> None:
    _store(ctx)
    with ctx.sessions() as s:
        d1 = control_sheet_data(s, "D1")
        d2 = control_sheet_data(s, "D2")
        d3 = control_sheet_data(s, "D3")
    # Resolved a day early; returned on the due day (before the due hour): on time.
    assert [h.result for h in d1.handovers] == [HandoverResult.ON_TIME, HandoverResult.EARLY,
                                                HandoverResult.ON_TIME]
    assert d2.handovers[1].result == HandoverResult.LATE
    assert len(d3.handovers) == 1  # still with the deciding agency


def test_ledger_and_control_sheet_pdfs(ctx, tmp_path) -> None:
    _store(ctx)
    ledger = tmp_path / "so-theo-doi.pdf"
    assert cli_main(["report", "ledger", "--from", "01/10/2026", "--to", "05/10/2026",
                     "-o", str(ledger), "--user", "lanhdao"]) == 0
    text = pdftext(ledger, layout=False)
    for expected in ("SỔ THEO DÕI HỒ SƠ", "Hoàng Thị Lan", "Đăng ký khai sinh", "Số 5 Lạch Tray",
                     "Từ chối tiếp nhận", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"):
        assert expected in text, expected
    sheet = tmp_path / "phieu-kiem-soat.pdf"
    assert cli_main(["report", "control-sheet", "D2", "-o", str(sheet), "--user", "quantri"]) == 0
    text = pdftext(sheet, layout=False)
    for expected in ("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Hoàng Thị Lan", "D2",
                     "Quá hạn", "Bộ phận Một cửa"):
        assert expected in text, expected
    assert fonts_embedded(ledger) and fonts_embedded(sheet)
    # An officer gets neither; an unknown dossier is refused with a message.
    assert cli_main(["report", "control-sheet", "D2", "-o", str(sheet), "--user", "canbo1"]) == 2
    assert cli_main(["report", "control-sheet", "KHONG-CO", "-o", str(tmp_path / "x.pdf"),
                     "--user", "lanhdao"]) == 2
    assert not (tmp_path / "x.pdf").exists()
