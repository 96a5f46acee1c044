"""Fixtures of the wiring tests: the real services of the client on a fresh store (with the
Capture area wired in), SANE's `test` backend as the scanner, accounts of the three roles."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import page_files  # noqa: F401 (fixture)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def sane_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture()
def wired(ctx: Any, sane_config: Path) -> Any:
    """ClientServices as ui/app.py builds them, and an officer."""
    from desk_app.accounts import AccountService
    from desk_app.domain.types import Role
    from desk_app.reception import ReceptionService
    from desk_app.supervision.service import SupervisionService
    from desk_app.verification.service import VerificationService
    from tests.fixtures_catalog import add_test_procedure
    from ui.capture.access import CaptureAccess
    from ui.dossier.digitise_access import DigitiseAccess
    from ui.reports.builders import ReportBuilder
    from ui.services import ClientServices

    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    accounts = AccountService(ctx)
    officer = accounts.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    services = ClientServices(
        accounts=accounts, reception=ReceptionService(ctx), counter_name=ctx.workstation.name,
        save_setting=ctx.set_setting, verification=VerificationService(ctx),
        capture=CaptureAccess(ctx),
        supervision=lambda user: SupervisionService(ctx.engine, ctx.pages, user),
        reports=ReportBuilder(ctx),
        digitise=DigitiseAccess(ctx),
    )
    return services, officer


@pytest.fixture()
def accounts_by_role(wired: Any) -> dict[str, Any]:
    from desk_app.domain.types import Role

    services, officer = wired
    make = services.accounts.create_account
    return {
        "officer": officer,
        "supervisor": make("giamsat", "Trần Văn Bình", Role.SUPERVISOR, "matkhau123"),
        "admin": make("quantri", "Phạm Thu Hà", Role.ADMIN, "matkhau123"),
    }
