"""Finding a citizen identity card in a photo or scan and flattening it: the card's outline on the
desk, a perspective warp to a canonical 1012 x 638 image (85.6 x 54 mm at 300 dpi)."""
from __future__ import annotations

import logging

import cv2
import numpy as np

logger = logging.getLogger(__name__)

CARD_W, CARD_H = 1012, 638


def _order(pts: np.ndarray) -> np.ndarray:
    """Corners as top-left, top-right, bottom-right, bottom-left, with the long side horizontal."""
    pts = pts.reshape(4, 2).astype(np.float32)
    c = pts.mean(axis=0)
    ang = np.arctan2(pts[:, 1] - c[1], pts[:, 0] - c[0])
    pts = pts[np.argsort(ang)]  # clockwise from the left-top quadrant in image coordinates
    s = pts.sum(axis=1)
    start = int(np.argmin(s))
    pts = np.roll(pts, -start, axis=0)
    top = np.linalg.norm(pts[1] - pts[0])
    side = np.linalg.norm(pts[3] - pts[0])
    if side > top * 1.15:  # card stands upright in the photo: turn so the long side is on top
        pts = np.roll(pts, 1, axis=0)
    return pts


def find_card(bgr: np.ndarray) -> np.ndarray | None:
    """The four corners of the card, or None when no card-shaped region stands out."""
    h, w = bgr.shape[:2]
    f = 800.0 / max(h, w)
    small = cv2.resize(bgr, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    candidates: list[np.ndarray] = []
    # A card is pale and unsaturated against most desks; and it has straight edges.
    sat = cv2.GaussianBlur(hsv[..., 1], (5, 5), 0)
    _, pale = cv2.threshold(sat, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    edges = cv2.dilate(cv2.Canny(cv2.GaussianBlur(grey, (5, 5), 0), 30, 90), None, iterations=2)
    filled = np.zeros_like(grey)
    cnts, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    cv2.drawContours(filled, cnts, -1, 255, thickness=cv2.FILLED)
    for mask in (cv2.morphologyEx(pale, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8)), filled):
        cnts, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for c in sorted(cnts, key=cv2.contourArea, reverse=True)[:3]:
            area = cv2.contourArea(c)
            if area < 0.08 * small.shape[0] * small.shape[1]:
                continue
            hull = cv2.convexHull(c)
            approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
            quad = approx if len(approx) == 4 else cv2.boxPoints(cv2.minAreaRect(hull))
            rect_w, rect_h = cv2.minAreaRect(hull)[1]
            ratio = max(rect_w, rect_h) / max(1.0, min(rect_w, rect_h))
            if 1.3 < ratio < 2.0:
                candidates.append(np.asarray(quad, np.float32).reshape(4, 2) / f)
        if candidates:
            break
    if not candidates:
        return None
    return _order(candidates[0])


def flatten(bgr: np.ndarray, corners: np.ndarray | None) -> np.ndarray:
    """The card as a canonical upright image; the whole picture when no card was found (a scan
    cropped to the card)."""
    if corners is None:
        return cv2.resize(bgr, (CARD_W, CARD_H), interpolation=cv2.INTER_AREA)
    dst = np.array([[0, 0], [CARD_W, 0], [CARD_W, CARD_H], [0, CARD_H]], np.float32)
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), dst)
    return cv2.warpPerspective(bgr, m, (CARD_W, CARD_H), flags=cv2.INTER_CUBIC)
