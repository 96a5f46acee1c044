"""Helpers for the supervision tests: a store whose irregularities are known: a small catalog, dossiers with hand-computed indicators,
and verification entries each with its expected flag codes (the ground truth)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher

from db.models import (
    Account,
    Agency,
    Applicant,
    Dossier,
    DossierComponent,
    Page,
    Procedure,
    ProcedureComponent,
)
from desk_app.verification.log import append_entry

AGENCY = "H31.12.05"
PROC = "SV.KS"  # a procedure of the fixture's own, beside the sample catalog
PASSWORD = "mật-khẩu-thử"
H = [f"{i:064x}" for i in range(1, 40)]  # page hashes


def add_catalog(s: Any) -> None:
    # The store starts with the sample catalog's agencies: the fixture sets its own names.
    s.merge(Agency(code="H31", name="UBND thành phố Hải Phòng", level="province"))
    s.merge(Agency(code=AGENCY, name="Trung tâm Phục vụ hành chính công phường Hồng Bàng",
                 parent_code="H31", address="Số 1 Hoàng Văn Thụ, Hồng Bàng, thành phố Hải Phòng"))
    s.add(Procedure(code=PROC, name="Đăng ký khai sinh", processing_days=1,
                    deciding_agency_code=AGENCY))
    s.flush()
    comps = [
        ("KS.1", "Tờ khai đăng ký khai sinh", "submit", ["original"], False),
        ("KS.2", "Giấy chứng sinh", "submit", ["photocopy_with_original", "certified_copy"], False),
        ("KS.3", "Thẻ căn cước của người đi đăng ký", "show", ["original"], True),
        ("KS.4", "Giấy chứng nhận kết hôn của cha mẹ", "show", ["original"], False),
        ("KS.5", "Giấy xác nhận thông tin về cư trú", "submit", ["national_data"], True),
    ]
    for pos, (cid, name, req, forms, data) in enumerate(comps, start=1):
        s.add(ProcedureComponent(id=cid, procedure_code=PROC, position=pos, name=name,
                                 accepted_forms=forms, requirement=req, available_as_data=data))


def add_accounts(s: Any) -> dict[str, Account]:
    hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
    out = {}
    for username, name, role in [
        ("canbo1", "Nguyễn Văn An", "officer"),
        ("canbo2", "Trần Thị Bình", "officer"),
        ("lanhdao", "Lê Thị Hương", "supervisor"),
        ("quantri", "Phạm Quốc Dũng", "admin"),
    ]:
        acc = Account(username=username, full_name=name, role=role, agency_code=AGENCY,
                      password_hash=hasher.hash(PASSWORD))
        s.add(acc)
        out[username] = acc
    s.flush()
    return out


@dataclass
class Fixture:
    entries: dict[str, list[str]] = field(default_factory=dict)  # entry id -> expected flags
    labels: dict[str, str] = field(default_factory=dict)  # entry id -> fixture label
    accounts: dict[str, Account] = field(default_factory=dict)
    dossiers: dict[str, Dossier] = field(default_factory=dict)
    workstation: str = ""


def _dossier(s: Any, code: str, ws: str, officer: str, **kw: Any) -> Dossier:
    app = Applicant(full_name=kw.pop("applicant", "Hoàng Thị Lan"), address="Số 5 Lạch Tray, Hải Phòng",
                    phone="0912345678")
    s.add(app)
    s.flush()
    d = Dossier(code=code, code_rule="tt03-2025", procedure_code=PROC, applicant_id=app.id,
                receiving_agency_code=AGENCY, deciding_agency_code=AGENCY, workstation_id=ws,
                officer_id=officer, **kw)
    s.add(d)
    s.flush()
    return d


# (label, component, fields, expected flags)
KNOWN_ENTRIES: list[tuple[str, str | None, dict[str, Any], list[str]]] = [
    ("tờ khai bản chính", "KS.1", {"presentation_form": "original", "requirement": "submit",
                                       "original_shown": True, "verdict": "not_compared",
                                       "page_hashes": H[0:1]}, []),
    ("bản chụp khớp", "KS.2", {"presentation_form": "photocopy_with_original", "requirement": "submit",
                                   "original_shown": True, "verdict": "match", "engine_verdict": "match",
                                   "engine_score": 0.97, "page_hashes": H[1:3]}, []),
    ("đòi bản sao chứng thực", "KS.2", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "demanded_form": "certified_copy", "verdict": "match", "engine_verdict": "match",
        "engine_score": 0.96, "page_hashes": H[3:4]}, ["certified_copy_demanded"]),
    ("đòi bản chính cho bản sao", "KS.2", {
        "presentation_form": "certified_copy", "requirement": "submit", "demanded_form": "original",
        "verdict": "not_compared", "page_hashes": H[4:5]}, ["original_demanded_for_certified_copy"]),
    ("đòi bản chụp giấy xuất trình", "KS.4", {
        "presentation_form": "original", "requirement": "show", "original_shown": True,
        "demanded_form": "photocopy_with_original", "verdict": "not_compared"},
     ["copy_of_shown_document"]),
    ("dữ liệu VNeID", "KS.3", {"presentation_form": "national_data", "requirement": "show",
                                   "verdict": "not_compared"}, []),
    ("đòi giấy cho dữ liệu cư trú", "KS.5", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "demanded_form": "photocopy_with_original", "verdict": "not_compared"},
     ["paper_for_available_data"]),
    ("sổ hộ khẩu", None, {"component_name": "Sổ hộ khẩu", "presentation_form": "photocopy_with_original",
                              "requirement": "submit", "on_published_list": False, "original_shown": True,
                              "demanded_form": "photocopy_with_original", "verdict": "not_compared"},
     ["not_on_published_list"]),
    ("bỏ qua không khớp", "KS.2", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "verdict": "match", "engine_verdict": "mismatch", "engine_score": 0.61,
        "override_reason": "Bản chụp mờ", "page_hashes": H[5:6]}, ["mismatch_overridden"]),
    ("không có ảnh", "KS.2", {"presentation_form": "photocopy_with_original", "requirement": "submit",
                                  "original_shown": True, "verdict": "match"}, ["no_page_images"]),
    ("không khớp thật", "KS.2", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "verdict": "mismatch", "engine_verdict": "mismatch", "engine_score": 0.55, "page_hashes": H[6:7]}, []),
    ("ba dấu hiệu", "KS.2", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "demanded_form": "certified_copy", "verdict": "match", "engine_verdict": "mismatch",
        "engine_score": 0.7}, ["certified_copy_demanded", "mismatch_overridden", "no_page_images"]),
    ("bản sao sổ gốc của giấy xuất trình", "KS.4", {
        "presentation_form": "master_register_copy", "requirement": "show", "demanded_form": "original",
        "verdict": "not_compared", "page_hashes": H[7:8]},
     ["original_demanded_for_certified_copy", "copy_of_shown_document"]),
    ("bản sao sổ gốc bình thường", "KS.2", {
        "presentation_form": "master_register_copy", "requirement": "submit", "verdict": "not_compared",
        "page_hashes": H[8:9]}, []),
    ("xuất trình thẻ căn cước", "KS.3", {
        "presentation_form": "original", "requirement": "show", "original_shown": True,
        "verdict": "not_compared"}, []),
    ("đòi xuất trình thẻ thay dữ liệu", "KS.3", {
        "presentation_form": "original", "requirement": "show", "original_shown": True,
        "demanded_form": "original", "verdict": "not_compared"}, ["paper_for_available_data"]),
    ("bản chụp giấy chỉ xuất trình", "KS.4", {
        "presentation_form": "photocopy_with_original", "requirement": "show", "original_shown": True,
        "verdict": "not_compared"}, ["copy_of_shown_document"]),
]
# Entries before the report period of the tests (10/2026): one flagged, one clean.
EARLY_ENTRIES: list[tuple[str, str | None, dict[str, Any], list[str]]] = [
    ("tháng 9 đòi bản sao", "KS.2", {
        "presentation_form": "photocopy_with_original", "requirement": "submit", "original_shown": True,
        "demanded_form": "certified_copy", "verdict": "match", "engine_verdict": "match",
        "engine_score": 0.95, "page_hashes": H[9:10]}, ["certified_copy_demanded"]),
    ("tháng 9 bình thường", "KS.1", {"presentation_form": "original", "requirement": "submit",
                                         "original_shown": True, "verdict": "not_compared",
                                         "page_hashes": H[10:11]}, []),
]


def build_fixture(ctx: Any) -> Fixture:
    fx = Fixture(workstation=ctx.workstation.id)
    ws = ctx.workstation.id
    with ctx.sessions.begin() as s:
        add_catalog(s)
        fx.accounts = add_accounts(s)
        officer1, officer2 = fx.accounts["canbo1"], fx.accounts["canbo2"]
        names = {c.id: c.name for c in s.query(ProcedureComponent)}

        def log(dossier: Dossier, officer: Account, items: list[Any], start: dt.datetime) -> None:
            for n, (label, comp, fields, expected) in enumerate(items):
                values = dict(fields)
                values.setdefault("component_name", names.get(comp or "", ""))
                values.setdefault("on_published_list", True)
                e = append_entry(s, ws, dossier_id=dossier.id, dossier_code=dossier.code,
                                 procedure_code=PROC, procedure_component_id=comp,
                                 officer_id=officer.id, officer_name=officer.full_name,
                                 created_at=start + dt.timedelta(minutes=n), **values)
                fx.entries[e.id] = expected
                fx.labels[e.id] = label

        early = _dossier(s, f"{AGENCY}-260915-0001", ws, officer2.id,
                         received_at=dt.datetime(2026, 9, 15, 8, 30))
        log(early, officer2, EARLY_ENTRIES, dt.datetime(2026, 9, 15, 8, 31))
        main = _dossier(s, f"{AGENCY}-261001-0001", ws, officer1.id,
                        received_at=dt.datetime(2026, 10, 1, 9, 0))
        log(main, officer1, KNOWN_ENTRIES, dt.datetime(2026, 10, 1, 9, 1))
        fx.dossiers = {"early": early, "main": main}
    return fx


def add_indicator_dossiers(ctx: Any) -> None:
    """Dossiers whose indicators for 01-05/10/2026 were computed by hand (test_indicators.py)."""
    ws = ctx.workstation.id
    with ctx.sessions.begin() as s:
        add_catalog(s)
        t = dt.datetime

        def d(code: str, **kw: Any) -> Dossier:
            pages = kw.pop("pages", 0)
            reused = kw.pop("reused_component", False)
            dossier = _dossier(s, code, ws, "officer-x", **kw)
            for i in range(pages):
                s.add(Page(dossier_id=dossier.id, position=i, sha256=H[i]))
            s.add(DossierComponent(dossier_id=dossier.id, position=1, name="Giấy chứng sinh",
                                   form="photocopy_with_original",
                                   reused_from="vneid" if reused else None))
            return dossier

        d("D1", channel="counter", received_at=t(2026, 10, 1, 9), due_at=t(2026, 10, 5, 17),
          resolved_at=t(2026, 10, 4, 10), returned_at=t(2026, 10, 5, 9), status="returned",
          electronic_result=True, pages=2, reuse_count=1)
        d("D2", channel="online", received_at=t(2026, 10, 2, 9), due_at=t(2026, 10, 6, 17),
          resolved_at=t(2026, 10, 8, 10), status="resolved", pages=1)
        d("D3", channel="counter", received_at=t(2026, 10, 3, 9), due_at=t(2026, 10, 7, 17),
          status="in_progress", reused_component=True)
        d("D4", channel="counter", received_at=t(2026, 10, 3, 10), status="refused", pages=1)
        d("D5", channel="online", received_at=t(2026, 10, 4, 8), resolved_at=t(2026, 10, 4, 15),
          status="resolved", electronic_result=True, pages=1)
        d("D6", channel="counter", received_at=t(2026, 9, 20, 9), due_at=t(2026, 9, 25, 17),
          resolved_at=t(2026, 10, 2, 9), status="resolved", electronic_result=False, pages=1)
        d("D7", channel="online", received_at=t(2026, 10, 10, 9), status="received", pages=1)
        d("D8", channel="post", received_at=t(2026, 10, 5, 14), due_at=t(2026, 10, 9, 17),
          returned_at=t(2026, 10, 9, 10), status="returned", pages=3)
