"""The two readings' words paired: by position (boxes that overlap), then along each line's
sequence of words, so a replaced word of another length does not mispair the rest of its line;
texts compared with diacritics significant (`key`)."""
from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from desk_app.ocr.types import Word

MOVED = 6  # pixels: a word of both readings this far from its place was moved by a change


def key(text: str) -> str:
    """What must agree between two readings: letters and digits, NFC, diacritics kept, case
    folded ("Tâm" and "Tám" differ, "TÂM" and "Tâm" do not)."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


def base_letters(text: str) -> str:
    """The base letters, diacritics dropped (đ kept apart from d: a different letter)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in sorted(words, key=lambda w: w.x))


@dataclass
class Group:
    """Words of the original and of the copy that lie on top of each other."""

    orig: list[Word]
    copy: list[Word]
    # Where the original's words lie relative to the copy's (a longer word replaced before them
    # on the line moves them), so their pixels are compared at their own place.
    shift: tuple[int, int] = (0, 0)
    paired: bool = False  # one word each side, paired along the line's sequence of words

    def side_box(self, orig: bool) -> tuple[int, int, int, int]:
        """The box one side's pixels are taken from: its own words' (a change earlier on the
        line may have moved them), or the whole group's when that side read nothing there."""
        words = self.orig if orig else self.copy
        if not words:
            return self.box
        x0, y0 = min(w.x for w in words), min(w.y for w in words)
        x1, y1 = max(w.x + w.w for w in words), max(w.y + w.h for w in words)
        return x0, y0, x1 - x0, y1 - y0

    @property
    def box(self) -> tuple[int, int, int, int]:
        words = self.orig + self.copy
        x0 = min(w.x for w in words)
        y0 = min(w.y for w in words)
        x1 = max(w.x + w.w for w in words)
        y1 = max(w.y + w.h for w in words)
        return x0, y0, x1 - x0, y1 - y0

def map_words(words: list[Word], homography: np.ndarray) -> list[Word]:
    """Word boxes carried through a homography (each box its corners' bounding box)."""
    if not words:
        return []
    corners = np.array([[(w.x, w.y), (w.x + w.w, w.y), (w.x, w.y + w.h), (w.x + w.w, w.y + w.h)]
                        for w in words], np.float64).reshape(-1, 1, 2)
    moved = cv2.perspectiveTransform(corners, homography).reshape(-1, 4, 2)
    out = []
    for w, quad in zip(words, moved, strict=True):
        x0, y0 = np.floor(quad.min(axis=0))
        x1, y1 = np.ceil(quad.max(axis=0))
        # A rotated box's bounding box is taller than the word: keep the word's own height.
        cy, h = (y0 + y1) / 2, max(1.0, (y1 - y0) - abs(quad[1, 1] - quad[0, 1]))
        out.append(Word(w.text, int(x0), round(float(cy - h / 2)), int(x1 - x0), round(float(h)),
                        w.conf, w.line, w.block))
    return out



def _overlap(a: Word, b: Word) -> bool:
    ix = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    iy = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    if ix <= 0 or iy < 0.5 * min(a.h, b.h):  # words of two lines never pair
        return False
    return ix * iy >= 0.3 * min(a.w * a.h, b.w * b.h)


def group_words(orig: list[Word], copy: list[Word]) -> list[Group]:
    """Connected groups of overlapping boxes (a word one reading splits in two joins its halves)."""
    n = len(orig)
    parent = list(range(n + len(copy)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(copy)), key=lambda j: copy[j].y)
    ys = [copy[j].y for j in order]
    for i, a in enumerate(orig):
        lo = int(np.searchsorted(ys, a.y - 4 * max(a.h, 10)))
        for k in order[lo:]:
            b = copy[k]
            if b.y > a.y + a.h:
                break
            if _overlap(a, b):
                parent[find(i)] = find(n + k)
    groups: dict[int, Group] = {}
    for i, a in enumerate(orig):
        groups.setdefault(find(i), Group([], [])).orig.append(a)
    for k, b in enumerate(copy):
        groups.setdefault(find(n + k), Group([], [])).copy.append(b)
    return list(groups.values())


def _moved(dx: int) -> tuple[int, int]:
    """How far a word was moved along its line, from its left edge (a box that one reading
    stretched over the next words keeps its left edge); a few pixels are the alignment's own
    play, which word_evidence takes up."""
    return (dx, 0) if abs(dx) > MOVED else (0, 0)


def by_lines(groups: list[Group]) -> list[list[Group]]:
    """The groups of one text line together (either reading's line joins them): a replaced word
    of another length shifts the rest of its line, so the overlap of boxes pairs the wrong words
    after it and only the line's sequence of words tells which is which."""
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[str, int], int] = {}
    for i, g in enumerate(groups):
        for side, words in (("o", g.orig), ("c", g.copy)):
            for w in words:
                first = seen.setdefault((side, w.line), i)
                parent[find(i)] = find(first)
    lines: dict[int, list[Group]] = {}
    for i, g in enumerate(groups):
        lines.setdefault(find(i), []).append(g)
    return list(lines.values())


def align_line(parts: list[Group]) -> list[Group]:
    """One line's groups re-paired along the words' sequence: the runs the two readings share
    pair word by word, and only what differs stays together. A line whose readings share no
    word keeps its groups by position."""
    if all(len(g.orig) <= 1 and len(g.copy) <= 1 for g in parts) and all(
            key(_text(g.orig)) == key(_text(g.copy)) for g in parts):
        return parts
    group = Group([w for g in parts for w in g.orig], [w for g in parts for w in g.copy])
    orig = sorted(group.orig, key=lambda w: w.x)
    copy = sorted(group.copy, key=lambda w: w.x)
    matcher = difflib.SequenceMatcher(a=[key(w.text) for w in orig], b=[key(w.text) for w in copy],
                                      autojunk=False)
    ops = matcher.get_opcodes()
    if not any(op[0] == "equal" for op in ops):
        return parts
    out: list[Group] = []
    # A run of shared words moves as one (a box's edge alone jitters with what a reading
    # included); what differs keeps the move of the run before it.
    shift = (0, 0)
    for tag, i0, i1, j0, j1 in ops:
        if tag == "equal":
            shift = _moved(int(np.median([a.x - b.x for a, b in zip(orig[i0:i1], copy[j0:j1],
                                                                     strict=True)])))
            out.extend(Group([a], [b], shift, paired=True)
                       for a, b in zip(orig[i0:i1], copy[j0:j1], strict=True))
        else:
            out.append(Group(orig[i0:i1], copy[j0:j1], shift if i1 > i0 and j1 > j0 else (0, 0)))
    return out
