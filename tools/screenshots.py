"""Regenerates the screenshots of the desktop client in docs/screenshots/ from a fresh demo store:
first run, login, main window, new reception (filled in), dossier details and the receipt
preview.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--offscreen]
    .venv/bin/python tools/screenshots.py --fit    # every window at 1366×768: *-1366.png

Runs under a real X server: Xvfb through xvfb-run when there is no DISPLAY (or Qt's offscreen
platform with --offscreen). The store is made with `desk-app demo-data --dossiers 30`, plus a few
receptions of today through the reception service so the day's list is not empty."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.bootstrap import Services

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _reexec_under_xvfb(args: argparse.Namespace) -> None:
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    if os.environ.get("DISPLAY") or os.environ.get("DESK_SHOTS_UNDER_XVFB"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
        return
    if shutil.which("xvfb-run") is None:
        print("xvfb-run not found: using the offscreen platform", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    env = dict(os.environ, DESK_SHOTS_UNDER_XVFB="1")
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1200x24", sys.executable, *sys.argv]
    raise SystemExit(subprocess.call(cmd, env=env))


def make_store(home: Path) -> None:
    subprocess.run([sys.executable, "-m", "desk_app", "demo-data", "--dossiers", "30"],
                   env=dict(os.environ, DESK_APP_HOME=str(home)), cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def add_todays_receptions(root: Services, n: int = 9) -> None:
    """A morning at the counter: n dossiers received today, through the real service."""
    from desk_app.demo.dossiers import PageRenderer, make_person
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

    rng = random.Random(11)
    reception = root.reception
    officer = root.accounts.login("canbo1", "Canbo1@2026")
    procedures = reception.procedures()
    renderer = PageRenderer()
    scratch = Path(tempfile.mkdtemp(dir=root.ctx.home))
    start = dt.datetime.combine(dt.date.today(), dt.time(7, 40))
    for i in range(n):
        proc = procedures[i % len(procedures)]
        person = make_person(rng)
        components = []
        for c in proc.components:
            if c.optional:
                continue
            form = c.accepted_forms[0] if c.accepted_forms else "original"
            files = []
            if c.requirement == "submit" and form != "national_data":
                page = renderer.render(c.name, [f"Họ và tên: {person.name}"], i)
                path = scratch / f"{i}-{c.position}.png"
                path.write_bytes(page.data)
                files.append(path)
            components.append(ComponentInput(c.id, c.name, form, c.quantity,
                                             original_shown=form == "photocopy_with_original",
                                             files=files))
        draft = ReceptionDraft(
            proc.code,
            PersonInput(person.name, person.id_number, person.birth_date, person.sex,
                        person.address, person.phone),
            components=components,
            received_at=start + dt.timedelta(minutes=17 * i + rng.randint(0, 9)),
        )
        reception.receive(draft, officer)
    shutil.rmtree(scratch)


def wait(app: object, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() > end:
            raise TimeoutError("the window did not reach the expected state")
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def fit_screenshots(out: Path) -> int:
    """Every top-level window at the counter's 1366×768 screen, as tests/gui/test_fit_1366.py
    opens them (tests/gui/all_windows.py), into `out`/<window>-1366.png: Qt's offscreen platform
    with one virtual 1366×768 screen, a fresh demo store, the Vietnamese client."""
    import json

    from tests.conftest import SCREEN_1366

    scratch = Path(tempfile.mkdtemp(prefix="desk-fit-"))
    config = scratch / "screen.json"
    config.write_text(json.dumps(SCREEN_1366))
    os.environ["DESK_APP_HOME"] = str(scratch / "home")
    os.environ["SANE_CONFIG_DIR"] = str(scratch)
    (scratch / "dll.conf").write_text("test\n")
    from PySide6.QtWidgets import QApplication

    from desk_app.context import open_context
    from tests.gui.all_windows import demo_store, open_all
    from ui.i18n import Translators
    from ui.workers import TaskRunner

    app = QApplication(["desk-shots", "-platform", f"offscreen:configfile={config}"])
    Translators().install("vi")
    ctx = open_context(scratch / "home")
    root = demo_store(ctx)
    runner = TaskRunner()
    out.mkdir(parents=True, exist_ok=True)
    for name, window in open_all(root, runner, lambda ready: wait(app, ready, 60.0)):
        frame = window.frameGeometry()
        window.grab().save(str(out / f"{name}-1366.png"))
        print(f"{out / f'{name}-1366.png'}  frame {frame.width()}×{frame.height()}"
              f" at {frame.x()},{frame.y()}")
    runner.wait_done(20_000)
    ctx.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true")
    parser.add_argument("--home", type=Path, help="use this store instead of a fresh demo one")
    parser.add_argument("--fit", action="store_true",
                        help="every window at 1366×768 into <window>-1366.png (offscreen)")
    args = parser.parse_args()
    if args.fit:
        return fit_screenshots(args.out)
    _reexec_under_xvfb(args)
    os.environ["DESK_APP_LANG"] = "vi"

    home = args.home or Path(tempfile.mkdtemp(prefix="desk-shots-"))
    if args.home is None:
        make_store(home)
    os.environ["DESK_APP_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication

    from desk_app.bootstrap import build_services
    from desk_app.context import open_context
    from desk_app.domain.types import DocumentKind
    from ui.dialogs.login_dialog import LoginDialog
    from ui.i18n import Translators
    from ui.main_window import MainWindow
    from ui.services import ClientServices
    from ui.widgets.pdf_preview import PdfPreviewDialog
    from ui.workers import TaskRunner

    app = QApplication(sys.argv[:1])
    Translators().install("vi")
    ctx = open_context(home)
    root = build_services(ctx)  # the services as the client gets them (ui/app.py)
    if args.home is None:
        add_todays_receptions(root)
    accounts, reception = root.accounts, root.reception
    services = ClientServices.from_root(root)
    runner = TaskRunner()
    officer = accounts.login("canbo1", "Canbo1@2026")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    def save(widget: object, name: str) -> None:
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    # first run: no account yet
    from ui.dialogs.first_admin_dialog import FirstAdminDialog

    first = FirstAdminDialog(accounts, runner)
    first.full_name.setText("Trần Văn Quản")
    first.show()
    wait(app, first.isVisible)
    save(first, "first-run.png")
    first.close()

    # login
    login = LoginDialog(accounts, runner, counter_name=ctx.workstation.name)
    login.set_counter_name(ctx.workstation.name)
    login.username.setText("canbo1")
    login.password.setText("Canbo1@2026")
    login.show()
    wait(app, login.isVisible)
    save(login, "login.png")
    login.close()

    # main window with today's dossiers
    window = MainWindow(services, runner, officer)
    window.resize(1360, 820)
    window.show()
    wait(app, lambda: window.model.rowCount() > 0 and window.sync_widget.status is not None)
    save(window, "main-window.png")

    # new reception, filled in part way: one component still missing
    window.new_reception()
    page = window.reception_page
    wait(app, lambda: len(page._procedures) > 0)
    code = next(p.code for p in page._procedures if p.name == "Đăng ký khai sinh")
    page.select_procedure(code)
    a = page.applicant
    a.full_name.setText("Nguyễn Thị Hồng Nhung")
    a.id_number.setText("031195001234")
    a.birth_date.setText("02/03/1996")
    a.sex.setCurrentIndex(2)
    a.phone.setText("0912345678")
    a.address.setText("Số 5 Lạch Tray, phường Ngô Quyền, thành phố Hải Phòng")
    page._check_person("applicant")
    rows = page.checklist.rows
    scratch = Path(tempfile.mkdtemp(dir=home))
    from PIL import Image

    # the form is there with its page; the birth certificate is still to come
    path = scratch / "to-khai.png"
    Image.new("RGB", (827, 1169), "white").save(path)
    page.checklist.attach_files(0, [path])
    for row in rows:
        if row.info.requirement == "show" and not row.info.optional:
            row.tick.setChecked(True)
    window.resize(1360, 1180)
    wait(app, lambda: page.applicant.warnings.isVisible() and page.missing != []
         and runner.active_count == 0 and rows[0].page_count == 1)
    save(window, "new-reception.png")
    window.reception_page.reset()
    window.show_home()
    window.resize(1360, 820)

    # dossier details of today's dossier with the most pages
    wait(app, lambda: window.model.rowCount() > 0)
    rows_today = [window.model.row_at(r) for r in range(window.model.rowCount())]
    best = max(rows_today, key=lambda d: d.pages)
    window.open_dossier(best.code)
    done: list[int] = []
    window.details_page.thumbnails_done.connect(done.append)
    wait(app, lambda: bool(done))
    save(window, "dossier-details.png")

    # the receipt preview
    preview = PdfPreviewDialog(runner, "Mẫu 01 – Giấy tiếp nhận hồ sơ và hẹn trả kết quả – "
                               + best.code, data=reception.document_pdf(best.code, DocumentKind.RECEIPT),
                               parent=window)
    preview.resize(900, 1000)
    preview.show()
    wait(app, lambda: len(preview.images) > 0)
    save(preview, "receipt-preview.png")
    preview.close()

    window.blockSignals(True)
    window.close()
    runner.wait_done(10_000)
    shutil.rmtree(scratch, ignore_errors=True)
    ctx.close()
    if args.home is None:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
