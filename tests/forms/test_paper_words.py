"""The words on paper, read back from real PDFs with pdftotext: the time limit in words, a header
that breaks only between words at one type size, shown-only papers kept out of the submitted
counts, and the one Vietnamese formatter."""
from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desk_app.accounts import AccountService
from desk_app.domain import vn_format
from desk_app.domain.types import PresentationForm, Role
from desk_app.forms import render_receipt
from desk_app.forms.data import AgencyHeader, ComponentRow, Person, ReceiptData
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.forms import pdftools as pt

SAME_DAY = "1.001193"   # Đăng ký khai sinh: 0 working days in the sample catalog
FIVE_DAYS = "1.004884"  # Đăng ký lại khai sinh: 5 working days
_NS = "{http://www.w3.org/1999/xhtml}"


def test_formatter_writes_vietnamese() -> None:
    assert vn_format.number(1234567) == "1.234.567"
    assert vn_format.number(0.8666, 2) == "0,87"
    assert vn_format.percent(130 / 150) == "86,7 %"
    assert vn_format.percent(None) == "–"
    assert vn_format.percent_points(80) == "80 %"
    assert vn_format.date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert vn_format.time(dt.time(7, 5)) == "07:05"
    assert vn_format.datetime(dt.datetime(2026, 3, 5, 14, 30)) == "05/03/2026 14:30"
    assert vn_format.duration_days(0) == "trong ngày"
    assert vn_format.duration_days(5) == "05 ngày làm việc"
    assert vn_format.duration_days(20) == "20 ngày làm việc"


# --- through the reception service, on the seeded sample catalog ------------------------------

def _receipt(ctx: Any, tmp_path: Path, code: str) -> tuple[Path, list[str], list[str]]:
    """Receive a dossier of procedure `code` with every required component (shown-only ones as
    originals) and return its receipt PDF, the submitted and the shown component names."""
    officer = AccountService(ctx).create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    service = ReceptionService(ctx)
    proc = service.procedure(code)
    comps, submitted, shown = [], [], []
    for c in proc.components:
        if c.optional:
            continue
        paper = [f for f in c.accepted_forms if f != PresentationForm.NATIONAL_DATA]
        comps.append(ComponentInput(c.id, c.name, paper[0]))
        (shown if c.requirement == "show" else submitted).append(c.name)
    assert shown, "the procedure has a paper that is only shown"
    draft = ReceptionDraft(
        procedure_code=code,
        applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2),
                              "female", "Số 5 Lạch Tray, phường Ngô Quyền, Hải Phòng"),
        components=comps, received_at=dt.datetime(2026, 11, 26, 9, 30),
    )
    summary = service.receive(draft, officer)
    pdf = service.print_form(summary.code, officer)
    return pt.write(tmp_path, f"{code}.pdf", pdf), submitted, shown


def test_same_day_receipt_says_trong_ngay(ctx: Any, tmp_path: Path) -> None:
    path, _, _ = _receipt(ctx, tmp_path, SAME_DAY)
    text = pt.flat(pt.text(path))
    assert "Thời gian giải quyết hồ sơ theo quy định là: trong ngày" in text
    assert "00 ngày" not in text


def test_five_day_receipt_says_05_working_days(ctx: Any, tmp_path: Path) -> None:
    path, _, _ = _receipt(ctx, tmp_path, FIVE_DAYS)
    text = pt.flat(pt.text(path))
    assert "Thời gian giải quyết hồ sơ theo quy định là: 05 ngày làm việc" in text


def test_a_shown_id_card_is_not_counted_as_submitted(ctx: Any, tmp_path: Path) -> None:
    path, submitted, shown = _receipt(ctx, tmp_path, SAME_DAY)
    page = pt.flat(pt.pages(path)[0])
    table, rest = page.split("1. Thành phần hồ sơ nộp gồm:", 1)[1].split("Giấy tờ xuất trình để đối chiếu (không nộp):")
    listed_shown = rest.split("2. Số lượng hồ sơ")[0]
    for name in shown:
        assert name in listed_shown
        assert name.split("(")[0].strip() not in table  # not a row of the submitted table
    # one "01" per submitted row, none for the shown card
    assert table.split().count("01") == len(submitted)


# --- the header ---------------------------------------------------------------------------------

