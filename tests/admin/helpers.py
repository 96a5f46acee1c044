"""Shared by the administration tests: the CLI (the first command of each kind in a subprocess, the
rest through the same entry point in process: tests/cli_in_process.py), a 200-procedure catalog made from
the shipped 15, a dossier received through the real reception service."""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from PIL import Image

from tests.cli_in_process import Spawner

ROOT = Path(__file__).resolve().parents[2]
_SPAWNER = Spawner()


def cli(home: Path, *args: str, env: dict[str, str] | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "DESK_APP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    for name in ("DESK_APP_CENTRAL_URL", "DESK_APP_CENTRAL_ADMIN_URL", "DESK_APP_NEW_PASSWORD",
                 "DESK_APP_PASSWORD"):
        full.pop(name, None)
    full.update(env or {})
    return _SPAWNER.run(args, full, timeout=timeout)


def catalog_of(home: Path, full: bool = False) -> list[dict[str, Any]]:
    out = cli(home, "catalog", "list", "--json", *(["--full"] if full else []))
    assert out.returncode == 0, out.stderr
    data: list[dict[str, Any]] = json.loads(out.stdout)
    return data


def two_hundred(shipped: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """200 procedures: the shipped ones, then copies with new codes, names, component ids and
    time limits."""
    out = [copy.deepcopy(p) for p in shipped]
    n = 0
    while len(out) < 200:
        base = shipped[n % len(shipped)]
        n += 1
        p = copy.deepcopy(base)
        p["code"] = f"X.{n:04d}"
        p["name"] = f"{base['name']} (bản {n})"
        p["processing_days"] = n % 20
        for i, c in enumerate(p["components"], start=1):
            c["id"] = f"X.{n:04d}#{i}"
        out.append(p)
    return out


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def receive(ctx: Any, procedure: str, received_at: dt.datetime, tmp: Path) -> Any:
    """A complete dossier of `procedure` received through ReceptionService, every required
    component presented in its first accepted form with one page."""
    from desk_app.accounts import AccountService
    from desk_app.reception import ReceptionService
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

    accounts = AccountService(ctx)
    officer = next((a for a in accounts.list_accounts() if a.username == "canbo.test"), None)
    if officer is None:
        officer = accounts.create_account("canbo.test", "Lê Thị Mai", "officer", "matkhau123")
    service = ReceptionService(ctx)
    proc = service.procedure(procedure)
    components = []
    for n, c in enumerate(proc.components):
        if c.optional:
            continue
        page = tmp / f"p{n}.png"
        Image.new("RGB", (400, 560), "white").save(page)
        components.append(ComponentInput(c.id, c.name, c.accepted_forms[0],
                                         files=[page] if c.requirement != "show" else []))
    draft = ReceptionDraft(
        procedure_code=procedure,
        applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2),
                              "female", "Số 5 Lạch Tray, Hải Phòng"),
        components=components, received_at=received_at)
    return service.receive(draft, officer)
