"""Reading a citizen identity card (CCCD 2021 / căn cước 2024) from a photo or scan: the QR code
first (it holds `number|old ID|name|ddmmyyyy|sex|address|issue ddmmyyyy`), else OCR of the printed
fields. The number is cross-checked against sex and birth year (digit 4, digits 5-6); every doubt
becomes a warning, because the officer confirms what is pre-filled."""
from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageOps

from desk_app.domain.id_number import check_id_number
from desk_app.domain.text import clean, fold, nfc
from desk_app.errors import InputRefused
from desk_app.idcard.card_image import find_card, flatten
from desk_app.ocr.engine import TesseractEngine
from desk_app.ocr.types import Word

logger = logging.getLogger(__name__)

_DATE = re.compile(r"(\d{2})\s?[/.\-]\s?(\d{2})\s?[/.\-]\s?(\d{4})")
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1",
                            "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6",
                            "g": "9", "T": "7"})
CONFIDENT = 80.0
# Name syllables that on a card are always printed with their marks (the folded spelling is not
# itself a name word): read without marks, they are an OCR slip the officer must look at.
MARKED_ONLY = {"nguyen", "tran", "pham", "hoang", "huynh", "dang", "bui", "duong", "thi", "duc",
               "huu", "ngoc", "quoc", "xuan", "hung", "hang", "viet", "dung", "tuan", "huong",
               "khanh", "yen", "phuc", "vu", "vo", "ngo", "le"}


@dataclass
class CardReading:
    number: str = ""
    name: str = ""
    birth_date: str = ""  # dd/mm/yyyy
    sex: str = ""  # Nam / Nữ
    residence: str = ""
    source: str = "ocr"  # qr / ocr
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "birth_date": self.birth_date,
                "sex": self.sex, "residence": self.residence, "source": self.source,
                "warnings": list(self.warnings)}


def _decode(data: bytes) -> np.ndarray:
    if not data:
        raise InputRefused("empty_file")
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            rgb = ImageOps.exif_transpose(img).convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputRefused("corrupt_image", type(exc).__name__) from exc
    return cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR)


def _date(text: str) -> dt.date | None:
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _sex(text: str) -> str:
    key = fold(text)
    if re.search(r"\bnu\b", key):
        return "Nữ"
    if re.search(r"\bnam\b", key):
        return "Nam"
    return ""


# --- QR ----------------------------------------------------------------------------------------


def parse_qr(payload: str) -> CardReading | None:
    parts = [p.strip() for p in nfc(payload).split("|")]
    if len(parts) < 6 or not re.fullmatch(r"\d{12}", parts[0]):
        return None
    birth = parts[3]
    if not re.fullmatch(r"\d{8}", birth):
        return None
    return CardReading(number=parts[0], name=clean(parts[2]).upper(),
                       birth_date=f"{birth[:2]}/{birth[2:4]}/{birth[4:]}",
                       sex=_sex(parts[4]) or parts[4], residence=clean(parts[5]), source="qr")


def _zbar(grey: np.ndarray) -> str | None:
    from pyzbar import pyzbar

    for sym in pyzbar.decode(grey, symbols=[pyzbar.ZBarSymbol.QRCODE]):
        try:
            return sym.data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def read_qr(bgr: np.ndarray, card: np.ndarray | None) -> CardReading | None:
    """The QR on the card, tried on the flattened card (sharper), on the whole photo, and on
    enlarged / contrast-stretched versions, since glare and blur defeat a single try."""
    tries: list[np.ndarray] = []
    if card is not None:
        g = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
        corner = g[:, int(g.shape[1] * 0.6):]
        tries += [corner, cv2.resize(corner, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC), g]
    g = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    tries += [g]
    for base in list(tries):
        clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(base)
        tries.append(cv2.adaptiveThreshold(clahe, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C,
                                           cv2.THRESH_BINARY, 31, 5))
    for t in tries:
        payload = _zbar(t)
        if payload:
            reading = parse_qr(payload)
            if reading is not None:
                return reading
    return None


# --- OCR ---------------------------------------------------------------------------------------


def _lines(words: list[Word]) -> list[list[Word]]:
    out: dict[int, list[Word]] = {}
    for w in words:
        out.setdefault(w.line, []).append(w)
    return [sorted(v, key=lambda w: w.x) for _, v in sorted(out.items())]


def _text(ws: list[Word]) -> str:
    return " ".join(w.text for w in ws)


def _number_in(text: str) -> str | None:
    # digits may be split by OCR into groups, and letters may stand for look-alike digits
    for token in re.findall(r"[0-9OoDQIl|iSsBZzGgT ]{12,20}", text):
        digits = token.replace(" ", "").translate(_DIGIT_FIX)
        if re.fullmatch(r"\d{12}", digits):
            return digits
    return None


def _prepare_card(card: np.ndarray) -> np.ndarray:
    grey = cv2.cvtColor(card, cv2.COLOR_BGR2GRAY)
    # Glare and a dark side: divide by the paper's brightness, like pages (ocr.preprocess).
    paper = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), 9)
    flat = cv2.divide(grey, np.maximum(paper, 1), scale=255)
    return cv2.resize(flat, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)


# Common family names have one spelling; a family name read otherwise is a misread mark.
SURNAMES = {fold(n): n for n in ("NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ",
                                  "VÕ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG", "LÝ")}


