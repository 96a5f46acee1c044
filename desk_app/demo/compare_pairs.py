"""Generated administrative documents and photocopy-like copies of them, with known alterations.

Used by the comparison benchmark, the tests and the demo data: a colour "original" (Vietnamese text,
a red round stamp, a signature) and a greyscale copy that went through what a photocopier and a
scanner do (skew, scale, shift, blur, toner noise, halftone, JPEG), optionally altered in one place.
The ground truth (the altered box in copy pixels) comes with each pair."""
from __future__ import annotations

import dataclasses
import math
import random
import unicodedata
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desk_app.verification.fonts import vietnamese_font

DPI = 200
A4 = (round(8.27 * DPI), round(11.69 * DPI))  # 1654 x 2338
ALTERATIONS = ("digit", "date", "word", "diacritic", "stamp_removed", "line_added", "other_person")

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hồng"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hằng", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam",
          "Phúc", "Quyên", "Sơn", "Thảo", "Tuấn", "Việt", "Yến"]
_PLACES = ["phường Hồng Bàng, thành phố Hải Phòng", "xã Thủy Nguyên, thành phố Hải Phòng",
           "phường Lê Chân, thành phố Hải Phòng", "xã An Dương, thành phố Hải Phòng",
           "phường Kiến An, thành phố Hải Phòng", "phường Ngô Quyền, thành phố Hải Phòng"]
_TITLES = ["GIẤY KHAI SINH", "GIẤY XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", "GIẤY CHỨNG NHẬN KẾT HÔN",
           "TRÍCH LỤC HỘ TỊCH"]
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # grave, acute, hook, tilde, dot
_WORD_SWAPS = {"Hồng Bàng": "Hồng Bảo", "Thủy Nguyên": "Thủy Triều", "Lê Chân": "Lê Lợi",
               "An Dương": "An Lão", "Kiến An": "Kiến Thụy", "Ngô Quyền": "Ngô Mây"}


@dataclass
class DocSpec:
    """What a generated document says; rendering it twice gives the same pixels."""

    seed: int
    title: str
    name: str
    birth_date: str
    id_number: str
    sex: str
    place: str
    issued: str
    stamp: bool = True
    extra_line: bool = False
    father: str = ""  # a "Họ, chữ đệm và tên cha" row when set (the tone-mark benchmark's field)


@dataclass
class SamplePair:
    original: np.ndarray  # BGR, the scan of the original
    copy: np.ndarray  # grey, the scan of the photocopy
    alteration: str | None  # one of ALTERATIONS, None for a faithful copy
    truth: tuple[int, int, int, int] | None  # altered box in copy pixels (x, y, w, h)
    before: str = ""
    after: str = ""
    spec: DocSpec | None = None
    meta: dict[str, float] = field(default_factory=dict)


def _person(rng: random.Random) -> tuple[str, str]:
    name = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
    sex = "Nữ" if "Thị" in name or rng.random() < 0.4 else "Nam"
    return name, sex


def random_spec(seed: int) -> DocSpec:
    rng = random.Random(seed)
    name, sex = _person(rng)
    year = rng.randint(1960, 2008)
    birth = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
    province = rng.choice(["031", "001", "079", "034", "036"])
    century = (0 if year < 2000 else 2) + (1 if sex == "Nữ" else 0)
    id_number = f"{province}{century}{year % 100:02d}{rng.randint(0, 999999):06d}"
    issued = f"ngày {rng.randint(1, 28):02d} tháng {rng.randint(1, 12):02d} năm {rng.randint(2015, 2025)}"
    return DocSpec(seed, rng.choice(_TITLES), name, birth, id_number, sex, rng.choice(_PLACES), issued)


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(vietnamese_font(bold)), size)


