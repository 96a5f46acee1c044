"""Finding an identity card in a photo or scan and rectifying it to a canonical upright size.

A card is an ID-1 rectangle (85.60 x 53.98 mm, aspect 1.586) with rounded corners, usually lighter
than what it lies on. Several cheap segmentations propose quadrilaterals (edges, brightness,
saturation); the one whose area and aspect look most like a card wins. A scan that is only the
card (no desk around it) yields no quadrilateral and is used whole.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

logger = logging.getLogger(__name__)

CARD_ASPECT = 85.60 / 53.98
WORK_SIDE = 800  # detection runs on a copy this wide: fast, and enough for a card's outline


@dataclass(frozen=True)
class CardQuad:
    corners: np.ndarray  # 4x2 float32, full-image pixels, order tl, tr, br, bl (long side on top)
    score: float


def _order(points: np.ndarray) -> np.ndarray:
    """Corners clockwise from the one nearest the top-left, then turned so the first edge is a
    long side (a card photographed sideways becomes landscape)."""
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    pts = points[np.argsort(angles)]  # clockwise in image coordinates (y down)
    start = int(np.argmin(pts[:, 0] + pts[:, 1]))
    pts = np.roll(pts, -start, axis=0)
    top = np.linalg.norm(pts[1] - pts[0]) + np.linalg.norm(pts[2] - pts[3])
    side = np.linalg.norm(pts[3] - pts[0]) + np.linalg.norm(pts[2] - pts[1])
    if side > top:
        pts = np.roll(pts, -1, axis=0)
    return pts.astype(np.float32)


def _quad_from_contour(contour: np.ndarray) -> np.ndarray | None:
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float32)
    box = cv2.boxPoints(cv2.minAreaRect(hull))
    return box.astype(np.float32)


def _score(quad: np.ndarray, contour_area: float, image_area: float) -> float:
    q = _order(quad)
    long_side = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    short_side = (np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    if short_side < 1:
        return 0.0
    aspect = long_side / short_side
    quad_area = cv2.contourArea(q)
    frac = quad_area / image_area
    if frac < 0.08 or frac > 0.97:
        return 0.0
    fill = min(contour_area / max(quad_area, 1.0), 1.0)  # a card fills its quadrilateral
    aspect_fit = max(0.0, 1.0 - abs(np.log(aspect / CARD_ASPECT)) * 2.5)
    return float(aspect_fit * fill * (0.5 + min(frac, 0.6)))


def _candidates(small: np.ndarray) -> list[np.ndarray]:
    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    blur = cv2.GaussianBlur(grey, (5, 5), 0)
    masks = []
    edges = cv2.Canny(blur, 30, 90)
    masks.append(cv2.dilate(edges, np.ones((5, 5), np.uint8), iterations=2))
    _, bright = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    masks.append(bright)
    sat = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)[:, :, 1]
    _, pale = cv2.threshold(cv2.GaussianBlur(sat, (7, 7), 0), 0, 255,
                            cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    masks.append(pale)
    kernel = np.ones((9, 9), np.uint8)
    out = []
    for mask in masks:
        closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
        opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, kernel)
        contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        out.extend(sorted(contours, key=cv2.contourArea, reverse=True)[:3])
    return out


def _intersect(l1: tuple[float, float], l2: tuple[float, float]) -> np.ndarray | None:
    (r1, t1), (r2, t2) = l1, l2
    a = np.array([[np.cos(t1), np.sin(t1)], [np.cos(t2), np.sin(t2)]])
    if abs(np.linalg.det(a)) < 1e-3:
        return None
    return np.linalg.solve(a, np.array([r1, r2]))


def _card_like(q: np.ndarray) -> bool:
    """Corners near right angles and opposite sides of about the same length: a card in a
    photo taken from above, not four lines that happen to cross."""
    sides = [np.linalg.norm(q[(k + 1) % 4] - q[k]) for k in range(4)]
    if min(sides) < 20 or not (0.75 < sides[0] / sides[2] < 1.33 and 0.75 < sides[1] / sides[3] < 1.33):
        return False
    for k in range(4):
        u, v = q[k - 1] - q[k], q[(k + 1) % 4] - q[k]
        cos = float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v)))
        if abs(cos) > 0.35:  # beyond 90 +- 20 degrees
            return False
    return True


def _line_quads(small: np.ndarray) -> list[tuple[np.ndarray, float]]:
    """Quadrilaterals made of the strongest straight edges, with the share of their outline that
    lies on an edge. On a busy desk the card's blob merges with a paper or a keyboard it
    touches, but its four straight sides still stand out."""
    grey = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (5, 5), 0)
    edges = cv2.Canny(grey, 40, 120)  # a card edge is sharp; wood grain and shadows are not
    # only long edges: the rows of the machine-readable zone or of printed papers make
    # stronger Hough lines than the card's sides, but each of their letters is a short edge
    n, labels, stats, _ = cv2.connectedComponentsWithStats(edges, connectivity=8)
    long_edge = np.zeros(n, bool)
    long_edge[1:] = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]) >= 40
    edges = np.where(long_edge[labels], 255, 0).astype(np.uint8)
    found = cv2.HoughLines(edges, 2, np.pi / 180, 90)
    if found is None:
        return []
    lines: list[tuple[float, float]] = []
    for rho, theta in found[:, 0, :]:
        # one line per edge: skip near-duplicates of a stronger one
        if all(abs(rho - r) > 12 or min(abs(theta - t), np.pi - abs(theta - t)) > 0.08 for r, t in lines):
            lines.append((float(rho), float(theta)))
        if len(lines) == 20:
            break
    near = cv2.dilate(edges, np.ones((5, 5), np.uint8)) > 0
    h, w = edges.shape
    pairs = []
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            d = abs(lines[i][1] - lines[j][1])
            if min(d, np.pi - d) < 0.2 and abs(abs(lines[i][0]) - abs(lines[j][0])) > 40:
                pairs.append((lines[i], lines[j]))
    out = []
    for a in range(len(pairs)):
        for b in range(a + 1, len(pairs)):
            d = abs(pairs[a][0][1] - pairs[b][0][1])
            if abs(min(d, np.pi - d) - np.pi / 2) > 0.35:
                continue
            (p1, p2), (q1, q2) = pairs[a], pairs[b]
            corners = [_intersect(p1, q1), _intersect(q1, p2), _intersect(p2, q2), _intersect(q2, p1)]
            if any(c is None for c in corners):
                continue
            quad = np.array(corners, np.float32)
            if not _inside(quad, w, h):
                continue
            if not _card_like(_order(quad)):
                continue
            out.append((quad, _support(near, [quad])))
    out.extend(_three_side_quads(lines, pairs, grey, near))
    return out


def _support(near: np.ndarray, polylines: list[np.ndarray], closed: bool = True) -> float:
    """The share of the drawn outline that lies on an edge."""
    outline = np.zeros(near.shape, np.uint8)
    cv2.polylines(outline, [p.astype(np.int32) for p in polylines], closed, 255, 1)
    on = outline > 0
    return float(near[on].mean()) if on.any() else 0.0


def _inside(quad: np.ndarray, w: int, h: int) -> bool:
    return not (quad[:, 0].min() < -5 or quad[:, 1].min() < -5 or quad[:, 0].max() > w + 5
                or quad[:, 1].max() > h + 5)


def _three_side_quads(lines: list[tuple[float, float]],
                      pairs: list[tuple[tuple[float, float], tuple[float, float]]],
                      grey: np.ndarray, near: np.ndarray) -> list[tuple[np.ndarray, float]]:
    """A card lying half on a paper as pale as itself shows three sharp sides: the fourth is
    looked for where the card's proportions put it, each of its ends moved along its side
    (within 15 % of the card: perspective) to the strongest change of shade, however faint."""
    h, w = grey.shape
    gx = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    steps = np.linspace(0.85, 1.15, 16)
    along = np.linspace(0.0, 1.0, 40)
    out = []
    for p1, p2 in pairs:
        for q in lines:
            d = abs(q[1] - p1[1])
            if q in (p1, p2) or abs(min(d, np.pi - d) - np.pi / 2) > 0.35:
                continue
            c0, c1 = _intersect(p1, q), _intersect(q, p2)
            if c0 is None or c1 is None:
                continue
            gap = float(np.linalg.norm(c1 - c0))  # the side seen: the other one follows
            n = np.array([np.cos(q[1]), np.sin(q[1])])
            u1 = np.array([-np.sin(p1[1]), np.cos(p1[1])])  # along p1 and p2
            u2 = np.array([-np.sin(p2[1]), np.cos(p2[1])])
            for length in (gap * CARD_ASPECT, gap / CARD_ASPECT):
                for sign in (1.0, -1.0):
                    # each end runs along its side, away from q
                    d1 = u1 if np.dot(u1, n) * sign > 0 else -u1
                    d2 = u2 if np.dot(u2, n) * sign > 0 else -u2
                    ends3 = c0 + np.outer(steps * length / max(abs(np.dot(d1, n)), 0.3), d1)
                    ends2 = c1 + np.outer(steps * length / max(abs(np.dot(d2, n)), 0.3), d2)
                    quad0 = np.array([c0, c1, ends2[8], ends3[8]], np.float32)
                    if not _inside(quad0, w, h) or not _card_like(_order(quad0)):
                        continue
                    if _support(near, [quad0[[3, 0, 1, 2]]], closed=False) < 0.6:
                        continue
                    # every pair of ends at once: 16 x 16 segments of 40 points
                    a = ends2[:, None, None, :]
                    b = ends3[None, :, None, :]
                    pts = a + (b - a) * along[None, None, :, None]
                    xs = np.clip(pts[..., 0], 0, w - 1).astype(int)
                    ys = np.clip(pts[..., 1], 0, h - 1).astype(int)
                    seg = (b - a)[:, :, 0, :]
                    normal = np.stack([-seg[..., 1], seg[..., 0]], axis=-1)
                    normal /= np.maximum(np.linalg.norm(normal, axis=-1, keepdims=True), 1e-6)
                    # signed: a card's edge darkens or lightens all along, text does both
                    strength = np.abs((gx[ys, xs] * normal[..., None, 0]
                                       + gy[ys, xs] * normal[..., None, 1]).mean(axis=-1))
                    i, j = np.unravel_index(int(np.argmax(strength)), strength.shape)
                    quad = np.array([c0, c1, ends2[i], ends3[j]], np.float32)
                    if not _inside(quad, w, h) or not _card_like(_order(quad)):
                        continue
                    sides = _support(near, [quad[[3, 0, 1, 2]]], closed=False)
                    if sides >= 0.7:
                        out.append((quad, 0.8 * sides))  # below a card seen on all four sides
    return out


def find_cards(rgb: np.ndarray, limit: int = 3) -> list[CardQuad]:
    """Card-like quadrilaterals in `rgb` (H x W x 3 uint8), likeliest first and each distinct
    from the ones before it; none when nothing card-like stands out (a scan cropped to the
    card). On a busy desk the likeliest can be a card merged with a paper: the reader then
    tries the next."""
    h, w = rgb.shape[:2]
    scale = WORK_SIDE / max(h, w)
    small = cv2.resize(rgb, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    area = small.shape[0] * small.shape[1]
    h_s, w_s = small.shape[:2]
    found: list[CardQuad] = []
    for contour in _candidates(small):
        c_area = cv2.contourArea(contour)
        if c_area < 0.05 * area:
            continue
        quad = _quad_from_contour(contour)
        if quad is None:
            continue
        score = _score(quad, c_area, area)
        if (quad[:, 0].min() < 3 or quad[:, 1].min() < 3 or quad[:, 0].max() > w_s - 4
                or quad[:, 1].max() > h_s - 4):
            # the officer frames the whole card: a blob running out of the photo is the card
            # merged with a paper or a keyboard it touches
            score *= 0.4
        found.append(CardQuad(_order(quad) / scale, score))
    for quad, support in _line_quads(small):
        if support >= 0.6:
            found.append(CardQuad(_order(quad) / scale,
                                  _score(quad, support * cv2.contourArea(quad), area)))
    found.sort(key=lambda q: -q.score)
    out: list[CardQuad] = []
    for cand in found:
        if cand.score < 0.35 or len(out) == limit:
            break
        if all(np.abs(cand.corners - q.corners).mean() > 0.03 * max(h, w) for q in out):
            out.append(cand)
    return out


def find_card(rgb: np.ndarray) -> CardQuad | None:
    """The likeliest card's corners in `rgb`, or None when nothing card-like stands out."""
    found = find_cards(rgb, limit=1)
    return found[0] if found else None


