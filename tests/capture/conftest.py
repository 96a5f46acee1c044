"""Fixtures of the capture tests: a SANE configuration that holds only the `test` backend."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture()
def sane_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "sane.d"
    folder.mkdir()
    (folder / "dll.conf").write_text("test\n")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """The bad-file corpus, made once per run: name -> (file, expected refusal code)."""
    from tests.capture.corpus import bad_corpus

    return bad_corpus(tmp_path_factory.mktemp("bad"))


@pytest.fixture()
def dossier(ctx):  # type: ignore[no-untyped-def]
    """A saved dossier (no pages yet) with two components; the second wants colour scans.
    Returns (ctx, dossier_id, [component ids])."""
    import datetime as dt

    from sqlalchemy import select

    from db.models import Dossier, DossierComponent
    from desk_app.accounts import AccountService
    from desk_app.domain.types import Role
    from desk_app.reception import ReceptionService
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
    from tests.fixtures_catalog import PROC, add_test_procedure

    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    officer = AccountService(ctx).create_account("canbo", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    summary = ReceptionService(ctx).receive(ReceptionDraft(
        procedure_code=PROC,
        applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2), "female",
                              "Số 5 Lạch Tray, phường Ngô Quyền, Hải Phòng"),
        components=[
            ComponentInput(f"{PROC}#1", "Tờ khai đăng ký khai sinh", "original"),
            ComponentInput(f"{PROC}#2", "Giấy chứng sinh", "photocopy_with_original", original_shown=True),
        ],
        received_at=dt.datetime(2026, 11, 26, 9, 30),
    ), officer)
    with ctx.sessions() as s:
        d = s.scalar(select(Dossier).where(Dossier.code == summary.code))
        comps = [c.id for c in s.scalars(select(DossierComponent).where(
            DossierComponent.dossier_id == d.id).order_by(DossierComponent.position))]
        return ctx, d.id, comps
