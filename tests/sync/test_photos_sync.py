"""A page that arrived as a photo reaches the centre with its master photo (central migration
c012_page_photos): the row beside the page, the photo's bytes among the page images, checked like
any child row. Photos of a store older than their sync are queued by the first round."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from db.models import Dossier, Page
from db.models_photo import PagePhoto
from desk_app.cli import main as cli
from desk_app.demo.photo_pages import photograph
from desk_app.sync.central_check import verify_central
from desk_app.sync.client import SyncClient
from desk_app.sync.status import attention_items
from tests.sync.factory import make_dossiers
from tests.sync.helpers import assert_central_equals_local


def test_imported_photo_page_syncs_with_its_master_photo(ctx: Any, central_url: str,
                                                         tmp_path: Path) -> None:
    code = make_dossiers(ctx, 1, pages=1)[0]
    shot = photograph(4244, font="noto-sans", hand=False)
    f = tmp_path / "anh-chup.jpg"
    f.write_bytes(shot.data)
    assert cli(["import", "--dossier", code, str(f)]) == 0
    with ctx.sessions() as s:
        dossier = s.scalars(select(Dossier).where(Dossier.code == code)).one()
        page = s.scalars(select(Page).where(Page.dossier_id == dossier.id)
                         .order_by(Page.position.desc())).first()
        local = s.get(PagePhoto, page.id)
        assert local is not None and local.ws_seq is not None
        assert local.byte_size == len(shot.data)
    report = SyncClient(ctx, central_url).run_once(pull=False)
    assert report.refused == 0
    assert_central_equals_local(ctx, central_url)  # page_photos and the photo's bytes included
    with psycopg.connect(central_url) as conn:
        row = conn.execute("SELECT p.page_id, p.corners, p.manual, p.warnings, i.data "
                           "FROM page_photos p JOIN page_images i USING (sha256) "
                           "WHERE p.id = %s", (page.id,)).fetchone()
        assert row is not None
        assert row[0] == page.id and row[1] == local.corners and row[2] is local.manual
        assert row[3] == local.warnings and bytes(row[4]) == shot.data
        report_c = verify_central(conn)
    assert report_c.problems == []


def test_photos_of_an_older_store_are_queued_by_the_first_round(
        ctx: Any, central_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    make_dossiers(ctx, 2, pages=1)
    photo = b"\xff\xd8 a photo taken before photos were synced \xff\xd9"
    sha = ctx.pages.put(photo)
    gone = hashlib.sha256(b"a photo whose file was lost").hexdigest()
    with ctx.engine.begin() as c:
        pages = [r[0] for r in c.execute(text("SELECT id FROM pages ORDER BY id"))]
        # What local migration 0019 leaves for a photo taken before it: no sequence, no size.
        for page_id, blob in zip(pages, (sha, gone), strict=True):
            c.execute(text(
                "INSERT INTO page_photos (page_id, sha256, byte_size, mime, corners, manual, "
                "warnings, created_at, id, ws_seq) VALUES (:p, :s, NULL, 'image/jpeg', "
                "'[[0,0],[9,0],[9,9],[0,9]]', 0, '[]', '2026-11-30 09:00:00', :p, NULL)"),
                {"p": page_id, "s": blob})
    monkeypatch.setenv("DESK_APP_CENTRAL_URL", central_url)
    assert cli(["sync", "--once"]) == 1  # one operation needs a person
    out = capsys.readouterr().out
    assert "cần xử lý 1." in out and "ảnh chụp gốc của trang" in out
    assert [i.reason for i in attention_items(ctx)] == ["refused: image_missing_locally"]
    with psycopg.connect(central_url) as conn:
        rows = conn.execute("SELECT p.id, p.byte_size, octet_length(i.data) FROM page_photos p "
                            "JOIN page_images i USING (sha256)").fetchall()
    assert rows == [(pages[0], len(photo), len(photo))]
    with ctx.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM page_photos WHERE ws_seq IS NULL")
                         ).scalar() == 0
