"""Fake but well-formed citizen identity cards, and photos of them lying on a desk, for tests and
the benchmark. Two front layouts: the 2021 chip card (CĂN CƯỚC CÔNG DÂN, "Số / No.") and the 2024
card (CĂN CƯỚC, "Số định danh cá nhân"). Every person here is invented: the numbers follow the
structure of docs/domain.md#the-citizen-identity-card (province of birth registration, sex/century
digit, birth year) with a random serial.
"""
from __future__ import annotations

import io
import logging
import math
import random
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFont

logger = logging.getLogger(__name__)

CARD_W, CARD_H = 1000, 631  # ID-1 format, 85.60 x 53.98 mm
LAYOUTS = ("2021", "2024")

_PROVINCES = {
    "001": "Hà Nội", "031": "Hải Phòng", "079": "Hồ Chí Minh", "048": "Đà Nẵng",
    "038": "Thanh Hóa", "040": "Nghệ An", "092": "Cần Thơ", "036": "Nam Định",
    "046": "Thừa Thiên Huế", "075": "Đồng Nai",
}
_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
             "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
_MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân"]
_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Hoài", "Minh", "Thùy", "Kim"]
_GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hùng", "Hiếu", "Khánh", "Long", "Nam", "Phúc",
            "Quân", "Sơn", "Tuấn", "Việt", "Đạt", "Thắng", "Lộc", "Trọng"]
_GIVEN_F = ["Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Quỳnh",
            "Tâm", "Thảo", "Trang", "Yến", "Ánh", "Huyền", "Ngân", "Oanh"]
_STREETS = ["Phố Huế", "Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
            "Quang Trung", "Bạch Đằng", "Điện Biên Phủ", "Hùng Vương"]
_WARDS = ["Phường Bến Nghé", "Phường Tân Định", "Xã Đông Hưng", "Phường Trần Hưng Đạo",
          "Phường Hồng Hải", "Xã Thạch Hòa", "Phường An Hải", "Xã Nghĩa Phú"]

_FONT_DIRS = [Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/truetype/liberation2"),
              Path("/usr/share/fonts/truetype/liberation")]


@lru_cache(maxsize=32)
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for folder in _FONT_DIRS:
        path = folder / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    raise FileNotFoundError(name)


@dataclass
class FakePerson:
    number: str
    old_id: str
    name: str
    birth_date: date
    sex: str  # male / female
    residence: str
    origin: str
    issue_date: date

    def qr_payload(self) -> str:
        """`number|old ID|name|ddmmyyyy|sex|address|issue ddmmyyyy`
        (docs/domain.md#the-citizen-identity-card)."""
        return "|".join([
            self.number, self.old_id, self.name, self.birth_date.strftime("%d%m%Y"),
            "Nam" if self.sex == "male" else "Nữ", self.residence,
            self.issue_date.strftime("%d%m%Y"),
        ])


def sex_century_digit(sex: str, year: int) -> int:
    return (year // 100 - 19) % 5 * 2 + (1 if sex == "female" else 0)


def fake_person(rng: random.Random) -> FakePerson:
    sex = rng.choice(["male", "female"])
    year = rng.randint(1950, 2006)
    birth = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    code = rng.choice(sorted(_PROVINCES))
    number = f"{code}{sex_century_digit(sex, year)}{year % 100:02d}{rng.randrange(10**6):06d}"
    if sex == "male":
        parts = [rng.choice(_SURNAMES), rng.choice(_MIDDLE_M), rng.choice(_GIVEN_M)]
    else:
        parts = [rng.choice(_SURNAMES), rng.choice(_MIDDLE_F), rng.choice(_GIVEN_F)]
    if rng.random() < 0.3:
        parts.insert(2, rng.choice(_MIDDLE_M if sex == "male" else _MIDDLE_F))
    province = _PROVINCES[rng.choice(sorted(_PROVINCES))]
    residence = (f"Số {rng.randint(1, 200)} {rng.choice(_STREETS)}, {rng.choice(_WARDS)}, "
                 f"{province}")
    return FakePerson(
        number=number, old_id=f"{rng.randrange(10**9):09d}", name=" ".join(parts),
        birth_date=birth, sex=sex, residence=residence, origin=_PROVINCES[code],
        issue_date=date(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)),
    )


