"""Generated photos of Vietnamese citizen identity cards lying on a desk, with fake but well-formed
data: the chip CCCD front (2021 layout) and the căn cước front (2024 layout); rotation up to 25°,
perspective, glare, blur, noise, poor light, JPEG; the QR printed or not. No real person's data."""
from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
W, H = 1012, 638  # 85.6 x 54 mm at 300 dpi

FAMILY = ["NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "VŨ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG"]
MIDDLE = ["VĂN", "THỊ", "ĐỨC", "HỮU", "NGỌC", "MINH", "THU", "QUỐC", "THANH", "XUÂN"]
GIVEN = ["AN", "HÙNG", "HẰNG", "ÁNH", "VIỆT", "DŨNG", "LAN", "TUẤN", "HƯƠNG", "KHÁNH", "YẾN", "PHÚC"]
PLACES = [("001", "Hà Nội"), ("031", "Hải Phòng"), ("079", "Hồ Chí Minh"), ("048", "Đà Nẵng"),
          ("022", "Quảng Ninh"), ("038", "Thanh Hóa"), ("040", "Nghệ An"), ("066", "Đắk Lắk")]
STREETS = ["Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Hai Bà Trưng", "Điện Biên Phủ", "Lạch Tray"]
WARDS = ["Phường Hồng Bàng", "Phường Lê Chân", "Xã Thủy Nguyên", "Phường Ba Đình", "Xã Đông Hưng"]


@dataclass
class CardData:
    number: str
    old_id: str
    name: str
    birth: str  # dd/mm/yyyy
    sex: str  # Nam / Nữ
    residence: str
    issue: str  # dd/mm/yyyy
    expiry: str

    def qr_text(self) -> str:
        d = lambda s: s.replace("/", "")  # noqa: E731
        return "|".join([self.number, self.old_id, self.name.title(), d(self.birth), self.sex,
                         self.residence, d(self.issue)])


def fake_card(rng: random.Random) -> CardData:
    year = rng.randint(1950, 2008)
    sex = rng.choice(["Nam", "Nữ"])
    century = 0 if year < 2000 else 2
    digit4 = century + (0 if sex == "Nam" else 1)
    code, _ = rng.choice(PLACES)
    number = f"{code}{digit4}{year % 100:02d}{rng.randint(0, 999999):06d}"
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    birth = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
    _, prov = rng.choice(PLACES)
    residence = f"Số {rng.randint(1, 199)} {rng.choice(STREETS)}, {rng.choice(WARDS)}, {prov}"
    issue = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2021, 2025)}"
    expiry = f"{birth[:6]}{year + rng.choice([25, 40, 60])}"
    return CardData(number, f"{rng.randint(10**8, 10**9 - 1)}", name, birth, sex, residence, issue, expiry)


