"""Which words go into the invisible text layer: the OCR words with their boxes, or, when the
officer corrected the page, the corrected words laid onto the boxes of the OCR words they replace."""
from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import replace

from desk_app.ocr.types import Word


def _union(words: Sequence[Word]) -> tuple[int, int, int, int]:
    x0 = min(w.x for w in words)
    y0 = min(w.y for w in words)
    x1 = max(w.x + w.w for w in words)
    y1 = max(w.y + w.h for w in words)
    return x0, y0, x1 - x0, y1 - y0


def align_correction(words: Sequence[Word], corrected: str) -> list[Word]:
    """Corrected words placed at the positions of the OCR words they stand for. Equal words keep
    their box; a replaced run of words takes the boxes one to one when the counts agree, else one
    box spanning the run (per line); inserted words join the word before them."""
    new_tokens: list[tuple[str, int]] = []  # (token, corrected line number)
    for line_no, line in enumerate(corrected.splitlines()):
        new_tokens += [(t, line_no) for t in line.split()]
    old = [w.text for w in words]
    new = [t for t, _ in new_tokens]
    out: list[Word] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += list(words[i1:i2])
        elif tag == "delete":
            continue
        elif tag == "replace" and (i2 - i1) == (j2 - j1):
            out += [replace(words[i1 + k], text=new[j1 + k], conf=100.0) for k in range(i2 - i1)]
        elif tag == "replace":
            span = list(words[i1:i2])
            by_line: dict[int, list[Word]] = {}
            for w in span:
                by_line.setdefault(w.line, []).append(w)
            groups = list(by_line.values())
            tokens = new[j1:j2]
            # spread the new tokens over the OCR lines they replace, in order
            per = max(1, -(-len(tokens) // len(groups)))
            for g_index, group in enumerate(groups):
                chunk = tokens[g_index * per:(g_index + 1) * per]
                if g_index == len(groups) - 1:
                    chunk = tokens[g_index * per:]
                if not chunk:
                    continue
                x, y, width, height = _union(group)
                out.append(Word(" ".join(chunk), x, y, width, height, 100.0, group[0].line, group[0].block))
        else:  # insert
            inserted = " ".join(new[j1:j2])
            if out:
                prev = out.pop()
                out.append(replace(prev, text=f"{prev.text} {inserted}"))
            elif words:
                first = words[0]
                out.append(replace(first, text=inserted, conf=100.0))
    return out
