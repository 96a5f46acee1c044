"""Personal data at rest (issue 11): after the retention period the page images of dossiers the
centre has confirmed are removed from the counter by `desk-app purge-pages`, which says what it
removed; images the centre does not hold yet, or that a newer dossier shares, stay. The centre is
a real PostgreSQL, reached by a real sync round."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PIL import Image
from sqlalchemy import select

from db.models import Dossier, Page
from desk_app.accounts import AccountService
from desk_app.cli import main as cli_main
from desk_app.domain.types import Role
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from desk_app.sync.client import SyncClient
from tests.fixtures_catalog import PROC, add_test_procedure
from tests.sync.conftest import central_url, pg_server  # noqa: F401 - the real centre's fixtures

OLD = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=200)


def _scan(folder: Path, name: str, colour: str) -> Path:
    path = folder / name
    Image.new("RGB", (400, 560), colour).save(path)
    return path


def _receive(service: ReceptionService, officer: Any, when: dt.datetime, files: list[Path]) -> str:
    draft = ReceptionDraft(
        procedure_code=PROC,
        applicant=PersonInput("Nguyễn Thị Hồng Nhung", "031195001234", dt.date(1995, 3, 2),
                              "female", "Số 5 Lạch Tray, Hải Phòng"),
        components=[ComponentInput(f"{PROC}#1", "Tờ khai đăng ký khai sinh", "original",
                                   files=files[:1]),
                    ComponentInput(f"{PROC}#2", "Giấy chứng sinh", "original", files=files[1:])],
        received_at=when)
    return service.receive(draft, officer).code


def _blobs(ctx: Any, code: str) -> dict[str, bool]:
    with ctx.sessions() as s:
        shas = s.scalars(select(Page.sha256).join(Dossier).where(Dossier.code == code))
        return {sha: ctx.pages.exists(sha) for sha in shas}


def test_purge_pages_removes_only_what_the_centre_holds(
        ctx: Any, central_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.sessions.begin() as s:
        add_test_procedure(s)
    officer = AccountService(ctx).create_account("mai", "Lê Thị Mai", Role.OFFICER, "matkhau123")
    service = ReceptionService(ctx)
    shared = _scan(tmp_path, "shared.png", "ivory")
    old_done = _receive(service, officer, OLD, [_scan(tmp_path, "a1.png", "white"), shared])
    old_waiting = _receive(service, officer, OLD, [_scan(tmp_path, "b1.png", "grey"),
                                                   _scan(tmp_path, "b2.png", "beige")])
    recent = _receive(service, officer, OLD + dt.timedelta(days=195), [
        _scan(tmp_path, "c1.png", "lavender"), shared])

    # nothing has reached the centre yet: nothing is removed
    assert cli_main(["purge-pages"]) == 0
    out = capsys.readouterr().out
    assert "Không có ảnh trang nào cần xoá" in out and "Giữ lại 2 hồ sơ" in out

    SyncClient(ctx, central_url).run_once()
    with ctx.sessions() as s:
        local = set(s.scalars(select(Page.sha256)))
    assert len(local) == 5
    with psycopg.connect(central_url) as conn:  # the centre holds every image, bytes included
        held = {r[0] for r in conn.execute("SELECT sha256 FROM page_images WHERE data IS NOT NULL")}
    assert local <= held
    service.add_pages(old_waiting, [_scan(tmp_path, "b3.png", "pink")])  # not sent yet

    assert cli_main(["purge-pages", "--dry-run"]) == 0
    assert "Sẽ xoá 1 ảnh trang" in capsys.readouterr().out
    assert all(_blobs(ctx, old_done).values())

    assert cli_main(["purge-pages"]) == 0
    out = capsys.readouterr().out
    assert "Đã xoá 1 ảnh trang" in out and f"  {old_done}\n" in out
    assert "thời hạn lưu giữ 90 ngày" in out and "Giữ lại 1 hồ sơ" in out
    done = _blobs(ctx, old_done)
    # its own scan is gone; the scan a newer dossier shares is kept
    assert sorted(done.values()) == [False, True]
    assert ctx.pages.exists(next(sha for sha, kept in done.items() if kept))
    assert all(_blobs(ctx, old_waiting).values()) and all(_blobs(ctx, recent).values())
    with ctx.sessions() as s:  # the dossier itself and its page rows stay
        assert s.scalar(select(Dossier.code).where(Dossier.code == old_done)) == old_done

    # a shorter period, saved as this counter's setting, reaches the newer dossier once sent
    SyncClient(ctx, central_url).run_once()
    assert cli_main(["purge-pages", "--days", "3", "--save"]) == 0
    out = capsys.readouterr().out
    assert old_waiting in out and recent in out and "thời hạn lưu giữ 3 ngày" in out
    assert ctx.setting("page_retention_days") == "3"
    assert not any(_blobs(ctx, recent).values())


def test_a_bad_period_is_a_sentence(ctx: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["purge-pages", "--days", "0"]) == 2
    err = capsys.readouterr().err
    assert "Số ngày lưu giữ phải là số nguyên dương" in err and "Traceback" not in err
