"""Tesseract on a rectified card: the field block as lines with boxes and confidences, the printed
labels of both layouts found in those lines, and a second, narrower reading of the number and the
birth date (one line, digits only) to confirm the first.

Tesseract is run by the OCR runner (desk_app/ocr/tesseract.py): images go through its stdin, so
no copy of a card is written to a temporary file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import cv2
import numpy as np

from desk_app.domain.id_number import provinces
from desk_app.domain.text import clean, fold
from desk_app.ocr import tesseract
from desk_app.ocr.types import Word

TIMEOUT_S = 30


@dataclass
class Line:
    text: str
    conf: float  # mean word confidence 0..100
    box: tuple[int, int, int, int]  # x, y, w, h in the image given to Tesseract
    words: list[tuple[str, float, tuple[int, int, int, int]]] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold(self.text)


def tesseract_tsv(grey: np.ndarray, psm: int, whitelist: str | None = None,
                  lang: str = "vie") -> list[Line]:
    """Lines of text read by Tesseract from `grey` (uint8); none when Tesseract fails or runs
    out of time on this region (the card is then read from what the other regions gave)."""
    variables = {"tessedit_char_whitelist": whitelist} if whitelist else None
    try:
        words = tesseract.words(grey, lang=lang, psm=psm, dpi=300, variables=variables,
                                timeout=TIMEOUT_S)
    except tesseract.OcrFailed:
        return []
    return _lines(words)


def _lines(words: list[Word]) -> list[Line]:
    groups: dict[int, list[tuple[str, float, tuple[int, int, int, int]]]] = {}
    for word in words:
        groups.setdefault(word.line, []).append((word.text, word.conf,
                                                 (word.x, word.y, word.w, word.h)))
    lines = []
    for found in groups.values():
        xs = [b[0] for _, _, b in found]
        ys = [b[1] for _, _, b in found]
        x2 = [b[0] + b[2] for _, _, b in found]
        y2 = [b[1] + b[3] for _, _, b in found]
        box = (min(xs), min(ys), max(x2) - min(xs), max(y2) - min(ys))
        conf = sum(c for _, c, _ in found) / len(found)
        lines.append(Line(clean(" ".join(w for w, _, _ in found)), conf, box, found))
    lines.sort(key=lambda ln: (ln.box[1], ln.box[0]))
    return lines


# --- labels of both layouts, matched on folded text (no diacritics, lower case) -------------
_LABELS = {
    "number": re.compile(r"(so dinh danh|identification|ca nhan|^so ?/ ?no|\bno\.?:|^so\b.{0,6}no)"),
    "name": re.compile(r"(ful+ ?n[a-z]me|ho va ten|chu dem|ten khai sinh)"),
    # tolerant: glare and blur garble labels ("năm sích / Dạte of bit")
    "birth_date": re.compile(r"(date of b|ngay sinh|nam sinh|of birth|ngay, ?thang|thang, ?nam)"),
    "sex": re.compile(r"(gioi tinh|\bsex\b)"),
    "residence": re.compile(r"(residence|thuong tru|noi cu tru|cu tru|noi thuong)"),
    "stop": re.compile(r"(co gia tri|gia tri|expiry|khong thoi han|quoc tich|nationality|que quan|"
                       r"origin|\d{1,2}/\d{1,2}/\d{2,4})"),
}
_LABEL_TAIL = re.compile(r"^.*?(number|name|birth|sex|residence|no\.?)\s*[:;.]?\s*", re.IGNORECASE)
DATE_RE = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
NUMBER_RE = re.compile(r"(?<!\d)\d{12}(?!\d)")
# letters a bold sans face confuses with digits
_DIGIT_LOOKALIKES = str.maketrans("OoDlI", "00011")
_DATE_LOOKALIKES = str.maketrans("OolI", "0011")


def label_of(line: Line) -> str | None:
    key = line.key
    for name in ("number", "name", "birth_date", "sex", "residence"):
        if _LABELS[name].search(key):
            return name
    return None


def after_label(text: str) -> str:
    """What follows the English half of a bilingual label on the same line ("... / Sex: Nam")."""
    if ":" in text:
        return text.split(":", 1)[1].strip()
    return _LABEL_TAIL.sub("", text, count=1).strip()


def find_number(text: str) -> str | None:
    # Tesseract sometimes splits a long digit run into groups; O/o/D for 0 and l/I for 1 are the
    # usual confusions in a bold sans face.
    squeezed = re.sub(r"(?<=\d)[\s.,](?=\d)", "", text)
    squeezed = squeezed.translate(_DIGIT_LOOKALIKES)
    found = NUMBER_RE.findall(squeezed)
    return found[0] if len(found) == 1 else None


def find_date(text: str) -> date | None:
    text = re.sub(r"(?<=\d)\s+(?=\d)", "", text)
    m = DATE_RE.search(text.translate(_DATE_LOOKALIKES))
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not 1900 <= year <= date.today().year:
        return None
    return found


def find_sex(text: str) -> str | None:
    """The first word after "Sex": Nam or Nữ (never the "Nam" of "Việt Nam" further on)."""
    key = fold(text)
    m = re.search(r"[s5]ex\W*([a-z]+)", key) or re.search(r"tinh\W*(?:[a-z]{2,4}\W+)?([a-z]+)", key)
    if not m:
        return None
    word = m.group(1)
    if word in {"nam", "mam", "nan", "male"}:
        return "male"
    if word.startswith("nu") or word == "female":
        return "female"
    return None


@dataclass
class FieldReading:
    value: object
    conf: float
    box: tuple[int, int, int, int] | None  # where the value was seen (for a second reading)


def parse_fields(lines: list[Line]) -> dict[str, FieldReading]:
    """The fields found after their labels. The value is on the label's line (2021 layout:
    "Số / No.: 0010...") or on the next line (2024 layout; names and residences)."""
    out: dict[str, FieldReading] = {}
    for i, line in enumerate(lines):
        kind = label_of(line)
        if kind is None or kind in out:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        same = after_label(line.text)
        if kind in ("number", "birth_date"):
            # the value's digit words, on the label's line or the next one; kept even when
            # this first reading did not parse, so that the caller can read them again
            parse = find_number if kind == "number" else find_date
            # a smudge or a glare spot can make a line of its own between label and value
            after = lines[i + 2] if i + 2 < len(lines) and nxt is not None \
                and label_of(nxt) is None and label_of(lines[i + 2]) is None else None
            for src in (line, nxt, after):
                if src is None:
                    continue
                # anchored on a word of several digits, so that a "7" misread for the label's
                # "/" does not count; digit words after the anchor (a split year) do
                need = 3 if kind == "number" else 2
                digits = [sum(ch.isdigit() for ch in wd[0]) for wd in src.words]
                anchor = next((k for k, n in enumerate(digits) if n >= need), None)
                if anchor is None:
                    continue
                words = [wd for wd, n in zip(src.words[anchor:], digits[anchor:], strict=False) if n >= 1]
                text = " ".join(w for w, _, _ in words)
                value = parse(text)
                out[kind] = FieldReading(value, min(c for _, c, _ in words), _union(words))
                break
            if kind == "number" and kind not in out and nxt is not None and label_of(nxt) is None \
                    and not any(ch.isdigit() for ch in line.text):
                # the label stands alone and the line under it has no digit run: glare paled
                # the number and the block reading garbled it (its box with it): the band
                # between this label and the next one is read again alone
                below = next((ln for ln in lines[i + 2:i + 3] if label_of(ln)), None)
                top = line.box[1] + line.box[3]
                bottom = below.box[1] if below is not None else top + 2 * line.box[3]
                # the number's capitals are about 1.4 times the label's line high
                high = min(bottom - top, round(1.4 * line.box[3]))
                if high > line.box[3] // 2:
                    out[kind] = FieldReading(None, 0.0, (nxt.box[0], (top + bottom - high) // 2,
                                                         max(nxt.box[2], line.box[2] // 2), high))
        elif kind == "sex":
            sex = find_sex(line.text)
            if sex:
                out[kind] = FieldReading(sex, line.conf, line.box)
        elif kind == "name":
            value_line = None
            if looks_like_name(same):
                value_line, text = line, same
            elif nxt is not None and label_of(nxt) is None and looks_like_name(nxt.text):
                value_line, text = nxt, nxt.text
            if value_line is not None:
                out[kind] = FieldReading(tidy_name(text), value_line.conf, value_line.box)
        elif kind == "residence":
            parts, confs, boxes = [], [], []
            # without its colon the label was not read to its end (glare, fading): what
            # follows it on the line is more label than address
            if ":" not in line.text:
                same = ""
            if len(same) > 3:
                parts.append(same)
                confs.append(line.conf)
            for follow in lines[i + 1:i + 3]:
                if label_of(follow) or _LABELS["stop"].search(follow.key):
                    break
                if follow.conf < 50:
                    # maybe the address's last line, maybe a smudge: the value is in doubt
                    confs.append(follow.conf)
                    break
                parts.append(follow.text)
                confs.append(follow.conf)
                boxes.append(follow.box)
            if parts:
                # the box (for a second reading) only when the value stands on lines of its own
                box = _union([("", 0.0, b) for b in boxes]) if boxes and len(same) <= 3 else None
                out[kind] = FieldReading(clean(" ".join(parts)), min(confs), box)
    return out


def _union(words: list[tuple[str, float, tuple[int, int, int, int]]]) -> tuple[int, int, int, int]:
    x1 = min(b[0] for _, _, b in words)
    y1 = min(b[1] for _, _, b in words)
    x2 = max(b[0] + b[2] for _, _, b in words)
    y2 = max(b[1] + b[3] for _, _, b in words)
    return (x1, y1, x2 - x1, y2 - y1)


_NAME_CHARS = re.compile(r"^[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ ]+$")


def looks_like_name(text: str) -> bool:
    text = tidy_name(text)
    if _LABELS["name"].search(fold(text)) or re.search(r"\b(FULL|NAME)\b", text):
        return False
    return len(text.split()) >= 2 and bool(_NAME_CHARS.match(text)) and text == text.upper()


def tidy_name(text: str) -> str:
    return clean(re.sub(r"[^\wÀ-ỹ ]", " ", text)).upper()


def vote_digits(readings: list[object], weights: list[float] | None = None) -> str | None:
    """Digit strings of the same length voted position by position, each reading with its
    weight (a tie goes to the earlier reading); the first reading given when fewer than three
    have that length."""
    weights = weights or [1.0] * len(readings)
    seen = [(r, wt) for r, wt in zip(readings, weights, strict=True) if isinstance(r, str)]
    if not seen:
        return None
    size = Counter(len(r) for r, _ in seen).most_common(1)[0][0]
    same = [(r, wt) for r, wt in seen if len(r) == size]
    if len(same) < 3:
        return seen[0][0]
    out = ""
    for k in range(size):
        votes: dict[str, float] = {}
        for r, wt in same:
            votes[r[k]] = votes.get(r[k], 0.0) + wt
        out += max(votes, key=lambda ch: votes[ch])
    return out


def reread_digits(grey: np.ndarray, box: tuple[int, int, int, int], allowed: str,
                  binarise: bool = False, adaptive: bool = False) -> tuple[str, float]:
    """One line, digits only: a second, independent reading of a number or a date (a third
    one, binarised at another scale, when the first two disagree)."""
    x, y, w, h = box
    pad_x, pad_y = max(8, h // 2), max(6, h // 3)
    y1, y2 = max(0, y - pad_y), min(grey.shape[0], y + h + pad_y)
    x1, x2 = max(0, x - pad_x), min(grey.shape[1], x + w + pad_x)
    crop = grey[y1:y2, x1:x2]
    if crop.size == 0:
        return "", 0.0
    # Tesseract reads best with capitals about 30-40 px high and a white margin
    scale = (36.0 if adaptive else 32.0 if binarise else 40.0) / max(h, 1)
    if scale > 1.2 or scale < 0.7 or binarise or adaptive:
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    if adaptive:
        # each pixel against its neighbourhood: a glare spot across part of the digits
        crop = cv2.adaptiveThreshold(crop, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
                                     cv2.THRESH_BINARY, 31, 12)
    elif binarise:
        _, crop = cv2.threshold(cv2.GaussianBlur(crop, (3, 3), 0), 0, 255,
                                cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    crop = cv2.copyMakeBorder(crop, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    lines = tesseract_tsv(crop, psm=7, whitelist=allowed)
    if not lines:
        return "", 0.0
    text = " ".join(ln.text for ln in lines)
    conf = min(c for ln in lines for _, c, _ in ln.words)
    return text, conf


_EXPIRY = re.compile(r"(\d{2})\s*/\s*(\d{2})\s*/\s*(\d{4})")


def expiry_day_month(card_norm: np.ndarray) -> tuple[int, int] | None:
    """Day and month of the expiry printed at the bottom left of both fronts ("Có giá trị đến /
    Date of expiry"), or None when not read whole. A card is valid until the holder's 25th,
    40th or 60th birthday, so they are the birth date's day and month: a check on the birth
    date that does not come from the same glyphs."""
    h, w = card_norm.shape
    for line in tesseract_tsv(card_norm[int(0.84 * h):, :int(0.6 * w)], psm=6):
        if "gia tri" not in line.key and "expiry" not in line.key:
            continue
        m = _EXPIRY.search(line.text)
        if m is None or line.conf < 60:
            return None
        try:
            found = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
        return found.day, found.month
    return None


_CITY_PREFIX = re.compile(r"^(thanh pho|tinh|tp\.?)\s+")


def _split_prefix(name: str) -> tuple[list[str], list[str]]:
    """"Thành phố Hồ Chí Minh" -> (["Thành", "phố"], ["Hồ", "Chí", "Minh"])."""
    words = name.split()
    m = _CITY_PREFIX.match(fold(name))
    k = len(m.group(0).split()) if m else 0
    return words[:k], words[k:]


def province_spelling(residence: str) -> tuple[str, bool]:
    """The residence with its last part (the province, after the last comma) spelt as the
    catalog spells it, and whether it is in doubt: the province read with a wrong diacritic
    ("Hô Chí Minh", mended) or no known province standing alone after the last comma (a comma
    lost and a letter with it). The street and the ward have no such list."""
    head, sep, last = residence.rpartition(",")
    prefix, bare = _split_prefix(clean(last))
    for name in provinces().values():
        known = _split_prefix(name)[1]
        # "Thành phố Huế" since 2025: a known name's last words stand for it
        if not fold(" ".join(known)).endswith(fold(" ".join(bare))) or not bare:
            continue
        if known[-len(bare):] == bare:
            return residence, False
        mended = " ".join(prefix + known[-len(bare):])
        return (f"{head}{sep} {mended}" if sep else mended), True
    return residence, True
