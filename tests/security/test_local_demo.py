"""Issue 11 point 11: `tools/run-app.sh` seeded demo accounts with published passwords (admin
included) and demo log entries into whatever store it opened, a real counter's too. Now the script
uses a demo folder of its own unless DESK_APP_HOME is set, `demo-data` refuses a store holding
dossiers or accounts it did not make, and a demo store says so in the window title."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import func, select

from db.models import Account, Dossier
from desk_app.accounts import AccountService
from desk_app.context import open_context
from desk_app.demo_store import MARK, claim_for_demo
from desk_app.domain.types import Role
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from tests.fixtures_catalog import PROC, add_test_procedure
from tests.security.conftest import ROOT, cli_env


def _real_store(home: Path, tmp: Path) -> str:
    """A counter's store as an officer leaves it: its administrator, an officer, one dossier."""
    ctx = open_context(home)
    try:
        with ctx.sessions.begin() as s:
            add_test_procedure(s)
        accounts = AccountService(ctx)
        accounts.create_account("quantri", "Quản trị", Role.ADMIN, "Quantri@That1")
        officer = accounts.create_account("mai", "Lê Thị Mai", Role.OFFICER, "matkhau123")
        scan = tmp / "to-khai.png"
        Image.new("RGB", (400, 560), "white").save(scan)
        draft = ReceptionDraft(
            procedure_code=PROC,
            applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2),
                                  "female", "Số 5 Lạch Tray, Hải Phòng"),
            components=[ComponentInput(f"{PROC}#1", "Tờ khai đăng ký khai sinh", "original",
                                       files=[scan]),
                        ComponentInput(f"{PROC}#2", "Giấy chứng sinh", "original",
                                       files=[scan])])
        return ReceptionService(ctx).receive(draft, officer).code
    finally:
        ctx.close()


def _contents(home: Path) -> tuple[list[str], list[str], str | None]:
    ctx = open_context(home)
    try:
        with ctx.sessions() as s:
            codes = list(s.scalars(select(Dossier.code).order_by(Dossier.code)))
            users = list(s.scalars(select(Account.username).order_by(Account.username)))
        return codes, users, ctx.setting(MARK)
    finally:
        ctx.close()


def _fake_venv(tmp: Path) -> tuple[Path, Path]:
    """An environment for tools/run-app.sh that is up to date (no install) and whose `desk-app`
    runs this checkout's CLI, writing each call to a log first."""
    venv = tmp / "venv"
    (venv / "bin").mkdir(parents=True)
    log = tmp / "calls.log"
    python = venv / "bin" / "python"  # a link would lose the environment (its pyvenv.cfg)
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    python.chmod(0o755)
    wrapper = venv / "bin" / "desk-app"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'echo "$DESK_APP_HOME|$*" >> "{log}"\n'
        'if [ "$1" = demo-data ] && [ -n "${DEMO_DOSSIERS:-}" ]; then\n'
        '  exec "$(dirname "$0")/python" -m desk_app demo-data --dossiers "$DEMO_DOSSIERS"\nfi\n'
        'exec "$(dirname "$0")/python" -m desk_app "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    stamp = subprocess.run(
        ["bash", "-c", ("find pyproject.toml desk_app db ui resources -name __pycache__ -prune "
                        "-o -type f -print | LC_ALL=C sort | cksum")],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout
    (venv / ".desk-app-installed").write_text(stamp, encoding="utf-8")
    return venv, log


def _run_app(tmp: Path, venv: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # offscreen: the script's "there is a screen" branch; the client's place is taken by a
    # command that lists the store's dossiers.
    return subprocess.run(["bash", str(ROOT / "tools" / "run-app.sh"), "dossiers", "list", "--json"],
                          cwd=tmp, env={**env, "DESK_APP_VENV": str(venv), "QT_QPA_PLATFORM": "offscreen",
                                        "HOME": str(tmp / "user"), "XDG_DATA_HOME": str(tmp / "data")},
                          capture_output=True, text=True, timeout=600, check=False)


def test_run_app_adds_no_demo_data_to_a_store_with_real_dossiers(tmp_path: Path) -> None:
    home = tmp_path / "counter"
    code = _real_store(home, tmp_path)
    before = _contents(home)
    venv, log = _fake_venv(tmp_path)
    run = _run_app(tmp_path, venv, cli_env(home))
    assert run.returncode == 0, run.stderr
    assert [d["code"] for d in json.loads(run.stdout)] == [code]  # the client opened it as it was
    assert _contents(home) == before == ([code], ["mai", "quantri"], None)
    assert [line.split("|")[1] for line in log.read_text().splitlines()] == ["dossiers list --json"]


def test_a_real_store_without_dossiers_is_refused_too(tmp_path: Path, cli: Any) -> None:
    """A counter set up with its administrator but no dossier yet: demo accounts with published
    passwords would land next to the real ones."""
    home = tmp_path / "counter"
    ctx = open_context(home)
    AccountService(ctx).create_account("quantri", "Quản trị", Role.ADMIN, "Quantri@That1")
    ctx.close()
    run = cli(home, "demo-data", "--dossiers", "2")
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "không phải kho mẫu" in run.stderr
    assert _contents(home) == ([], ["quantri"], None)


def test_run_app_uses_its_own_demo_folder(tmp_path: Path) -> None:
    venv, log = _fake_venv(tmp_path)
    env = cli_env(tmp_path / "unused", DEMO_DOSSIERS="2")
    del env["DESK_APP_HOME"]
    run = _run_app(tmp_path, venv, env)
    assert run.returncode == 0, run.stderr
    demo = tmp_path / "data" / "desk-app-demo"
    homes = {line.split("|")[0] for line in log.read_text().splitlines()}
    assert homes == {str(demo)}
    codes, users, mark = _contents(demo)
    assert len(codes) == 2 and "admin" in users and mark == "1"
    assert "Đã tạo 2 hồ sơ mẫu" in run.stdout
    assert len(json.loads(run.stdout[run.stdout.index("\n["):])) == 2
    # a second start adds nothing, and demo-data may top up its own store
    assert _run_app(tmp_path, venv, env).returncode == 0
    assert len(_contents(demo)[0]) == 2


def test_a_demo_store_says_so_in_the_window_title(ctx: Any, qtbot: Any, runner: Any,
                                                  tmp_path: Path) -> None:
    from desk_app.bootstrap import build_services
    from ui.main_window import MainWindow
    from ui.services import ClientServices

    claim_for_demo(ctx)
    root = build_services(ctx)
    officer = root.accounts.create_account("canbo1", "Cán bộ", Role.OFFICER, "Canbo1@2026")
    services = ClientServices.from_root(root)
    assert services.demo_store
    window = MainWindow(services, runner, officer)
    qtbot.addWidget(window)
    assert "KHO DỮ LIỆU MẪU" in window.windowTitle()
    real = MainWindow(ClientServices(accounts=root.accounts, reception=root.reception), runner,
                      officer)
    qtbot.addWidget(real)
    assert real.windowTitle() == "Tiếp nhận hồ sơ"
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Dossier)) == 0
    if os.environ.get("DESK_APP_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["DESK_APP_SCREENSHOTS"]) / "demo-title.png"))
