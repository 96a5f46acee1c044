"""The whole text compared, tone marks included; worn copies tolerated; multi-page documents.
Real Tesseract `vie` reads both pages."""
from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from desk_app.cli import main as cli_main
from desk_app.compare import compare_images
from desk_app.compare.document import compare_documents, pair_pages
from desk_app.compare.fulltext import key
from desk_app.demo.compare_degrade import Wear, worn_pair

MILD = Wear(angle=0.4, blur=0.8, jpeg=80, kinds=[])


def _inside(box: tuple[int, int, int, int], truth: tuple[int, int, int, int]) -> bool:
    x, y, w, h = box
    cx, cy = truth[0] + truth[2] / 2, truth[1] + truth[3] / 2
    return x - 6 <= cx <= x + w + 6 and y - 6 <= cy <= y + h + 6


def test_key_keeps_tone_marks_and_ignores_case() -> None:
    assert key("Tâm") != key("Tám")
    assert key("TÂM,") == key("Tâm")
    assert key("Tâm") == key("Ta\u0302m")  # NFD and NFC are the same word


def test_changed_tone_mark_is_a_text_change_with_its_region() -> None:
    pair = worn_pair(4, None, "tune", MILD, father=("Lê Văn Tâm", "Lê Văn Tám"))
    result = compare_images(pair.original, pair.copy)
    assert pair.truth is not None
    assert result.verdict == "mismatch"
    change = next(t for t in result.text_changes if key(t.after) == key("Tám"))
    assert key(change.before) == key("Tâm")
    assert _inside(change.region, pair.truth)
    assert any(r.overlaps(change.region) for r in result.regions)


def test_same_page_with_its_tone_marks_unchanged_matches() -> None:
    pair = worn_pair(4, None, "tune", MILD, father=("Lê Văn Tâm", "Lê Văn Tâm"))
    result = compare_images(pair.original, pair.copy)
    assert result.verdict == "match", (result.regions, result.text_changes)
    assert result.words_compared > 40  # the whole page was read, not a region


def test_rotated_blurred_copy_with_a_seal_is_not_flagged() -> None:
    """The case of issue 16: 1.2 degrees and a slight blur, the seal ring intact."""
    for seed in (3, 8):
        pair = worn_pair(seed, None, "tune", Wear(angle=1.2, blur=1.3, jpeg=75, kinds=[]))
        assert pair.spec is not None and pair.spec.stamp
        result = compare_images(pair.original, pair.copy)
        assert result.verdict == "match", (seed, result.regions, result.text_changes)
        assert result.text_changes == []


def _tiff(path: Path, pages: list[np.ndarray]) -> None:
    images = [Image.fromarray(p if p.ndim == 2 else cv2.cvtColor(p, cv2.COLOR_BGR2RGB))
              for p in pages]
    images[0].save(path, save_all=True, append_images=images[1:], compression="tiff_lzw")


