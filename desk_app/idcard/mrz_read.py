"""Reading the machine-readable zone of a rectified back: levelled, then thresholded and at
other scales while a check digit is broken; the readings mended by look-alike digits
(mrz_solve) or voted position by position by the check digits (mrz_vote).
"""
from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from desk_app.domain.id_number import provinces
from desk_app.idcard.card import normalise_light
from desk_app.idcard.mrz import MRZ_CHARS, MrzFields, parse_td1, vote_number
from desk_app.idcard.mrz_solve import solved_fields
from desk_app.idcard.mrz_vote import vote_td1
from desk_app.idcard.mrz_zone import adaptive, level_zone
from desk_app.idcard.ocr_fields import tesseract_tsv


def _binarised(zone: np.ndarray) -> np.ndarray:
    big = cv2.resize(zone, None, fx=1.3, fy=1.3, interpolation=cv2.INTER_CUBIC)
    _, binary = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def read_zone(card_grey: np.ndarray) -> tuple[MrzFields, bool, bool, np.ndarray] | None:
    """The MRZ fields of a rectified back, whether a number was voted or mended (in doubt)
    and whether by the check-digit solvers, and the back with its light flattened (turned
    upright); None when no MRZ is seen."""
    fields = None
    mrz_voted = False
    readings: list[list[str]] = []  # each reading's lines, for the check-digit solver
    for flipped in (False, True):
        g = cv2.rotate(card_grey, cv2.ROTATE_180) if flipped else card_grey
        norm = normalise_light(g)
        h = norm.shape[0]
        # the zone's rows turned level first (a side of the outline placed by proportions can
        # be a few degrees off), the plain bottom of the card second
        levelled = level_zone(norm[int(0.5 * h):, :])
        for zone in (levelled, norm[int(0.6 * h):, :]):
            texts = [ln.text for ln in tesseract_tsv(zone, psm=6, whitelist=MRZ_CHARS)]
            fields = parse_td1(texts)
            if fields is not None:
                break
        if fields is None and not flipped and any("VNM" in t.replace(" ", "") for t in texts):
            # the zone is there but glare broke a line: thresholded readings before giving up
            for img in (adaptive(levelled), _binarised(zone)):
                texts = [ln.text for ln in tesseract_tsv(img, psm=6, whitelist=MRZ_CHARS)]
                fields = parse_td1(texts)
                if fields is not None:
                    zone = levelled if img.shape == levelled.shape else zone
                    break
        if fields is not None:
            readings.append(texts)
            break
    if fields is None:
        return None
    assert zone is not None
    # a second reading, binarised at another scale; its fields win where their check digits
    # hold and the first reading's did not. Line 3 has no check digit: a name is only given
    # without doubt when both readings spell it the same
    texts = [ln.text for ln in tesseract_tsv(_binarised(zone), psm=6, whitelist=MRZ_CHARS)]
    readings.append(texts)
    again = parse_td1(texts)
    if again is not None and not fields.number_checked and not again.number_checked:
        voted = vote_number([fields, again])
        if voted is not None:
            fields = replace(fields, number=voted, number_checked=False)
            mrz_voted = True
    if again is not None and again.number_checked and not fields.number_checked:
        fields = replace(fields, number=again.number, number_checked=True,
                         number_check=again.number_check)
    if again is not None and again.birth_checked and not fields.birth_checked:
        fields = replace(fields, birth_yymmdd=again.birth_yymmdd, birth_checked=True)
    for scale, blur in ((0.0, 0), (0.8, 0), (1.6, 3), (1.0, 3)):
        # still a check digit broken (glare or low light on the zone): more readings,
        # thresholded locally and at other scales, each field taken only from a reading whose
        # check digit holds
        if fields.number_checked and fields.birth_checked:
            break
        img = adaptive(zone) if not scale else cv2.resize(
            zone, None, fx=scale, fy=scale,
            interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
        if blur:
            img = cv2.GaussianBlur(img, (blur, blur), 0)
        texts = [ln.text for ln in tesseract_tsv(img, psm=6, whitelist=MRZ_CHARS)]
        readings.append(texts)
        more = parse_td1(texts)
        if more is not None and more.number_checked and not fields.number_checked:
            fields = replace(fields, number=more.number, number_checked=True,
                             number_check=more.number_check)
            mrz_voted = False
        if more is not None and more.birth_checked and not fields.birth_checked:
            fields = replace(fields, birth_yymmdd=more.birth_yymmdd, birth_checked=True)
    fields, solver_mended = solved_fields(fields, readings)
    # also when every check digit held: the province code is under the composite one only
    fields, voted_mended = _voted(fields, readings)
    solver_mended = solver_mended or voted_mended
    mrz_voted = mrz_voted or solver_mended
    if again is not None and again.name is not None and (
            fields.name is None or (fields.name_doubt and not again.name_doubt)):
        fields = replace(fields, name=again.name, name_doubt=again.name_doubt)
    elif again is None or again.name != fields.name:
        fields = replace(fields, name_doubt=True)
    return fields, mrz_voted, solver_mended, norm


def _voted(fields: MrzFields, readings: list[list[str]]) -> tuple[MrzFields, bool]:
    """Every reading's digits voted position by position by the check digits (mrz_vote): taken
    where it agrees with what a check digit already confirmed (the document number's covers
    the number's last nine digits only, not the province code); in doubt unless few
    combinations were tried."""
    voted = vote_td1(readings, set(provinces()))
    if voted is None or (fields.number_checked and (fields.number or "")[3:] != voted.number[3:]) \
            or (fields.birth_checked and fields.birth_yymmdd != voted.birth_yymmdd):
        return fields, False
    same = fields.number == voted.number
    if same and fields.birth_yymmdd == voted.birth_yymmdd:
        return fields, False
    return replace(fields, number=voted.number, birth_yymmdd=voted.birth_yymmdd,
                   number_checked=voted.sure or (fields.number_checked and same),
                   birth_checked=voted.sure or fields.birth_checked), not voted.sure
