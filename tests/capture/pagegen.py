"""Synthetic scanned pages with Vietnamese text, for tests and benchmarks/bench_pipeline.py:
known rotation, skew, dark borders, blank sheets, resolution - so results can be graded."""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/dejavu")]
FONTS = ["LiberationSerif-Regular.ttf", "LiberationSans-Regular.ttf", "DejaVuSerif.ttf",
         "LiberationSerif-Bold.ttf"]

SENTENCES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    "TỜ KHAI ĐĂNG KÝ KHAI SINH", "Kính gửi: Ủy ban nhân dân phường Hồng Bàng",
    "Họ, chữ đệm, tên người yêu cầu: Nguyễn Thị Hồng Nhung",
    "Nơi cư trú: số 12 đường Lê Lợi, phường Hồng Bàng, thành phố Hải Phòng",
    "Giấy tờ tùy thân: Căn cước, cấp ngày 15 tháng 8 năm 2021",
    "Quan hệ với người được khai sinh: mẹ đẻ của cháu bé",
    "Đề nghị cơ quan đăng ký khai sinh cho người dưới đây",
    "Ngày, tháng, năm sinh: 03 tháng 02 năm 2025, ghi bằng chữ: ngày ba tháng hai",
    "Nơi sinh: Bệnh viện Phụ sản Hải Phòng, quận Lê Chân",
    "Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật",
    "được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật",
    "Tôi chịu hoàn toàn trách nhiệm trước pháp luật về nội dung cam đoan của mình",
    "Làm tại phường Hồng Bàng, ngày 10 tháng 3 năm 2026",
    "Dân tộc: Kinh; Quốc tịch: Việt Nam; Quê quán: xã Kiến Thụy, huyện Kiến Thụy",
    "Thủ tục hành chính được giải quyết theo cơ chế một cửa, một cửa liên thông",
    "Hồ sơ gồm bản chụp giấy tờ kèm bản chính để đối chiếu theo quy định",
]


@dataclass
class Truth:
    rotation: int  # degrees counter-clockwise applied to the upright page (0/90/180/270)
    skew: float  # degrees counter-clockwise applied after that
    blank: bool
    dpi: int
    border: bool


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.truetype(str(FONT_DIRS[0] / FONTS[0]), size)


def upright_page(rng: random.Random, dpi: int = 300, lines: int | None = None,
                 size_mm: tuple[float, float] = (210, 297)) -> Image.Image:
    """A grey A4 page of Vietnamese administrative text."""
    w, h = int(size_mm[0] / 25.4 * dpi), int(size_mm[1] / 25.4 * dpi)
    paper = rng.randint(235, 250)
    img = Image.new("L", (w, h), paper)
    draw = ImageDraw.Draw(img)
    pt = rng.choice([11, 12, 13, 14])
    font = _font(rng.choice(FONTS), int(pt / 72 * dpi))
    margin_x, y = int(25 / 25.4 * dpi), int(20 / 25.4 * dpi)
    step = int(pt / 72 * dpi * 1.6)
    count = lines if lines is not None else rng.randint(8, 30)
    for i in range(count):
        if y > h - margin_x:
            break
        text = rng.choice(SENTENCES)
        if rng.random() < 0.5:
            text += " " + rng.choice(SENTENCES).lower()
        x = margin_x + (rng.randint(0, int(dpi * 1.5)) if i < 2 else 0)
        while font.getlength(text) > w - x - margin_x and " " in text:
            text = text.rsplit(" ", 1)[0]
        draw.text((x, y), text, fill=rng.randint(0, 40), font=font)
        y += step
    return img


def blank_page(rng: random.Random, dpi: int = 300, show_through: bool = False) -> Image.Image:
    w, h = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    paper = rng.randint(232, 250)
    img = Image.new("L", (w, h), paper)
    draw = ImageDraw.Draw(img)
    if show_through:
        # Text of the other side seen through thin paper: faint and mirrored.
        ghost = upright_page(rng, dpi).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        faint = np.asarray(ghost, dtype=np.float32)
        faint = paper - (paper - faint) * 0.08
        img = Image.fromarray(faint.clip(0, 255).astype(np.uint8), "L")
        draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(0, 12)):  # dust
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randint(1, max(1, dpi // 150))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(60, 160))
    return img


def scanned(page: Image.Image, rng: random.Random, rotation: int, skew: float,
            border: bool, noise: float = 3.0) -> Image.Image:
    """What a scanner or copier makes of the page: turned, skewed, on a dark bed, noisy."""
    img = page
    if rotation:
        img = img.rotate(rotation, expand=True)
    paper = int(np.median(np.asarray(page)[::50, ::50]))
    bed = rng.randint(15, 70) if border else paper
    if skew:
        img = img.rotate(skew, expand=True, resample=Image.Resampling.BICUBIC, fillcolor=bed)
    if border:
        pad = [rng.randint(img.width // 60, img.width // 12) for _ in range(4)]
        canvas = Image.new("L", (img.width + pad[0] + pad[2], img.height + pad[1] + pad[3]), bed)
        canvas.paste(img, (pad[0], pad[1]))
        img = canvas
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + np.random.default_rng(rng.randrange(1 << 30)).normal(0, noise, arr.shape)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8), "L")


def sample(rng: random.Random, dpi: int | None = None, blank: bool | None = None,
           rotation: int | None = None, skew: float | None = None,
           border: bool | None = None) -> tuple[Image.Image, Truth]:
    dpi = dpi or rng.choice([150, 200, 300])
    blank = (rng.random() < 0.12) if blank is None else blank
    rotation = rng.choice([0, 90, 180, 270]) if rotation is None else rotation
    skew = rng.uniform(-10, 10) if skew is None else skew
    border = (rng.random() < 0.5) if border is None else border
    page = blank_page(rng, dpi, show_through=rng.random() < 0.5) if blank else upright_page(rng, dpi)
    return scanned(page, rng, rotation, skew, border), Truth(rotation, skew, blank, dpi, border)


def blurred(img: Image.Image, radius: float) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(radius))
