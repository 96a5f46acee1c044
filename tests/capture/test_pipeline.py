"""The page pipeline on generated pages with a known truth (a small sample; the full measure is
benchmarks/bench_pipeline.py)."""
from __future__ import annotations

import random

import numpy as np
import pytest
from PIL import Image

from desk_app.capture.encode import MasterFormat, binarise, decode, encode_master, thumbnail
from desk_app.capture.pipeline import PipelineSettings, process_page
from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError
from tests.capture.pagegen import blank_page, blurred, sample, scanned, upright_page


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_turned_and_skewed_pages_come_out_upright_and_straight(rotation: int) -> None:
    rng = random.Random(rotation)
    img, truth = sample(rng, dpi=150, blank=False, rotation=rotation, skew=rng.uniform(-10, 10),
                        border=True)
    out = process_page(img, PipelineSettings(orientation="own"), dpi=150)
    assert out.rotation == (-rotation) % 360
    assert abs(out.skew - truth.skew) < 0.3
    # Cropped to the sheet: A4 at 150 dpi is 1240 x 1754, the dark bed is gone.
    w, h = out.image.size
    assert abs(w - 1240) < 25 and abs(h - 1754) < 25
    edge = np.asarray(out.image)[5:-5, 5:-5]
    assert np.median(edge[:, :3]) > 200 and np.median(edge[-3:, :]) > 200
    assert set(out.timings) >= {"orientation", "deskew", "crop", "blank", "blur"}


def test_blank_page_is_flagged_not_dropped() -> None:
    rng = random.Random(3)
    page = scanned(blank_page(rng, 150, show_through=True), rng, 90, 4.0, border=True)
    out = process_page(page, dpi=150)
    assert out.blank and out.image.size[0] > 1000  # still a page image, flagged


def test_one_short_line_is_not_blank() -> None:
    rng = random.Random(4)
    page = scanned(upright_page(rng, 150, lines=1), rng, 0, 0.0, border=False)
    assert not process_page(page, dpi=150).blank


def test_blur_warning() -> None:
    rng = random.Random(5)
    page = upright_page(rng, 200)
    assert not process_page(page, dpi=200).blurry
    assert process_page(blurred(page, 3), dpi=200).blurry


def test_bilevel_and_colour_pages_keep_their_mode() -> None:
    rng = random.Random(6)
    page = scanned(upright_page(rng, 150), rng, 180, 3.0, border=False)
    bw = process_page(binarise(page), dpi=150)
    assert bw.image.mode == "1" and bw.rotation == 180
    colour = process_page(page.convert("RGB"), dpi=150)
    assert colour.image.mode == "RGB" and colour.rotation == 180


def test_a_photo_without_text_is_left_as_it_came() -> None:
    rng = np.random.default_rng(1)
    smooth = Image.fromarray((rng.random((60, 40)) * 255).astype(np.uint8)).resize(
        (1200, 1700), Image.Resampling.BILINEAR)
    out = process_page(smooth, dpi=150)
    assert out.rotation == 0 and out.orientation_method in ("none", "osd")


def test_osd_method_runs_real_tesseract() -> None:
    rng = random.Random(7)
    img, _ = sample(rng, dpi=150, blank=False, rotation=90, skew=2.0, border=False)
    out = process_page(img, PipelineSettings(orientation="osd"), dpi=150)
    assert out.orientation_method == "osd" and out.rotation == 270


def test_master_encodings_by_mode() -> None:
    page = upright_page(random.Random(8), 150)
    grey = encode_master(page, ColourMode.GREY, 150)
    colour = encode_master(page, ColourMode.COLOUR, 150)
    bw = encode_master(page, ColourMode.BW, 150)
    jpeg = encode_master(page, ColourMode.COLOUR, 150, MasterFormat.parse("jpeg:85"))
    assert (grey.mime, colour.mime, bw.mime, jpeg.mime) == (
        "image/png", "image/png", "image/tiff", "image/jpeg")
    assert len(bw.data) < len(grey.data) / 2
    assert decode(bw.data).mode == "1" and decode(colour.data).mode == "RGB"
    assert np.array_equal(np.asarray(decode(grey.data)), np.asarray(page))  # lossless
    assert decode(grey.data).info["dpi"][0] == pytest.approx(150, abs=1)
    thumb = decode(thumbnail(grey.data, 120))
    assert max(thumb.size) == 120
    with pytest.raises(DeskError):
        MasterFormat.parse("jpeg:5")
    assert str(MasterFormat.parse("JPEG:90")) == "jpeg:90"
