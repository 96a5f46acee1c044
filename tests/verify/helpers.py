"""Small builders of the rows an attestation needs (the reception service makes them in the app)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import Applicant, Dossier, DossierComponent, Procedure


@dataclass
class OfficerStub:
    id: str = "officer-1"
    full_name: str = "Nguyễn Thị Hằng"


def make_dossier(session: Session, workstation_id: str, code: str = "H31.12.05-261126-0007"
                 ) -> tuple[Dossier, DossierComponent]:
    if session.get(Procedure, "1.001193") is None:
        session.add(Procedure(code="1.001193", name="Đăng ký khai sinh"))
    applicant = Applicant(full_name="Trần Văn Bình")
    session.add(applicant)
    session.flush()
    dossier = Dossier(
        code=code, code_rule="tt03-2025", procedure_code="1.001193", applicant_id=applicant.id,
        received_at=dt.datetime(2026, 11, 26, 9, 30), receiving_agency_code="H31.12.05",
        workstation_id=workstation_id,
    )
    session.add(dossier)
    session.flush()
    component = DossierComponent(
        dossier_id=dossier.id, procedure_component_id="KS-01.2", position=1,
        name="Giấy chứng nhận kết hôn của cha mẹ", requirement="submit", on_published_list=True,
    )
    session.add(component)
    session.flush()
    return dossier, component
