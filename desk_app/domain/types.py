"""Plain domain vocabulary shared by every service. No Qt, no SQLAlchemy."""
from __future__ import annotations

from enum import StrEnum


class PresentationForm(StrEnum):
    """How a dossier component was presented at the counter
    (docs/domain.md#ways-a-component-can-be-presented)."""

    ORIGINAL = "original"                      # bản chính
    CERTIFIED_COPY = "certified_copy"          # bản sao có chứng thực
    MASTER_REGISTER_COPY = "master_register_copy"  # bản sao từ sổ gốc
    PHOTOCOPY_WITH_ORIGINAL = "photocopy_with_original"  # bản chụp kèm bản chính để đối chiếu
    ELECTRONIC_COPY = "electronic_copy"        # bản điện tử
    NATIONAL_DATA = "national_data"            # dữ liệu từ CSDL quốc gia / VNeID / kho dữ liệu


class Requirement(StrEnum):
    """Whether the law wants the component submitted or only shown (xuất trình)."""

    SUBMIT = "submit"
    SHOW = "show"


class DossierStatus(StrEnum):
    RECEIVED = "received"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    REFUSED = "refused"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    RETURNED = "returned"


class Channel(StrEnum):
    COUNTER = "counter"
    ONLINE = "online"
    POST = "post"


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Verdict(StrEnum):
    """The outcome of comparing a copy with its original. The engine says MATCH or MISMATCH; an
    officer's attestation may also be NOT_COMPARED (no original to compare with). The values are
    stored in the verification log and are the CLI's `{"verdict": ...}`."""

    MATCH = "match"
    MISMATCH = "mismatch"
    NOT_COMPARED = "not_compared"


class ColourMode(StrEnum):
    COLOUR = "colour"
    GREY = "grey"
    BW = "bw"


class DeliveryMethod(StrEnum):
    DESK = "desk"
    POST = "post"
    ONLINE = "online"


class DocumentKind(StrEnum):
    """A document the desk generates and keeps with a dossier; the values are what the store and
    the synced rows hold (`generated_documents.kind`), so they never change. Forms are numbered as
    in Circular 03/2025/TT-VPCP (docs/forms.md); which function fills and lays out each form is in
    desk_app/form_registry.py."""

    RECEIPT = "mau01"               # Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    SUPPLEMENT_REQUEST = "mau02"    # Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    REFUSAL = "mau03"               # Phiếu từ chối tiếp nhận giải quyết hồ sơ
    APOLOGY = "mau04"               # Phiếu xin lỗi và hẹn lại ngày trả kết quả
    CONTROL_SHEET = "mau06"         # Phiếu kiểm soát quá trình giải quyết hồ sơ
    LEDGER = "mau07"                # Sổ theo dõi hồ sơ
    DIGITISED = "digitised"         # the dossier's pages as one searchable PDF
    RESULT = "result"               # the result's pages as one searchable PDF (desk_app/lifecycle)
