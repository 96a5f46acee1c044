"""Training and demo data: the sample catalog, demo accounts and realistic dossiers with page
images carrying Vietnamese text and verification entries. All people are invented."""
from __future__ import annotations

import datetime as dt
import io
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from db.models import Account, Page
from desk_app.accounts import AccountInfo, AccountService
from desk_app.context import AppContext
from desk_app.domain.holidays import calendar_for
from desk_app.domain.types import PresentationForm, Role
from desk_app.page_intake import PreparedPage, stage_pages
from desk_app.paths import resource
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

logger = logging.getLogger(__name__)

# Demo accounts: username, full name, role, password (named in the README).
DEMO_ACCOUNTS = (
    ("admin", "Quản trị hệ thống", Role.ADMIN, "Admin@2026"),
    ("giamsat", "Phạm Thu Hà", Role.SUPERVISOR, "Giamsat@2026"),
    ("canbo1", "Nguyễn Thị Lan", Role.OFFICER, "Canbo1@2026"),
    ("canbo2", "Trần Văn Minh", Role.OFFICER, "Canbo2@2026"),
)

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thành", "Công", "Xuân"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Mai", "Phương", "Diệu"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phúc",
           "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Đạt"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh",
           "Ngân", "Nhung", "Oanh", "Thảo", "Trang", "Yến"]
STREETS = ["Lạch Tray", "Điện Biên Phủ", "Trần Phú", "Lê Lợi", "Hai Bà Trưng", "Cầu Đất",
           "Tô Hiệu", "Lê Thánh Tông", "Nguyễn Đức Cảnh", "Văn Cao"]
WARDS = ["phường Lê Chân", "phường Ngô Quyền", "phường Hồng Bàng", "phường Hải An",
         "phường Kiến An", "phường Đồ Sơn"]


@dataclass(frozen=True)
class DemoPerson:
    name: str
    sex: str
    birth_date: dt.date
    id_number: str
    address: str
    phone: str


def make_person(rng: random.Random) -> DemoPerson:
    sex = rng.choice(["male", "female"])
    given = GIVEN_M if sex == "male" else GIVEN_F
    middle = MIDDLE_M if sex == "male" else MIDDLE_F
    name = f"{rng.choice(SURNAMES)} {rng.choice(middle)} {rng.choice(given)}"
    born = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
    century = 0 if born.year < 2000 else 2
    digit4 = century + (0 if sex == "male" else 1)
    number = f"031{digit4}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    address = f"Số {rng.randint(1, 300)} {rng.choice(STREETS)}, {rng.choice(WARDS)}, thành phố Hải Phòng"
    phone = f"09{rng.randint(10000000, 99999999)}"
    return DemoPerson(name, sex, born, number, address, phone)


class PageRenderer:
    """Draws A4 pages at 100 dpi with Vietnamese text (enough for demos; real scans are 300 dpi)."""

    def __init__(self) -> None:
        path = str(resource("fonts", "LiberationSerif-Regular.ttf"))
        bold = str(resource("fonts", "LiberationSerif-Bold.ttf"))
        self.body = ImageFont.truetype(path, 15)
        self.title = ImageFont.truetype(bold, 20)

    def render(self, title: str, lines: list[str], seed: int) -> PreparedPage:
        img = Image.new("L", (827, 1169), 255)
        draw = ImageDraw.Draw(img)
        draw.text((413, 50), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=self.title, anchor="mm")
        draw.text((413, 78), "Độc lập - Tự do - Hạnh phúc", font=self.body, anchor="mm")
        draw.text((413, 150), title.upper(), font=self.title, anchor="mm")
        y = 210
        for line in lines:
            draw.text((80, y), line, font=self.body, fill=20)
            y += 28
        rnd = random.Random(seed)
        draw.ellipse((560, y + 30, 700, y + 170), outline=90, width=4)  # a seal, in grey
        draw.line((100, y + 120, 100 + rnd.randint(120, 200), y + 100), fill=40, width=2)
        buf = io.BytesIO()
        img.save(buf, format="PNG", dpi=(100, 100))
        return PreparedPage(buf.getvalue(), "image/png", img.width, img.height, 100, "grey",
                            source="demo")


def ensure_demo_accounts(ctx: AppContext) -> dict[str, AccountInfo]:
    svc = AccountService(ctx)
    with ctx.sessions() as s:
        existing = {a.username for a in s.scalars(select(Account))}
    for username, full_name, role, password in DEMO_ACCOUNTS:
        if username not in existing:
            svc.create_account(username, full_name, role, password)
    return {a.username: a for a in svc.list_accounts()}


def _received_times(rng: random.Random, n: int, now: dt.datetime) -> list[dt.datetime]:
    times = []
    for _ in range(n):
        day = (now - dt.timedelta(days=rng.randint(0, 45))).date()
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        minute = rng.randint(7 * 60 + 30, 16 * 60 + 45)
        when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randint(0, 59)))
        while when > now:  # not later today: the same office time a working day earlier
            when -= dt.timedelta(days=1)
            while when.weekday() >= 5:
                when -= dt.timedelta(days=1)
        times.append(when)
    return sorted(times)


