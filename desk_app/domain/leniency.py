"""How much each presentation form asks of the citizen, from least to most (docs/flags.md#the-form-asked-for).

A component's default "asked for" form is the most lenient one its catalog entry accepts; asking
for a stricter one is a deliberate choice that takes a reason. The order:

1. national_data — nothing to bring: the data is looked up (VNeID, national databases);
2. electronic_copy — a file the citizen already has;
3. photocopy_with_original — any photocopy, compared with the original shown at the counter;
4. certified_copy, master_register_copy — a copy someone had to certify or issue (a fee, a trip);
5. original — the paper itself, kept by the agency (or, for a document only shown, shown on paper).
"""
from __future__ import annotations

from collections.abc import Iterable

from desk_app.domain.types import PresentationForm as F

LENIENCY_RANK: dict[str, int] = {
    F.NATIONAL_DATA.value: 0,
    F.ELECTRONIC_COPY.value: 1,
    F.PHOTOCOPY_WITH_ORIGINAL.value: 2,
    F.CERTIFIED_COPY.value: 3,
    F.MASTER_REGISTER_COPY.value: 3,
    F.ORIGINAL.value: 4,
}
# The forms in order, most lenient first (the order the reception screen lists them in).
LENIENCY_ORDER: tuple[str, ...] = tuple(sorted(LENIENCY_RANK, key=lambda f: (LENIENCY_RANK[f], f)))


def most_lenient(accepted: Iterable[str]) -> str | None:
    """The accepted form that asks least of the citizen; None when the catalog lists none."""
    known = [str(f) for f in accepted if str(f) in LENIENCY_RANK]
    if not known:
        return None
    return min(known, key=lambda f: (LENIENCY_RANK[f], LENIENCY_ORDER.index(f)))


def is_deliberate_request(requested: str | None, accepted: Iterable[str]) -> bool:
    """True when asking for `requested` goes beyond the default: a form stricter than the most
    lenient accepted one, or one the catalog does not accept at all. Such a request needs a
    reason and is recorded in the verification log as the form demanded."""
    if not requested:
        return False
    forms = [str(f) for f in accepted]
    default = most_lenient(forms)
    if default is None:
        return False
    if requested not in forms:
        return True
    return LENIENCY_RANK.get(requested, 0) > LENIENCY_RANK[default]
