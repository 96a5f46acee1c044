"""Mẫu 04 on its own: what it prints, read back with pdftotext, and what it refuses to print."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desk_app.demo import form_samples
from desk_app.domain.types import DocumentKind
from desk_app.errors import InputRefused
from desk_app.form_registry import FORMS


def test_mau04_prints_agency_citizen_dossier_reason_and_new_date(tmp_path: Path) -> None:
    data = form_samples.apology()
    path = tmp_path / "m04.pdf"
    path.write_bytes(FORMS[DocumentKind.APOLOGY].render(data))
    text = " ".join(unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout).split())
    for words in ("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Nguyễn Thị Hồng Nhung",
                  data.header.unit, data.dossier_code, data.reason, "xin lỗi",
                  "16 giờ 00 phút, ngày 03 tháng 12 năm 2026",  # the date first promised
                  "17 giờ 00 phút, ngày 07 tháng 12 năm 2026", "07/12/2026", "Số: 0975.1/PXL",
                  "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"):
        assert words in text, words
    pages = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert re.search(r"^Pages:\s+1$", pages.stdout, re.MULTILINE), pages.stdout


@pytest.mark.parametrize("change", [{"reason": "  "}, {"new_due_at": dt.datetime(2026, 12, 3, 9)},
                                    {"dossier_code": ""}])
def test_mau04_refuses_a_blank_reason_or_a_new_date_not_later(change: dict[str, Any]) -> None:
    with pytest.raises(InputRefused) as err:
        dataclasses.replace(form_samples.apology(), **change)
    assert err.value.code == "form_incomplete"
