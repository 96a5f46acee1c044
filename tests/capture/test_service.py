"""Pages of a component: add (all-or-nothing), rotate, reorder, delete, rescan, sticky notes."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select

from db.models import OutboxEntry, Page
from desk_app.capture.encode import SETTING_KEY, decode
from desk_app.capture.service import (
    NOTE_WITH,
    NOTE_WITHOUT,
    DossierPages,
    DraftPages,
    prepare_files,
)
from desk_app.domain.types import ColourMode
from desk_app.errors import InputRefused
from tests.capture.corpus import multipage_tiff, pdf_with_pages
from tests.capture.pagegen import sample, upright_page


def _rows(ctx, dossier_id):  # type: ignore[no-untyped-def]
    with ctx.sessions() as s:
        return [(r.position, r.label, r.deleted, r.sha256) for r in s.scalars(
            select(Page).where(Page.dossier_id == dossier_id).order_by(Page.created_at))]


def test_import_tiff_and_pdf_into_a_component_in_order(dossier, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[0], dpi=150)
    assert pages.mode is ColourMode.GREY  # the first component wants no colour
    added = pages.add_files([multipage_tiff(tmp_path / "a.tif", 3), pdf_with_pages(tmp_path / "b.pdf", 4)])
    assert len(added) == 7
    with ctx.sessions() as s:
        rows = list(s.scalars(select(Page).where(Page.dossier_id == dossier_id).order_by(Page.position)))
        assert [r.position for r in rows] == list(range(1, 8))
        assert all(ctx.pages.verify(r.sha256) for r in rows)
        assert s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == "pages")) == 7
    assert DossierPages(ctx, dossier_id, comps[1]).mode is ColourMode.COLOUR  # seals and photos


def test_bad_file_adds_nothing(dossier, tmp_path: Path, corpus) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[0], dpi=150)
    before = _rows(ctx, dossier_id)
    for key in ("truncated_pdf", "png_bomb", "encrypted_pdf", "zip_as_tiff"):
        with pytest.raises(InputRefused):
            pages.add_files([multipage_tiff(tmp_path / "ok.tif", 2), corpus[key][0]])
    assert _rows(ctx, dossier_id) == before and pages.pages() == []


def test_rotate_reorder_delete_rescan(dossier) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[0], dpi=150)
    rng = random.Random(2)
    a, b, c = (pages.add_image(upright_page(rng, 150), 150) for _ in range(3))
    turned = pages.rotate(a.key, 90)
    assert (turned.width, turned.height) == (a.height, a.width)
    pages.move(c.key, 0)
    assert [p.key for p in pages.pages()] == [c.key, turned.key, b.key]
    pages.delete(b.key)
    img, _ = sample(rng, dpi=150, blank=False, rotation=180, skew=3.0, border=True)
    new = pages.replace(turned.key, img, 150)
    assert new.rotation == 180
    reopened = DossierPages(ctx, dossier_id, comps[0])
    assert [p.key for p in reopened.pages()] == [c.key, new.key]
    with ctx.sessions() as s:
        live = list(s.scalars(select(Page).where(Page.dossier_id == dossier_id, ~Page.deleted)
                              .order_by(Page.position)))
        assert [r.position for r in live] == [1, 2]
        # rotate, delete and rescan each leave the old row marked deleted, never removed
        assert s.scalar(select(func.count()).select_from(Page).where(Page.deleted)) == 3


def test_sticky_note_page_is_two_labelled_images(dossier) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    pages = DossierPages(ctx, dossier_id, comps[1], dpi=150)
    rng = random.Random(3)
    page = upright_page(rng, 150).convert("RGB")
    with_note = page.copy()
    with_note.paste((250, 230, 80), (300, 300, 700, 600))  # a yellow sticky note
    pair = pages.add_sticky_pair(with_note, page, 150)
    assert [p.label for p in pair] == [NOTE_WITH, NOTE_WITHOUT]
    assert decode(ctx.pages.get(pair[0].sha256)).mode == "RGB"


def test_master_format_is_a_unit_setting(dossier) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, comps = dossier
    ctx.set_setting(SETTING_KEY, "jpeg:85")
    page = DossierPages(ctx, dossier_id, comps[1], dpi=150).add_image(upright_page(random.Random(4), 150), 150)
    assert page.mime == "image/jpeg"
    bw = DossierPages(ctx, dossier_id, comps[0], mode=ColourMode.BW, dpi=150).add_image(
        upright_page(random.Random(4), 150), 150)
    assert bw.mime == "image/tiff"  # bi-level text pages stay lossless and small


def test_draft_pages_and_blank_flag(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = DraftPages(ctx.pages, ColourMode.GREY, dpi=150)
    rng = random.Random(5)
    blank, _ = sample(rng, dpi=150, blank=True, rotation=0, skew=2.0, border=True)
    text, _ = sample(rng, dpi=150, blank=False, rotation=90, skew=-4.0, border=False)
    added = [draft.add_image(blank, 150, side="back"), draft.add_image(text, 150)]
    assert [p.blank for p in added] == [True, False]  # flagged, still there
    assert added[0].role == "back"
    assert len(draft.prepared()) == 2 and all(ctx.pages.exists(p.sha256) for p in added)
    thumb = decode(draft.thumbnail(added[1].key, 100))
    assert max(thumb.size) == 100 and np.asarray(thumb).min() < 220  # text still shows


def test_prepare_files_shape(tmp_path: Path) -> None:
    out = prepare_files([multipage_tiff(tmp_path / "a.tif", 2), pdf_with_pages(tmp_path / "b.pdf", 1)], dpi=100)
    assert [len(x) for x in out] == [2, 1] and all(p.sha256 is None for x in out for p in x)