def test_four_pages_one_changed_digit_on_page_three(tmp_path: Path, capsys) -> None:
    """Must-show 2: page 3 flagged, the others not, in the CLI's JSON."""
    pairs = [worn_pair(20 + k, "digit" if k == 2 else None, "tune", MILD) for k in range(4)]
    _tiff(tmp_path / "ban-chinh.tif", [p.original for p in pairs])
    _tiff(tmp_path / "ban-chup.tif", [p.copy for p in pairs])
    code = cli_main(["compare", str(tmp_path / "ban-chinh.tif"), str(tmp_path / "ban-chup.tif"),
                     "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["document_verdict"] == out["verdict"] == "mismatch"
    assert [p["verdict"] for p in out["pages"]] == ["match", "match", "mismatch", "match"]
    assert [p["original_page"] for p in out["pages"]] == [1, 2, 3, 4]
    third = out["pages"][2]
    assert any((t["before"], t["after"]) == (pairs[2].before, pairs[2].after)
               for t in third["text_changes"])
    assert all(t["page"] == 3 for t in out["text_changes"])
    assert {"x", "y", "w", "h"} <= set(third["text_changes"][0])


def test_pages_fed_in_another_order_are_paired() -> None:
    pairs = [worn_pair(30 + k, None, "tune", MILD) for k in range(4)]
    order = [2, 0, 3, 1]
    assert pair_pages([p.original for p in pairs], [pairs[k].copy for k in order]) == order
    # One page missing from the copy: the document is a mismatch, that original page named.
    doc = compare_documents([p.original for p in pairs], [pairs[k].copy for k in order[:3]],
                            ocr=False)
    assert doc.verdict == "mismatch"
    assert doc.unpaired_original == [1]
    assert [p.result.verdict for p in doc.pages] == ["match"] * 3


def test_copy_text_read_at_digitisation_is_reused(ctx, monkeypatch) -> None:
    """The verification service takes the copy's words from the OCR results table when the same
    image was digitised, and reads only the original."""
    from db.models import Page
    from desk_app.compare import fulltext
    from desk_app.ocr.store_ops import save_result
    from desk_app.ocr.types import Geometry, PageOcr
    from desk_app.verification.service import VerificationService
    from tests.verify.helpers import make_dossier

    pair = worn_pair(4, None, "tune", MILD, father=("Lê Văn Tâm", "Lê Văn Tám"))
    ok_o, orig_png = cv2.imencode(".png", pair.original)
    ok_c, copy_png = cv2.imencode(".png", pair.copy)
    assert ok_o and ok_c
    h, w = pair.copy.shape
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        digest = ctx.pages.put(copy_png.tobytes())
        page = Page(dossier_id=dossier.id, component_id=comp.id, position=1, sha256=digest,
                    width=w, height=h, byte_size=len(copy_png), role="copy", source="scan")
        s.add(page)
        s.flush()
        page_id = page.id
    words = fulltext.read_page(pair.copy)
    save_result(ctx, page_id, PageOcr(" ".join(x.text for x in words), words, 90.0,
                                      "tesseract-5/vie", Geometry(0, 0.0, w, h)))
    reads: list[tuple[int, int]] = []
    real = fulltext.read_page

    def counted(grey: np.ndarray, **kw: float) -> list:
        reads.append(grey.shape)
        return real(grey, **kw)

    monkeypatch.setattr(fulltext, "read_page", counted)
    pack = VerificationService(ctx).compare(orig_png.tobytes(), copy_png.tobytes())
    assert len(reads) == 1  # the original only
    assert pack.result.verdict == "mismatch"
    assert any(key(t.after) == key("Tám") for t in pack.result.text_changes)


def test_cli_text_output_names_each_page(tmp_path: Path, capsys) -> None:
    pairs = [worn_pair(20 + k, "digit" if k == 1 else None, "tune", MILD) for k in range(3)]
    _tiff(tmp_path / "chinh.tif", [p.original for p in pairs])
    _tiff(tmp_path / "chup.tif", [pairs[k].copy for k in (0, 1)])  # the last page missing
    assert cli_main(["compare", str(tmp_path / "chinh.tif"), str(tmp_path / "chup.tif"),
                     "--no-ocr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Tài liệu: KHÔNG KHỚP (2 trang bản chụp, 3 trang bản chính)"
    assert any(line.startswith("Trang 1 (bản chính trang 1): KHỚP") for line in lines)
    assert any(line.startswith("Trang 2 (bản chính trang 2): KHÔNG KHỚP") for line in lines)
    assert "Bản chính trang 3: không có trang bản chụp tương ứng" in lines


def test_words_carried_through_a_rotation_keep_their_height() -> None:
    """The original is read in its own pixels; its words reach the copy through the homography
    without swelling into the next line."""
    from desk_app.compare import fulltext
    from desk_app.ocr.types import Word

    angle = np.deg2rad(2.0)
    h = np.array([[np.cos(angle), -np.sin(angle), 30.0], [np.sin(angle), np.cos(angle), -12.0],
                  [0.0, 0.0, 1.0]])
    word = Word("Tâm", 400, 800, 120, 30, 95.0, 3)
    (moved,) = fulltext.map_words([word], h)
    centre = h @ np.array([460.0, 815.0, 1.0])
    assert moved.text == "Tâm" and moved.conf == 95.0
    assert abs(moved.h - 30) <= 1
    assert abs(moved.x + moved.w / 2 - centre[0]) <= 1
    assert abs(moved.y + moved.h / 2 - centre[1]) <= 1