def _background(rng: random.Random) -> Image.Image:
    """Pale card stock with a faint guilloche, as security printing does."""
    base = np.array(rng.choice([(236, 242, 240), (242, 238, 226), (232, 238, 246)]), np.float32)
    yy, xx = np.mgrid[0:CARD_H, 0:CARD_W].astype(np.float32)
    wave = np.sin(xx / 23.0 + 4 * np.sin(yy / 41.0)) * np.sin(yy / 17.0 + xx / 160.0)
    tint = base[None, None, :] - (wave[..., None] > 0.85) * np.array([18, 10, 4], np.float32)
    return Image.fromarray(np.clip(tint, 0, 255).astype(np.uint8), "RGB")


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    return lines + ([current] if current else [])


def render_card(person: FakePerson, layout: str, with_qr: bool, printed_birth: date | None = None) -> Image.Image:
    """The front side at CARD_W x CARD_H. `printed_birth` prints another date than the person's
    (to test the cross-check)."""
    card = _background(random.Random(person.number))
    draw = ImageDraw.Draw(card)
    ink, navy, red = (25, 25, 30), (20, 40, 110), (180, 20, 20)
    small, label = _font("NotoSans-Regular.ttf", 17), _font("NotoSans-Regular.ttf", 20)
    head = _font("NotoSans-Bold.ttf", 22)
    value = _font("NotoSans-Bold.ttf", 30)
    # national emblem placeholder, header
    draw.ellipse((30, 22, 130, 122), fill=(200, 40, 40), outline=(230, 190, 40), width=5)
    draw.text((560, 30), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=head, fill=navy, anchor="mt")
    draw.text((560, 60), "Độc lập - Tự do - Hạnh phúc", font=head, fill=navy, anchor="mt")
    title = "CĂN CƯỚC CÔNG DÂN" if layout == "2021" else "CĂN CƯỚC"
    subtitle = "Citizen Identity Card" if layout == "2021" else "IDENTITY CARD"
    draw.text((560, 92), title, font=_font("NotoSans-Bold.ttf", 34), fill=red, anchor="mt")
    draw.text((560, 134), subtitle, font=small, fill=red, anchor="mt")
    if with_qr:
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2, box_size=4)
        qr.add_data(person.qr_payload().encode("utf-8"))
        qr.make(fit=True)
        code = qr.make_image(fill_color="black", back_color="white").get_image().convert("RGB")
        card.paste(code.resize((175, 175), Image.Resampling.NEAREST), (805, 12))
    # face placeholder
    draw.rectangle((40, 190, 250, 460), fill=(205, 210, 215), outline=(120, 120, 130), width=2)
    draw.ellipse((95, 225, 195, 335), fill=(150, 150, 160))
    draw.pieslice((65, 330, 225, 520), 180, 360, fill=(150, 150, 160))
    x, y, width = 290, 180, CARD_W - 290 - 30
    birth = (printed_birth or person.birth_date).strftime("%d/%m/%Y")
    sex = "Nam" if person.sex == "male" else "Nữ"
    if layout == "2021":
        rows = [("Số / No.: ", person.number, True), ("Họ và tên / Full name:", person.name.upper(), False),
                ("Ngày sinh / Date of birth: ", birth, True),
                ("Giới tính / Sex: ", sex, True),
                ("Nơi thường trú / Place of residence:", person.residence, False)]
    else:
        rows = [("Số định danh cá nhân / Personal identification number:", person.number, False),
                ("Họ, chữ đệm và tên khai sinh / Full name:", person.name.upper(), False),
                ("Ngày, tháng, năm sinh / Date of birth: ", birth, True),
                ("Giới tính / Sex: ", sex, True),
                ("Nơi cư trú / Place of residence:", person.residence, False)]
    for text, val, inline in rows:
        draw.text((x, y), text, font=label, fill=ink)
        if inline:
            lx = x + draw.textlength(text, font=label)
            draw.text((lx, y - 6), val, font=value, fill=ink)
            if text.startswith("Giới"):
                draw.text((lx + 110, y), "Quốc tịch / Nationality: ", font=label, fill=ink)
                draw.text((lx + 110 + draw.textlength("Quốc tịch / Nationality: ", font=label), y - 6),
                          "Việt Nam", font=value, fill=ink)
            y += 42
        else:
            y += 26
            vfont = value if not text.startswith("Nơi") else _font("NotoSans-Bold.ttf", 24)
            for line in _wrap(draw, val, vfont, width)[:2]:
                draw.text((x, y - 2), line, font=vfont, fill=ink)
                y += 36 if vfont is value else 30
            y += 8
    expiry = person.birth_date.replace(year=person.birth_date.year + 60) if person.birth_date.year > 1965 else None
    draw.text((40, 560), "Có giá trị đến / Date of expiry: " + (expiry.strftime("%d/%m/%Y") if expiry else "Không thời hạn"),
              font=small, fill=ink)
    return card


