"""The queries that fill the paper registers: Mẫu 07 Sổ theo dõi hồ sơ (ledger) for a period and
Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ (control sheet) of one dossier. The forms area
(desk_app/forms) lays them out; this module only gathers the values."""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from db.models import Account, Agency, Dossier
from db.models_lifecycle import DossierStep
from desk_app.domain import vn_format
from desk_app.domain.types import DeliveryMethod
from desk_app.dossier_forms import ONE_STOP, agency_header
from desk_app.errors import NotFound
from desk_app.forms.data import (
    ControlSheetData,
    HandoverResult,
    HandoverRow,
    LedgerData,
    LedgerRow,
    Person,
)

logger = logging.getLogger(__name__)


def _agency_name(session: Session, code: str | None, cache: dict[str, str]) -> str:
    if not code:
        return ""
    if code not in cache:
        agency = session.get(Agency, code)
        cache[code] = agency.name if agency else code
    return cache[code]


def _delivery(value: str) -> DeliveryMethod:
    try:
        return DeliveryMethod(value)
    except ValueError:
        return DeliveryMethod.DESK


def ledger_data(session: Session, agency_code: str, date_from: dt.date,
                date_to: dt.date) -> LedgerData:
    """Mẫu 07 rows: dossiers received from date_from to date_to inclusive, in received order,
    refused ones included (the ledger records every dossier handed in), numbered from 1."""
    start = dt.datetime.combine(date_from, dt.time())
    end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
    dossiers = session.scalars(
        select(Dossier).options(joinedload(Dossier.applicant), joinedload(Dossier.procedure))
        .where(Dossier.received_at >= start, Dossier.received_at < end)
        .order_by(Dossier.received_at, Dossier.code)
    ).all()
    names: dict[str, str] = {}
    rows = []
    for n, d in enumerate(dossiers, start=1):
        note = d.note
        if d.status == "refused":
            note = ("Từ chối tiếp nhận. " + note).strip()
        elif d.status == "supplement_requested":
            note = ("Yêu cầu bổ sung. " + note).strip()
        elif d.new_due_at is not None:
            note = (f"Hẹn lại {vn_format.datetime(d.new_due_at)} (Mẫu 04). " + note).strip()
        if d.timeliness == "late":
            note = ("Quá hạn. " + note).strip()
        rows.append(LedgerRow(
            no=n, dossier_code=d.code, procedure=d.procedure.name if d.procedure else d.procedure_code,
            applicant=d.applicant.full_name, address=d.applicant.address, phone=d.applicant.phone,
            deciding_agency=_agency_name(session, d.deciding_agency_code, names),
            # a supplement request or a refusal promises no result: no due date is printed
            received_at=d.received_at,
            due_at=d.due_at if d.status not in ("refused", "supplement_requested") else None,
            returned_at=d.returned_at, delivery=_delivery(d.delivery_method), note=note,
        ))
    book = dossiers[0].ledger_book if dossiers else ""
    return LedgerData(header=agency_header(session, agency_code), period_from=date_from,
                      period_to=date_to, rows=tuple(rows), book=book)


def _result(done: dt.datetime, due: dt.datetime | None) -> HandoverResult:
    if due is None or done.date() == due.date() and done <= due:
        return HandoverResult.ON_TIME
    return HandoverResult.EARLY if done < due else HandoverResult.LATE


# The steps of the dossier's life printed as Mẫu 06 rows (the reception is the sheet's header).
_SHEET_STEPS = ("supplement_ask", "supplement", "handover", "apology", "result", "return")


def _step_rows(session: Session, dossier_id: str) -> list[HandoverRow]:
    rows = session.scalars(
        select(DossierStep).where(DossierStep.dossier_id == dossier_id,
                                  DossierStep.kind.in_(_SHEET_STEPS))
        .order_by(DossierStep.position))
    out = []
    for r in rows:
        note = r.note
        if r.kind == "apology" and r.new_due_at is not None:
            note = f"Xin lỗi (Mẫu 04), hẹn lại {vn_format.datetime(r.new_due_at)}: {r.reason}"
        elif r.kind == "supplement_ask":
            note = f"{note}: {r.reason}"
        elif r.kind == "return" and r.fees:
            note = f"{note}; phí, lệ phí {vn_format.number(r.fees)} đồng"
        result = HandoverResult(r.timeliness) if r.timeliness else None
        out.append(HandoverRow(giver=r.giver, receiver=r.receiver, at=r.at, result=result,
                               note=note))
    return out


def control_sheet_data(session: Session, code: str) -> ControlSheetData:
    """Mẫu 06 of a dossier: each real step recorded by desk_app/lifecycle (hand-overs, the
    result, an apology, the return, a supplement) with its time and early/on time/late. A dossier
    from before those records (no step rows) has its hand-overs rebuilt from its times: one-stop
    desk → deciding agency at reception; deciding agency → one-stop desk when resolved; desk →
    applicant when returned. Steps not yet taken are left for hand-writing."""
    d = session.scalar(
        select(Dossier).options(joinedload(Dossier.applicant), joinedload(Dossier.procedure))
        .where(Dossier.code == code)
    )
    if d is None:
        raise NotFound("unknown_dossier", code)
    officer = session.get(Account, d.officer_id) if d.officer_id else None
    desk = f"{officer.full_name} - {ONE_STOP}" if officer else ONE_STOP
    deciding = _agency_name(session, d.deciding_agency_code or d.receiving_agency_code, {})
    recorded = _step_rows(session, d.id)
    handovers = recorded or [HandoverRow(giver=desk, receiver=deciding, at=d.received_at,
                             result=HandoverResult.ON_TIME, note="Tiếp nhận, chuyển xử lý")]
    if d.resolved_at and not recorded:
        handovers.append(HandoverRow(giver=deciding, receiver=ONE_STOP, at=d.resolved_at,
                                     result=_result(d.resolved_at, d.due_at),
                                     note="Có kết quả" + (" điện tử" if d.electronic_result else "")))
    if d.returned_at and not recorded:
        handovers.append(HandoverRow(giver=ONE_STOP, receiver=d.applicant.full_name,
                                     at=d.returned_at, result=_result(d.returned_at, d.due_at),
                                     note="Trả kết quả"))
    applicant = d.applicant
    return ControlSheetData(
        header=agency_header(session, d.receiving_agency_code), dossier_code=d.code,
        owner=Person(applicant.full_name, applicant.address, applicant.phone, applicant.email),
        received_at=d.received_at, due_at=d.due_at or d.received_at, handovers=tuple(handovers),
        procedure=d.procedure.name if d.procedure else d.procedure_code,
        ledger_book=d.ledger_book, ledger_entry=str(d.ledger_no or ""),
    )
