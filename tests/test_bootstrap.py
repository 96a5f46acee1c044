"""The composition root (desk_app/bootstrap.py): one bundle of services per store, each built once
and only when asked for, so a CLI command loads only what it calls."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_each_service_is_built_once_and_shares_the_store(ctx: Any) -> None:
    from desk_app.bootstrap import build_services

    services = build_services(ctx)
    assert services.reception is services.reception
    assert services.accounts.ctx is ctx and services.reports.ctx is ctx
    assert services.counter_name == ctx.workstation.name
    services.save_setting("language", "en")
    assert services.setting("language") == "en"


def test_supervision_is_refused_to_an_officer(ctx: Any) -> None:
    from desk_app.bootstrap import build_services
    from desk_app.domain.types import Role
    from desk_app.errors import AuthError

    services = build_services(ctx)
    officer = services.accounts.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    with pytest.raises(AuthError):
        services.supervision(officer)
    with pytest.raises(AuthError):
        services.reports.build("indicators", officer, None, None)


def test_a_command_loads_only_the_services_it_calls(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from desk_app.bootstrap import open_services\n"
        f"with open_services({str(tmp_path / 'home')!r}) as services:\n"
        "    services.reception.list_dossiers()\n"
        "unused = ('desk_app.verification.service', 'desk_app.digitise.access',\n"
        "          'desk_app.supervision.report_service', 'desk_app.sync.service')\n"
        "print(sorted(m for m in unused if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True)
    assert out.stdout.strip() == "[]"
