"""Photographed pages, the harder cases (issue 17): a light desk with a shadow's border across the
frame (its bright half is not a page), and a gently curled page whose text lines the photo step
straightens before Tesseract reads it."""
from __future__ import annotations

import io
import re
import subprocess

import numpy as np
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from desk_app.capture import dewarp, photo
from desk_app.demo.photo_pages import photograph, render_page


def _cer(ref: str, hyp: str) -> float:
    r, h = (re.sub(r"\s+", " ", t).strip() for t in (ref, hyp))
    return Levenshtein.distance(r, h) / max(1, len(r))


def _read(image: Image.Image) -> str:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie"], input=buf.getvalue(),
                          capture_output=True, check=True).stdout.decode("utf-8")


def test_light_desk_cut_by_a_shadow_is_not_the_page() -> None:
    p = photograph(5029, font="liberation", desk="light", hand=True)
    image = Image.open(io.BytesIO(p.data))
    outline = photo.find_outline(image)
    assert outline is not None
    err = np.abs(outline.corners - photo.order_corners(p.corners)).max() / max(image.size)
    assert err < 0.01


def test_a_flat_page_is_left_as_it_is() -> None:
    page, _ = render_page(11, "noto", dpi=200)
    arr = np.asarray(page)
    assert dewarp.dewarp(arr, 200) is arr


def test_a_curled_page_is_flattened_before_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    p = photograph(801, font="noto", curl=0.02, upside_down=False)
    image = Image.open(io.BytesIO(p.data))
    outline = photo.find_outline(image)
    assert outline is not None
    straight = _cer(p.text, _read(photo.flatten(image, outline.corners, outline=outline).image))
    monkeypatch.setattr(dewarp, "dewarp", lambda page, dpi: page)
    bowed = _cer(p.text, _read(photo.flatten(image, outline.corners, outline=outline).image))
    assert straight < 0.015
    assert bowed > 2 * straight
