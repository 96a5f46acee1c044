"""Screenshots of the supervisor's screen and page images of the supervision PDFs, into
docs/screenshots/. Builds a throw-away demo store of its own (catalog, dossiers with page images, log
entries seeded with irregularities at the documented rates) under a temporary folder.

    QT_QPA_PLATFORM=offscreen python scripts/supervision_screenshots.py [--dossiers 200]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from db.models import (  # noqa: E402
    Account,
    Agency,
    Applicant,
    Dossier,
    DossierComponent,
    Page,
    Procedure,
    ProcedureComponent,
)
from desk_app.context import open_context  # noqa: E402
from desk_app.supervision.irregularities import seed_irregular_entries  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
AGENCY = "H31.12.05"
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
CATALOG = {
    ("1.001193", "Đăng ký khai sinh", 1): [
        ("KS.1", "Tờ khai đăng ký khai sinh", "submit", ["original"], False),
        ("KS.2", "Giấy chứng sinh", "submit", ["photocopy_with_original", "certified_copy"], False),
        ("KS.3", "Giấy chứng nhận kết hôn của cha mẹ", "show", ["original"], False),
        ("KS.4", "Thông tin cư trú của người đi đăng ký", "submit", ["national_data"], True),
    ],
    ("1.000894", "Đăng ký kết hôn", 3): [
        ("KH.1", "Tờ khai đăng ký kết hôn", "submit", ["original"], False),
        ("KH.2", "Giấy xác nhận tình trạng hôn nhân", "submit",
         ["photocopy_with_original", "certified_copy", "master_register_copy"], False),
        ("KH.3", "Thẻ căn cước của hai bên", "show", ["original"], True),
    ],
    ("2.000815", "Chứng thực bản sao từ bản chính", 0): [
        ("CT.1", "Bản chính giấy tờ cần chứng thực", "show", ["original"], False),
        ("CT.2", "Bản sao cần chứng thực", "submit", ["photocopy_with_original"], False),
    ],
}
OFFICERS = [("Nguyễn Văn An", "canbo1"), ("Trần Thị Bình", "canbo2"),
            ("Lê Minh Châu", "canbo3"), ("Phạm Thu Dung", "canbo4")]
NAMES = ["Hoàng Văn Em", "Vũ Thị Phương", "Đặng Quốc Giang", "Bùi Thị Hà", "Đỗ Văn Khánh",
         "Ngô Thị Lan", "Dương Minh Long", "Lý Thị Mai", "Trịnh Văn Nam", "Phan Thị Oanh"]


def page_png(title: str, n: int) -> bytes:
    image = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(FONT), 30)
    small = ImageFont.truetype(str(FONT), 18)
    draw.text((310, 60), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=small, fill="black", anchor="mm")
    draw.text((310, 88), "Độc lập - Tự do - Hạnh phúc", font=small, fill="black", anchor="mm")
    draw.text((310, 170), title.upper(), font=big, fill="black", anchor="mm")
    for i in range(14):
        draw.text((60, 240 + 36 * i), f"Dòng {i + 1}: ........................ số {n:04d}",
                  font=small, fill="#333")
    draw.ellipse((420, 700, 560, 840), outline="#c0392b", width=4)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def build(home: Path, dossiers: int, seed: int = 1) -> object:
    rng = random.Random(seed)
    ctx = open_context(home)
    with ctx.sessions.begin() as s:
        s.add(Agency(code="H31", name="UBND thành phố Hải Phòng", level="province"))
        s.add(Agency(code=AGENCY, name="Trung tâm Phục vụ hành chính công phường Hồng Bàng",
                     parent_code="H31", address="Số 1 Hoàng Văn Thụ, Hồng Bàng, thành phố Hải Phòng"))
        for (code, name, days), comps in CATALOG.items():
            s.add(Procedure(code=code, name=name, processing_days=days, deciding_agency_code=AGENCY))
            s.flush()
            for pos, (cid, cname, req, forms, data) in enumerate(comps, start=1):
                s.add(ProcedureComponent(id=cid, procedure_code=code, position=pos, name=cname,
                                         accepted_forms=forms, requirement=req,
                                         available_as_data=data))
        accounts = []
        for name, username in OFFICERS:
            acc = Account(username=username, full_name=name, role="officer", agency_code=AGENCY)
            s.add(acc)
            accounts.append(acc)
        s.add(Account(username="lanhdao", full_name="Lê Thị Hương", role="supervisor"))
        s.flush()
        images: dict[str, str] = {}
        made = []
        start = dt.datetime(2026, 10, 1, 7, 45)
        procs = list(CATALOG.items())
        for n in range(dossiers):
            (code, pname, days), comps = procs[rng.randrange(len(procs))]
            received = start + dt.timedelta(days=n * 30 // max(dossiers, 1),
                                            minutes=rng.randint(0, 480))
            app = Applicant(full_name=rng.choice(NAMES), address="Số 12 Lạch Tray, Hải Phòng",
                            phone="09" + "".join(str(rng.randint(0, 9)) for _ in range(8)))
            s.add(app)
            s.flush()
            due = received + dt.timedelta(days=days + 2) if days else None
            resolved = received + dt.timedelta(days=rng.randint(0, days + 3)) if rng.random() < 0.8 else None
            d = Dossier(code=f"{AGENCY}-{received:%y%m%d}-{n + 1:04d}", code_rule="tt03-2025",
                        procedure_code=code, applicant_id=app.id, receiving_agency_code=AGENCY,
                        deciding_agency_code=AGENCY, workstation_id=ctx.workstation.id,
                        officer_id=accounts[n % len(accounts)].id, received_at=received,
                        due_at=due, resolved_at=resolved,
                        returned_at=resolved + dt.timedelta(hours=4) if resolved else None,
                        status="returned" if resolved else "received",
                        channel="online" if rng.random() < 0.3 else "counter",
                        electronic_result=bool(resolved) and rng.random() < 0.6,
                        reuse_count=1 if rng.random() < 0.45 else 0, ledger_book="01/2026",
                        ledger_no=n + 1)
            s.add(d)
            s.flush()
            for pos, (cid, cname, req, forms, data) in enumerate(comps, start=1):
                dc = DossierComponent(dossier_id=d.id, position=pos, name=cname,
                                      procedure_component_id=cid, form=forms[0], requirement=req,
                                      reused_from="vneid" if data else None)
                s.add(dc)
                s.flush()
                if req == "submit" and not data:
                    key = f"{cname}-{n % 7}"
                    if key not in images:
                        images[key] = ctx.pages.put(page_png(cname, n))
                    s.add(Page(dossier_id=d.id, component_id=dc.id, position=pos,
                               sha256=images[key], source="demo"))
            made.append(d)
        s.flush()
        summary = seed_irregular_entries(s, ctx.workstation.id, made, rng)
    print(f"demo store: {dossiers} dossiers, {summary.entries} entries, "
          f"{sum(1 for v in summary.truth.values() if v)} irregular")
    return ctx


def pdf_page(pdf: Path, png: Path) -> None:
    stem = png.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(stem)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=200)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from desk_app.supervision.access import Principal
    from desk_app.supervision.service import SupervisionService
    from ui.supervision.supervisor_window import SupervisorWindow

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        ctx = build(home, args.dossiers)
        user = Principal("sup", "lanhdao", "Lê Thị Hương", "supervisor")
        window = SupervisorWindow(SupervisionService(ctx.engine, ctx.pages, user), user)
        window.show()

        def settle(condition: object, limit: float = 10.0) -> None:
            import time

            end = time.monotonic() + limit
            while time.monotonic() < end:
                app.processEvents()
                if callable(condition) and condition():
                    break
                time.sleep(0.01)
            for _ in range(20):
                app.processEvents()
                time.sleep(0.01)

        settle(lambda: window.model.rowCount() > 0 and window.detail.entry is not None)
        window.grab().save(str(OUT / "supervisor-log.png"))
        window.flag_box.setCurrentIndex(window.flag_box.findData("__flagged__"))
        settle(lambda: window.model.rowCount() > 0 and not window.model.loading)
        for row in range(window.model.rowCount()):
            r = window.model.row_at(row)
            if r and "mismatch_overridden" in r.flags and r.page_hashes:
                window.table.selectRow(row)
                break
        # The thumbnails are in once the placeholder label gave way to image holders (with layouts).
        settle(lambda: window.detail.images.count() > 0
               and window.detail.images.itemAt(0).widget().layout() is not None, 5)
        window.detail.save_note("mismatch_overridden", "Đề nghị cán bộ giải trình lý do bỏ qua.")
        settle(lambda: window.detail.notes.count() > 0, 5)
        window.grab().save(str(OUT / "supervisor-flagged-detail.png"))
        window.tabs.setCurrentIndex(1)
        settle(lambda: window.rates_table.rowCount() > 1)
        window.grab().save(str(OUT / "supervisor-officers.png"))
        window.tabs.setCurrentIndex(2)
        window.check_chains()
        settle(lambda: window.chain_table.rowCount() > 0)
        window.grab().save(str(OUT / "supervisor-chains.png"))
        window.close()

        os.environ["DESK_APP_HOME"] = str(home)
        from desk_app.cli import main as cli

        pdfs = Path(tmp) / "pdf"
        pdfs.mkdir()
        runs = [
            (["report", "verifications", "--flagged", "--format", "pdf"], "supervisor-report-flagged"),
            (["report", "indicators", "--from", "01/10/2026", "--to", "31/10/2026", "--format", "pdf"],
             "supervisor-report-indicators"),
            (["report", "ledger", "--from", "01/10/2026", "--to", "10/10/2026"], "supervisor-ledger"),
        ]
        with ctx.sessions() as s:
            code = s.query(Dossier.code).filter(Dossier.resolved_at.is_not(None)).first()[0]
        runs.append((["report", "control-sheet", code], "supervisor-control-sheet"))
        for argv, name in runs:
            pdf = pdfs / f"{name}.pdf"
            if cli([*argv, "-o", str(pdf)]) == 0:
                pdf_page(pdf, OUT / f"{name}.png")
                print("wrote", OUT / f"{name}.png")
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
