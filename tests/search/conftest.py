"""One store for the search tests, read by real Tesseract once: two dossiers of two citizens, the
first with two pages (generated Vietnamese text, ground truth known), the second with one. The
tests only read it, so it is shared by the module's tests (OCR is what takes time)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desk_app.demo.ocr_pages import make_page, png_bytes
from tests.digitise.conftest import make_dossier

CCCD_AN = "001099012345"
CMND_HANG = "031234567"


@dataclass
class SearchStore:
    home: Path
    ctx: Any
    first: str  # dossier ids
    second: str
    texts: dict[tuple[str, int], str]  # (code, page) -> the page's ground truth


@pytest.fixture(scope="module")
def search_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchStore]:
    from sqlalchemy import update

    from db.models import Applicant, Dossier
    from desk_app.context import open_context
    from desk_app.ocr.store_ops import ocr_pending_pages

    home = tmp_path_factory.mktemp("search") / "home"
    home.mkdir()
    saved = {k: os.environ.get(k) for k in ("DESK_APP_HOME", "DESK_APP_CENTRAL_URL")}
    os.environ["DESK_APP_HOME"] = str(home)
    os.environ.pop("DESK_APP_CENTRAL_URL", None)
    ctx = open_context(home)
    try:
        p1, p2, p3 = (make_page(seed, paragraphs=1) for seed in (1, 2, 3))
        first = make_dossier(ctx, [png_bytes(p1.image, 300), png_bytes(p2.image, 300)],
                             code="H31.12.05-261126-0001", name="Nguyễn Văn An")
        second = make_dossier(ctx, [png_bytes(p3.image, 300)],
                              code="H31.12.05-261126-0002", name="Trần Thị Hằng")
        with ctx.sessions.begin() as s:
            for dossier_id, number in ((first, CCCD_AN), (second, CMND_HANG)):
                applicant = s.get(Dossier, dossier_id).applicant_id
                s.execute(update(Applicant).where(Applicant.id == applicant)
                          .values(id_number=number))
        assert ocr_pending_pages(ctx, None) == 3
        texts = {("H31.12.05-261126-0001", 1): p1.text, ("H31.12.05-261126-0001", 2): p2.text,
                 ("H31.12.05-261126-0002", 1): p3.text}
        yield SearchStore(home, ctx, first, second, texts)
    finally:
        ctx.close()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
