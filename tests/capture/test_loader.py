"""The loader: good files in order, bad files refused with a code, all-or-nothing."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desk_app.capture.loader import Limits, load_many, load_pages, sniff
from desk_app.errors import InputRefused
from desk_app.messages import MESSAGES
from tests.capture.corpus import jpeg_bytes, multipage_tiff, page_image, pdf_with_pages

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_has_at_least_twenty_kinds(corpus: dict[str, tuple[Path, str]]) -> None:
    assert len(corpus) >= 20


def test_every_bad_file_is_refused_with_its_code(corpus: dict[str, tuple[Path, str]]) -> None:
    wrong = {}
    for key, (path, code) in corpus.items():
        try:
            load_pages(path)
            wrong[key] = "accepted"
        except InputRefused as exc:
            if exc.code != code:
                wrong[key] = exc.code
            assert exc.code in MESSAGES, exc.code  # a Vietnamese sentence exists
            assert path.name in exc.detail or key == "too_many_files"
    assert wrong == {}


def test_three_page_tiff_and_four_page_pdf_give_seven_pages_in_order(tmp_path: Path) -> None:
    tiff = multipage_tiff(tmp_path / "a.tiff", 3)
    pdf = pdf_with_pages(tmp_path / "b.pdf", 4)
    pages = load_many([tiff, pdf], dpi=150)
    assert [(p.source, p.page_index) for p in pages] == [
        ("a.tiff", 0), ("a.tiff", 1), ("a.tiff", 2),
        ("b.pdf", 0), ("b.pdf", 1), ("b.pdf", 2), ("b.pdf", 3)]
    # The PDF is rasterised at the chosen dpi: A4 at 150 dpi is 1240 x 1754.
    assert abs(pages[3].image.width - 1240) <= 1 and abs(pages[3].image.height - 1754) <= 1
    assert pages[3].dpi == 150
    assert pages[0].dpi == 300  # the TIFF says so


def test_pdf_pages_rendered_with_their_text_in_order(tmp_path: Path) -> None:
    pdf = pdf_with_pages(tmp_path / "b.pdf", 4, label="Trang")
    pages = load_pages(pdf, dpi=100)
    # Each page has ink in a different place? No: same layout, so compare with pdftotext.
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert [f"Trang page {i}" in text for i in range(1, 5)] == [True] * 4
    assert len(pages) == 4 and all(np.asarray(p.image).min() < 100 for p in pages)


def test_one_bad_file_means_nothing_returned(tmp_path: Path, corpus: dict[str, tuple[Path, str]]) -> None:
    good = multipage_tiff(tmp_path / "good.tif", 2)
    with pytest.raises(InputRefused) as err:
        load_many([good, corpus["truncated_pdf"][0]])
    assert err.value.code == "corrupt_pdf"


def test_content_decides_not_the_name(tmp_path: Path) -> None:
    png_named_jpg = tmp_path / "scan.jpg"
    page_image().save(png_named_jpg, "PNG")
    pages = load_pages(png_named_jpg)
    assert pages[0].kind == "png"
    assert sniff(b"%PDF-1.7") == "pdf" and sniff(b"PK\x03\x04") is None


def test_phone_photo_exif_orientation_applied(tmp_path: Path) -> None:
    img = page_image(size=(400, 300)).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned: rotate 90 clockwise to view
    path = tmp_path / "IMG_1234.JPG"
    img.save(path, "JPEG", exif=exif)
    page = load_pages(path)[0]
    assert page.image.size == (300, 400)
    assert page.dpi == 50  # no dpi in the photo: estimated as A4 (34), never below 50


def test_modes_normalised(tmp_path: Path) -> None:
    rgba = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    rgba.save(tmp_path / "t.png")
    cmyk = Image.new("CMYK", (200, 200), (0, 0, 0, 0))
    cmyk.save(tmp_path / "c.jpg")
    deep = Image.fromarray(np.full((200, 200), 40000, dtype=np.uint16))
    deep.save(tmp_path / "d.png")
    modes = [p.image.mode for p in load_many([tmp_path / "t.png", tmp_path / "c.jpg", tmp_path / "d.png"])]
    assert modes == ["RGB", "RGB", "L"]
    assert load_pages(tmp_path / "t.png")[0].image.getpixel((5, 5)) == (255, 255, 255)  # on paper


def test_limits_are_settings(tmp_path: Path) -> None:
    tiff = multipage_tiff(tmp_path / "a.tiff", 3)
    with pytest.raises(InputRefused) as err:
        load_pages(tiff, limits=Limits(max_pages=2))
    assert err.value.code == "too_many_pages"
    with pytest.raises(InputRefused) as err:
        load_many([tiff, tiff], limits=Limits(max_total_pages=5))
    assert err.value.code == "too_many_pages"
    with pytest.raises(InputRefused) as err:
        load_many([tiff] * 3, limits=Limits(max_files=2))
    assert err.value.code == "too_many_files"


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root reads everything: make the path unreadable another way, a dangling symlink.
        path = tmp_path / "gone.jpg"
        path.symlink_to(tmp_path / "nowhere.jpg")
        with pytest.raises(InputRefused) as err:
            load_pages(path)
        assert err.value.code == "file_not_found"
    else:
        path = tmp_path / "secret.jpg"
        path.write_bytes(jpeg_bytes(page_image()))
        path.chmod(0)
        with pytest.raises(InputRefused) as err:
            load_pages(path)
        assert err.value.code == "file_unreadable"


def test_loader_never_leaves_a_traceback_for_random_input(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    good = jpeg_bytes(page_image())
    for i in range(40):
        data = bytearray(good)
        for pos in rng.integers(0, len(data), size=8):
            data[int(pos)] = int(rng.integers(0, 256))  # bit rot in the middle of the file
        path = tmp_path / f"rot{i}.jpg"
        path.write_bytes(bytes(data))
        try:
            load_pages(path)
        except InputRefused as exc:
            assert exc.code in ("corrupt_image", "image_too_large", "image_too_small", "unsupported_format")
