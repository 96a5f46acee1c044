"""Photographed pages: a phone photo or a document-camera frame of a page lying on a desk. Finds the
page's outline, corrects the perspective to the page's true proportions and divides out shadows and
the colour of the light, so what follows (orientation, deskew, checks, OCR) sees a page like a scan.

Only images that may be photos are looked at (a camera frame, or a file that declares no scanner
resolution), and such an image is taken for a photo only when a page-shaped outline stands on a
background that is not a scanner's: a scanner's lid or bed is one flat shade, a desk is not. A
flatbed scan is therefore never flattened here; its tilt and borders stay the work of deskew/crop.
"""
from __future__ import annotations

import itertools
import logging
import math
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from desk_app.capture import dewarp, quality

logger = logging.getLogger(__name__)

WORK_SIDE = 640  # long side of the copy the outline is searched on
PAPER_RATIOS = {"A4": math.sqrt(2), "Letter": 11 / 8.5, "Legal": 14 / 8.5, "ID": 85.6 / 54.0}
PAPER_MM = {"A4": 297.0, "Letter": 279.4, "Legal": 355.6, "ID": 85.6}  # long side
Corners = np.ndarray  # 4×2 float32: top-left, top-right, bottom-right, bottom-left (in the photo)


@dataclass
class Outline:
    corners: Corners  # in full-image pixels
    score: float  # 0..1, how page-like the outline is
    area: float  # share of the frame
    touches_edge: bool  # a corner at the frame's edge: the page may be cut off


@dataclass
class FlatPage:
    image: Image.Image  # the flattened page: L or RGB, shadows and colour cast removed
    dpi: int  # resolution on the page, from its size in pixels and its paper size
    corners: Corners  # where the page was in the photo
    paper: str  # A4 / Letter / ... or "" when the proportions matched none
    warnings: list[str] = field(default_factory=list)  # photo_dark / photo_blurred / photo_cut_off
    manual: bool = False  # corners given by the officer


