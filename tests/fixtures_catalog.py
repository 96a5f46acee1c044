"""A small catalog of its own for tests that must not depend on the shipped sample's contents."""
from __future__ import annotations

from db.models import Agency, Procedure, ProcedureComponent

PROC = "T.KS"


def add_test_procedure(session) -> str:  # type: ignore[no-untyped-def]
    if session.get(Agency, "H31.12.05") is None:
        session.add(Agency(code="H31.12.05", name="Điểm phục vụ hành chính công phường (mẫu)"))
    session.add(Procedure(
        code=PROC, name="Đăng ký khai sinh (thử)", name_folded="dang ky khai sinh (thu)",
        field="Hộ tịch", deciding_agency_code="H31.12.05", processing_days=3,
    ))
    session.add_all([
        ProcedureComponent(
            id=f"{PROC}#1", procedure_code=PROC, position=1, name="Tờ khai đăng ký khai sinh",
            accepted_forms=["original"], requirement="submit"),
        ProcedureComponent(
            id=f"{PROC}#2", procedure_code=PROC, position=2, name="Giấy chứng sinh",
            accepted_forms=["original", "certified_copy", "photocopy_with_original"],
            requirement="submit", colour=True),
        ProcedureComponent(
            id=f"{PROC}#3", procedure_code=PROC, position=3, name="Thẻ căn cước của người đi đăng ký",
            accepted_forms=["original"], requirement="show"),
    ])
    return PROC
