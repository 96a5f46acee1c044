"""Where the words of a search are in a page's text and on its image: the query and the text are
compared word by word in folded form (desk_app.domain.text.fold), so "nguyen van" finds
"Nguyễn Văn", while the snippet and the highlighted boxes keep the page's own letters."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from desk_app.domain.text import fold

_WORD = re.compile(r"[\w\u0300-\u036f]+")  # a word, with any combining marks it is written with
_TOKEN = re.compile(r"[0-9a-z]+")
CONTEXT_WORDS = 8  # words of context on each side of the match in a snippet
_CONTEXT_CHARS = 40 * CONTEXT_WORDS  # enough text either side to hold them


class Token(NamedTuple):
    folded: str
    start: int  # offsets in the original text, or the index of an OCR word (start == end)
    end: int


def query_tokens(query: str) -> list[str]:
    return _TOKEN.findall(fold(query))


class _CharFold(dict[int, str]):
    """str.translate table: each character to its folded form when that is one character (every
    letter of NFC Vietnamese: "ế" -> "e", "Đ" -> "d"), so offsets in the folded text are offsets
    in the original; filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = ch if ch.isspace() else fold(ch)
        value = folded if len(folded) == 1 else "\x00"  # marks a text that needs the slow way
        self[code] = value
        return value


_CHAR_FOLD = _CharFold()


def text_tokens(text: str) -> list[Token]:
    folded = text.translate(_CHAR_FOLD)
    if "\x00" not in folded:  # the common case: one pass in C, a page in a fraction of a ms
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    out: list[Token] = []
    for m in _WORD.finditer(text):  # word by word (decomposed marks, letters that fold to two)
        for t in _TOKEN.findall(fold(m.group())):
            out.append(Token(t, m.start(), m.end()))
    return out


def word_tokens(words: Sequence[str]) -> list[Token]:
    """Tokens of OCR words (one word may give several: "H31.12" -> h31, 12), each pointing back to
    its word's index."""
    return [Token(t, i, i) for i, w in enumerate(words) for t in _TOKEN.findall(fold(w))]


def _equal(token: str, wanted: str, last: bool) -> bool:
    # the last word of a query may be the start of a word being typed
    return token.startswith(wanted) if last else token == wanted


def phrase_matches(tokens: Sequence[Token], wanted: Sequence[str]) -> list[range]:
    """Each run of tokens that spells the query's words in order, as a range of token indexes."""
    n = len(wanted)
    if not n:
        return []
    folded = [t.folded for t in tokens]
    found: list[range] = []
    after = 0  # matches do not overlap
    for i in range(len(folded) - n + 1):
        if i < after or not _equal(folded[i], wanted[0], n == 1):
            continue
        if all(_equal(folded[i + k], wanted[k], k == n - 1) for k in range(1, n)):
            found.append(range(i, i + n))
            after = i + n
    return found


def word_matches(tokens: Sequence[Token], wanted: Sequence[str]) -> list[range]:
    """Every token equal to one of the query's words (the page has them all, not as a phrase)."""
    last = len(wanted) - 1
    return [range(i, i + 1) for i, t in enumerate(tokens)
            if any(_equal(t.folded, w, k == last) for k, w in enumerate(wanted))]


def matches(tokens: Sequence[Token], wanted: Sequence[str]) -> list[range]:
    return phrase_matches(tokens, wanted) or word_matches(tokens, wanted)


def _first_match(folded: str, wanted: Sequence[str]) -> tuple[int, int] | None:
    """Where the query's words first are in the folded text: as a phrase, else the first of
    them anywhere. A regular expression over the whole page (C speed) finds the place; only the
    text around it is cut into words."""
    words = [re.escape(w) for w in wanted]
    last = words[-1] + "[0-9a-z]*"  # the word being typed
    phrase = "[^0-9a-z]+".join([*words[:-1], last])
    any_word = "|".join([*(w + "(?![0-9a-z])" for w in words[:-1]), last])
    for pattern in (phrase, f"(?:{any_word})"):
        m = re.search(f"(?<![0-9a-z]){pattern}", folded)
        if m:
            return m.start(), m.end()
    return None


def snippet(text: str, wanted: Sequence[str]) -> str:
    """The first match with up to CONTEXT_WORDS words either side, the text's own letters, on one
    line; "…" where the page goes on. Empty when the words are not in the text."""
    if not wanted:
        return ""
    folded = text.translate(_CHAR_FOLD)
    if "\x00" in folded:  # letters that do not fold to one: the slow way, word by word
        tokens = text_tokens(text)
        found = matches(tokens, wanted)
        if not found:
            return ""
        lo = max(0, found[0].start - CONTEXT_WORDS)
        hi = min(len(tokens), found[0].stop + CONTEXT_WORDS)
        body = " ".join(text[tokens[lo].start:tokens[hi - 1].end].split())
        return ("…" if lo > 0 else "") + body + ("…" if hi < len(tokens) else "")
    where = _first_match(folded, wanted)
    if where is None:
        return ""
    start, end = where
    before = [m.start() for m in _TOKEN.finditer(folded, max(0, start - _CONTEXT_CHARS), start)]
    after = [m.end() for m in _TOKEN.finditer(folded, end, end + _CONTEXT_CHARS)]
    # a token cut by the window's edge is not whole: drop it
    if before and start - _CONTEXT_CHARS > 0:
        before = before[1:]
    lo = before[-CONTEXT_WORDS] if len(before) >= CONTEXT_WORDS else (before[0] if before
                                                                       else start)
    hi = after[CONTEXT_WORDS - 1] if len(after) >= CONTEXT_WORDS else (after[-1] if after
                                                                       else end)
    more_before = _TOKEN.search(folded, 0, lo) is not None
    more_after = _TOKEN.search(folded, hi) is not None
    body = " ".join(text[lo:hi].split())
    return ("…" if more_before else "") + body + ("…" if more_after else "")


def matched_words(words: Sequence[str], wanted: Sequence[str]) -> list[int]:
    """Indexes of the OCR words that make up the matches (for the boxes drawn on the image)."""
    tokens = word_tokens(words)
    return sorted({tokens[i].start for r in matches(tokens, wanted) for i in r})
