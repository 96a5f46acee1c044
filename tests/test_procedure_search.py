"""Type-ahead ranking of procedures (desk_app/procedure_search.py) on the shipped catalog."""
from __future__ import annotations

from desk_app.catalog import load_catalog
from desk_app.procedure_search import ProcedureIndex


def _names(text: str) -> list[str]:
    return [p.name for p in ProcedureIndex(load_catalog().procedures).search(text)]


def test_the_procedure_named_by_the_query_comes_first() -> None:
    names = _names("khai sinh")
    assert names[0] == "Đăng ký khai sinh"
    assert names.index("Đăng ký khai sinh") < names.index(
        "Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh")
    assert _names("dang ky khai sinh")[0] == "Đăng ký khai sinh"  # diacritics ignored
    assert _names("Đăng ký kết")[0] == "Đăng ký kết hôn"


def test_words_match_at_their_start_only() -> None:
    assert not any("chuyển nhượng" in n for n in _names("huong"))
    assert any("chuyển nhượng" in n for n in _names("nhuong"))
    # words in another order still find it, after the names where they read in order
    assert "Đăng ký khai sinh" in _names("sinh khai")


def test_codes_and_an_empty_query() -> None:
    assert _names("1.0011")[0] == "Đăng ký khai sinh"  # code 1.001193
    assert len(_names("")) == len(load_catalog().procedures)
    assert _names("không có thủ tục nào như vậy") == []
