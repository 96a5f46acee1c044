"""Example data for every form: used by the tests, the screenshots in docs/ and the benchmark.
All persons, addresses and numbers are invented."""
from __future__ import annotations

import datetime as dt

from desk_app.domain.holidays import load_calendar
from desk_app.domain.types import DeliveryMethod
from desk_app.domain.work_calendar import add_working_days, due_at, next_working_day
from desk_app.forms.apology import ApologyData
from desk_app.forms.data import (
    AgencyHeader,
    ComponentRow,
    ControlSheetData,
    HandoverResult,
    HandoverRow,
    LedgerData,
    LedgerRow,
    Person,
    ReceiptData,
    RefusalData,
    SupplementData,
    SupplementItem,
)

HEADER = AgencyHeader(
    superior="UBND thành phố Hải Phòng",
    unit="Trung tâm Phục vụ hành chính công phường Hồng Bàng",
    place="Hải Phòng",
)
APPLICANT = Person(
    name="Nguyễn Thị Hồng Nhung",
    address="Số 12 ngõ 45 phố Lạch Tray, phường Ngô Quyền, thành phố Hải Phòng",
    phone="0912 345 678",
    email="hongnhung@example.vn",
)
CODE = "H15.50.05.13-261126-0975"
RECEIVED = dt.datetime(2026, 11, 26, 8, 35)
DUE = dt.datetime(2026, 12, 3, 16, 0)
OFFICER = "Trần Văn Đức"


def receipt() -> ReceiptData:
    return ReceiptData(
        header=HEADER,
        number="0975/TNHS",
        dossier_code=CODE,
        applicant=APPLICANT,
        procedure="Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ "
                  "em dưới 6 tuổi",
        components=(
            ComponentRow("Tờ khai đăng ký khai sinh (theo mẫu)", originals=1),
            ComponentRow("Giấy chứng sinh do cơ sở y tế cấp", originals=1),
            ComponentRow("Giấy chứng nhận kết hôn của cha, mẹ", copies=1),
            ComponentRow("Tờ khai thay đổi thông tin cư trú (CT01)", originals=1),
            ComponentRow("Văn bản ủy quyền được chứng thực (trường hợp nộp thay)",
                         certified_copies=1),
        ),
        sets_count=1,
        processing_days=5,
        received_at=RECEIVED,
        due_at=DUE,
        delivery=DeliveryMethod.DESK,
        ledger_book="03/2026",
        ledger_entry="0975",
        officer=OFFICER,
        submitter=Person(name="Lê Văn Hùng", phone="0987 654 321"),
        shown=("Thẻ căn cước của người đi đăng ký",),
    )


def supplement() -> SupplementData:
    return SupplementData(
        header=HEADER,
        number="0412",
        applicant=APPLICANT,
        procedure="Cấp giấy phép xây dựng nhà ở riêng lẻ",
        items=(
            SupplementItem(
                component="Bản vẽ thiết kế xây dựng",
                action="Bổ sung bản vẽ mặt bằng móng và sơ đồ đấu nối hạ tầng kỹ thuật",
                legal_basis="Điểm c khoản 1 Điều 46 Nghị định 175/2024/NĐ-CP",
            ),
            SupplementItem(
                component="Giấy tờ chứng minh quyền sử dụng đất",
                action="Xuất trình bản chính để đối chiếu với bản chụp đã nộp",
                legal_basis="Khoản 1 Điều 46 Nghị định 175/2024/NĐ-CP",
            ),
        ),
        reason="Hồ sơ chưa đủ thành phần theo danh mục thủ tục hành chính đã công bố.",
        contact_officer=OFFICER,
        contact_phone="",  # no invented number: the form leaves a line to write it
        issued_at=RECEIVED.date(),
        officer=OFFICER,
        received_at=RECEIVED,
        dossier_code=CODE,
    )