def create_demo_data(
    ctx: AppContext, dossiers: int, seed: int = 2026,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[str]:
    """Creates `dossiers` dossiers and their lives through the services, as officers would: the
    services' clock (desk_app/clock.py) is set to each moment — the reception, then each step
    (desk_app/demo/life.py) — so every status and time comes from the real paths. "Now" is
    DESK_APP_CLOCK when set, else the computer's clock. Marks the store as a demo store (the only
    kind where DESK_APP_CLOCK is honoured). `dossiers` may be 0: an empty demo store."""
    from desk_app.bootstrap import build_services
    from desk_app.clock import DEMO_MARK, SetClock, clock_for_store
    from desk_app.demo.asking import DemoAsking
    from desk_app.demo.life import complete_later, live

    ctx.set_setting(DEMO_MARK, "1")
    rng = random.Random(seed)
    accounts = ensure_demo_accounts(ctx)
    officers = [accounts["canbo1"], accounts["canbo2"]]
    now = clock_for_store(True).now()
    clock = SetClock(now)
    services = build_services(ctx, clock)
    reception = services.reception
    procedures = reception.procedures()
    renderer = PageRenderer()
    # its own generator: what officers ask for leaves the dossiers themselves as they were
    asking = DemoAsking(random.Random(seed + 1))
    with ctx.sessions() as s:
        cal = calendar_for(s)
    codes: list[str] = []
    for i, received_at in enumerate(_received_times(rng, dossiers, now)):
        proc = rng.choice(procedures)
        person = make_person(rng)
        decision = rng.choices(["receive", "supplement", "refuse"], [90, 7, 3])[0]
        comps: list[ComponentInput] = []
        pages: dict[int, list[PreparedPage]] = {}
        held_back: dict[str, list[PreparedPage]] = {}  # what a supplement brings later
        lines = [f"Họ và tên: {person.name}", f"Ngày sinh: {person.birth_date:%d/%m/%Y}",
                 f"Nơi cư trú: {person.address}", f"Thủ tục: {proc.name}",
                 "Tôi cam đoan những nội dung khai trên là đúng sự thật."]
        for c in proc.components:
            skip = decision == "supplement" and not c.optional and c.requirement == "submit" and not comps
            if skip:
                held_back[c.id] = [renderer.render(c.name, lines, seed * 7919 + i * 31 + 17)]
            if skip or (c.optional and rng.random() < 0.6):
                continue
            form = _choose_form(rng, c.accepted_forms)
            comps.append(ComponentInput(c.id, c.name, form, c.quantity,
                                        original_shown=form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL))
            if form not in (PresentationForm.NATIONAL_DATA, None) and c.requirement == "submit":
                pages[len(comps) - 1] = [
                    renderer.render(c.name, lines + [f"Trang {k + 1}"], seed * 7919 + i * 31 + k)
                    for k in range(rng.choice([1, 1, 2]))
                ]
        draft = ReceptionDraft(
            procedure_code=proc.code,
            applicant=PersonInput(person.name, person.id_number, person.birth_date, person.sex,
                                  person.address, person.phone),
            components=comps,
            channel=rng.choices(["counter", "online", "post"], [70, 25, 5])[0],
            decision=decision,
            reason={"receive": "", "supplement": "Hồ sơ còn thiếu thành phần theo quy định",
                    "refuse": "Thủ tục không thuộc thẩm quyền giải quyết của cơ quan (Điều 19 Nghị định 118/2025/NĐ-CP)"}[decision],
        )
        officer = rng.choice(officers)
        asking.ask(draft, proc, officer)
        clock.set(received_at)
        staged = {k: stage_pages(ctx.pages, v) for k, v in pages.items()}
        summary = reception.save(draft, officer, staged)
        reception.print_form(summary.code, officer)
        codes.append(summary.code)
        asking.check(services, summary.code, officer)
        if decision == "supplement" and held_back:
            complete_later(services, clock, summary.code, officer, held_back, rng, now, cal)
        result = renderer.render("Kết quả giải quyết", [f"Cấp cho: {person.name}",
                                                       f"Thủ tục: {proc.name}"], seed + i)
        live(services, clock, summary.code, officer, person, result, rng, now, cal)
        if progress:
            progress(i + 1, dossiers, summary.code)
    clock.set(now)
    return codes


def _choose_form(rng: random.Random, accepted: list[str]) -> str | None:
    if not accepted:
        return PresentationForm.ORIGINAL.value
    weights = {"photocopy_with_original": 5, "original": 3, "certified_copy": 2,
               "national_data": 2, "master_register_copy": 1, "electronic_copy": 1}
    return rng.choices(accepted, [weights.get(f, 1) for f in accepted])[0]


def page_count(ctx: AppContext) -> int:
    with ctx.sessions() as s:
        return len(s.scalars(select(Page.id)).all())
