"""Supervisor flags on verification-log entries (docs/domain.md#the-copy-rule; rules and their legal
basis in docs/flags.md).

Two faces of the same rules, kept side by side so they cannot drift apart unnoticed (a test runs both
over the same entries):
- `flags_for(entry, component)`: a pure function over one entry's fields and its catalog component;
- `flag_condition(code, catalog)`: the same rule as an SQL condition over `verification_entries`, so the log can
  be filtered and counted by flag on a million rows without loading them (local SQLite and central
  PostgreSQL alike).
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, false, func, not_, or_, true
from sqlalchemy.orm import QueryableAttribute

from db.models import VerificationEntry
from desk_app.domain.types import PresentationForm as F
from desk_app.domain.types import Requirement, Verdict

logger = logging.getLogger(__name__)

CERTIFIED_COPY_DEMANDED = "certified_copy_demanded"
ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY = "original_demanded_for_certified_copy"
COPY_OF_SHOWN_DOCUMENT = "copy_of_shown_document"
PAPER_FOR_AVAILABLE_DATA = "paper_for_available_data"
NOT_ON_PUBLISHED_LIST = "not_on_published_list"
MISMATCH_OVERRIDDEN = "mismatch_overridden"
NO_PAGE_IMAGES = "no_page_images"

# Stable codes, in the order docs/domain.md#supervisor-flags lists them (reports and screens
# keep this order).
FLAG_CODES: tuple[str, ...] = (
    CERTIFIED_COPY_DEMANDED,
    ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY,
    COPY_OF_SHOWN_DOCUMENT,
    PAPER_FOR_AVAILABLE_DATA,
    NOT_ON_PUBLISHED_LIST,
    MISMATCH_OVERRIDDEN,
    NO_PAGE_IMAGES,
)

# Short Vietnamese labels for reports (the GUI has its own translatable copies).
FLAG_LABELS: dict[str, str] = {
    CERTIFIED_COPY_DEMANDED: "Yêu cầu bản sao chứng thực dù đã xuất trình bản chính",
    ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY: "Yêu cầu bản chính đối với bản sao chứng thực/sổ gốc",
    COPY_OF_SHOWN_DOCUMENT: "Yêu cầu bản sao giấy tờ chỉ phải xuất trình",
    PAPER_FOR_AVAILABLE_DATA: "Yêu cầu giấy tờ cho dữ liệu đã có điện tử",
    NOT_ON_PUBLISHED_LIST: "Giấy tờ ngoài danh mục công bố",
    MISMATCH_OVERRIDDEN: "Bỏ qua kết quả so sánh không khớp",
    NO_PAGE_IMAGES: "Đối chiếu không có ảnh trang",
}

PAPER_FORMS = frozenset({
    F.ORIGINAL, F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY, F.PHOTOCOPY_WITH_ORIGINAL,
})
CERTIFIED_FORMS = frozenset({F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY})
# Any form that leaves a copy with the agency (paper or electronic).
COPY_FORMS = frozenset({
    F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY, F.PHOTOCOPY_WITH_ORIGINAL, F.ELECTRONIC_COPY,
})
# Forms a citizen hands over as paper copies (a shown-only document presented so was copied).
PAPER_COPY_FORMS = frozenset({F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY, F.PHOTOCOPY_WITH_ORIGINAL})
COMPARED_VERDICTS = frozenset({Verdict.MATCH, Verdict.MISMATCH})
STAGE_CHECK = "check"  # desk_app/reception_log.py: a later check of a component taken at reception


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if type(obj) is dict or isinstance(obj, Mapping):  # the dict test first: ABC checks are slow
        return obj.get(name, default)
    return getattr(obj, name, default)


def _accepted(component: Any | None) -> frozenset[str] | None:
    """The forms the catalog accepts for the component; None when unknown."""
    forms = _get(component, "accepted_forms") if component is not None else None
    if type(forms) is frozenset:  # the catalog index keeps them so: no set built per entry
        return forms or None
    return frozenset(str(f) for f in forms) if forms else None


def flags_for(entry: Any, component: Any | None) -> list[str]:
    """The flag codes of one entry, in FLAG_CODES order.

    `entry`: a mapping or object with the verification_entries fields. `component`: the catalog's
    procedure component (mapping or object with `available_as_data` and `accepted_forms`), or None
    when the entry names none or the catalog no longer has it. The entry's own `requirement` and
    `on_published_list` are used, not today's catalog: they were recorded under the rules in force on
    the day. A form presented that the catalog does not accept for the component counts as demanded
    (the citizen had no reason to bring it otherwise)."""
    form = _get(entry, "presentation_form")
    demanded = _get(entry, "demanded_form")
    requirement = _get(entry, "requirement")
    original_shown = bool(_get(entry, "original_shown", False))
    verdict = _get(entry, "verdict")
    engine_verdict = _get(entry, "engine_verdict")
    pages = _get(entry, "page_hashes") or []
    available_as_data = bool(component is not None and _get(component, "available_as_data", False))
    accepted = _accepted(component)
    unaccepted = accepted is not None and form not in accepted

    found: set[str] = set()
    # Asking and taking are counted on the entry that records them (the reception entry, or an
    # entry written before reception had its own); a later check only adds its verdict.
    taking = _get(entry, "stage") != STAGE_CHECK
    if taking and demanded in CERTIFIED_FORMS and (
        original_shown or form in (F.ORIGINAL, F.PHOTOCOPY_WITH_ORIGINAL)
        or (accepted is not None and F.PHOTOCOPY_WITH_ORIGINAL in accepted)
    ):
        found.add(CERTIFIED_COPY_DEMANDED)
    if taking and demanded == F.ORIGINAL and (
        form in CERTIFIED_FORMS or (accepted is not None and bool(accepted & CERTIFIED_FORMS))
    ):
        found.add(ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY)
    if taking and requirement == Requirement.SHOW and (
        demanded in COPY_FORMS or (form in PAPER_COPY_FORMS and unaccepted)
    ):
        found.add(COPY_OF_SHOWN_DOCUMENT)
    # A copy of a shown-only document is that irregularity, not also this one (one act, one flag).
    if taking and available_as_data and COPY_OF_SHOWN_DOCUMENT not in found and (
        demanded in PAPER_FORMS or form in PAPER_COPY_FORMS or (form in PAPER_FORMS and unaccepted)
    ):
        found.add(PAPER_FOR_AVAILABLE_DATA)
    if taking and _get(entry, "reusable_from"):  # paper taken while an attested copy was offered
        found.add(PAPER_FOR_AVAILABLE_DATA)
    if taking and not bool(_get(entry, "on_published_list", True)):
        found.add(NOT_ON_PUBLISHED_LIST)
    if engine_verdict == Verdict.MISMATCH and verdict == Verdict.MATCH:
        found.add(MISMATCH_OVERRIDDEN)
    if verdict in COMPARED_VERDICTS and form in PAPER_FORMS and len(pages) == 0:
        found.add(NO_PAGE_IMAGES)
    return [code for code in FLAG_CODES if code in found]


# --- the same rules in SQL ------------------------------------------------------------------------

Catalog = Mapping[str, Any]  # procedure component id -> component (mapping or object)


def _in(column: QueryableAttribute[Any], values: frozenset[str]) -> ColumnElement[bool]:
    return column.in_(sorted(str(v) for v in values))


def _presented_unaccepted(catalog: Catalog, forms: frozenset[str],
                          only_available: bool) -> ColumnElement[bool]:
    """Entries presented in one of `forms` that their catalog component does not accept. The
    catalog is small: components are grouped by the forms they refuse, one IN-list per group, so
    the condition reads the same in SQLite and PostgreSQL (no JSON functions)."""
    groups: dict[frozenset[str], list[str]] = {}
    for component_id, component in catalog.items():
        accepted = _accepted(component)
        if accepted is None or (only_available and not _get(component, "available_as_data")):
            continue
        refused = frozenset(forms) - accepted
        if refused:
            groups.setdefault(refused, []).append(component_id)
    if not groups:
        return false()
    v = VerificationEntry
    return or_(*(
        and_(v.procedure_component_id.in_(sorted(ids)), _in(v.presentation_form, refused))
        for refused, ids in sorted(groups.items(), key=lambda kv: sorted(kv[0]))
    ))


def _accepting(catalog: Catalog, forms: frozenset[str]) -> list[str]:
    """The components whose accepted forms include one of `forms`."""
    return sorted(cid for cid, c in catalog.items() if (_accepted(c) or frozenset()) & forms)


def _taking(code: str, catalog: Catalog) -> ColumnElement[bool]:
    v = VerificationEntry
    if code == CERTIFIED_COPY_DEMANDED:
        return and_(
            _in(v.demanded_form, CERTIFIED_FORMS),
            or_(v.original_shown == true(),
                v.presentation_form.in_([F.ORIGINAL.value, F.PHOTOCOPY_WITH_ORIGINAL.value]),
                v.procedure_component_id.in_(
                    _accepting(catalog, frozenset({F.PHOTOCOPY_WITH_ORIGINAL.value})))),
        )
    if code == ORIGINAL_DEMANDED_FOR_CERTIFIED_COPY:
        return and_(v.demanded_form == F.ORIGINAL.value, or_(
            _in(v.presentation_form, CERTIFIED_FORMS),
            v.procedure_component_id.in_(
                _accepting(catalog, frozenset(str(f) for f in CERTIFIED_FORMS)))))
    if code == COPY_OF_SHOWN_DOCUMENT:
        return and_(
            v.requirement == Requirement.SHOW.value,
            or_(_in(v.demanded_form, COPY_FORMS),
                _presented_unaccepted(catalog, PAPER_COPY_FORMS, only_available=False)),
        )
    if code == PAPER_FOR_AVAILABLE_DATA:
        available = sorted(cid for cid, c in catalog.items() if _get(c, "available_as_data"))
        offered = and_(v.reusable_from.is_not(None), v.reusable_from != "")  # docs/reuse.md
        if not available:
            return offered
        return or_(offered, and_(or_(
            and_(v.procedure_component_id.in_(available),
                 or_(_in(v.demanded_form, PAPER_FORMS), _in(v.presentation_form, PAPER_COPY_FORMS))),
            _presented_unaccepted(catalog, PAPER_FORMS, only_available=True),
        ), not_(func.coalesce(_taking(COPY_OF_SHOWN_DOCUMENT, catalog), false()))))
    if code == NOT_ON_PUBLISHED_LIST:
        return v.on_published_list == false()
    raise ValueError(f"unknown flag code {code!r}")


def flag_condition(code: str, catalog: Catalog) -> ColumnElement[bool]:
    """The SQL condition selecting the entries `flags_for` gives `code` (dialect-neutral).
    `catalog`: the components by id, as `flags_for` sees them."""
    v = VerificationEntry
    if code == MISMATCH_OVERRIDDEN:
        return and_(v.engine_verdict == Verdict.MISMATCH, v.verdict == Verdict.MATCH)
    if code == NO_PAGE_IMAGES:
        return and_(
            _in(v.verdict, COMPARED_VERDICTS),
            _in(v.presentation_form, PAPER_FORMS),
            # '[]' as text: the same test on SQLite's JSON text and the central store's jsonb.
            func.coalesce(cast(v.page_hashes, Text), "[]").in_(["[]", "null"]),
        )
    if code not in FLAG_CODES:
        raise ValueError(f"unknown flag code {code!r}")
    # asking/taking: never on a later check of a component taken at reception
    # spelled out rather than IS DISTINCT FROM: SQLite's compiler leaves that one's value unbound
    # when a statement is printed with its literals (benchmarks/bench_supervisor.py does)
    return and_(or_(v.stage.is_(None), v.stage != STAGE_CHECK), _taking(code, catalog))


def any_flag_condition(catalog: Catalog) -> ColumnElement[bool]:
    return or_(*(flag_condition(code, catalog) for code in FLAG_CODES))