def refusal() -> RefusalData:
    return RefusalData(
        header=HEADER,
        number="0088/TCHS",
        applicant=APPLICANT,
        procedure="Cấp Giấy phép lái xe quốc tế",
        reason="Thủ tục không thuộc thẩm quyền giải quyết của Trung tâm Phục vụ hành chính công "
               "phường; theo Thông tư 12/2025/TT-BCA, hồ sơ được nộp tại cơ quan Công an cấp "
               "tỉnh hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
        issued_at=RECEIVED.date(),
        officer=OFFICER,
        received_at=RECEIVED,
    )


def apology() -> ApologyData:
    """Mẫu 04 issued the morning of the due day, the result promised two working days later."""
    return ApologyData(
        header=HEADER, number="0975.1", applicant=APPLICANT,
        procedure="Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", dossier_code=CODE,
        received_at=RECEIVED, due_at=DUE, new_due_at=dt.datetime(2026, 12, 7, 17, 0),
        reason="Cần xác minh thông tin hộ tịch với Ủy ban nhân dân nơi đăng ký khai sinh",
        issued_at=DUE.date(),
    )


def control_sheet() -> ControlSheetData:
    return ControlSheetData(
        header=HEADER,
        dossier_code=CODE,
        owner=APPLICANT,
        received_at=RECEIVED,
        due_at=DUE,
        procedure=receipt().procedure,
        ledger_book="03/2026",
        ledger_entry="0975",
        handovers=(
            HandoverRow(giver=f"{OFFICER} - Bộ phận Một cửa",
                        receiver="Phạm Thị Lan - Phòng Văn hóa - Xã hội",
                        at=dt.datetime(2026, 11, 26, 14, 10), result=HandoverResult.EARLY),
            HandoverRow(giver="Phạm Thị Lan - Phòng Văn hóa - Xã hội",
                        receiver="Vũ Quang Minh - Lãnh đạo UBND phường",
                        at=dt.datetime(2026, 12, 1, 9, 0), result=HandoverResult.ON_TIME),
            HandoverRow(giver="Vũ Quang Minh - Lãnh đạo UBND phường",
                        receiver=f"{OFFICER} - Bộ phận Một cửa",
                        at=dt.datetime(2026, 12, 3, 15, 30), result=HandoverResult.LATE,
                        note="Chờ ý kiến phối hợp của Công an phường"),
        ),
    )


_PROCEDURES = (
    "Đăng ký khai sinh",
    "Đăng ký thường trú",
    "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Đăng ký kết hôn",
)
_NAMES = ("Nguyễn Thị Hồng Nhung", "Trần Văn Đức", "Lê Thị Mai Anh", "Phạm Quốc Bảo",
          "Hoàng Thị Thu Hằng", "Đỗ Minh Khôi")


def ledger(rows: int = 120) -> LedgerData:
    """A month of a busy counter: eight dossiers a working day in office hours, due and
    returned by the working calendar (results handed back in office hours too)."""
    cal = load_calendar()
    items = []
    day = RECEIVED.date()
    for i in range(rows):
        if i % 8 == 0 and i:
            day = next_working_day(day, cal)
        received = dt.datetime.combine(day, dt.time(7, 45)) + dt.timedelta(minutes=55 * (i % 8))
        due = due_at(received, 5, cal)
        returned = dt.datetime.combine(add_working_days(day, 4, cal), dt.time(9, 15)) \
            + dt.timedelta(minutes=50 * (i % 8))
        items.append(LedgerRow(
            no=i + 1,
            dossier_code=f"H15.50.05.13-261126-{i + 1:04d}",
            procedure=_PROCEDURES[i % len(_PROCEDURES)],
            applicant=_NAMES[i % len(_NAMES)],
            address=f"Số {i + 1} phố Lạch Tray, phường Ngô Quyền, Hải Phòng",
            phone=f"09{i:08d}",
            deciding_agency="UBND phường Hồng Bàng",
            received_at=received,
            due_at=due,
            returned_at=returned if i % 3 else None,
            delivery=DeliveryMethod.POST if i % 4 == 0 else DeliveryMethod.DESK,
            note="Trả qua bưu điện" if i % 4 == 0 else "",
        ))
    return LedgerData(header=HEADER, period_from=RECEIVED.date(),
                      period_to=(RECEIVED + dt.timedelta(days=30)).date(), rows=tuple(items),
                      book="03/2026")
