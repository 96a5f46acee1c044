"""The rules under reuse, on a real store: the flag's two faces agree on `reusable_from`; the index
holds keyed hashes only, is built for a store made before it and rebuilt when the key changes; the
kinds and their validity; the catalog file carries the kind and infers it for an older file."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat

import pytest
from sqlalchemy import delete, select

from db.models import Setting, VerificationEntry
from db.models_reuse import CitizenIndex
from desk_app.accounts import AccountService
from desk_app.catalog_io import CatalogRefused, RawFile, normalise, read_csv, to_csv
from desk_app.domain.types import Role
from desk_app.reception import ReceptionService
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from desk_app.reuse import kinds
from desk_app.reuse.citizen_key import KEY_FILE, citizen_key, key_id, load_key
from desk_app.reuse.index import BUILT_SETTING
from desk_app.supervision.flags import FLAG_CODES, flag_condition, flags_for
from desk_app.supervision.log_query import load_catalog
from desk_app.verification.log import append_entry

ID = "031090123456"


def _entry(s, ws: str, comp: str, **fields) -> str:
    base = {"dossier_id": "d1", "dossier_code": "H31-261204-0001", "procedure_code": "1.004222",
            "procedure_component_id": comp, "component_name": "x", "requirement": "submit",
            "on_published_list": True, "officer_id": "o", "verdict": "not_compared",
            "created_at": dt.datetime(2026, 12, 4, 9)}
    return append_entry(s, ws, **{**base, **fields}).id


def test_flag_faces_agree_on_paper_taken_although_offered(ctx) -> None:
    ws = ctx.workstation.id
    with ctx.sessions.begin() as s:
        # 1.004884#2 (a birth certificate) is not available as data: only reusable_from can
        # flag it
        paper = _entry(s, ws, "1.004884#2", presentation_form="certified_copy",
                       reusable_from="e-earlier")
        reused = _entry(s, ws, "1.004222#2", presentation_form="electronic_copy",
                        reused_from="e-earlier", page_hashes=["a" * 64])
        plain = _entry(s, ws, "1.004884#2", presentation_form="certified_copy")
    with ctx.sessions() as s:
        catalog = load_catalog(s)
        got = {e.id: flags_for(e, catalog.get(e.procedure_component_id))
               for e in s.scalars(select(VerificationEntry))}
        assert got == {paper: ["paper_for_available_data"], reused: [], plain: []}
        for code in FLAG_CODES:
            ids = set(s.scalars(select(VerificationEntry.id)
                                .where(flag_condition(code, catalog.components))))
            assert ids == {i for i, flags in got.items() if code in flags}, code
        # an empty catalog still selects it (the SQL face's early return)
        ids = set(s.scalars(select(VerificationEntry.id).where(
            flag_condition("paper_for_available_data", {}))))
        assert ids == {paper}


def _receive(ctx, id_number: str) -> str:
    officer = AccountService(ctx).create_account(f"cb{id_number[-4:]}", "Lê Thị Mai",
                                                 Role.OFFICER, "matkhau123")
    draft = ReceptionDraft(
        procedure_code="1.004222",
        applicant=PersonInput("Nguyễn Văn An", id_number, dt.date(1990, 3, 15), "male", "Hải Phòng"),
        components=[ComponentInput("1.004222#1", "Tờ khai", "original"),
                    ComponentInput("1.004222#2", "Chỗ ở", "certified_copy")],
        received_at=dt.datetime(2026, 12, 4, 9, 30))
    return ReceptionService(ctx).save(draft, officer, {}).id


def test_index_holds_keyed_hashes_built_on_first_use_and_rebuilt_on_a_new_key(ctx, home) -> None:
    dossier = _receive(ctx, ID)
    path = home / KEY_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    key = load_key(home)
    with ctx.sessions() as s:
        (row,) = s.scalars(select(CitizenIndex)).all()
    assert (row.dossier_id, row.citizen_key, row.key_id) == (dossier, citizen_key(key, ID),
                                                            key_id(key))
    assert ID not in row.citizen_key and row.citizen_key != hashlib.sha256(ID.encode()).hexdigest()
    assert citizen_key(b"another key" * 3, ID) != row.citizen_key
    # a store made before the index: the rows and the setting absent, built on the first lookup
    with ctx.sessions.begin() as s:
        s.execute(delete(CitizenIndex))
        s.execute(delete(Setting).where(Setting.key == BUILT_SETTING))
    service = ReceptionService(ctx)
    assert service.reusable_documents(ID, "1.004194") == []
    with ctx.sessions() as s:
        assert s.scalars(select(CitizenIndex.citizen_key)).all() == [citizen_key(key, ID)]
    # rotation: a new key file, the index rebuilt under it
    path.unlink()
    service.reusable_documents(ID, "1.004194")
    new = load_key(home)
    assert new != key
    with ctx.sessions() as s:
        assert [(r.citizen_key, r.key_id) for r in s.scalars(select(CitizenIndex))] == \
            [(citizen_key(new, ID), key_id(new))]


def test_kinds_and_validity() -> None:
    assert kinds.infer_kind("Giấy xác nhận tình trạng hôn nhân (bản chính)") == \
        "marital_status_confirmation"
    assert kinds.infer_kind("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu") == ""
    assert kinds.kind_of("none", "Giấy khai sinh") == "" and kinds.kind_of("", "Giấy khai sinh") \
        == "birth_certificate"
    assert kinds.valid_months("marital_status_confirmation", None) == 6
    assert kinds.valid_months("marital_status_confirmation", 3) == 3
    assert kinds.valid_until(dt.datetime(2026, 8, 31, 9), 6) == dt.date(2027, 2, 28)
    assert kinds.valid_until(dt.datetime(2026, 12, 4, 9), 12) == dt.date(2027, 12, 4)
    assert kinds.valid_until(dt.datetime(2026, 12, 4, 9), 0) is None


def test_catalog_file_carries_the_kind_and_infers_it_for_an_older_file() -> None:
    old = RawFile(procedures=[{"code": "X.1", "name": "Thủ tục thử", "processing_days": 3,
                               "components": [
                                   {"name": "Giấy chứng nhận kết hôn", "accepted_forms": ["original"]},
                                   {"name": "Tờ khai", "accepted_forms": ["original"],
                                    "valid_months": 3},
                                   {"name": "Bản sao giấy khai sinh", "accepted_forms": ["original"],
                                    "document_kind": "none"}]}])
    (proc,) = normalise(old, {}, [])
    assert [(c["document_kind"], c["valid_months"]) for c in proc["components"]] == \
        [("marriage_certificate", None), ("", 3), ("none", None)]
    text = to_csv([proc])
    assert text.splitlines()[0].endswith("document_kind,valid_months")
    (again,) = normalise(read_csv(text), {}, [])
    assert again["components"] == proc["components"]
    bad = RawFile(procedures=[{**old.procedures[0], "components": [
        {"name": "Giấy", "accepted_forms": ["original"], "document_kind": "passport"}]}])
    with pytest.raises(CatalogRefused) as refused:
        normalise(bad, {}, [])
    assert "document_kind" in refused.value.detail