def _stamp(img: Image.Image, cx: int, cy: int, r: int) -> None:
    red = (205, 35, 40)
    draw = ImageDraw.Draw(img)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=7)
    draw.ellipse((cx - r + 20, cy - r + 20, cx + r - 20, cy + r - 20), outline=red, width=3)
    font = _font(26, bold=True)
    text = "ỦY BAN NHÂN DÂN * THÀNH PHỐ HẢI PHÒNG * "
    for i, ch in enumerate(text):
        angle = -math.pi / 2 + 2 * math.pi * i / len(text)
        x, y = cx + (r - 42) * math.cos(angle), cy + (r - 42) * math.sin(angle)
        glyph = Image.new("L", (34, 34), 0)
        ImageDraw.Draw(glyph).text((17, 17), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        img.paste(Image.new("RGB", glyph.size, red), (int(x) - 17, int(y) - 17), glyph)
    star = [(cx + (38 if k % 2 == 0 else 15) * math.cos(-math.pi / 2 + k * math.pi / 5),
             cy + (38 if k % 2 == 0 else 15) * math.sin(-math.pi / 2 + k * math.pi / 5))
            for k in range(10)]
    draw.polygon(star, fill=red)


def _signature(draw: ImageDraw.ImageDraw, x: int, y: int, rng: random.Random) -> None:
    pts = []
    for k in range(60):
        t = k / 59
        pts.append((x + 260 * t + 25 * math.sin(9 * t + rng.random() * 0.2),
                    y + 35 * math.sin(14 * t) * (1 - t) + 15 * rng.random()))
    draw.line(pts, fill=(20, 30, 110), width=4, joint="curve")
    draw.line([(x + 30, y + 45), (x + 240, y + 20)], fill=(20, 30, 110), width=3)


def render(spec: DocSpec) -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """Draws the document; returns the image and the boxes of its fields (x, y, w, h)."""
    rng = random.Random(spec.seed)
    img = Image.new("RGB", A4, (252, 250, 243))
    draw = ImageDraw.Draw(img)
    boxes: dict[str, tuple[int, int, int, int]] = {}
    w = A4[0]
    head, body, bold = _font(38, True), _font(40), _font(42, True)

    def put(key: str, xy: tuple[int, int], text: str, font: ImageFont.FreeTypeFont,
            anchor: str = "la") -> None:
        draw.text(xy, text, font=font, fill=(15, 15, 20), anchor=anchor)
        left, top, right, bottom = draw.textbbox(xy, text, font=font, anchor=anchor)
        boxes[key] = (int(left), int(top), int(right - left), int(bottom - top))

    put("header1", (w // 2, 150), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", head, "ma")
    put("header2", (w // 2, 205), "Độc lập - Tự do - Hạnh phúc", bold, "ma")
    draw.line([(w // 2 - 230, 262), (w // 2 + 230, 262)], fill=(15, 15, 20), width=3)
    put("title", (w // 2, 380), spec.title, _font(60, True), "ma")
    rows = [
        ("name", "Họ, chữ đệm và tên: ", spec.name.upper()),
        ("birth_date", "Ngày, tháng, năm sinh: ", spec.birth_date),
        ("sex", "Giới tính: ", spec.sex),
        *([("father", "Họ, chữ đệm và tên cha: ", spec.father)] if spec.father else []),
        ("id_number", "Số định danh cá nhân: ", spec.id_number),
        ("place", "Nơi cư trú: ", spec.place),
        ("nation", "Quốc tịch: ", "Việt Nam"),
        ("ethnic", "Dân tộc: ", "Kinh"),
    ]
    y = 560
    for key, label, value in rows:
        put(f"{key}_label", (180, y), label, body)
        lx = boxes[f"{key}_label"][0] + boxes[f"{key}_label"][2] + 8
        put(key, (lx, y), value, bold if key in ("name", "id_number") else body)
        y += 92
    para = ("Giấy này có giá trị sử dụng để chứng minh thông tin của công dân khi thực hiện "
            "thủ tục hành chính tại cơ quan, tổ chức có thẩm quyền theo quy định của pháp luật.")
    words, line, ly = para.split(), "", y + 30
    for word in words:
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=body) > w - 360:
            put(f"para{ly}", (180, ly), line, body)
            line, ly = word, ly + 70
        else:
            line = trial
    put(f"para{ly}", (180, ly), line, body)
    put("issued", (w - 180, ly + 140), f"Hải Phòng, {spec.issued}", _font(38), "ra")
    sx = w - 520
    put("signer_title", (sx, ly + 210), "CHỦ TỊCH", _font(40, True), "ma")
    _signature(draw, sx - 140, ly + 330, rng)
    put("signer", (sx, ly + 470), "Phạm Quang Huy", _font(40, True), "ma")
    if spec.stamp:
        overlay = Image.new("RGB", A4, (255, 255, 255))
        _stamp(overlay, sx - 150, ly + 330, 165)
        # Stamp ink lies over the signature: multiply, as ink does.
        img = Image.fromarray((np.asarray(img, np.uint16) * np.asarray(overlay, np.uint16) // 255)
                              .astype(np.uint8))
        draw = ImageDraw.Draw(img)
        boxes["stamp"] = (sx - 150 - 165, ly + 330 - 165, 330, 330)
    if spec.extra_line:
        x0, y0 = 180, ly + 640
        draw.line([(x0, y0), (x0 + 700, y0 - 12)], fill=(15, 15, 20), width=4)
        boxes["extra_line"] = (x0, y0 - 14, 700, 18)
    return img, boxes


def _swap_tone(name: str, rng: random.Random) -> str:
    """The name with the tone mark of one syllable changed (or an acute added to a bare vowel)."""
    words = name.split()
    order = list(range(len(words)))
    rng.shuffle(order)
    for i in order:
        nfd = unicodedata.normalize("NFD", words[i])
        for tone in _TONES:
            if tone in nfd:
                other = rng.choice([t for t in _TONES if t != tone])
                j = nfd.index(tone)
                rest = nfd[:j] + nfd[j + 1:]
                # The new tone goes after the vowel's other marks (breve, circumflex, horn), so
                # that NFC composes "Ặ" -> "Ẳ" and not "Ả" + a loose breve.
                end = j
                while end < len(rest) and unicodedata.combining(rest[end]):
                    end += 1
                words[i] = unicodedata.normalize("NFC", rest[:end] + other + rest[end:])
                return " ".join(words)
    word = unicodedata.normalize("NFD", words[-1])
    for k, ch in enumerate(word):
        if ch.lower() in "aeiouy":
            words[-1] = unicodedata.normalize("NFC", word[:k + 1] + "\u0301" + word[k + 1:])
            return " ".join(words)
    raise ValueError("no vowel")


def _alter(spec: DocSpec, kind: str, rng: random.Random) -> tuple[DocSpec, str, str, str]:
    """The altered spec, the field that changed, and the text before and after."""
    if kind == "digit":
        i = rng.randrange(6, 12)
        digits = spec.id_number
        new = str((int(digits[i]) + rng.randint(1, 9)) % 10)
        after = digits[:i] + new + digits[i + 1:]
        return dataclasses.replace(spec, id_number=after), "id_number", digits, after
    if kind == "date":
        d, m, y = spec.birth_date.split("/")
        after = f"{d}/{m}/{int(y) + rng.choice([-3, -2, -1, 1, 2, 3])}"
        if rng.random() < 0.5:
            after = f"{(int(d) % 28) + 1:02d}/{m}/{y}"
        return dataclasses.replace(spec, birth_date=after), "birth_date", spec.birth_date, after
    if kind == "word":
        for old, new in _WORD_SWAPS.items():
            if old in spec.place:
                after = spec.place.replace(old, new)
                return dataclasses.replace(spec, place=after), "place", spec.place, after
    if kind == "diacritic":
        name = _swap_tone(spec.name, rng)
        return dataclasses.replace(spec, name=name), "name", spec.name.upper(), name.upper()
    if kind == "stamp_removed":
        return dataclasses.replace(spec, stamp=False), "stamp", "", ""
    if kind == "line_added":
        return dataclasses.replace(spec, extra_line=True), "extra_line", "", ""
    if kind == "other_person":
        other = random_spec(spec.seed + 10_000)
        return dataclasses.replace(other, title=spec.title), "name", spec.name.upper(), other.name.upper()
    raise ValueError(kind)


def photocopy(img: np.ndarray, rng: random.Random) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
    """A greyscale photocopy of a colour page, scanned: returns (grey image, 3x3 transform from page
    to copy pixels, parameters)."""
    b, g, r = (img[..., k].astype(np.float32) for k in range(3))
    wr = rng.uniform(0.30, 0.50)  # copier sensors see red differently from the eye's luminance
    grey = wr * r + (0.85 - wr) * g + 0.15 * b
    gamma = rng.uniform(0.75, 1.0)
    grey = 255 * (grey / 255) ** (1 / gamma)
    grey = np.clip((grey - rng.uniform(0, 25)) * rng.uniform(1.0, 1.2), 0, 255)
    h, w = grey.shape
    angle = rng.uniform(-3, 3)
    scale = rng.uniform(0.96, 1.04)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    m[:, 2] += np.array([rng.uniform(-45, 45), rng.uniform(-45, 45)])
    paper = rng.uniform(225, 245)
    out = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=paper)
    sigma = rng.uniform(0.5, 1.3)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    if rng.random() < 0.5:  # halftone screen on mid-tones (stamps, light greys)
        yy, xx = np.mgrid[0:h, 0:w]
        screen = 128 + 60 * np.sin(xx * 0.9) * np.sin(yy * 0.9)
        mid = (out > 60) & (out < 200)
        out = np.where(mid, np.where(out > screen, 245.0, 40.0), out)
        out = cv2.GaussianBlur(out, (0, 0), 0.7)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    out = out + nrng.normal(0, rng.uniform(3, 8), out.shape)
    specks = nrng.random(out.shape) < rng.uniform(0.00005, 0.0003)  # toner dust
    out[cv2.dilate(specks.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0] = 50
    out = np.clip(out, 0, 255).astype(np.uint8)
    quality = rng.randint(55, 85)
    _ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, quality])
    out = _decoded(buf, cv2.IMREAD_GRAYSCALE)
    transform = np.vstack([m, [0, 0, 1]])
    return out, transform, {"angle": angle, "scale": scale, "blur": sigma, "jpeg": quality}


def scan_original(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """The officer's scan (or phone photo) of the original: colour, a little skew or perspective."""
    h, w = img.shape[:2]
    if rng.random() < 0.3:  # phone photo: slight perspective
        d = [rng.uniform(-25, 25) for _ in range(8)]
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
        dst = np.array([[d[0], d[1]], [w + d[2], d[3]], [w + d[4], h + d[5]], [d[6], h + d[7]]],
                       np.float32)
        img = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h),
                                  borderValue=(240, 240, 240))
    else:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.7, 0.7), 1.0)
        img = cv2.warpAffine(img, m, (w, h), borderValue=(240, 240, 240))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    img = np.clip(img + nrng.normal(0, 2.5, img.shape), 0, 255).astype(np.uint8)
    _ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 92])
    return _decoded(buf, cv2.IMREAD_COLOR)


def _decoded(buf: np.ndarray, flags: int) -> np.ndarray:
    image = cv2.imdecode(buf, flags)
    if image is None:  # OpenCV's own JPEG just made: never, unless memory ran out
        raise ValueError("could not decode the generated JPEG")
    return np.asarray(image)


def _map_box(box: tuple[int, int, int, int], t: np.ndarray) -> tuple[int, int, int, int]:
    x, y, w, h = box
    pts = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], np.float32).reshape(-1, 1, 2)
    q = cv2.perspectiveTransform(pts, t).reshape(-1, 2)
    x0, y0 = q.min(axis=0)
    x1, y1 = q.max(axis=0)
    return int(x0), int(y0), int(x1 - x0), int(y1 - y0)


def make_pair(seed: int, alteration: str | None) -> SamplePair:
    rng = random.Random(seed * 7919 + 17)
    spec = random_spec(seed)
    original_img, boxes = render(spec)
    before = after = ""
    key = None
    copy_spec = spec
    if alteration:
        copy_spec, key, before, after = _alter(spec, alteration, rng)
    copy_img, copy_boxes = render(copy_spec) if alteration else (original_img, boxes)
    original_bgr = cv2.cvtColor(np.asarray(original_img), cv2.COLOR_RGB2BGR)
    copy_bgr = cv2.cvtColor(np.asarray(copy_img), cv2.COLOR_RGB2BGR)
    copy, transform, meta = photocopy(copy_bgr, rng)
    truth = None
    if key == "name" and alteration == "other_person":
        truth = _map_box(copy_boxes["name"], transform)
    elif key is not None:
        # The altered area: where the two clean renderings differ, taken in copy pixels.
        changed = np.any(np.abs(original_bgr.astype(np.int16) - copy_bgr) > 40, axis=2)
        ys, xs = np.nonzero(changed)
        box = (int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
        truth = _map_box(box, transform)
    return SamplePair(
        original=scan_original(original_bgr, rng), copy=copy, alteration=alteration, truth=truth,
        before=before, after=after, spec=spec, meta=meta,
    )


def benchmark_set(n: int = 40, start_seed: int = 1) -> list[SamplePair]:
    """n pairs, half faithful, half altered, the alterations in turn."""
    pairs = []
    for k in range(n):
        alteration = None if k % 2 == 0 else ALTERATIONS[(k // 2) % len(ALTERATIONS)]
        pairs.append(make_pair(start_seed + k, alteration))
    return pairs
