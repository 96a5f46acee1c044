"""Generated phone / document-camera photos of Vietnamese text pages lying on a desk: the page in
perspective (the camera tilted up to 15°), desk backgrounds of several colours and textures, a
shadow, warm or cold light, motion blur, 150-250 dpi on the page, some upside down, sometimes a
hand or a clip over an edge. The ground truth (text and the page's four corners in the photo) is
known exactly. Used by benchmarks/bench_photo.py and the tests; tuning and benchmark use different
seeds and fonts."""
from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desk_app.demo.ocr_pages import HEADER, SENTENCES, _wrap

FONTS = {
    "liberation": "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "noto": "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "noto-sans": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
}
BACKGROUNDS = ("wood", "dark", "green", "grey", "light", "fabric", "blue")


@dataclass
class PhotoPage:
    data: bytes  # JPEG, no resolution in the file (as phones write it)
    text: str  # ground truth
    corners: np.ndarray  # 4×2 float, the page's corners in the photo (tl, tr, br, bl of the page)
    info: dict[str, object]


def render_page(seed: int, font: str = "liberation", dpi: int = 300, pt: float = 12.0,
                paragraphs: int = 5) -> tuple[Image.Image, str]:
    """An A4 page of prose (grey, upright) and its text."""
    rng = random.Random(seed)
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    size = round(pt / 72 * dpi)
    face = ImageFont.truetype(FONTS[font], size)
    margin_l, margin_r, y = int(1.1 * dpi), int(0.8 * dpi), int(0.9 * dpi)
    pitch = int(size * 1.5)
    lines_out: list[str] = []
    for line in HEADER:
        lw = draw.textlength(line, font=face)
        draw.text(((w - lw) / 2, y), line, font=face, fill=0)
        lines_out.append(line)
        y += pitch
    y += pitch
    for _ in range(paragraphs):
        para = " ".join(rng.sample(SENTENCES, 2))
        for line in _wrap(draw, para, face, w - margin_l - margin_r):
            draw.text((margin_l, y), line, font=face, fill=0)
            lines_out.append(line)
            y += pitch
        y += pitch // 3
        if y > h - 1.5 * dpi:
            break
    return img, "\n".join(lines_out)


