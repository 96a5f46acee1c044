"""`desk-app search` on a store read by real Tesseract: a phrase of a page's text with or without
diacritics, the applicant's ID number (CCCD 12 digits, CMND 9, spaces allowed), the snippet in
the page's own letters, and refused input with a Vietnamese sentence and a non-zero exit."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.search.conftest import CCCD_AN, CMND_HANG, SearchStore

FIRST, SECOND = "H31.12.05-261126-0001", "H31.12.05-261126-0002"


def _run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    from desk_app.cli import main

    code = main(["search", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _json(capsys: Any, *argv: str) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 0, err
    return list(json.loads(out))


def test_phrase_found_with_or_without_diacritics(search_store: SearchStore, capsys) -> None:
    assert "hồ sơ chưa đầy đủ" in search_store.texts[(FIRST, 1)]
    plain = _json(capsys, "ho so chua day du")
    marked = _json(capsys, "Hồ sơ chưa đầy đủ")
    assert [(h["code"], h["page"]) for h in plain] == [(FIRST, 1)]
    assert marked == plain
    # the words in context, as the page has them
    snippet = plain[0]["snippet"]
    assert "hồ sơ chưa đầy đủ" in snippet, snippet
    assert "Trường hợp" in snippet and "cán bộ" in snippet, snippet
    assert snippet.endswith("…") and "\n" not in snippet

    # a phrase of the second page, and one of the other citizen's dossier
    assert [(h["code"], h["page"]) for h in _json(capsys, "xuat trinh ban chinh")] == [(FIRST, 2)]
    hits = _json(capsys, "dich vu buu chinh cong ich")
    assert [(h["code"], h["page"]) for h in hits] == [(SECOND, 1)]
    assert "dịch vụ bưu chính" in hits[0]["snippet"]
    # the words must come in that order: these two are on a page, never side by side
    assert _json(capsys, "buu chinh xuat trinh") == []
    assert _json(capsys, "khong co cum tu nay") == []


def test_a_phrase_on_pages_of_both_dossiers(search_store: SearchStore, capsys) -> None:
    hits = _json(capsys, "trong thoi han ba ngay lam viec")
    assert sorted((h["code"], h["page"]) for h in hits) == [(FIRST, 1), (SECOND, 1)]
    assert all("Trong thời hạn ba ngày làm việc" in h["snippet"] for h in hits)
    assert len(_json(capsys, "trong thoi han ba ngay lam viec", "--limit", "1")) == 1


def test_id_number_finds_the_citizens_dossiers(search_store: SearchStore, capsys) -> None:
    hits = _json(capsys, CCCD_AN)
    assert hits == [{"code": FIRST, "page": None, "snippet": "Nguyễn Văn An — Đăng ký khai sinh"}]
    assert _json(capsys, "0010 9901 2345") == hits  # as read off the card, in groups
    assert [h["code"] for h in _json(capsys, "--id-number", CMND_HANG)] == [SECOND]
    assert _json(capsys, "--id-number", "079000000001") == []
    # words and a citizen: only that citizen's pages
    both = _json(capsys, "trong thoi han", "--id-number", f" {CMND_HANG[:3]} {CMND_HANG[3:]} ")
    assert [(h["code"], h["page"]) for h in both] == [(SECOND, 1)]


def test_human_output_in_vietnamese(search_store: SearchStore, capsys) -> None:
    code, out, _err = _run(capsys, "xuat trinh ban chinh")
    assert code == 0
    assert out.startswith("Tìm thấy 1 kết quả:")
    assert f"{FIRST} — trang 1" not in out and f"{FIRST} — trang 2: " in out
    code, out, _err = _run(capsys, CCCD_AN)
    assert f"{FIRST} — theo số định danh: Nguyễn Văn An" in out
    code, out, _err = _run(capsys, "khong co cum tu nay")
    assert code == 0 and out.strip() == "Không tìm thấy hồ sơ nào khớp."


@pytest.mark.parametrize("argv, said", [
    ([""], "Chưa có gì để tìm"),
    (["  ...  "], "Chưa có gì để tìm"),
    ([], "Chưa có gì để tìm"),
    (["ho so", "--id-number", "12345"], "12 chữ số (CCCD) hoặc 9 chữ số (CMND)"),
    (["ho so", "--id-number", "0010990123AB"], "12 chữ số (CCCD) hoặc 9 chữ số (CMND)"),
    (["ho so", "--limit", "0"], "--limit phải là số nguyên dương"),
])
def test_bad_input_refused_in_vietnamese(search_store: SearchStore, capsys, argv: list[str],
                                         said: str) -> None:
    before = (search_store.home / "store.sqlite3").stat().st_mtime_ns
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: ") and said in err and "Traceback" not in err
    assert (search_store.home / "store.sqlite3").stat().st_mtime_ns == before


def test_the_query_is_not_logged(search_store: SearchStore, capsys) -> None:
    from desk_app.cli import main

    assert main(["-v", "search", CCCD_AN, "--json"]) == 0
    captured = capsys.readouterr()
    assert CCCD_AN not in captured.err
    logged = [p for p in search_store.home.rglob("*.log*") if p.is_file()]
    assert all(CCCD_AN not in p.read_text(errors="replace") for p in logged)


def test_hit_page_boxes_cover_the_matched_words(search_store: SearchStore) -> None:
    from desk_app.search import SearchService

    service = SearchService(search_store.ctx)
    hit = service.find("xuat trinh ban chinh")[0]
    assert hit.page_id is not None
    page = service.hit_page(hit.page_id, "xuat trinh ban chinh")
    assert (page.code, page.position) == (FIRST, 2)
    assert len(page.boxes) == 4  # xuất, trình, bản, chính
    assert all(0 <= x and x + w <= page.width and 0 <= y and y + h <= page.height
               for x, y, w, h in page.boxes)
    ys = [y for _x, y, _w, _h in page.boxes]
    assert max(ys) - min(ys) < 80  # on one line
    assert page.image_png.startswith(b"\x89PNG")


def test_id_number_lookup_reads_indexes_only(search_store: SearchStore) -> None:
    from desk_app.search import _ID_HITS

    with search_store.ctx.engine.connect() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + _ID_HITS,
                                                     {"idn": CCCD_AN, "limit": 20}).all()]
    assert any("USING INDEX ix_applicants_id_number" in step for step in plan), plan
    assert not [step for step in plan if step.startswith("SCAN")], plan
