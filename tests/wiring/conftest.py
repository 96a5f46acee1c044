"""Fixtures of the wiring tests: the real services of the client on a fresh store (with the
Capture area wired in), SANE's `test` backend as the scanner, accounts of the three roles."""
from __future__ import annotations

import os
from dataclasses import replace
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
    """ClientServices as ui/app.py builds them (from the composition root), and an officer."""
    from desk_app.bootstrap import build_services
    from desk_app.domain.types import Role
    from tests.fixtures_catalog import add_test_procedure
    from ui.services import ClientServices

    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    # without the sync indicator, which reads the store every 2 s; tests/sync covers it
    services = replace(ClientServices.from_root(build_services(ctx)), sync=None)
    officer = services.accounts.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
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