def _work_copy(image: Image.Image) -> tuple[np.ndarray, float]:
    arr = np.asarray(image.convert("RGB") if image.mode not in ("RGB", "L") else image)
    scale = WORK_SIDE / max(arr.shape[:2])
    small = cv2.resize(arr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if small.ndim == 2:
        small = cv2.cvtColor(small, cv2.COLOR_GRAY2RGB)
    return small, scale


def _given(image: Image.Image | None) -> Image.Image:
    if image is None:
        raise ValueError("an image or its work copy is needed")
    return image


def order_corners(pts: np.ndarray) -> Corners:
    """tl, tr, br, bl in image coordinates."""
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # clockwise on screen, starting left-up-ish
    start = int(np.argmin(pts.sum(axis=1)))
    return np.roll(pts, -start, axis=0).astype(np.float32)


def _line(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    return np.cross(np.append(p, 1.0), np.append(q, 1.0))


def _quad_from_polygon(poly: np.ndarray) -> np.ndarray | None:
    """Four sides from a convex polygon: the four edges (in order) of greatest total length,
    extended and intersected. A hand or clip that cuts a corner adds a short edge that is dropped."""
    n = len(poly)
    if n < 4:
        return None
    if n == 4:
        return poly.astype(np.float64)
    lengths = [float(np.hypot(*(poly[(i + 1) % n] - poly[i]))) for i in range(n)]
    best, best_len = None, -1.0
    for combo in itertools.combinations(range(n), 4):
        total = sum(lengths[i] for i in combo)
        if total <= best_len:
            continue
        lines = [_line(poly[i], poly[(i + 1) % n]) for i in combo]
        pts = []
        for a, b in zip(lines, lines[1:] + lines[:1], strict=True):
            x = np.cross(a, b)
            if abs(x[2]) < 1e-9:
                break
            pts.append(x[:2] / x[2])
        if len(pts) == 4:
            best, best_len = np.array(pts), total
    return best


def _candidate_masks(small: np.ndarray) -> list[np.ndarray]:
    """Regions that may be the page: what is enclosed by strong edges around the centre, and the
    bright, low-colour region found by Otsu, after the text is closed away."""
    h, w = small.shape[:2]
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (9, 9))
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, k)  # dark text on paper disappears
    closed = cv2.medianBlur(closed, 5)
    lab = cv2.cvtColor(closed, cv2.COLOR_RGB2LAB)
    masks: list[np.ndarray] = []
    grad = np.zeros((h, w), np.float32)
    for c in range(3):
        ch = lab[..., c].astype(np.float32)
        gx = cv2.Sobel(ch, cv2.CV_32F, 1, 0, ksize=3)
        gy = cv2.Sobel(ch, cv2.CV_32F, 0, 1, ksize=3)
        grad = np.maximum(grad, (cv2.magnitude(gx, gy) * (1.0 if c == 0 else 2.0)).astype(np.float32))
    # Several edge levels: a faint page edge on a light desk needs a low one, a shadow's soft
    # border is cut by a low one; the outline's scoring picks between them.
    for level in (max(40.0, float(np.percentile(grad, 90))), max(40.0, float(np.percentile(grad, 80))),
                  max(40.0, float(np.percentile(grad, 95))), 25.0, 16.0):
        strong = (grad > level).astype(np.uint8)
        free = (1 - cv2.dilate(strong, np.ones((3, 3), np.uint8))).astype(np.uint8)
        count, labels = cv2.connectedComponents(free, connectivity=4)
        if count <= 1:
            continue
        centre = labels[h // 2 - h // 8:h // 2 + h // 8, w // 2 - w // 8:w // 2 + w // 8]
        ids, counts = np.unique(centre[centre > 0], return_counts=True)
        if len(ids) == 0:
            continue
        region = labels == ids[int(np.argmax(counts))]
        region = cv2.dilate(region.astype(np.uint8), np.ones((5, 5), np.uint8))
        masks.append(region)
    # Brightness and colourlessness relative to the centre's paper.
    light = lab[..., 0].astype(np.float32)
    chroma = np.hypot(lab[..., 1].astype(np.float32) - 128, lab[..., 2].astype(np.float32) - 128)
    paper_l = float(np.percentile(light[h // 3:2 * h // 3, w // 3:2 * w // 3], 60))
    paper_c = float(np.percentile(chroma[h // 3:2 * h // 3, w // 3:2 * w // 3], 50))
    dist = np.abs(light - paper_l) * 0.5 + np.abs(chroma - paper_c) * 2.0
    dist8 = np.clip(dist * 3, 0, 255).astype(np.uint8)
    _, near = cv2.threshold(dist8, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    near = cv2.morphologyEx(near, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))
    count, labels = cv2.connectedComponents(near, connectivity=4)
    if count > 1:
        centre = labels[h // 2 - h // 8:h // 2 + h // 8, w // 2 - w // 8:w // 2 + w // 8]
        ids, counts = np.unique(centre[centre > 0], return_counts=True)
        if len(ids):
            masks.append((labels == ids[int(np.argmax(counts))]).astype(np.uint8))
    return masks


def _frame_sides(quad: np.ndarray, w: int, h: int) -> int:
    """How many of the quad's sides run along the photo's own edge. A region that the frame cuts
    off (the bright half of a light desk above a shadow's border) has such sides; a page has at
    most one (a page cut off by the frame)."""
    m = 0.02 * max(w, h)
    count = 0
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        pts = np.array([a + (b - a) * t for t in (0.2, 0.5, 0.8)])
        for near in (pts[:, 0] < m, pts[:, 0] > w - 1 - m, pts[:, 1] < m, pts[:, 1] > h - 1 - m):
            if near.all():
                count += 1
                break
    return count


def _quad_score(mask: np.ndarray, quad: np.ndarray) -> float:
    """How well the quad explains the region: overlap (IoU) of the region's hull and the quad,
    and how convex and page-sized the quad is."""
    h, w = mask.shape
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return 0.0
    qmask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(qmask, np.round(quad).astype(np.int32), 1)
    inter = float(np.logical_and(qmask, mask).sum())
    union = float(np.logical_or(qmask, mask).sum())
    area = float(qmask.sum()) / (h * w)
    if area < 0.08 or area > 0.985:
        return 0.0
    # The sides of a page seen with at most a moderate tilt: corners between 55° and 125°.
    if _frame_sides(quad, w, h) >= 2:
        return 0.0
    for i in range(4):
        a, b, c = quad[i - 1], quad[i], quad[(i + 1) % 4]
        v1, v2 = a - b, c - b
        cos = float(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2) + 1e-9))
        if abs(cos) > 0.57:
            return 0.0
    return inter / union if union else 0.0


def find_outline(image: Image.Image | None,
                 work: tuple[np.ndarray, float] | None = None) -> Outline | None:
    """The page's four corners, or None when no page-shaped region stands out. `work`: the
    reduced copy (`_work_copy`) when the caller already made it."""
    small, scale = work or _work_copy(_given(image))
    h, w = small.shape[:2]
    found: list[tuple[float, float, np.ndarray]] = []
    for mask in _candidate_masks(small):
        contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        if not contours:
            continue
        contour = max(contours, key=cv2.contourArea)
        hull = cv2.convexHull(contour)
        peri = cv2.arcLength(hull, True)
        for eps in (0.01, 0.02, 0.035):
            poly = cv2.approxPolyDP(hull, eps * peri, True).reshape(-1, 2).astype(np.float64)
            if len(poly) > 9:
                continue
            quad = _quad_from_polygon(poly)
            if quad is None:
                continue
            quad = order_corners(quad)
            score = _quad_score(mask, quad)
            if score >= 0.85:
                found.append((score, float(cv2.contourArea(quad.astype(np.float32))), quad))
    if not found:
        return None
    # A shadow across the page can split it; of the outlines that fit about as well as the best,
    # the largest is the whole page.
    top = max(f[0] for f in found)
    score, _, quad = max((f for f in found if f[0] >= top - 0.02), key=lambda f: f[1])
    margin = 0.01 * max(h, w)
    touches = bool(((quad[:, 0] < margin) | (quad[:, 0] > w - 1 - margin)
                    | (quad[:, 1] < margin) | (quad[:, 1] > h - 1 - margin)).any())
    area = float(cv2.contourArea(quad.astype(np.float32))) / (h * w)
    return Outline((quad / scale).astype(np.float32), score, area, touches)


def scanner_background(image: Image.Image | None, outline: Outline,
                       work: tuple[np.ndarray, float] | None = None) -> bool:
    """A scanner's lid or bed around the sheet is one flat shade (sensor noise aside); a desk has
    texture, grain and uneven light."""
    small, scale = work or _work_copy(_given(image))
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    grey = cv2.medianBlur(grey, 5)
    h, w = grey.shape
    inside = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(inside, np.round(outline.corners * scale).astype(np.int32), 1)
    inside = cv2.dilate(inside, np.ones((9, 9), np.uint8))
    outside = grey[inside == 0]
    if outside.size < 0.02 * h * w:
        return True  # no background to judge: not treated as a photo
    return float(np.std(outside)) < 4.0


def true_ratio(corners: Corners, size: tuple[int, int]) -> float:
    """Width over height of the real page from its image: the focal length is estimated from the
    quadrilateral itself (a rectangle seen by a pinhole camera with the principal point at the
    centre); when the view is too straight for that, the mean side lengths."""
    w, h = size
    tl, tr, br, bl = (np.append(p - (w / 2, h / 2), 1.0) for p in corners.astype(np.float64))
    m1, m2, m3, m4 = bl, br, tl, tr  # the formula's corner order
    k2 = np.dot(np.cross(m1, m4), m3) / np.dot(np.cross(m2, m4), m3)
    k3 = np.dot(np.cross(m1, m4), m2) / np.dot(np.cross(m3, m4), m2)
    n2 = k2 * m2 - m1
    n3 = k3 * m3 - m1
    width_side = np.hypot(*(tr - tl)[:2]) + np.hypot(*(br - bl)[:2])
    height_side = np.hypot(*(bl - tl)[:2]) + np.hypot(*(br - tr)[:2])
    fallback = float(width_side / height_side)
    if abs(n2[2]) < 1e-6 or abs(n3[2]) < 1e-6:
        return fallback
    f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2])
    if f2 <= 0 or not (0.3 * max(w, h)) ** 2 < f2 < (8 * max(w, h)) ** 2:
        return fallback
    a = np.diag([1 / f2, 1 / f2, 1.0])
    ratio = math.sqrt(float(n2 @ a @ n2) / float(n3 @ a @ n3))
    # n2 runs along the bottom edge (m1→m2), n3 along the left edge (m1→m3).
    return ratio if 0.2 < ratio < 5 else fallback


def snap_paper(ratio: float, tolerance: float = 0.05) -> tuple[float, str]:
    """The nearest standard paper shape when close (portrait or landscape), else the measure."""
    long_short = max(ratio, 1 / ratio)
    for name, r in PAPER_RATIOS.items():
        if abs(long_short - r) / r <= tolerance:
            return (r if ratio >= 1 else 1 / r), name
    return ratio, ""


def remove_shading(arr: np.ndarray) -> np.ndarray:
    """Each channel divided by its own paper level (the page with the ink closed away, smoothed):
    shadows and a warm or cold cast become white paper; ink, seals and photos keep their colour."""
    h, w = arr.shape[:2]
    f = 8
    small = cv2.resize(arr, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    k = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    paper = cv2.morphologyEx(small, cv2.MORPH_CLOSE, k)
    paper = cv2.medianBlur(paper, 5)
    paper = cv2.GaussianBlur(paper, (0, 0), 3)
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    out: np.ndarray = cv2.divide(arr, np.maximum(paper, 1), scale=255)
    return out


def sharpen(arr: np.ndarray, dpi: int) -> np.ndarray:
    """An unsharp mask sized to the print: a camera's optics and a slight shake soften the
    strokes, and the tone marks above Vietnamese vowels are the first detail to merge."""
    soft = cv2.GaussianBlur(arr, (0, 0), max(0.8, dpi / 150))
    out: np.ndarray = cv2.addWeighted(arr, 2.0, soft, -1.0, 0)
    return out


def flatten(image: Image.Image, corners: Corners, manual: bool = False,
            outline: Outline | None = None, grey: bool = False) -> FlatPage:
    """The page inside `corners`, at its true proportions and the resolution the photo holds.
    `grey`: only the grey page is wanted: every step then works on one channel instead of
    three, about a third of the time; a colour cast is light like any other once divided out."""
    mode = "L" if grey else "RGB"
    arr = np.asarray(image if image.mode == mode else image.convert(mode))
    page, dpi, paper, warnings = flatten_array(arr, corners, manual, outline)
    if page.ndim == 3:
        spread = page[::8, ::8].astype(np.int16)
        colourful = int(np.percentile(spread.max(axis=2) - spread.min(axis=2), 99.5)) > 40
        img = Image.fromarray(page, "RGB") if colourful else Image.fromarray(
            cv2.cvtColor(page, cv2.COLOR_RGB2GRAY), "L")
    else:
        img = Image.fromarray(page, "L")
    return FlatPage(img, dpi, order_corners(corners), paper, warnings, manual)


def flatten_array(arr: np.ndarray, corners: Corners, manual: bool = False,
                  outline: Outline | None = None,
                  checks: bool = True) -> tuple[np.ndarray, int, str, list[str]]:
    """`flatten` on an array (grey or RGB, kept as given): the page, its dpi, its paper size and
    the quality warnings (`checks=False`: none looked for, when nobody will show them)."""
    h, w = arr.shape[:2]
    corners = order_corners(corners)
    ratio, paper = snap_paper(true_ratio(corners, (w, h)))
    tl, tr, br, bl = corners
    long_px = max(np.hypot(*(tr - tl)), np.hypot(*(br - bl)), np.hypot(*(bl - tl)), np.hypot(*(br - tr)))
    if ratio >= 1:
        out_w, out_h = int(long_px), int(long_px / ratio)
    else:
        out_w, out_h = int(long_px * ratio), int(long_px)
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), dst)
    page = cv2.warpPerspective(arr, m, (out_w, out_h), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)
    warnings = []
    if checks:
        grey_before = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
        if float(np.percentile(grey_before[::4, ::4], 90)) < 60:
            warnings.append("photo_dark")
    page = remove_shading(page)
    mm = PAPER_MM.get(paper) or 297.0
    dpi = max(50, min(1200, round(max(out_w, out_h) / (mm / 25.4))))
    page = dewarp.dewarp(page, dpi)
    page = sharpen(page, dpi)
    if checks:
        flat_grey = page if page.ndim == 2 else cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
        if quality.blur_check(flat_grey, dpi, threshold=0.35).blurry:
            warnings.append("photo_blurred")
        if outline is not None and outline.touches_edge and not manual:
            warnings.append("photo_cut_off")
    return page, dpi, paper, warnings


def grey_page_for_ocr(data: bytes) -> tuple[np.ndarray, int] | None:
    """The flattened grey page and its dpi when the JPEG `data` is a photo of a page, else None.
    OCR's fast path: the file is decoded once in grey at full size and once in colour at a
    quarter size (JPEG's own scaled decoding) for the outline, instead of in full colour and
    then reduced; no quality warnings, since OCR shows none. Both decodes follow the EXIF
    orientation, as the Pillow path does."""
    buf = np.frombuffer(data, np.uint8)
    grey = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    small = cv2.imdecode(buf, cv2.IMREAD_REDUCED_COLOR_4)
    if grey is None or small is None:
        return None
    h, w = grey.shape
    scale = WORK_SIDE / max(h, w)
    work_size = (max(1, round(w * scale)), max(1, round(h * scale)))
    work = cv2.cvtColor(cv2.resize(small, work_size, interpolation=cv2.INTER_AREA),
                        cv2.COLOR_BGR2RGB)
    outline = find_outline(None, (work, scale))
    if outline is None or scanner_background(None, outline, (work, scale)):
        return None
    page, dpi, _paper, _warnings = flatten_array(grey, outline.corners, outline=outline,
                                                 checks=False)
    return page, dpi


def flatten_if_photo(image: Image.Image, corners: Corners | None = None,
                     grey: bool = False) -> FlatPage | None:
    """The flattened page when `image` is a photo of a page; None to leave it to the scan path.
    `corners` (the officer's, in this image's pixels) skip the search. `grey`: see `flatten`."""
    if corners is not None:
        return flatten(image, np.asarray(corners, np.float32), manual=True, grey=grey)
    work = _work_copy(image)  # one reduced copy for the outline and the background test
    outline = find_outline(image, work)
    if outline is None:
        logger.info("no page outline in the photo: kept as taken")
        return None
    if scanner_background(image, outline, work):
        return None
    return flatten(image, outline.corners, outline=outline, grey=grey)


CAMERA_TAGS = (271, 272)  # EXIF Make, Model: written by cameras and phones, not by scanners


def photo_hint(image: Image.Image, declared_dpi: object) -> bool:
    """May this file be a photo? Cameras write their make and model; scanners write a resolution
    of 100 dpi or more. A file with neither is looked at (and left alone unless a page stands on
    a desk in it)."""
    try:
        exif = image.getexif()
        if any(exif.get(tag) for tag in CAMERA_TAGS):
            return True
    except (OSError, ValueError, TypeError, KeyError):
        pass
    if not isinstance(declared_dpi, tuple | list) or not declared_dpi:
        return True
    try:
        x = float(declared_dpi[0])
    except (TypeError, ValueError):
        return True
    return x < 100