def _header_lines(path: Path) -> list[tuple[str, float]]:
    """The lines (text, height) of the first text block of page 1: the agency block."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    root = ET.fromstring(xml)
    block = next(root.iter(f"{_NS}block"))
    lines = []
    for line in block.iter(f"{_NS}line"):
        words = [unicodedata.normalize("NFC", w.text or "") for w in line.iter(f"{_NS}word")]
        lines.append((" ".join(words), float(line.get("yMax", 0)) - float(line.get("yMin", 0))))
    return lines


# Agency names cut into the words a line must not split (written out here by hand).
SHORT = (("ỦY BAN NHÂN DÂN", "XÃ TIÊN LÃNG"), ("CÔNG AN", "XÃ TIÊN LÃNG"))
LONG = (("ỦY BAN NHÂN DÂN", "PHƯỜNG HỒNG BÀNG"),
        ("TRUNG TÂM", "PHỤC VỤ", "HÀNH CHÍNH CÔNG", "PHƯỜNG HỒNG BÀNG"))
LONGER = (("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"),
          ("CHI NHÁNH", "VĂN PHÒNG", "ĐĂNG KÝ ĐẤT ĐAI", "KHU VỰC KIẾN THỤY - AN LÃO",
           "THÀNH PHỐ HẢI PHÒNG"))


def _data(names: tuple[tuple[str, ...], tuple[str, ...]], components: int) -> ReceiptData:
    superior, unit = (" ".join(n) for n in names)
    return ReceiptData(
        header=AgencyHeader(unit=unit, superior=superior, place="Hải Phòng"),
        number="0001", dossier_code="H31.12.05-261126-0001",
        applicant=_person(components), procedure="Đăng ký khai sinh",
        components=[ComponentRow(f"Giấy tờ số {i} " + "kèm theo " * (i % 4), originals=1)
                    for i in range(1, components + 1)],
        received_at=dt.datetime(2026, 11, 26, 9, 30), due_at=dt.datetime(2026, 11, 26, 17),
        officer="Lê Thị Mai",
    )


def _person(components: int) -> Person:
    long = components > 5  # the crowded dossier: long name and address as well
    return Person(name="Nguyễn Thị Hồng Nhung" if not long else
                  "Tôn Nữ Hoàng Thị Phương Thảo Nguyên Khánh Linh Công Tằng Tôn",
                  address="Số 5 Lạch Tray" + ", phường Ngô Quyền, thành phố Hải Phòng" * long)


def _is_made_of(line: str, words: tuple[str, ...]) -> bool:
    """The line is a run of consecutive whole words of the name."""
    return any(" ".join(words[i:j]) == line
               for i in range(len(words)) for j in range(i + 1, len(words) + 1))


@pytest.mark.parametrize("names", [SHORT, LONG, LONGER], ids=["short", "long", "longer"])
def test_header_lines_never_split_a_word(tmp_path: Path, names: Any) -> None:
    path = pt.write(tmp_path, "r.pdf", render_receipt(_data(names, 3)))
    lines = [text for text, _ in _header_lines(path)]
    superior, unit = names
    n_sup = next(i for i in range(1, len(lines) + 1)
                 if " ".join(lines[:i]) == " ".join(superior))
    for line in lines[:n_sup]:
        assert _is_made_of(line, superior), line
    rest = lines[n_sup:]
    n_unit = next(i for i in range(1, len(rest) + 1) if " ".join(rest[:i]) == " ".join(unit))
    for line in rest[:n_unit]:
        assert _is_made_of(line, unit), line


def test_header_type_size_is_the_same_on_every_dossier(tmp_path: Path) -> None:
    """A short dossier and a crowded one (whose body type shrinks to fit a page), of agencies with
    short and long names: the header's line height is the same on all."""
    per_dossier = []
    for i, (names, components) in enumerate([(SHORT, 2), (SHORT, 14), (LONGER, 2),
                                             (LONGER, 14)]):
        path = pt.write(tmp_path, f"r{i}.pdf", render_receipt(_data(names, components)))
        # the governing body (regular) and the unit (bold) each have one line height
        per_dossier.append(frozenset(round(h, 1) for _, h in _header_lines(path)))
    assert len(set(per_dossier)) == 1, per_dossier
    assert len(per_dossier[0]) <= 2, per_dossier


def test_body_type_did_shrink_for_the_crowded_dossier(tmp_path: Path) -> None:
    """The previous test means something only if the crowded receipt really uses smaller type."""
    def body_height(components: int) -> float:
        path = pt.write(tmp_path, f"b{components}.pdf",
                        render_receipt(_data(SHORT, components)))
        xml = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(path), "-"],
                             check=True, capture_output=True, text=True).stdout
        for line in ET.fromstring(xml).iter(f"{_NS}line"):
            words = [w.text or "" for w in line.iter(f"{_NS}word")]
            if words[:2] == ["2.", "Số"]:
                return float(line.get("yMax", 0)) - float(line.get("yMin", 0))
        raise AssertionError("no item 2")

    assert body_height(14) < body_height(2)