def _suspicious_name(name: str) -> bool:
    words = name.split()
    if not words:
        return True
    if fold(words[0]) in SURNAMES and words[0] != SURNAMES[fold(words[0])]:
        return True
    return any(word.lower() in MARKED_ONLY for word in words if word.isascii())


def _number_crop(engine: TesseractEngine, img: np.ndarray, line: list[Word]) -> str | None:
    """A second, digits-only reading of the number's line."""
    x0 = max(0, min(w.x for w in line) - 10)
    y0 = max(0, min(w.y for w in line) - 8)
    x1 = min(img.shape[1], max(w.x + w.w for w in line) + 10)
    y1 = min(img.shape[0], max(w.y + w.h for w in line) + 8)
    crop = img[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    words = engine.recognise(crop, 300, psm=7)
    return _number_in(_text(words))


def read_ocr(card: np.ndarray, engine: TesseractEngine) -> CardReading:
    img = _prepare_card(card)
    body = img[:, int(img.shape[1] * 0.25):]  # right of the photo
    words = engine.recognise(body, 300, psm=6)
    lines = _lines(words)
    reading = CardReading(source="ocr")
    low: set[str] = set()
    number_line: list[Word] | None = None
    for i, line in enumerate(lines):
        text = _text(line)
        key = fold(text)
        if not reading.number:
            n = _number_in(text)
            if n:
                reading.number, number_line = n, line
                if min((w.conf for w in line if any(c.isdigit() for c in w.text)), default=0) < CONFIDENT:
                    low.add("number")
        if not reading.birth_date and ("sinh" in key or "birth" in key) and _DATE.search(text):
            m = _DATE.search(text)
            assert m is not None
            reading.birth_date = f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
            if min((w.conf for w in line if _DATE.search(w.text) or w.text[:1].isdigit()), default=0) < CONFIDENT:
                low.add("birth_date")
        if not reading.sex and ("gioi tinh" in key or "sex" in key):
            reading.sex = _sex(key.split("sex", 1)[-1]) or _sex(key)
        if not reading.name and ("ho va ten" in key or "full name" in key or "ten khai sinh" in key):
            for nxt in lines[i + 1:i + 3]:
                cand = _text([w for w in nxt if w.text.isupper() or not w.text.isalpha()])
                letters = [c for c in cand if c.isalpha()]
                if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8:
                    reading.name = clean(re.sub(r"[^\w\s]", "", cand))
                    if min(w.conf for w in nxt) < CONFIDENT or _suspicious_name(reading.name):
                        low.add("name")
                    break
        if not reading.residence and ("thuong tru" in key or "residence" in key or "cu tru" in key):
            parts = []
            after = text.split(":", 1)[1].strip() if ":" in text else ""
            if after and "residence" not in fold(after):
                parts.append(after)
            confs = [w.conf for w in line if fold(w.text) not in ("residence", "place", "of")]
            for nxt in lines[i + 1:i + 3]:
                t = _text(nxt)
                if _DATE.search(t) or "gia tri" in fold(t):
                    break
                if sum(c.isalpha() for c in t) < 3:  # specks of the card's background
                    continue
                parts.append(t)
                confs += [w.conf for w in nxt]
            cleaned = [re.sub(r"[\s,;:.()\[\]{}|]+$", "", p.strip(" ,")) for p in parts]
            reading.residence = clean(", ".join(p for p in cleaned if p))
            if reading.residence and min(confs, default=0) < CONFIDENT:
                low.add("residence")
    if number_line is not None:
        second = _number_crop(engine, body, number_line)
        if second and second != reading.number:
            # two readings disagree: keep the one the birth date and sex agree with
            bd = _date(reading.birth_date)
            ok_first = not check_id_number(reading.number, bd, reading.sex or None)
            ok_second = not check_id_number(second, bd, reading.sex or None)
            if ok_second and not ok_first:
                reading.number = second
            reading.warnings.append("number_uncertain")
    for fieldname in sorted(low):
        reading.warnings.append(f"{fieldname}_low_confidence")
    return reading


def read_card(data: bytes, engine: TesseractEngine | None = None) -> CardReading:
    bgr = _decode(data)
    corners = find_card(bgr)
    card = flatten(bgr, corners)
    reading = read_qr(bgr, card)
    if reading is None:
        engine = engine or TesseractEngine()
        reading = read_ocr(card, engine)
        if not reading.number and not reading.birth_date:
            turned = read_ocr(cv2.rotate(card, cv2.ROTATE_180), engine)  # card upside down
            if turned.number or turned.birth_date:
                reading = turned
    if corners is None:
        reading.warnings.append("card_outline_not_found")
    _cross_check(reading)
    return reading


def _cross_check(reading: CardReading) -> None:
    for fieldname in ("number", "birth_date", "name", "sex", "residence"):
        if not getattr(reading, fieldname):
            reading.warnings.append(f"{fieldname}_not_read")
    birth = _date(reading.birth_date) if reading.birth_date else None
    if reading.birth_date and birth is None:
        reading.warnings.append("birth_date_invalid")
    if reading.number:
        reading.warnings += check_id_number(reading.number, birth, reading.sex or None)
    # keep order, drop repeats
    reading.warnings = list(dict.fromkeys(reading.warnings))
