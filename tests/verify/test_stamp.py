"""The visible verification mark, read back with real Tesseract `vie`."""
from __future__ import annotations

import datetime as dt
import subprocess

import numpy as np
from PIL import Image

from desk_app.demo.compare_pairs import random_spec, render
from desk_app.verification.stamp import stamp_verified

WHEN = dt.datetime(2026, 11, 26, 9, 41)
CODE = "H31.12.05-261126-0007"


def _ocr(image: Image.Image) -> str:
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG")
    out = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", "6"],
                         input=buf.getvalue(), capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_mark_is_drawn_and_readable() -> None:
    page, _ = render(random_spec(11))
    before = np.asarray(page).copy()
    stamped = stamp_verified(page, "Nguyễn Thị Hằng", WHEN, CODE)
    assert np.array_equal(np.asarray(page), before)  # the input page is left as it was
    changed = np.any(np.asarray(stamped) != before, axis=2)
    ys, xs = np.nonzero(changed)
    assert len(ys) > 1000
    # The mark sits in one corner, not over the document body.
    x0, y0, x1, y1 = xs.min(), ys.min(), xs.max(), ys.max()
    assert (x1 - x0) < page.width * 0.6 and (y1 - y0) < page.height * 0.2
    text = _ocr(stamped.crop((x0, y0, x1 + 1, y1 + 1)))
    assert "ĐỐI CHIẾU" in text and "BẢN CHÍNH" in text
    assert CODE in text.replace(" ", "")
    assert "Hằng" in text and "26/11/2026" in text


def test_grey_numpy_page_stays_grey_numpy() -> None:
    grey = np.full((1169, 827), 245, np.uint8)
    out = stamp_verified(grey, "Lê Văn Cường", WHEN, CODE)
    assert isinstance(out, np.ndarray) and out.shape == grey.shape and out.dtype == np.uint8
    assert (out < 128).sum() > 500
    colour = np.full((1169, 827, 3), 245, np.uint8)
    out3 = stamp_verified(colour, "Lê Văn Cường", WHEN, CODE)
    assert out3.shape == colour.shape
    # Blue ink in BGR order: blue channel above red where the mark's text is.
    ink = out3[(out3.sum(axis=2) < 400)]
    assert ink[:, 0].mean() > ink[:, 2].mean()


def test_verified_marks_name_the_attested_copy_pages(ctx) -> None:
    from desk_app.compare.result import CompareResult
    from desk_app.verification.attest import attest_component
    from desk_app.verification.stamp import verified_marks
    from tests.verify.helpers import OfficerStub, make_dossier

    copy_page, original_scan, other = "c" * 64, "d" * 64, "e" * 64
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        attest_component(s, ctx.workstation, dossier, comp, OfficerStub(),
                         "photocopy_with_original", True, "match",
                         CompareResult("match", 0.0, [], []), "", [copy_page, original_scan],
                         when=WHEN)
        attest_component(s, ctx.workstation, dossier, comp, OfficerStub(),
                         "photocopy_with_original", True, "mismatch",
                         CompareResult("mismatch", 0.9, [], []), "", [other], when=WHEN)
        marks = verified_marks(s, dossier.id)
    assert set(marks) == {copy_page, original_scan}
    assert marks[copy_page].officer_name == "Nguyễn Thị Hằng"
    assert marks[copy_page].when == WHEN and marks[copy_page].dossier_code == CODE
