"""GUI fixtures: a real store with a small catalog and an officer, and ClientServices over the real
services (the client's task runner is in tests/conftest.py)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def real(ctx: Any) -> Any:
    """The real account and reception services (from the composition root) on a fresh store with
    the test procedure; the other areas stay out, as on a client without them."""
    from desk_app.bootstrap import build_services
    from desk_app.domain.types import Role
    from tests.fixtures_catalog import add_test_procedure
    from ui.services import ClientServices

    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    root = build_services(ctx)
    officer = root.accounts.create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    services = ClientServices(
        accounts=root.accounts,
        reception=root.reception,
        counter_name=root.counter_name,
        save_setting=root.save_setting,
    )
    return services, officer


@pytest.fixture()
def page_files(tmp_path: Path) -> list[Path]:
    from PIL import Image, ImageDraw

    files = []
    for n, colour in enumerate(("white", "ivory", "lightyellow"), start=1):
        img = Image.new("RGB", (420, 594), colour)
        ImageDraw.Draw(img).text((40, 40), f"Trang {n}", fill="black")
        path = tmp_path / f"trang-{n}.png"
        img.save(path)
        files.append(path)
    return files
