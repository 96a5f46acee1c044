"""Fixtures of the digitisation area: generated Vietnamese pages (ground truth known) and a dossier
made directly with the db models and the page store (the reception service is another area's)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desk_app.demo.ocr_pages import SynthPage, make_page, png_bytes  # noqa: E402


@pytest.fixture(scope="session")
def pages() -> list[SynthPage]:
    # Short pages keep Tesseract's share of the area's test time small.
    return [make_page(seed, paragraphs=2) for seed in (1, 2)]


def make_dossier(ctx, images: list[bytes], code: str = "H31.12.05-261126-0001",
                 name: str = "Nguyễn Văn An") -> str:
    from db.models import Agency, Applicant, Dossier, Page, Procedure
    from desk_app.domain.text import fold

    with ctx.sessions.begin() as s:
        if s.get(Agency, "H31.12.05") is None:
            s.add(Agency(code="H31.12.05", name="UBND phường Hồng Bàng"))
            s.add(Procedure(code="1.001193", name="Đăng ký khai sinh", name_folded="dang ky khai sinh"))
        applicant = Applicant(full_name=name, name_folded=fold(name))
        s.add(applicant)
        s.flush()
        d = Dossier(code=code, code_rule="tt03-2025", procedure_code="1.001193",
                    applicant_id=applicant.id, received_at=dt.datetime(2026, 11, 26, 9, 30),
                    receiving_agency_code="H31.12.05", workstation_id=ctx.workstation.id)
        s.add(d)
        s.flush()
        for i, data in enumerate(images, start=1):
            sha = ctx.pages.put(data)
            s.add(Page(dossier_id=d.id, position=i, sha256=sha, byte_size=len(data), dpi=300,
                       colour_mode="grey"))
        return d.id


@pytest.fixture()
def dossier_factory():
    return make_dossier


@pytest.fixture()
def dossier(ctx, pages):
    return make_dossier(ctx, [png_bytes(p.image, 300) for p in pages])


__all__ = ["make_dossier", "make_page", "png_bytes"]