def _noise_field(rng: np.random.Generator, h: int, w: int, cell: int) -> np.ndarray:
    small = rng.random((max(2, h // cell), max(2, w // cell))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def background(kind: str, h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    """An RGB desk surface."""
    base = {
        "wood": (150, 100, 60), "dark": (45, 45, 50), "green": (50, 105, 70), "grey": (125, 125, 120),
        "light": (200, 196, 186), "fabric": (120, 60, 60), "blue": (60, 80, 130),
    }[kind]
    img = np.empty((h, w, 3), np.float32)
    img[:] = base
    if kind == "wood":
        yy = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(yy / rng.uniform(6, 14) + 4 * _noise_field(rng, h, w, 120)) * 18
        img += grain[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    elif kind == "fabric":
        weave = (np.indices((h, w)).sum(axis=0) % 6 < 3).astype(np.float32) * 14 - 7
        img += weave[..., None]
    img += (_noise_field(rng, h, w, 60)[..., None] - 0.5) * 30
    img += rng.normal(0, 4, img.shape).astype(np.float32)
    return img


def _camera_corners(w: int, h: int, tilt_x: float, tilt_y: float, spin: float,
                    focal: float) -> np.ndarray:
    """The page's corners seen by a pinhole camera whose axis is tilted from the page's normal."""
    pts = np.array([[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]],
                   np.float64)
    cz, sz = math.cos(spin), math.sin(spin)
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    cx, sx = math.cos(tilt_x), math.sin(tilt_x)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    cy, sy = math.cos(tilt_y), math.sin(tilt_y)
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    p = pts @ rz.T @ rx.T @ ry.T
    p[:, 2] += focal
    out: np.ndarray = p[:, :2] * (focal / p[:, 2:3])
    return out


def _curl(page: Image.Image, curl: float) -> tuple[Image.Image, int]:
    """The page bowed along its width: each column raised by a parabola, 0 at the left and right
    edges and `curl` × height in the middle, on a canvas `lift` pixels taller (the sheet in the
    alpha channel)."""
    w, h = page.size
    lift = math.ceil(curl * h) + 2
    xs = np.arange(w, dtype=np.float32)
    rise = curl * h * (1 - (2 * xs / (w - 1) - 1) ** 2)
    yy = np.arange(h + lift, dtype=np.float32)[:, None]
    map_y = (yy - lift + rise[None, :]).astype(np.float32)
    map_x = np.tile(xs, (h + lift, 1))
    grey = cv2.remap(np.asarray(page), map_x, map_y, cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    sheet = cv2.remap(np.full((h, w), 255, np.uint8), map_x, map_y, cv2.INTER_LINEAR,
                      borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    return Image.merge("LA", (Image.fromarray(grey), Image.fromarray(sheet))), lift


def photograph(seed: int, font: str = "liberation", upside_down: bool | None = None,
               hand: bool | None = None, desk: str | None = None, curl: float = 0.0) -> PhotoPage:
    """`curl`: the page bowed like a book's page, its middle raised by this share of its height
    (0.01-0.03 is a gentle curl); 0 lays it flat. Seeds give the same photos whatever the curl."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    page, text = render_page(seed, font)
    lift = 0
    if curl:
        page, lift = _curl(page, curl)
    page_dpi = rng.uniform(150, 250)
    tilt = math.radians(rng.uniform(0, 15))
    direction = rng.uniform(0, 2 * math.pi)
    tilt_x, tilt_y = tilt * math.cos(direction), tilt * math.sin(direction)
    flip = rng.random() < 0.2 if upside_down is None else upside_down
    spin = math.radians(rng.uniform(-12, 12) + (180 if flip else 0))
    pw, ph = page.width * page_dpi / 300, (page.height - lift) * page_dpi / 300
    focal = 1.6 * max(pw, ph)
    corners = _camera_corners(int(pw), int(ph), tilt_x, tilt_y, spin, focal)
    fill = rng.uniform(0.62, 0.85)
    span = corners.max(axis=0) - corners.min(axis=0)
    fw, fh = int(span[0] / fill), int(span[1] / fill)
    if fw > fh * 0.75:  # photos come 4:3 portrait
        fh = int(fw / 0.75)
    else:
        fw = int(fh * 0.75)
    offset = np.array([fw, fh]) / 2 - (corners.max(axis=0) + corners.min(axis=0)) / 2
    offset += np.array([rng.uniform(-0.05, 0.05) * fw, rng.uniform(-0.05, 0.05) * fh])
    corners = corners + offset
    src = np.array([[0, lift], [page.width, lift], [page.width, page.height],
                    [0, page.height]], np.float32)
    m = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    kind = rng.choice(BACKGROUNDS)
    kind = desk or kind
    scene = background(kind, fh, fw, nrng)
    paper_tone = np.array([rng.uniform(232, 250), rng.uniform(230, 248), rng.uniform(222, 242)],
                          np.float32)
    sheet = np.asarray(page.getchannel("A")) if page.mode == "LA" else np.full(
        (page.height, page.width), 255, np.uint8)
    if page.mode == "LA":
        page = page.getchannel("L")
    warped = cv2.warpPerspective(np.asarray(page), m, (fw, fh), flags=cv2.INTER_AREA,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(sheet, m, (fw, fh),
                               flags=cv2.INTER_LINEAR) .astype(np.float32)[..., None] / 255
    paper = (warped.astype(np.float32)[..., None] / 255) * paper_tone
    scene = scene * (1 - mask) + paper * mask
    if hand if hand is not None else rng.random() < 0.25:
        # A thumb or a clip over one edge of the page: an ellipse of skin or of black metal.
        edge = rng.randrange(4)
        a, b = corners[edge], corners[(edge + 1) % 4]
        t = rng.uniform(0.3, 0.7)
        c = a + (b - a) * t
        colour = (205, 160, 130) if rng.random() < 0.6 else (30, 30, 35)
        axes = (int(0.05 * fw), int(0.03 * fh))
        ang = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        cv2.ellipse(scene, (int(c[0]), int(c[1])), axes, ang + 90, 0, 360, colour, -1)
    # Light: a soft shadow across part of the frame, warm or cold colour, a falloff to one side.
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    d = (xx - fw * rng.uniform(0.3, 0.7)) * math.cos(ang) + (yy - fh * rng.uniform(0.3, 0.7)) * math.sin(ang)
    depth = rng.uniform(0.25, 0.5)
    shadow = 1 - depth / (1 + np.exp(-d / (0.03 * fw)))
    falloff = 1 - rng.uniform(0.05, 0.25) * (np.hypot(xx - fw / 2, yy - fh / 2) / (0.7 * fh))
    light = rng.choice([(1.0, 0.88, 0.70), (0.80, 0.90, 1.0), (1.0, 0.95, 0.85), (0.9, 0.95, 1.0)])
    gain = rng.uniform(0.85, 1.05)
    scene = scene * (shadow * falloff)[..., None] * np.array(light, np.float32) * gain
    blur = rng.uniform(0, 3.0)  # pixels of shake: slight, as a hand-held or stand camera gives
    if blur > 1:
        k = int(blur * 2) | 1
        kernel = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1 / k
        rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), rng.uniform(0, 180), 1)
        turned = cv2.warpAffine(kernel, rot, (k, k))
        scene = cv2.filter2D(scene, -1, turned / turned.sum())
    scene += nrng.normal(0, 3, scene.shape).astype(np.float32)
    rgb = np.clip(scene, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(buf, format="JPEG", quality=rng.choice([85, 90, 92]))
    info: dict[str, object] = {"dpi": round(page_dpi), "tilt": round(math.degrees(tilt), 1),
                               "upside_down": flip, "background": kind, "light": light,
                               "blur": round(blur, 1), "size": (fw, fh), "curl": curl}
    return PhotoPage(buf.getvalue(), text, corners, info)
