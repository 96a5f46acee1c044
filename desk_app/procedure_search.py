"""Type-ahead over the procedures of the catalog, as an officer expects it: diacritics and case
ignored, each typed word matching at the start of a word (so "huong" does not find "chuyển
nhượng"), and the best candidates first: the name starting with what was typed, then names where
it starts a later word (earlier is better, "Đăng ký khai sinh" before "Cấp bản sao … Giấy khai
sinh"), then names that merely contain every typed word somewhere. The procedure's code matches
from its start ("1.0011" finds 1.001193)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from desk_app.domain.text import fold

_WORD = re.compile(r"\w+")


class ProcedureLike(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def field(self) -> str: ...


P = TypeVar("P", bound=ProcedureLike)



def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped."""
    return _WORD.findall(fold(text))


def _phrase_at(name: list[str], query: list[str]) -> int | None:
    """The first word position where the typed words start consecutive words of the name."""
    n = len(query)
    for i in range(len(name) - n + 1):
        if all(name[i + k].startswith(q) for k, q in enumerate(query)):
            return i
    return None


@dataclass(frozen=True)
class _Key:
    code: str
    name: list[str]
    others: list[str]  # the field's and the code's words


class ProcedureIndex(Generic[P]):
    """The folded words of each procedure, made once when the catalog is loaded."""

    def __init__(self, procedures: Sequence[P]) -> None:
        self.procedures: list[P] = list(procedures)
        self._keys = [
            _Key(fold(p.code), words(p.name), words(p.field) + words(p.code))
            for p in self.procedures
        ]

    def rank(self, p_index: int, query: list[str], raw: str) -> tuple[int, int, int] | None:
        """The sort key of a procedure for the folded query, or None when it does not match."""
        key = self._keys[p_index]
        if raw and key.code.startswith(raw):
            return (0, 0, len(key.name))
        at = _phrase_at(key.name, query)
        if at is not None:
            return (0 if at == 0 else 1, at, len(key.name))
        everything = key.name + key.others
        if all(any(w.startswith(q) for w in everything) for q in query):
            return (2, 0, len(key.name))
        return None

    def search(self, text: str) -> list[P]:
        """The procedures matching `text`, best first (stable among equals); all of them, in the
        catalog's order, when nothing is typed."""
        query = words(text)
        if not query:
            return list(self.procedures)
        raw = fold(text).strip()
        ranked = []
        for i in range(len(self.procedures)):
            r = self.rank(i, query, raw)
            if r is not None:
                ranked.append((r, i))
        ranked.sort()
        return [self.procedures[i] for _r, i in ranked]