def render_back(person: FakePerson, layout: str) -> Image.Image:
    """The back side: issue date, (2024: residence and place of birth registration; 2021:
    identifying marks), a chip, fingerprint boxes and the machine-readable zone."""
    from desk_app.domain.text import fold
    from desk_app.idcard.mrz import build_td1

    card = _background(random.Random(person.number + "b"))
    draw = ImageDraw.Draw(card)
    ink = (25, 25, 30)
    label, value = _font("NotoSans-Regular.ttf", 20), _font("NotoSans-Bold.ttf", 24)
    y = 30
    if layout == "2024":
        draw.text((40, y), "Nơi cư trú / Place of residence:", font=label, fill=ink)
        y += 28
        for line in _wrap(draw, person.residence, value, 560)[:2]:
            draw.text((40, y), line, font=value, fill=ink)
            y += 32
        draw.text((40, y + 6), "Nơi đăng ký khai sinh / Place of birth:", font=label, fill=ink)
        draw.text((40, y + 34), person.origin, font=value, fill=ink)
        y += 80
    else:
        draw.text((40, y), "Đặc điểm nhân dạng / Personal identification:", font=label, fill=ink)
        draw.text((40, y + 28), "Nốt ruồi C:1cm trên trước mép trái", font=value, fill=ink)
        y += 80
    draw.text((40, y), "Ngày, tháng, năm cấp / Date of issue: " + person.issue_date.strftime("%d/%m/%Y"),
              font=label, fill=ink)
    draw.text((40, y + 30), "CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
              font=_font("NotoSans-Bold.ttf", 14), fill=ink)
    draw.rounded_rectangle((640, 40, 760, 130), radius=12, fill=(212, 175, 80), outline=(150, 120, 50), width=3)
    if layout == "2021":
        for x0 in (790, 890):
            draw.rectangle((x0, 150, x0 + 85, 270), outline=(110, 110, 120), width=2)
            for r in range(8, 40, 7):
                draw.ellipse((x0 + 42 - r, 210 - r * 1.3, x0 + 42 + r, 210 + r * 1.3), outline=(140, 140, 150))
    draw.rectangle((0, 400, CARD_W, CARD_H), fill=(250, 250, 248))
    name = fold(person.name).upper()
    expiry = person.birth_date.replace(year=person.birth_date.year + 60) if person.birth_date.year > 1965 else None
    mrz_font = _font("LiberationMono-Bold.ttf", 36)
    for k, line in enumerate(build_td1(person.number, person.birth_date, person.sex, expiry, name)):
        draw.text((40, 425 + 62 * k), line, font=mrz_font, fill=ink)
    return card


@dataclass
class PhotoParams:
    angle: float
    perspective: float
    card_frac: float
    glare: float
    blur: float
    noise: float
    darkness: float
    jpeg_quality: int
    flipped: bool = False
    exposure: float = 1.0  # overall light: 0.5 is a desk lit at half the light a phone wants
    clutter: int = 0  # objects lying around the card (papers with text, pens, a cup, a keyboard)


def random_params(rng: random.Random, hard: bool = True) -> PhotoParams:
    """`hard` photos have every condition of a counter's desk at once: a glare spot, a tilt of
    15 to 25 degrees either way, low light and a busy background."""
    angle = rng.uniform(-25, 25)
    params = PhotoParams(
        angle=angle, perspective=rng.uniform(0.0, 0.07 if hard else 0.02),
        card_frac=rng.uniform(0.55, 0.75), glare=rng.uniform(0.2, 0.6) if hard else 0.0,
        blur=rng.uniform(0.0, 1.3 if hard else 0.4), noise=rng.uniform(2, 9 if hard else 3),
        darkness=rng.uniform(0.0, 0.45 if hard else 0.1), jpeg_quality=rng.randint(55, 90),
    )
    if hard:
        params.angle = math.copysign(15.0 + abs(angle) * 10.0 / 25.0, angle)
        params.glare = max(params.glare, 0.35)
        params.exposure = rng.uniform(0.45, 0.65)
        params.clutter = rng.randint(4, 8)
    return params


