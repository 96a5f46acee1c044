"""What each legal form prints: plain frozen dataclasses, filled by the services (reception,
supervision, reports) and rendered by the modules next to this one. No database, no SQLAlchemy:
a form is printed from values, so the same data can come from the local store, the central one
or a test.

Numbering follows Circular 03/2025/TT-VPCP (Mẫu 01 receipt, 02 supplement request, 03 refusal,
06 process control sheet, 07 ledger). Strings are printed as given after NFC normalisation;
times are naive local datetimes (the counter's wall clock), as printed on paper.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.domain.types import DeliveryMethod
from desk_app.errors import InputRefused


def _require(ok: bool, field_name: str) -> None:
    """Refuse a form that would print blank or contradictory where the law wants a value.
    The detail names the field only, never its (personal) content."""
    if not ok:
        raise InputRefused("form_incomplete", field_name)


__all__ = [
    "AgencyHeader",
    "ComponentRow",
    "ControlSheetData",
    "DeliveryMethod",
    "HandoverResult",
    "HandoverRow",
    "LedgerData",
    "LedgerRow",
    "Person",
    "ReceiptData",
    "RefusalData",
    "SupplementData",
    "SupplementItem",
]


@dataclass(frozen=True)
class AgencyHeader:
    """The top-left block of an administrative form and the place in the dateline.

    superior: the governing body, e.g. "UBND THÀNH PHỐ HẢI PHÒNG" (may be "").
    unit: the receiving unit, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG".
    place: the place name of the dateline "Hải Phòng, ngày 26 tháng 11 năm 2026".
    """

    unit: str
    superior: str = ""
    place: str = ""


@dataclass(frozen=True)
class Person:
    """An applicant (organisation or citizen) or someone submitting on their behalf."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ComponentRow:
    """One line of the receipt's component table: how many of each form was received."""

    name: str
    originals: int = 0          # bản chính
    certified_copies: int = 0   # bản sao (có chứng thực / từ sổ gốc)
    copies: int = 0             # bản chụp / bản photo

    def __post_init__(self) -> None:
        _require(bool(self.name.strip()), "component.name")
        _require(min(self.originals, self.certified_copies, self.copies) >= 0,
                 "component.quantity")


@dataclass(frozen=True)
class ReceiptData:
    """Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả (printed in two copies)."""

    header: AgencyHeader
    number: str                         # "Số ..." of the receipt
    dossier_code: str                   # mã hồ sơ, printed as text and QR
    applicant: Person
    procedure: str                      # tên thủ tục hành chính
    components: Sequence[ComponentRow]
    received_at: dt.datetime
    due_at: dt.datetime
    officer: str                        # receiving officer, signs
    sets_count: int = 1                 # số lượng hồ sơ (bộ)
    processing_days: int = 0            # thời hạn giải quyết theo quy định (ngày làm việc)
    submitter: Person | None = None     # when someone submits on the applicant's behalf
    delivery: DeliveryMethod = DeliveryMethod.DESK
    delivery_address: str = ""          # where the post sends the result (post only)
    ledger_book: str = ""               # "Vào Sổ theo dõi hồ sơ, Quyển số ..."
    ledger_entry: str = ""              # "... Số thứ tự ..."
    deciding_agency: str = ""           # cơ quan giải quyết, when not the receiving unit
    # Papers the citizen only showed (requirement "show", e.g. the ID card): named apart, never
    # counted among the submitted components.
    shown: Sequence[str] = ()

    def __post_init__(self) -> None:
        _require(bool(self.dossier_code.strip()), "dossier_code")
        _require(bool(self.applicant.name.strip()), "applicant.name")
        _require(bool(self.procedure.strip()), "procedure")
        _require(self.due_at >= self.received_at, "due_at")
        _require(self.sets_count >= 1, "sets_count")
        _require(self.processing_days >= 0, "processing_days")


@dataclass(frozen=True)
class SupplementItem:
    """One thing to complete: the published component it concerns, what to do, the legal basis."""

    component: str
    action: str
    legal_basis: str = ""


@dataclass(frozen=True)
class SupplementData:
    """Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ ("một lần, đầy đủ")."""

    header: AgencyHeader
    number: str                         # printed as "Số: <number>/HDHS" unless it already ends so
    applicant: Person
    procedure: str
    items: Sequence[SupplementItem]
    reason: str
    contact_officer: str
    contact_phone: str
    issued_at: dt.date
    officer: str                        # người hướng dẫn, signs
    received_at: dt.datetime | None = None   # when the incomplete dossier was received
    dossier_code: str = ""

    def __post_init__(self) -> None:
        # items may be empty (a fault the reason describes); the reason may not
        _require(bool((self.reason or "").strip()), "reason")


@dataclass(frozen=True)
class RefusalData:
    """Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ."""

    header: AgencyHeader
    applicant: Person
    procedure: str
    reason: str                         # the legal reason in words, with the provision cited
    issued_at: dt.date
    officer: str
    number: str = ""
    received_at: dt.datetime | None = None
    dossier_code: str = ""

    def __post_init__(self) -> None:
        _require(bool((self.reason or "").strip()), "reason")  # a refusal says why, in words


class HandoverResult(StrEnum):
    """Whether a step of the process finished early, on time or late."""

    EARLY = "early"        # trước hạn
    ON_TIME = "on_time"    # đúng hạn
    LATE = "late"          # quá hạn


@dataclass(frozen=True)
class HandoverRow:
    """One hand-over of the dossier between units or people (Mẫu 06)."""

    giver: str                          # e.g. "Nguyễn Văn A - Bộ phận Một cửa"
    receiver: str
    at: dt.datetime
    result: HandoverResult | None = None   # None: step still open
    note: str = ""


@dataclass(frozen=True)
class ControlSheetData:
    """Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ."""

    header: AgencyHeader
    dossier_code: str
    owner: Person                       # the dossier's applicant
    received_at: dt.datetime
    due_at: dt.datetime
    handovers: Sequence[HandoverRow] = ()
    procedure: str = ""
    ledger_book: str = ""
    ledger_entry: str = ""

    def __post_init__(self) -> None:
        _require(bool(self.dossier_code.strip()), "dossier_code")
        _require(self.due_at >= self.received_at, "due_at")


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger (Mẫu 07)."""

    no: int
    dossier_code: str
    procedure: str
    applicant: str
    address: str
    phone: str
    deciding_agency: str
    received_at: dt.datetime
    due_at: dt.datetime | None  # None: no result promised (a supplement request, a refusal)
    returned_at: dt.datetime | None = None
    delivery: DeliveryMethod = DeliveryMethod.DESK
    note: str = ""


@dataclass(frozen=True)
class LedgerData:
    """Mẫu 07 Sổ theo dõi hồ sơ for one period (landscape, paginated, header repeated)."""

    header: AgencyHeader
    period_from: dt.date
    period_to: dt.date
    rows: Sequence[LedgerRow] = field(default_factory=tuple)
    book: str = ""                      # quyển số

    def __post_init__(self) -> None:
        _require(self.period_from <= self.period_to, "period")
