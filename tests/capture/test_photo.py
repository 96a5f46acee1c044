"""Photographed pages (issue 17): `desk-app ocr PHOTO --json` and `desk-app import --dossier CODE
PHOTO` go through the same photo step; the imported page is the flattened one, the photo is kept
as its master; flatbed scans are never taken for photos."""
from __future__ import annotations

import io
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein
from sqlalchemy import select

from db.models import Dossier, Page
from db.models_photo import PagePhoto
from desk_app.capture import photo
from desk_app.capture.loader import load_pages
from desk_app.capture.pipeline import process_page
from desk_app.cli import main as cli
from desk_app.demo.photo_pages import photograph
from tests.capture import pagegen
from tests.capture.corpus import page_image, png_bytes

ROOT = Path(__file__).resolve().parents[2]


def _cer(ref: str, hyp: str) -> float:
    r, h = (re.sub(r"\s+", " ", t).strip() for t in (ref, hyp))
    return Levenshtein.distance(r, h) / max(1, len(r))


@pytest.fixture(scope="module")
def shot() -> tuple[bytes, str, np.ndarray]:
    p = photograph(4242, font="noto-sans", upside_down=True, hand=True)
    return p.data, p.text, p.corners


def test_outline_found_where_the_page_is(shot) -> None:  # type: ignore[no-untyped-def]
    data, _, corners = shot
    image = Image.open(io.BytesIO(data))
    outline = photo.find_outline(image)
    assert outline is not None
    err = np.abs(outline.corners - photo.order_corners(corners)).max() / max(image.size)
    assert err < 0.01


def test_ocr_cli_reads_the_flattened_page(shot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, text, _ = shot
    f = tmp_path / "anh-chup.jpg"
    f.write_bytes(data)
    env = dict(os.environ, OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "desk_app", "ocr", "--json", str(f)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    ours = json.loads(run.stdout)[0]["text"]
    raw = subprocess.run([sys.executable, "-m", "desk_app", "ocr", "--json", "--raw", str(f)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False)
    assert _cer(text, ours) < 0.03
    assert _cer(text, json.loads(raw.stdout)[0]["text"]) > 2 * _cer(text, ours)


def test_import_keeps_the_photo_as_master(dossier, shot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, dossier_id, _ = dossier
    data, _, _ = shot
    f = tmp_path / "anh-chup.jpg"
    f.write_bytes(data)
    with ctx.sessions() as s:
        code = s.get(Dossier, dossier_id).code
    assert cli(["import", "--dossier", code, str(f)]) == 0
    with ctx.sessions() as s:
        page = s.scalars(select(Page).where(Page.dossier_id == dossier_id)).one()
        master = s.get(PagePhoto, page.id)
        assert master is not None
        assert ctx.pages.get(master.sha256) == data  # the photo, byte for byte
        assert len(master.corners) == 4 and not master.manual
        stored = Image.open(io.BytesIO(ctx.pages.get(page.sha256)))
    # The flattened page has A4's proportions (the photo is 3:4) and no desk around it.
    assert abs(stored.height / stored.width - 2 ** 0.5) < 0.03
    grey = np.asarray(stored.convert("L"))
    assert np.percentile(grey[:20], 50) > 200 and np.percentile(grey[-20:], 50) > 200
    assert 150 <= page.dpi <= 250


def test_quality_warnings_say_why() -> None:
    p = photograph(4243, font="noto-sans", hand=False)
    image = Image.open(io.BytesIO(p.data)).convert("RGB")
    dark = Image.fromarray((np.asarray(image) * 0.15).astype(np.uint8))
    flat = photo.flatten_if_photo(dark)
    assert flat is not None and "photo_dark" in flat.warnings
    # Half of the page off the frame: cut off.
    w, h = image.size
    cut = image.crop((0, 0, w, int(h * 0.6)))
    flat = photo.flatten_if_photo(cut)
    assert flat is None or "photo_cut_off" in flat.warnings
    blurred = image.filter(__import__("PIL.ImageFilter").ImageFilter.GaussianBlur(6))
    flat = photo.flatten_if_photo(blurred)
    assert flat is not None and "photo_blurred" in flat.warnings
    sharp = photo.flatten_if_photo(image)
    assert sharp is not None and sharp.warnings == []


def test_scans_are_never_taken_for_photos(tmp_path: Path) -> None:
    """The capture tests' scans (with and without a dark bed, tilted, any dpi), saved without a
    resolution so the photo step looks at them: none is flattened, the pipeline's result is the
    same as with the photo step off."""
    rng = random.Random(17)
    images = [pagegen.sample(rng)[0] for _ in range(12)]
    images += [pagegen.sample(rng, border=True, skew=6.0)[0] for _ in range(4)]
    images.append(page_image())
    for i, img in enumerate(images):
        f = tmp_path / f"scan-{i}.png"
        f.write_bytes(png_bytes(img))
        loaded = load_pages(f)[0]
        assert loaded.photo_hint  # no resolution in the file: looked at
        processed = process_page(loaded.image, dpi=loaded.dpi, photo_hint=True)
        assert processed.photo is None, f"scan {i} taken for a photo"
