"""The Foundation contract, from outside: demo-data, dossiers list --json, receipt."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image
from pyzbar.pyzbar import decode as qr_decode

from desk_app.domain.dossier_code import parse_code
from desk_app.domain.holidays import load_calendar

ROOT = Path(__file__).resolve().parents[1]


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESK_APP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "desk_app", *args], check=False,
                          capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


def test_demo_data_list_and_receipt(tmp_path: Path) -> None:
    home = tmp_path / "home"
    out = run(home, "demo-data", "--dossiers", "12")
    assert out.returncode == 0, out.stderr
    dossiers = json.loads(run(home, "dossiers", "list", "--json").stdout)
    assert len(dossiers) == 12
    assert len({d["code"] for d in dossiers}) == 12
    cal = load_calendar()
    for d in dossiers:
        parsed = parse_code(d["code"])
        received = dt.datetime.fromisoformat(d["received_at"])
        assert parsed.day == received.date()
        assert set(d) >= {"code", "procedure", "applicant", "status", "received_at", "due_at", "pages"}
        if d["due_at"]:
            assert cal.is_working_day(dt.datetime.fromisoformat(d["due_at"]).date())
    received = next(d for d in dossiers if d["status"] in ("received", "returned", "resolved"))
    pdf = tmp_path / "r.pdf"
    out = run(home, "receipt", received["code"], "-o", str(pdf))
    assert out.returncode == 0, out.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=False, capture_output=True,
                          text=True).stdout
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert received["code"] in text
    assert received["applicant"] in text
    from desk_app.context import open_context
    from desk_app.reception import ReceptionService

    ctx = open_context(home)
    comps = ReceptionService(ctx).dossier(received["code"]).components
    ctx.close()
    printed = [c for c in comps if c.form not in (None, "national_data")]
    assert printed
    flat = " ".join(text.split())
    for c in printed:  # names wrap in the table: compare with whitespace folded
        assert " ".join(c.name.split())[:40] in flat
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    codes = {c.data.decode() for c in qr_decode(Image.open(page))}
    assert received["code"] in codes


def test_receipt_of_unknown_code_is_a_clear_error(tmp_path: Path) -> None:
    out = run(tmp_path / "home", "receipt", "H31.12.05-261126-9999", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and "Không có hồ sơ" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