def _clutter(photo: np.ndarray, count: int, nrng: np.random.Generator) -> None:
    """Things that lie on a counter's desk, drawn into `photo` (float RGB) in place: sheets of
    printed paper (text lines), pens, a cup, a keyboard corner."""
    h, w = photo.shape[:2]
    img = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(img)
    font = _font("NotoSans-Regular.ttf", 22)
    words = ["Ủy ban nhân dân", "GIẤY BIÊN NHẬN", "Hồ sơ số", "Ngày", "Họ và tên", "Số 12/2024",
             "Địa chỉ", "Căn cước", "0912 345 678", "Kính gửi", "Đơn đề nghị", "Xác nhận"]
    for k in range(count):
        kind = k % 4
        x, y = int(nrng.integers(-w // 6, w)), int(nrng.integers(-h // 6, h))
        if kind == 0:  # a printed sheet, partly out of the frame
            sw, sh = int(nrng.integers(w // 4, w // 2)), int(nrng.integers(h // 3, h // 2))
            tone = int(nrng.integers(185, 225))
            draw.polygon([(x, y), (x + sw, y + int(nrng.integers(-40, 40))), (x + sw, y + sh),
                          (x, y + sh)], fill=(tone, tone, tone - 8))
            for ly in range(y + 20, y + sh - 20, 34):
                draw.text((x + 20, ly), " ".join(nrng.choice(words, 3)), font=font, fill=(40, 40, 50))
        elif kind == 1:  # a pen
            length, a = int(nrng.integers(200, 400)), float(nrng.uniform(0, math.pi))
            colour = tuple(int(c) for c in nrng.integers(0, 200, 3))
            draw.line([(x, y), (x + int(length * math.cos(a)), y + int(length * math.sin(a)))],
                      fill=colour, width=int(nrng.integers(10, 18)))
        elif kind == 2:  # a cup seen from above
            r = int(nrng.integers(60, 110))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(235, 235, 230), outline=(90, 60, 40), width=8)
            draw.ellipse((x - r + 18, y - r + 18, x + r - 18, y + r - 18), fill=(70, 40, 20))
        else:  # keyboard keys
            for row in range(4):
                for col in range(10):
                    kx, ky = x + col * 46, y + row * 46
                    draw.rounded_rectangle((kx, ky, kx + 40, ky + 40), radius=6, fill=(45, 45, 50),
                                           outline=(90, 90, 95))
    photo[...] = np.asarray(img, np.float32)


def _desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """Wood-like grain: stretched noise bent by a slow sine, in a random brown or grey."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    grain = cv2.resize(nrng.random((h // 8, 12), np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rings = np.sin((yy + 30 * np.sin(xx / 150.0)) / rng.uniform(6, 14))
    tone = 0.75 + 0.15 * rings + 0.2 * (grain - 0.5)
    colour = np.array(rng.choice([(120, 80, 50), (150, 110, 70), (90, 90, 95), (70, 50, 35)]), np.float32)
    return np.asarray(np.clip(tone[..., None] * colour[None, None, :], 0, 255))


def photograph(card: Image.Image, params: PhotoParams, rng: random.Random,
               size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """The card lying on a desk, photographed: rotated, in perspective, with shadow, uneven
    light, a glare spot, blur, sensor noise and JPEG compression."""
    w, h = size
    nrng = np.random.default_rng(rng.randrange(2**32))
    photo = _desk(rng, w, h)
    if params.clutter:
        _clutter(photo, params.clutter, nrng)
    src = np.array(card.convert("RGB"), np.float32)
    if params.flipped:
        src = src[::-1, ::-1].copy()
    a = math.radians(params.angle)
    cx, cy = w / 2 + rng.uniform(-0.08, 0.08) * w, h / 2 + rng.uniform(-0.08, 0.08) * h
    jitter = [rng.uniform(-1, 1) * params.perspective for _ in range(8)]
    cw = params.card_frac * w
    while True:  # the officer frames the whole card: shrink it until it lies inside the photo
        ch = cw * CARD_H / CARD_W
        corners = []
        for k, (dx, dy) in enumerate([(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2),
                                      (-cw / 2, ch / 2)]):
            corners.append((cx + dx * math.cos(a) - dy * math.sin(a) + jitter[2 * k] * cw,
                            cy + dx * math.sin(a) + dy * math.cos(a) + jitter[2 * k + 1] * cw))
        dst = np.array(corners, np.float32)
        margin = 0.03 * w
        if (dst[:, 0].min() > margin and dst[:, 0].max() < w - margin
                and dst[:, 1].min() > margin and dst[:, 1].max() < h - margin):
            break
        cw *= 0.95
    srcq = np.array([(0, 0), (CARD_W, 0), (CARD_W, CARD_H), (0, CARD_H)], np.float32)
    m = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, m, (w, h), flags=cv2.INTER_AREA)
    # rounded corners of the card: mask from a rounded rectangle
    mask_card = Image.new("L", (CARD_W, CARD_H), 0)
    ImageDraw.Draw(mask_card).rounded_rectangle((0, 0, CARD_W - 1, CARD_H - 1), radius=35, fill=255)
    mask = cv2.warpPerspective(np.array(mask_card, np.float32) / 255.0, m, (w, h))
    shadow = cv2.GaussianBlur(np.roll(mask, (12, 10), axis=(0, 1)), (0, 0), 9)
    photo *= (1 - 0.45 * shadow)[..., None]
    photo = photo * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven, poor light: a linear gradient of darkness
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / w - 0.5) * math.cos(t) + (yy / h - 0.5) * math.sin(t)) + 0.5
    photo *= (1 - params.darkness * np.clip(ramp, 0, 1))[..., None]
    photo *= params.exposure
    if params.glare > 0:
        gx, gy = dst[:, 0].mean() + rng.uniform(-0.35, 0.35) * cw, dst[:, 1].mean() + rng.uniform(-0.3, 0.3) * ch
        r = rng.uniform(0.08, 0.16) * cw
        spot = np.exp(-(((xx - gx) / (1.6 * r)) ** 2 + ((yy - gy) / r) ** 2))
        photo = photo + (255 - photo) * (params.glare * spot)[..., None]
    if params.blur > 0.05:
        photo = cv2.GaussianBlur(photo, (0, 0), params.blur)
    # a dim scene: the phone raises its gain, and the sensor noise with it
    photo = photo + nrng.normal(0, params.noise / max(params.exposure, 0.3) ** 0.5, photo.shape)
    img = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=params.jpeg_quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


@dataclass
class Sample:
    """One generated photo and the truth printed on its card."""
    person: FakePerson
    layout: str
    with_qr: bool
    params: PhotoParams
    printed_birth: date | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def truth(self) -> dict[str, object]:
        return {
            "number": self.person.number, "name": self.person.name.upper(),
            "birth_date": (self.printed_birth or self.person.birth_date).strftime("%d/%m/%Y"),
            "sex": self.person.sex, "residence": self.person.residence, "layout": self.layout,
            "with_qr": self.with_qr, "params": asdict(self.params),
        }


def make_sample(seed: int, layout: str | None = None, with_qr: bool | None = None,
                hard: bool = True, printed_birth_shift: int = 0,
                side: str = "front") -> tuple[Sample, Image.Image]:
    """A reproducible photo. `printed_birth_shift` years moves the printed birth date away from
    the number's digits 5-6 (a forged or misprinted card)."""
    rng = random.Random(seed)
    person = fake_person(rng)
    layout = layout or LAYOUTS[seed % 2]
    with_qr = (seed // 2) % 2 == 0 if with_qr is None else with_qr
    printed = None
    if printed_birth_shift:
        printed = person.birth_date.replace(year=person.birth_date.year + printed_birth_shift)
    params = random_params(rng, hard)
    if side == "back":
        card, with_qr = render_back(person, layout), False
    else:
        card = render_card(person, layout, with_qr, printed)
    sample = Sample(person, layout, with_qr, params, printed, {"side": side})
    return sample, photograph(card, params, rng)
