"""Kinds of document shared across procedures (docs/reuse.md#kinds): what lets the birth certificate
taken for one procedure be offered for another. Each kind has a validity: 0 months = valid as long
as the document itself (a certificate of a civil-status event), N months for the confirmations an
authority issues about a present state (marital status, residence).

A catalog component names its kind in `document_kind`; an older catalog without the column gets the
kind inferred from the component's name (`infer_kind`); NONE says "never reused" explicitly."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desk_app.domain.text import fold

NONE = "none"


@dataclass(frozen=True)
class Kind:
    code: str
    label: str  # Vietnamese, for the checklist and reports
    valid_months: int  # 0 = no limit of its own
    # folded phrases of component names (any one matches), tried in KINDS order
    patterns: tuple[str, ...]


KINDS: tuple[Kind, ...] = (
    Kind("marital_status_confirmation", "Giấy xác nhận tình trạng hôn nhân", 6,
         ("xac nhan tinh trang hon nhan",)),
    Kind("marriage_ended_proof", "Giấy tờ chứng minh hôn nhân đã chấm dứt", 0,
         ("viec ly hon", "da ly hon", "huy viec ket hon")),
    Kind("marriage_certificate", "Giấy chứng nhận kết hôn", 0,
         ("giay chung nhan ket hon",)),
    Kind("birth_certificate", "Giấy khai sinh", 0, ("giay khai sinh", "trich luc khai sinh")),
    Kind("residence_confirmation", "Giấy tờ chứng minh nơi cư trú", 6,
         ("chung minh noi cu tru", "xac nhan thong tin ve cu tru", "xac nhan cu tru")),
    Kind("lawful_residence_proof", "Giấy tờ chứng minh chỗ ở hợp pháp", 12,
         ("cho o hop phap",)),
    Kind("land_use_right_certificate", "Giấy chứng nhận quyền sử dụng đất", 0,
         ("giay chung nhan da cap", "giay to ve quyen su dung dat",
          "giay chung nhan quyen su dung dat")),
    Kind("id_card", "Giấy tờ tùy thân", 0, ("giay to tuy than", "the can cuoc")),
)
BY_CODE: dict[str, Kind] = {k.code: k for k in KINDS}
_WORDS = re.compile(r"\s+")
# The citizen's own papers for this request (a form, an application, a letter of authority) are never
# the document another procedure needs, whatever document their name mentions.
_OWN_PAPERS = ("to khai", "don ", "giay de nghi", "van ban uy quyen")


def infer_kind(name: str) -> str:
    """The kind a component's name speaks of, or "" when none (its own papers: forms, letters of
    authority, minutes)."""
    folded = _WORDS.sub(" ", fold(name)).strip()
    if folded.startswith(_OWN_PAPERS):
        return ""
    for kind in KINDS:
        if any(p in folded for p in kind.patterns):
            return kind.code
    return ""


def kind_of(document_kind: str, name: str) -> str:
    """The component's kind: as the catalog says, inferred when it says nothing, "" for NONE."""
    code = (document_kind or "").strip()
    if code == NONE:
        return ""
    return code if code else infer_kind(name)


def valid_months(kind: str, override: int | None) -> int:
    if override is not None:
        return max(0, int(override))
    known = BY_CODE.get(kind)
    return known.valid_months if known else 0


def valid_until(attested: dt.datetime, months: int) -> dt.date | None:
    """The last day a document attested on `attested` is still taken (None: no limit). A month
    later on the 31st is the month's last day."""
    if months <= 0:
        return None
    month = attested.month - 1 + months
    year, month = attested.year + month // 12, month % 12 + 1
    day = attested.day
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def label(kind: str) -> str:
    known = BY_CODE.get(kind)
    return known.label if known else kind
