"""Compact masters, lossless where the rules want it (issue 16): the encoding is chosen per page
(a text page bi-level as G4, a grey page as grey PNG, a colour page of few colours as a palette
PNG, any other colour page as lossless WebP), each decodes to the very pixels kept, the dpi
survives in a WebP, and the readers of page images (thumbnails, OCR, Qt) take every one."""
from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from desk_app.capture.colour import is_text_page, page_mode
from desk_app.capture.encode import (
    MasterFormat,
    binarise,
    decode,
    encode_master,
    file_dpi,
    thumbnail,
    to_mode,
)
from desk_app.capture.service import prepare_image
from desk_app.domain.types import ColourMode
from desk_app.errors import DeskError
from desk_app.ocr.preprocess import load_grey


def _text(seed: int = 1, size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    """A text page at 150 dpi as a scanner gives it: paper 245, ink 25, noise."""
    img = Image.new("L", size, 245)
    draw = ImageDraw.Draw(img)
    for i in range(28):
        draw.text((110, 110 + 50 * i), f"Dòng {i + 1}: Ủy ban nhân dân phường Hồng Bàng", fill=25)
    rng = np.random.default_rng(seed)
    noisy = np.asarray(img, dtype=np.int16) + rng.integers(-5, 6, (size[1], size[0]))
    return Image.fromarray(noisy.clip(0, 255).astype(np.uint8))


def _with_photo(img: Image.Image) -> Image.Image:
    """A grey photograph (3 x 4 cm at 150 dpi) pasted on the page."""
    arr = np.asarray(img).copy()
    yy, xx = np.mgrid[0:236, 0:177]
    arr[900:1136, 800:977] = (70 + 120 * (xx / 177) * (yy / 236)).astype(np.uint8)
    return Image.fromarray(arr)


def _seal(img: Image.Image) -> Image.Image:
    rgb = img.convert("RGB")
    draw = ImageDraw.Draw(rgb)
    draw.ellipse((800, 1300, 1040, 1540), outline=(205, 25, 30), width=10)
    draw.line([(200, 1600), (420, 1570)], fill=(20, 30, 110), width=4)  # a blue signature stroke
    return rgb


def _colour_noise(img: Image.Image, seed: int = 4) -> Image.Image:
    """The page as a colour scanner gives it (the demo's scan: noise, JPEG): thousands of colours."""
    from desk_app.demo.compare_pairs import scan_original

    bgr = np.ascontiguousarray(np.asarray(img)[:, :, ::-1])
    return Image.fromarray(np.ascontiguousarray(scan_original(bgr, random.Random(seed))[:, :, ::-1]))


def test_encoding_chosen_per_page_kind() -> None:
    text = _text()
    photo = _with_photo(text)
    noisy_colour = _colour_noise(_seal(text))
    clean_colour = _seal(Image.new("L", text.size, 250).copy())
    ImageDraw.Draw(clean_colour).text((100, 100), "Giấy khai sinh", fill=(10, 10, 10))
    assert is_text_page(text) and not is_text_page(photo)
    assert not is_text_page(Image.new("L", (640, 640), 200))  # a flat grey sheet: no ink
    kept = {name: prepare_image(img, 150, ColourMode.GREY) for name, img in [
        ("text", text), ("photo", photo), ("noisy", noisy_colour), ("clean", clean_colour)]}
    assert {k: (v.colour_mode, v.mime) for k, v in kept.items()} == {
        "text": ("bw", "image/tiff"), "photo": ("grey", "image/png"),
        "noisy": ("colour", "image/webp"), "clean": ("colour", "image/png")}
    assert decode(kept["clean"].data).mode == "RGB"
    with Image.open(io.BytesIO(kept["clean"].data)) as im:
        assert im.mode == "P"  # the palette PNG
    # the text page is a small fraction of what the grey PNG of it weighed
    grey_png = encode_master(text, ColourMode.GREY, 150)
    assert len(kept["text"].data) * 8 < len(grey_png.data)
    # the colour scan: lossless WebP smaller than the RGB PNG the unit gets with lossless:png
    png = encode_master(noisy_colour, ColourMode.COLOUR, 150, MasterFormat.parse("lossless:png"))
    assert png.mime == "image/png" and len(kept["noisy"].data) < len(png.data)
    # asked for black and white, or for colour on a text page: the same rules
    assert page_mode(text, ColourMode.COLOUR) is ColourMode.BW
    assert page_mode(text, ColourMode.GREY, text_bw=False) is ColourMode.GREY


@pytest.mark.parametrize("kind", ["grey", "palette", "webp", "bw"])
def test_lossless_round_trip_is_pixel_equal(kind: str) -> None:
    text = _text(2)
    img, mode, mime = {
        "grey": (_with_photo(text), ColourMode.GREY, "image/png"),
        "palette": (_seal(Image.new("L", (600, 800), 250)), ColourMode.COLOUR, "image/png"),
        "webp": (_colour_noise(_seal(text)), ColourMode.COLOUR, "image/webp"),
        "bw": (text, ColourMode.BW, "image/tiff"),
    }[kind]
    enc = encode_master(img, mode, 200)
    assert enc.mime == mime
    back = decode(enc.data)
    # bi-level: what is kept is the binarised page, and G4 gives back exactly that
    expected = binarise(img) if kind == "bw" else to_mode(img, mode)
    assert back.size == expected.size
    assert np.array_equal(np.asarray(back), np.asarray(expected)), kind
    with Image.open(io.BytesIO(enc.data)) as opened:
        assert file_dpi(opened) == pytest.approx(200, abs=1)
    # OCR's reader takes the dpi from the file too (a WebP's from its EXIF)
    grey, dpi = load_grey(enc.data)
    assert dpi == 200 and grey.shape == (img.height, img.width)
    thumb = decode(thumbnail(enc.data, 120))
    assert max(thumb.size) == 120


def test_master_format_setting() -> None:
    assert str(MasterFormat.parse("lossless")) == "lossless"
    assert str(MasterFormat.parse(" Lossless:PNG ")) == "lossless:png"
    assert MasterFormat.parse("lossless:png").png_only
    with pytest.raises(DeskError):
        MasterFormat.parse("lossless:webp")


def test_qt_reads_every_master_kind() -> None:
    """The supervision pane hands a page's bytes to QImage as they are."""
    from PySide6.QtGui import QImage

    text = _text(3, (400, 560))
    for img, mode in [(_colour_noise(_seal(text)), ColourMode.COLOUR), (text, ColourMode.BW),
                      (_with_photo(_text(3)), ColourMode.GREY)]:
        data = encode_master(img, mode, 150).data
        q = QImage.fromData(data)
        assert not q.isNull() and q.width() == img.width, mode
