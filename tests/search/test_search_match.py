"""Where the search's words are in a page: folded comparison, the page's own letters in the
snippet, the last word as a prefix, all the words when the phrase is not there, and the OCR words
to box."""
from __future__ import annotations

from desk_app.search_match import matched_words, query_tokens, snippet

PAGE = ("Trường hợp HỒ SƠ chưa đầy đủ, cán bộ hướng dẫn một lần; Đặng Thị Lý nộp tại "
        "H31.12.05 ngày 26/11/2026 theo Thông tư 01/2023/TT-VPCP.")


def _snip(query: str, text: str = PAGE) -> str:
    return snippet(text, query_tokens(query))


def test_snippet_keeps_the_pages_letters_around_the_phrase() -> None:
    assert _snip("ho so chua day du") == "Trường hợp HỒ SƠ chưa đầy đủ, cán bộ hướng dẫn một lần; Đặng Thị…"
    # eight words either side ("H31.12.05" is three, "26/11/2026" three)
    assert _snip("dang thi l") == ("…đầy đủ, cán bộ hướng dẫn một lần; Đặng Thị Lý nộp tại "
                                   "H31.12.05 ngày 26/11…")
    assert _snip("ĐẶNG THỊ LÝ") == _snip("dang thi ly")
    assert _snip("thong tu 01 2023").endswith("theo Thông tư 01/2023/TT-VPCP")
    assert _snip("h31 12 05").startswith("…") and "H31.12.05" in _snip("h31 12 05")


def test_words_not_as_a_phrase_and_words_absent() -> None:
    # not side by side: the first of the words found is the snippet's centre
    assert "cán bộ" in _snip("can lan")
    assert _snip("thu tuc") == ""
    assert _snip("") == ""
    # a word is whole unless it is the last one typed
    assert _snip("ca bo huong").startswith("Trường hợp") and _snip("bo huong") != ""
    assert _snip("ca bo huong") == _snip("bo")  # centred on "bộ", the first of them


def test_decomposed_text_is_matched_too() -> None:
    text = "Ho\u0323 te\u0302n: Nguye\u0302\u0303n Va\u0306n An"
    assert snippet(text, query_tokens("nguyen van an")) == text


def test_matched_ocr_words() -> None:
    words = ["Người", "nộp:", "NGUYỄN", "VĂN", "AN,", "Nguyễn", "Thị", "Hà"]
    assert matched_words(words, query_tokens("nguyen van an")) == [2, 3, 4]
    # no phrase: each of the words wherever it is
    assert matched_words(words, query_tokens("an nguyen")) == [4, 5]  # "AN, Nguyễn"
    assert matched_words(words, query_tokens("an van")) == [3, 4]
    assert matched_words(words, query_tokens("tran")) == []