def rectify(rgb: np.ndarray, quad: CardQuad | None, width: int) -> np.ndarray:
    """The card warped to width x width/1.586, landscape (upright or upside down: the caller
    decides). Without a quad the whole image is taken as the card."""
    height = round(width / CARD_ASPECT)
    if quad is None:
        h, w = rgb.shape[:2]
        img = rgb if w >= h else cv2.rotate(rgb, cv2.ROTATE_90_CLOCKWISE)
        return cv2.resize(img, (width, height), interpolation=cv2.INTER_CUBIC)
    dst = np.array([(0, 0), (width - 1, 0), (width - 1, height - 1), (0, height - 1)], np.float32)
    m = cv2.getPerspectiveTransform(quad.corners, dst)
    return cv2.warpPerspective(rgb, m, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)


def normalise_light(grey: np.ndarray) -> np.ndarray:
    """Divides by a smooth estimate of the paper's brightness, so a shadow, a dark corner or a
    glare spot leaves the ink black on white."""
    background = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))
    background = cv2.GaussianBlur(background, (0, 0), 8)
    out = cv2.divide(grey.astype(np.float32), np.maximum(background.astype(np.float32), 1.0),
                     scale=255.0)
    return np.clip(out, 0, 255).astype(np.uint8)


def card_from_photo(rgb: np.ndarray) -> CardQuad | None:
    """The card as the photo step outlines a page on a desk (desk_app/capture/photo.py): tried
    when no card-like quadrilateral stood out, e.g. a light card on a light desk whose edge
    shows only as a faint change of shade. Taken only when the outline has a card's proportions."""
    from PIL import Image

    from desk_app.capture import photo

    outline = photo.find_outline(Image.fromarray(rgb))
    if outline is None:
        return None
    corners = _order(outline.corners.astype(np.float32))
    long_side = float(np.linalg.norm(corners[1] - corners[0]) + np.linalg.norm(corners[2] - corners[3]))
    short_side = float(np.linalg.norm(corners[3] - corners[0]) + np.linalg.norm(corners[2] - corners[1]))
    if abs(long_side / max(short_side, 1.0) / CARD_ASPECT - 1) > 0.07:  # A4 is 11 % off
        return None  # a sheet of paper, not a card
    return CardQuad(corners, outline.score)

