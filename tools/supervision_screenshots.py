"""Screenshots of the supervisor's screen and page images of the supervision PDFs, into
docs/screenshots/. Builds a throw-away store with the project's own `demo-data` (sample catalog, demo
accounts, dossiers with page images, what officers asked for and compared, at the documented rates) under a
temporary folder.

    QT_QPA_PLATFORM=offscreen python tools/supervision_screenshots.py [--dossiers 200]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.models import Account, Dossier  # noqa: E402
from desk_app.context import open_context  # noqa: E402
from desk_app.demo.dossiers import create_demo_data  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def build(home: Path, dossiers: int) -> object:
    ctx = open_context(home)
    create_demo_data(ctx, dossiers)
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

    from desk_app.supervision.access import principal_of
    from desk_app.supervision.service import SupervisionService
    from ui.supervision.supervisor_window import SupervisorWindow
    from ui.workers import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        ctx = build(home, args.dossiers)
        with ctx.sessions() as s:
            user = principal_of(s.query(Account).filter(Account.username == "giamsat").one())
        runner = TaskRunner()  # the window loads its pages on the client's runner
        window = SupervisorWindow(SupervisionService(ctx.engine, ctx.pages, user), user, runner)
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
        # An entry with page images, preferably an overridden mismatch, for the detail pane.
        chosen, rows = 0, [window.model.row_at(i) for i in range(window.model.rowCount())]
        for i, r in enumerate(rows):
            if r and r.page_hashes and (not rows[chosen].page_hashes
                                        or "mismatch_overridden" in r.flags):
                chosen = i
                if "mismatch_overridden" in r.flags:
                    break
        window.table.selectRow(chosen)
        # The thumbnails are in once the placeholder label gave way to image holders (with layouts).
        settle(lambda: window.detail.images.count() > 0
               and window.detail.images.itemAt(0).widget().layout() is not None, 5)
        entry = window.detail.entry
        window.detail.save_note(entry.flags[0], "Đề nghị cán bộ giải trình; nhắc lại quy định "
                                "không yêu cầu giấy tờ ngoài danh mục.")
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
        os.environ["DESK_APP_PASSWORD"] = "Giamsat@2026"  # the demo supervisor (desk_app/demo/dossiers.py)
        from desk_app.cli import main as cli

        with ctx.sessions() as s:
            times = sorted(t for (t,) in s.query(Dossier.received_at))
        first, last = f"{times[0]:%d/%m/%Y}", f"{times[min(len(times) - 1, 30)]:%d/%m/%Y}"
        pdfs = Path(tmp) / "pdf"
        pdfs.mkdir()
        runs = [
            (["report", "verifications", "--flagged", "--format", "pdf"], "supervisor-report-flagged"),
            (["report", "indicators", "--format", "pdf"], "supervisor-report-indicators"),
            (["report", "ledger", "--from", first, "--to", last], "supervisor-ledger"),
        ]
        with ctx.sessions() as s:
            code = s.query(Dossier.code).filter(Dossier.resolved_at.is_not(None)).first()[0]
        runs.append((["report", "control-sheet", code], "supervisor-control-sheet"))
        for argv, name in runs:
            pdf = pdfs / f"{name}.pdf"
            if cli([*argv, "-o", str(pdf), "--user", "giamsat"]) == 0:
                pdf_page(pdf, OUT / f"{name}.png")
                print("wrote", OUT / f"{name}.png")
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
