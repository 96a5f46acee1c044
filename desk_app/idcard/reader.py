"""Reading a citizen identity card from a photo or scan: the QR when zbar can decode it, the
printed front otherwise (and, when both are there, the printed front to check the QR).

The principle is the officer's: a value that failed a cross-check, that two readings disagree on,
or that Tesseract was unsure of always comes with a warning; a value that could not be read at
all is None with a warning. Nothing here logs a number, a name or a date.

Warning codes (stable): id_number_unreadable, birth_date_unreadable, name_unreadable,
sex_unreadable, low_confidence_<field>, sex_from_number, qr_ocr_disagree, card_not_found,
name_without_diacritics (read from the back's MRZ), and the
codes of desk_app.domain.id_number.check_id_number (sex_mismatch, century_mismatch,
birth_year_mismatch, unknown_province).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from desk_app.domain.id_number import NOT_12_DIGITS, check_id_number, decode_id_number, provinces
from desk_app.domain.text import clean
from desk_app.idcard.card import CardQuad, card_from_photo, find_cards, normalise_light, rectify
from desk_app.idcard.mrz import (
    birth_date_from,
    repair_number,
    repair_province,
)
from desk_app.idcard.mrz_read import read_zone
from desk_app.idcard.ocr_fields import (
    FieldReading,
    Line,
    expiry_day_month,
    find_date,
    find_number,
    label_of,
    looks_like_name,
    parse_fields,
    province_spelling,
    reread_digits,
    tesseract_tsv,
    tidy_name,
    vote_digits,
)
from desk_app.idcard.qr import QrFields, decode_qr

logger = logging.getLogger(__name__)

CARD_WIDTH = 1500  # rectified card width for OCR: value capitals about 30 px high
MAX_SIDE = 2400  # larger photos are scaled down first: phone photos are 4000 px and more
# minimum Tesseract word confidence for a value to be given without a warning
MIN_CONF = {"number": 70.0, "birth_date": 70.0, "name": 80.0, "sex": 60.0, "residence": 85.0}
FIELDS = ("number", "name", "birth_date", "sex", "residence")
# which warnings put a doubt on which field (the GUI highlights these; the benchmark counts a
# wrong value as "without warning" when none of its field's codes was given)
FIELD_WARNINGS: dict[str, frozenset[str]] = {
    "number": frozenset({"id_number_unreadable", "low_confidence_number", "sex_mismatch",
                         "century_mismatch", "birth_year_mismatch", "unknown_province",
                         "qr_ocr_disagree"}),
    "birth_date": frozenset({"birth_date_unreadable", "low_confidence_birth_date",
                             "century_mismatch", "birth_year_mismatch", "qr_ocr_disagree"}),
    # A name from the back's MRZ has no diacritics: the officer must write them in, so the field
    # stays marked (a line 3 read in doubt says low_confidence_name besides).
    "name": frozenset({"name_unreadable", "low_confidence_name", "qr_ocr_disagree",
                       "name_without_diacritics"}),
    "sex": frozenset({"sex_unreadable", "low_confidence_sex", "sex_mismatch", "sex_from_number"}),
    "residence": frozenset({"low_confidence_residence", "qr_ocr_disagree"}),
}


@dataclass
class IdCardResult:
    number: str | None = None
    name: str | None = None
    birth_date: date | None = None
    sex: str | None = None  # "male" / "female"
    residence: str | None = None
    source: str = "ocr"  # "qr" or "ocr"
    warnings: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)  # 0..1 per field read

    def warn(self, code: str) -> None:
        if code not in self.warnings:
            self.warnings.append(code)

    def doubted(self, name: str) -> bool:
        """True when a warning puts this field in doubt."""
        return any(code in FIELD_WARNINGS[name] for code in self.warnings)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "name": self.name,
            "birth_date": self.birth_date.strftime("%d/%m/%Y") if self.birth_date else None,
            "sex": self.sex, "residence": self.residence, "source": self.source,
            "warnings": list(self.warnings),
            "confidence": {k: round(v, 2) for k, v in self.confidence.items()},
        }


def load_image(image: Image.Image | Path | str) -> np.ndarray:
    """RGB uint8 array of a PIL image or of the first page of a file (photo, scan or PDF); a bad
    file raises InputRefused from the capture loader."""
    if isinstance(image, (str, Path)):
        from desk_app.capture.loader import load_pages

        image = load_pages(Path(image), dpi=300)[0].image
    rgb = np.array(image.convert("RGB"))
    h, w = rgb.shape[:2]
    if max(h, w) > MAX_SIDE:
        s = MAX_SIDE / max(h, w)
        rgb = cv2.resize(rgb, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA)
    return rgb


def read_id_card(image: Image.Image | Path | str, *, check_qr_against_print: bool = True) -> IdCardResult:
    rgb = load_image(image)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    best: tuple[int, IdCardResult] | None = None
    for found in [*_with_inset(find_cards(rgb)), "photo"]:
        quad = found if isinstance(found, CardQuad) else None
        if quad is None:
            # nothing read on any outline: the photo step's outline, or the whole image (a scan)
            if best is not None and best[0] > 0:
                break
            quad = card_from_photo(rgb)
        card_grey = cv2.cvtColor(rectify(rgb, quad, CARD_WIDTH), cv2.COLOR_RGB2GRAY)
        qr = decode_qr(grey, card_grey)
        if qr is not None:
            result = _from_qr(qr)
            if check_qr_against_print:
                printed = read_printed(card_grey)
                _compare(result, printed)
        else:
            result = read_printed(card_grey)
            if quad is None:
                result.warn("card_not_found")
        # number or birth date missing or doubtful on this outline: on a busy desk it may be
        # the card merged with a paper it touches, or cut short; the next likeliest outline
        # is tried and the outline that read most is kept
        rank = _rank(result)
        if best is None or rank > best[0]:
            best = (rank, result)
        if rank == 6:
            break
    assert best is not None
    result = best[1]
    _cross_check(result)
    return result


def _with_inset(quads: list[CardQuad]) -> list[CardQuad]:
    """The likeliest outline, then the same drawn 1 % inside it, then the others. Tesseract's
    reading of a glared or dim zone turns on a pixel's sampling: an outline a few pixels off
    the card's edge reads a digit wrong where one a few pixels inside reads it right. The
    inset copy is a second, independent sampling of the same card."""
    if not quads:
        return quads
    first = quads[0]
    centre = first.corners.mean(axis=0)
    inset = CardQuad((centre + (first.corners - centre) * 0.99).astype(np.float32), first.score)
    return [first, inset, *quads[1:]]


def _rank(result: IdCardResult) -> int:
    """Number and birth date: 3 each when read without doubt, 1 when read with a warning."""
    return sum(0 if getattr(result, f) is None else 1 if f"low_confidence_{f}" in result.warnings
               else 3 for f in ("number", "birth_date"))


def _from_qr(qr: QrFields) -> IdCardResult:
    result = IdCardResult(number=qr.number, name=qr.name or None, birth_date=qr.birth_date,
                          sex=qr.sex, residence=qr.residence or None, source="qr")
    result.confidence = {f: 1.0 for f in FIELDS if getattr(result, f) is not None}
    if qr.birth_date is None:
        result.warn("birth_date_unreadable")
    return result


def _compare(result: IdCardResult, printed: IdCardResult) -> None:
    """The QR and the printed front must tell the same: a card with a pasted-over date or a
    code copied from another card shows here. Only fields the print gave without doubt count."""
    for name in ("number", "birth_date"):
        value = getattr(printed, name)
        if value is None or f"low_confidence_{name}" in printed.warnings:
            continue
        if value != getattr(result, name):
            result.warn("qr_ocr_disagree")


def _cross_check(result: IdCardResult) -> None:
    if result.number is None:
        result.warn("id_number_unreadable")
    if result.birth_date is None:
        result.warn("birth_date_unreadable")
    if result.name is None:
        result.warn("name_unreadable")
    if result.number is not None:
        info = decode_id_number(result.number)
        if result.sex is None:
            # digit 4 tells the sex; the officer still sees that it was not read from the card
            result.sex = info.sex
            result.confidence["sex"] = 0.5
            result.warn("sex_from_number")
        for code in check_id_number(result.number, result.birth_date, result.sex):
            if code != NOT_12_DIGITS:
                result.warn(code)
    elif result.sex is None:
        result.warn("sex_unreadable")


# --- the printed front ----------------------------------------------------------------------

def _field_block(card_grey: np.ndarray, flipped: bool) -> np.ndarray:
    g = cv2.rotate(card_grey, cv2.ROTATE_180) if flipped else card_grey
    norm = normalise_light(g)
    h, w = norm.shape
    # both fronts print their fields right of the portrait, below the header
    return norm[int(0.25 * h):int(0.85 * h), int(0.25 * w):]


def _ocr_block(card_grey: np.ndarray) -> tuple[np.ndarray, list[Line], int, bool]:
    """The field block read upright; the card is turned 180 degrees when upright shows fewer
    than two labels (a card photographed upside down)."""
    best: tuple[int, np.ndarray, list[Line], bool] | None = None
    for flipped in (False, True):
        block = _field_block(card_grey, flipped)
        lines = tesseract_tsv(block, psm=4)
        labels = len({label_of(ln) for ln in lines} - {None})
        if best is None or labels > best[0]:
            best = (labels, block, lines, flipped)
        if labels >= 3:
            break
    assert best is not None
    return best[1], best[2], best[0], best[3]


def read_printed(card_grey: np.ndarray) -> IdCardResult:
    """The fields printed on a rectified card (grey, CARD_WIDTH wide)."""
    block, lines, labels, flipped = _ocr_block(card_grey)
    if labels < 2:
        back = read_back(card_grey)
        if back is not None:
            return back
    fields = parse_fields(lines)
    result = IdCardResult(source="ocr")
    _number(result, block, lines, fields.get("number"))
    dates = _birth_date(result, block, lines, fields.get("birth_date"))
    born = result.birth_date
    if born is not None and (born.day, born.month) != (29, 2) and (
            "low_confidence_birth_date" not in result.warnings
            or len({d for d in dates if d is not None}) > 1):
        expiry = expiry_day_month(normalise_light(
            cv2.rotate(card_grey, cv2.ROTATE_180) if flipped else card_grey))
        if expiry is not None and expiry != (born.day, born.month):
            result.warn("low_confidence_birth_date")
            # the readings disagreed or one slipped: the one whose day and month the expiry
            # repeats is the likelier (still in doubt)
            agreeing = [d for d in dates if d is not None and (d.day, d.month) == expiry]
            if agreeing:
                result.birth_date = _majority(agreeing)
    name = fields.get("name")
    if name is not None:
        result.name = str(name.value)
        _confidence(result, "name", name.conf)
        if name.box is not None:
            # diacritics are where Tesseract slips: the line alone must read the same; if it
            # does not, a third reading at 1.5x decides (the warning stays)
            crop = _crop(block, name.box)
            readings = [result.name, tidy_name(" ".join(ln.text for ln in tesseract_tsv(crop, psm=7)))]
            if readings[1] != readings[0]:
                result.warn("low_confidence_name")
                big = cv2.resize(crop, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC)
                readings.append(tidy_name(" ".join(ln.text for ln in tesseract_tsv(big, psm=7))))
                plausible = [r for r in readings if looks_like_name(r)]
                if plausible.count(_majority(plausible)) >= 2:
                    result.name = _majority(plausible)
    sex = fields.get("sex")
    if sex is not None:
        result.sex = str(sex.value)
        _confidence(result, "sex", sex.conf)
    _residence(result, block, fields.get("residence"))
    return result


def _residence(result: IdCardResult, block: np.ndarray, residence: Any) -> None:
    """The residence as read in `block`, read a second time alone: diacritics are where
    Tesseract slips, so a second reading must give the same text (at twice the size: the same
    scale tends to repeat the same slip), or the value comes with its warning."""
    if residence is None:
        return
    result.residence = str(residence.value)
    _confidence(result, "residence", residence.conf)
    result.residence, doubt = province_spelling(result.residence)
    if doubt:
        result.warn("low_confidence_residence")
    if residence.box is None:
        return
    crop = cv2.resize(_crop(block, residence.box), None, fx=2.0, fy=2.0,
                      interpolation=cv2.INTER_CUBIC)
    # the crop's margin can catch a piece of the label above or below: not the value
    again = [ln for ln in tesseract_tsv(crop, psm=6) if ln.conf >= 50 and label_of(ln) is None]
    if clean(" ".join(ln.text for ln in again)) != result.residence:
        result.warn("low_confidence_residence")


def _confidence(result: IdCardResult, key: str, conf: float) -> None:
    result.confidence[key] = round(max(conf, 0.0) / 100.0, 2)
    if conf < MIN_CONF[key]:
        result.warn(f"low_confidence_{key}")


def _crop(block: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    x, y, w, h = box
    pad = max(6, h // 3)
    crop = block[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad]
    return cv2.copyMakeBorder(crop, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)


def _number(result: IdCardResult, block: np.ndarray, lines: list[Line],
            reading: FieldReading | None) -> None:
    if reading is None:
        # no label seen: a lone 12-digit run anywhere in the block is probably the number
        found = [n for n in (find_number(ln.text) for ln in lines) if n]
        if len(found) == 1:
            result.number = found[0]
            result.confidence["number"] = 0.5
            result.warn("low_confidence_number")
        return
    readings = _readings(block, reading, "0123456789", _parse_number)
    result.number = _majority(readings)
    if reading.box is not None and len(set(readings)) == len(readings) > 2:
        # three readings, three numbers: one more, thresholded locally, and a vote digit by
        # digit (the value stays in doubt: the readings did not agree)
        readings.append(_parse_number(reread_digits(block, reading.box, "0123456789", adaptive=True)[0]))
        # a block reading Tesseract itself scored low counts for half
        result.number = vote_digits(readings, [0.5 if reading.conf < 50 else 1.0] + [1.0] * 3)
    known = provinces()
    plausible = [r for r in readings if r is not None and r[:3] in known and r[3] in "0123"]
    if result.number is not None and result.number not in plausible and plausible:
        # the number's own rules (a province code, a sex-and-century digit) pick among the
        # readings; the readings disagreed, so the value stays in doubt
        result.number = _majority(plausible)
    if result.number is None:
        return
    if _rereads_agree(readings):
        result.confidence["number"] = 0.9
        return
    _confidence(result, "number", reading.conf if readings[0] is not None else 0.0)
    if readings[0] is None or len(readings) < 2 or readings[1] != readings[0]:
        result.warn("low_confidence_number")
        result.confidence["number"] = min(result.confidence["number"], 0.5)


def _parse_number(text: str) -> str | None:
    return find_number(text.replace(" ", ""))


def _birth_date(result: IdCardResult, block: np.ndarray, lines: list[Line],
                reading: FieldReading | None) -> list[Any]:
    """Sets the birth date and returns its readings."""
    if reading is None:
        return []
    readings = _readings(block, reading, "0123456789/", find_date)
    result.birth_date = _majority(readings)
    if result.birth_date is None:
        return readings
    if _rereads_agree(readings):
        result.confidence["birth_date"] = 0.9
        return readings
    _confidence(result, "birth_date", reading.conf if readings[0] is not None else 0.0)
    if readings[0] is None or len(readings) < 2 or readings[1] != readings[0]:
        result.warn("low_confidence_birth_date")
        result.confidence["birth_date"] = min(result.confidence["birth_date"], 0.5)
    return readings


def _readings(block: np.ndarray, reading: FieldReading, allowed: str,
              parse: Callable[[str], Any]) -> list[Any]:
    """The block reading, then the digit words read again alone (and a third time, binarised,
    when the second does not confirm the first)."""
    readings: list[Any] = [reading.value]
    if reading.box is None:
        return readings
    for binarise in (False, True):
        text, _ = reread_digits(block, reading.box, allowed, binarise)
        readings.append(parse(text))
        if readings[0] is not None and readings[1] == readings[0]:
            break
    return readings


def _rereads_agree(readings: list[Any]) -> bool:
    """The block reading garbled the value (the 2024 front's long label runs into the date and
    Tesseract merges them) but the two readings of the value alone, plain and binarised at
    another scale, agree: independent readings agreeing are what a warning would ask for."""
    return len(readings) == 3 and readings[0] is None and readings[1] is not None \
        and readings[1] == readings[2]


def _majority(readings: list[Any]) -> Any:
    """The value most readings agree on (the first reading on a tie); the caller warns when
    they did not all agree."""
    seen = [r for r in readings if r is not None]
    if not seen:
        return None
    return max(seen, key=lambda r: (seen.count(r), -seen.index(r)))


# --- the back side: the machine-readable zone -----------------------------------------------

def read_back(card_grey: np.ndarray) -> IdCardResult | None:
    """Number, birth date, sex and name (without diacritics) from the MRZ of the back; the
    2024 card's back also prints the residence. None when no MRZ is seen."""
    zone = read_zone(card_grey)
    if zone is None:
        return None
    fields, mrz_voted, solver_mended, norm = zone
    h, w = norm.shape
    result = IdCardResult(source="ocr")
    century = None
    if fields.number is not None:
        result.number = fields.number
        result.confidence["number"] = 0.95 if fields.number_checked else 0.4
        if not fields.number_checked:
            result.warn("low_confidence_number")
            repaired = None if mrz_voted else repair_number(fields.number, fields.number_check or "")
            if repaired is not None:
                result.number = repaired  # likelier, still shown as doubtful
        known = set(provinces())
        if result.number[:3] not in known:
            mended = repair_province(result.number, known)
            if mended is not None:  # likelier, still shown as doubtful
                result.number = mended
                result.warn("low_confidence_number")
        if fields.number_checked or solver_mended:
            # a doubtful digit 4 must not move the birth date by a century; a mended one
            # agrees with the birth date's own check digit and year
            century = decode_id_number(fields.number).century
    if fields.birth_yymmdd is not None:
        result.birth_date = birth_date_from(fields.birth_yymmdd, century)
        result.confidence["birth_date"] = 0.95 if fields.birth_checked else 0.4
        if not fields.birth_checked:
            result.warn("low_confidence_birth_date")
    if fields.sex is not None:
        result.sex = fields.sex
        result.confidence["sex"] = 0.9
    if fields.name is not None:
        result.name = fields.name
        result.confidence["name"] = 0.4 if fields.name_doubt else 0.9
        result.warn("name_without_diacritics")
        if fields.name_doubt:
            result.warn("low_confidence_name")
    top_block = norm[: int(0.6 * h), : int(0.62 * w)]
    _residence(result, top_block, parse_fields(tesseract_tsv(top_block, psm=4)).get("residence"))
    return result