def _qr(text: str, size: int) -> Image.Image:
    q = qrcode.QRCode(border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    q.add_data(text.encode("utf-8"))
    return q.make_image().convert("L").resize((size, size), Image.Resampling.NEAREST)


def draw_card(card: CardData, layout: str, with_qr: bool) -> Image.Image:
    img = Image.new("RGB", (W, H), (236, 242, 240))
    d = ImageDraw.Draw(img)
    for y in range(0, H, 6):  # faint guilloche-like background lines
        d.line([(0, y), (W, y + 40)], fill=(224, 234, 232), width=1)
    f = lambda s, b=False: ImageFont.truetype(SANS_BOLD if b else SANS, s)  # noqa: E731
    d.ellipse((30, 28, 130, 128), fill=(200, 40, 40))
    d.text((170, 28), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=f(26, True), fill=(20, 20, 60))
    d.text((260, 62), "Độc lập - Tự do - Hạnh phúc", font=f(22, True), fill=(20, 20, 60))
    d.rectangle((40, 190, 250, 460), fill=(190, 195, 200))
    d.ellipse((100, 220, 190, 320), fill=(150, 150, 160))
    d.rectangle((80, 330, 210, 460), fill=(150, 150, 160))
    if with_qr:
        img.paste(_qr(card.qr_text(), 190), (W - 215, 20))
    x = 280
    if layout == "cccd2021":
        d.text((300, 100), "CĂN CƯỚC CÔNG DÂN", font=f(34, True), fill=(170, 20, 20))
        d.text((330, 140), "Citizen Identity Card", font=f(22), fill=(20, 20, 60))
        d.text((x, 185), "Số / No.:", font=f(24), fill=(20, 20, 20))
        d.text((x + 115, 180), card.number, font=f(34, True), fill=(20, 20, 20))
        d.text((x, 232), "Họ và tên / Full name:", font=f(21), fill=(20, 20, 20))
        d.text((x, 262), card.name, font=f(30, True), fill=(20, 20, 20))
        d.text((x, 310), f"Ngày sinh / Date of birth: {card.birth}", font=f(23), fill=(20, 20, 20))
        d.text((x, 346), f"Giới tính / Sex: {card.sex}", font=f(23), fill=(20, 20, 20))
        d.text((x + 300, 346), "Quốc tịch / Nationality: Việt Nam", font=f(23), fill=(20, 20, 20))
        d.text((x, 382), "Nơi thường trú / Place of residence:", font=f(21), fill=(20, 20, 20))
        d.text((x, 410), card.residence, font=f(23), fill=(20, 20, 20))
        d.text((40, 560), f"Có giá trị đến: {card.expiry}", font=f(19), fill=(20, 20, 20))
    else:
        d.text((330, 105), "CĂN CƯỚC", font=f(40, True), fill=(170, 20, 20))
        d.text((330, 150), "IDENTITY CARD", font=f(22), fill=(20, 20, 60))
        d.text((x, 190), "Số định danh cá nhân / Personal identification number", font=f(19), fill=(20, 20, 20))
        d.text((x, 215), card.number, font=f(34, True), fill=(20, 20, 20))
        d.text((x, 262), "Họ, chữ đệm và tên khai sinh / Full name", font=f(19), fill=(20, 20, 20))
        d.text((x, 287), card.name, font=f(30, True), fill=(20, 20, 20))
        d.text((x, 335), f"Ngày, tháng, năm sinh / Date of birth: {card.birth}", font=f(22), fill=(20, 20, 20))
        d.text((x, 370), f"Giới tính / Sex: {card.sex}", font=f(22), fill=(20, 20, 20))
        d.text((x + 290, 370), "Quốc tịch / Nationality: Việt Nam", font=f(22), fill=(20, 20, 20))
    return img


def _desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    base = np.array([rng.randint(70, 120), rng.randint(50, 80), rng.randint(30, 50)], np.float32)
    y = np.arange(h, dtype=np.float32)[:, None]
    grain = 12 * np.sin(y / rng.uniform(3, 9) + np.sin(np.arange(w)[None, :] / 60.0) * 2)
    desk = base[None, None, :] + grain[..., None]
    return desk  # RGB float


def photo(card_img: Image.Image, seed: int) -> tuple[bytes, dict[str, object]]:
    """The card lying on a desk, photographed: returns JPEG bytes and what was done."""
    rng = random.Random(seed)
    pw, ph = 1600, 1200
    desk = _desk(rng, pw, ph)
    scale = rng.uniform(0.75, 1.0)
    cw, ch = W * scale, H * scale
    angle = rng.uniform(-25, 25)
    cx, cy = pw / 2 + rng.uniform(-120, 120), ph / 2 + rng.uniform(-80, 80)
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    a = np.deg2rad(angle)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    dst = corners @ rot.T + [cx, cy]
    dst += np.array([[rng.uniform(-40, 40), rng.uniform(-30, 30)] for _ in range(4)])  # perspective
    src = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    card = np.asarray(card_img, np.float32)
    warped = cv2.warpPerspective(card, m, (pw, ph), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((H, W), np.float32), m, (pw, ph))[..., None]
    out = desk * (1 - mask) + warped * mask
    light = np.linspace(rng.uniform(0.55, 0.8), 1.0, pw, dtype=np.float32)
    if rng.random() < 0.5:
        light = light[::-1]
    out *= light[None, :, None]
    glare = rng.random() < 0.7
    if glare:  # a soft white reflection somewhere on the card
        gx, gy = cx + rng.uniform(-cw / 3, cw / 3), cy + rng.uniform(-ch / 3, ch / 3)
        yy, xx = np.mgrid[0:ph, 0:pw]
        r = rng.uniform(60, 140)
        g = np.exp(-(((xx - gx) ** 2) / (2 * (r * 1.6) ** 2) + ((yy - gy) ** 2) / (2 * r ** 2)))
        out += (rng.uniform(60, 110) * g)[..., None]
    blur = rng.uniform(0.0, 1.4)
    if blur > 0.3:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += np.random.default_rng(seed).normal(0, rng.uniform(2, 7), out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    q = rng.choice([60, 70, 80, 90])
    img.save(buf, format="JPEG", quality=q)
    return buf.getvalue(), {"angle": round(angle, 1), "scale": round(scale, 2), "glare": glare,
                            "blur": round(blur, 2), "jpeg": q}


def make_photos(n: int, seed0: int = 0) -> list[tuple[bytes, CardData, str, bool, dict[str, object]]]:
    out = []
    for i in range(n):
        rng = random.Random(seed0 + i)
        card = fake_card(rng)
        layout = "cccd2021" if i % 2 == 0 else "cancuoc2024"
        with_qr = (i // 2) % 2 == 0
        data, info = photo(draw_card(card, layout, with_qr), seed0 + 1000 + i)
        out.append((data, card, layout, with_qr, info))
    return out
