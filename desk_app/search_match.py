"""Where the words of a search are in a page's text and on its image: the query and the text are
compared word by word in folded form (desk_app.domain.text.fold), so "nguyen van" finds
"Nguyễn Văn", while the snippet and the highlighted boxes keep the page's own letters."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.text import fold

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"[0-9a-z]+")
CONTEXT_WORDS = 8  # words of context on each side of the match in a snippet


@dataclass(frozen=True)
class Token:
    folded: str
    start: int  # offsets in the original text, or the index of an OCR word (start == end)
    end: int


def query_tokens(query: str) -> list[str]:
    return _TOKEN.findall(fold(query))


def text_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _WORD.finditer(text):
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
    found: list[range] = []
    i = 0
    while n and i + n <= len(tokens):
        if all(_equal(tokens[i + k].folded, wanted[k], k == n - 1) for k in range(n)):
            found.append(range(i, i + n))
            i += n
        else:
            i += 1
    return found


def word_matches(tokens: Sequence[Token], wanted: Sequence[str]) -> list[range]:
    """Every token equal to one of the query's words (the page has them all, not as a phrase)."""
    last = len(wanted) - 1
    return [range(i, i + 1) for i, t in enumerate(tokens)
            if any(_equal(t.folded, w, k == last) for k, w in enumerate(wanted))]


def matches(tokens: Sequence[Token], wanted: Sequence[str]) -> list[range]:
    return phrase_matches(tokens, wanted) or word_matches(tokens, wanted)


def snippet(text: str, wanted: Sequence[str]) -> str:
    """The first match with up to CONTEXT_WORDS words either side, the text's own letters, on one
    line; "…" where the page goes on. Empty when the words are not in the text."""
    tokens = text_tokens(text)
    found = matches(tokens, wanted)
    if not found:
        return ""
    first = found[0]
    lo = max(0, first.start - CONTEXT_WORDS)
    hi = min(len(tokens), first.stop + CONTEXT_WORDS)
    body = " ".join(text[tokens[lo].start:tokens[hi - 1].end].split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(tokens) else "")


def matched_words(words: Sequence[str], wanted: Sequence[str]) -> list[int]:
    """Indexes of the OCR words that make up the matches (for the boxes drawn on the image)."""
    tokens = word_tokens(words)
    return sorted({tokens[i].start for r in matches(tokens, wanted) for i in r})
