"""Attesting components into the log: override reasons, presentation forms, original scans kept or
only hashed (unit setting)."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from db.models import DossierComponent, Page, VerificationEntry
from desk_app.compare.result import CompareResult, Region
from desk_app.errors import InputRefused
from desk_app.supervision.flags import MISMATCH_OVERRIDDEN, flags_for
from desk_app.verification.attest import (
    attest_component,
    keep_original_scans,
    record_original_scan,
    set_keep_original_scans,
)
from desk_app.verification.log import verify_log
from tests.verify.helpers import OfficerStub, make_dossier

H1, H2 = "a" * 64, "b" * 64
FLAGGED = CompareResult("mismatch", 0.81, [Region(10, 20, 30, 40, 0.81)], [])
CLEAN = CompareResult("match", 0.0, [], [])


def _count(ctx) -> int:
    with ctx.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(VerificationEntry)))


def test_match_is_logged_with_every_field(ctx) -> None:
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        entry = attest_component(
            s, ctx.workstation, dossier, comp, OfficerStub(), "photocopy_with_original", True,
            "match", CLEAN, "", [H1, H2], when=dt.datetime(2026, 11, 26, 9, 41),
        )
    with ctx.sessions() as s:
        row = s.get(VerificationEntry, entry.id)
        comp_row = s.get(DossierComponent, comp.id)
        total, breaks = verify_log(s)
    assert (row.presentation_form, row.original_shown, row.verdict) == (
        "photocopy_with_original", True, "match")
    assert (row.requirement, row.on_published_list, row.officer_name) == (
        "submit", True, "Nguyễn Thị Hằng")
    assert (row.engine_verdict, row.engine_score, row.page_hashes) == ("match", 0.0, [H1, H2])
    assert row.dossier_code == "H31.12.05-261126-0007" and row.chain_index == 1
    assert comp_row.form == "photocopy_with_original" and comp_row.original_shown
    assert (total, breaks) == (1, [])


def test_accepting_a_flagged_copy_needs_a_reason(ctx) -> None:
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
    for reason in ("", "   ", "ok"):
        with pytest.raises(InputRefused) as info, ctx.sessions.begin() as s:
            d, c = s.merge(dossier), s.merge(comp)
            attest_component(s, ctx.workstation, d, c, OfficerStub(),
                             "photocopy_with_original", True, "match", FLAGGED, reason, [H1])
        assert info.value.code == "override_reason_required"
    assert _count(ctx) == 0
    with ctx.sessions.begin() as s:
        d, c = s.merge(dossier), s.merge(comp)
        entry = attest_component(
            s, ctx.workstation, d, c, OfficerStub(), "photocopy_with_original", True, "match",
            FLAGGED, "Vết bẩn do máy photo, số liệu trùng khớp bản chính", [H1])
    assert entry.override_reason.startswith("Vết bẩn")
    assert MISMATCH_OVERRIDDEN in flags_for(entry, None)
    # Saying "does not match" to a flagged copy needs no reason.
    with ctx.sessions.begin() as s:
        d, c = s.merge(dossier), s.merge(comp)
        entry2 = attest_component(s, ctx.workstation, d, c, OfficerStub(),
                                  "photocopy_with_original", True, "mismatch", FLAGGED, "", [H1])
    assert MISMATCH_OVERRIDDEN not in flags_for(entry2, None) and entry2.chain_index == 2


def test_certified_copy_is_logged_without_comparison(ctx) -> None:
    with ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        entry = attest_component(s, ctx.workstation, dossier, comp, OfficerStub(),
                                 "certified_copy", False, "not_compared", None, "", [H1],
                                 demanded_form="original")
    assert entry.verdict == "not_compared" and entry.engine_verdict is None
    assert entry.demanded_form == "original"


@pytest.mark.parametrize("form, shown, decision, code", [
    ("photocopy_with_original", False, "match", "original_required"),
    ("fax", True, "match", "invalid_presentation_form"),
    ("original", True, "maybe", "invalid_decision"),
])
def test_bad_attestations_are_refused(ctx, form, shown, decision, code) -> None:
    with pytest.raises(InputRefused) as info, ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        attest_component(s, ctx.workstation, dossier, comp, OfficerStub(), form, shown,
                         decision, CLEAN, "", [H1])
    assert info.value.code == code
    assert _count(ctx) == 0


def test_bad_page_hash_is_refused(ctx) -> None:
    with pytest.raises(InputRefused) as info, ctx.sessions.begin() as s:
        dossier, comp = make_dossier(s, ctx.workstation.id)
        attest_component(s, ctx.workstation, dossier, comp, OfficerStub(), "original", True,
                         "match", CLEAN, "", ["not-a-hash"])
    assert info.value.code == "invalid_page_hash"


def test_original_scan_is_only_hashed_by_default(ctx) -> None:
    data = b"\x89PNG fake scan of the original"
    digest = hashlib.sha256(data).hexdigest()
    with ctx.sessions.begin() as s:
        assert keep_original_scans(s) is False
        dossier, comp = make_dossier(s, ctx.workstation.id)
        assert record_original_scan(s, ctx.pages, dossier, comp, data) == digest
    assert not ctx.pages.exists(digest)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Page)) == 0


def test_original_scan_is_kept_when_the_unit_says_so(ctx) -> None:
    data = b"\x89PNG another fake scan"
    with ctx.sessions.begin() as s:
        set_keep_original_scans(s, True)
    with ctx.sessions.begin() as s:
        assert keep_original_scans(s) is True
        dossier, comp = make_dossier(s, ctx.workstation.id)
        digest = record_original_scan(s, ctx.pages, dossier, comp, data)
    assert ctx.pages.exists(digest)
    with ctx.sessions() as s:
        page = s.scalar(select(Page))
    assert page.role == "original" and page.sha256 == digest and page.component_id == comp.id
