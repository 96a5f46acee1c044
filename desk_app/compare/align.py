"""Aligning the scan of the original onto the scan of the copy.

Coarse: ORB features on a reduced page, ratio-tested matches, RANSAC homography (handles rotation,
scale, shift and the perspective of a phone photo). Fine: the page cut into tiles, each tile's
residual shift measured by phase correlation (sub-pixel), and the homography fitted again to the tile
centres. The fine step is what brings text strokes within a pixel, which the difference needs."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import cv2
import numpy as np

logger = logging.getLogger(__name__)

COARSE_LONG_SIDE = 900
MIN_INLIERS = 25


@dataclass
class Alignment:
    ok: bool
    homography: np.ndarray  # 3x3, original pixels -> copy pixels (of the arrays given)
    inliers: int = 0
    tiles_used: int = 0
    reason: str = ""


def _as_u8(ink: np.ndarray) -> np.ndarray:
    return cv2.bitwise_not(ink)  # dark ink on light paper, as ORB was tuned on


def _plausible(h: np.ndarray, size: tuple[int, int]) -> bool:
    """Rejects homographies that fold, mirror or shrink the page: no scanner does that."""
    w, hh = size
    corners = np.array([[0, 0], [w, 0], [w, hh], [0, hh]], dtype=np.float32).reshape(-1, 1, 2)
    q = cv2.perspectiveTransform(corners, h).reshape(-1, 2)
    area = cv2.contourArea(q.astype(np.float32))
    if not cv2.isContourConvex(q.astype(np.float32)):
        return False
    ratio = abs(area) / float(w * hh)
    return 0.4 < ratio < 2.5


def _coarse(orig: np.ndarray, copy: np.ndarray) -> tuple[np.ndarray | None, int]:
    fo = min(1.0, COARSE_LONG_SIDE / max(orig.shape))
    fc = min(1.0, COARSE_LONG_SIDE / max(copy.shape))
    a = cv2.resize(_as_u8(orig), None, fx=fo, fy=fo, interpolation=cv2.INTER_AREA)
    b = cv2.resize(_as_u8(copy), None, fx=fc, fy=fc, interpolation=cv2.INTER_AREA)
    orb = cv2.ORB.create(nfeatures=1500, scaleFactor=1.2, nlevels=6, fastThreshold=10)
    ka, da = orb.detectAndCompute(a, None)
    kb, db = orb.detectAndCompute(b, None)
    if da is None or db is None or len(ka) < MIN_INLIERS or len(kb) < MIN_INLIERS:
        return None, 0
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = matcher.knnMatch(da, db, k=2)
    good = [m for m, *rest in pairs if rest and m.distance < 0.8 * rest[0].distance]
    if len(good) < MIN_INLIERS:
        return None, len(good)
    src = np.array([ka[m.queryIdx].pt for m in good], dtype=np.float32).reshape(-1, 1, 2) / fo
    dst = np.array([kb[m.trainIdx].pt for m in good], dtype=np.float32).reshape(-1, 1, 2) / fc
    h, mask = cv2.findHomography(src, dst, cv2.RANSAC, 4.0 / fc, maxIters=3000, confidence=0.999)
    inliers = int(mask.sum()) if mask is not None else 0
    if h is None or inliers < MIN_INLIERS:
        return None, inliers
    return h, inliers


def _refine(orig: np.ndarray, copy: np.ndarray, h: np.ndarray) -> tuple[np.ndarray, int]:
    rows, cols = copy.shape
    warped = cv2.warpPerspective(orig, h, (cols, rows), flags=cv2.INTER_LINEAR, borderValue=0)
    tile = 256
    window = cv2.createHanningWindow((tile, tile), cv2.CV_32F)
    src_pts, dst_pts = [], []
    h_inv = np.linalg.inv(h)
    for y in range(tile // 4, rows - tile, tile // 2 + tile // 4):
        for x in range(tile // 4, cols - tile, tile // 2 + tile // 4):
            c = copy[y:y + tile, x:x + tile]
            w = warped[y:y + tile, x:x + tile]
            if c.mean() < 2.5 or w.mean() < 2.5:  # blank paper: nothing to lock on
                continue
            (dx, dy), response = cv2.phaseCorrelate(w.astype(np.float32), c.astype(np.float32),
                                                    window)
            if response < 0.15 or abs(dx) > 10 or abs(dy) > 10:
                continue
            qx, qy = x + tile / 2, y + tile / 2
            # The copy's point (qx, qy) shows what the warped original has at (qx-dx, qy-dy).
            src_pts.append((qx - dx, qy - dy))
            dst_pts.append((qx, qy))
    if len(src_pts) < 8:
        return h, len(src_pts)
    src = cv2.perspectiveTransform(np.array(src_pts, dtype=np.float32).reshape(-1, 1, 2), h_inv)
    dst = np.array(dst_pts, dtype=np.float32).reshape(-1, 1, 2)
    refined, mask = cv2.findHomography(src, dst, cv2.RANSAC, 1.5)
    if refined is None:
        return h, 0
    return refined, int(mask.sum())


def align_pages(orig_ink: np.ndarray, copy_ink: np.ndarray) -> Alignment:
    """Homography taking orig_ink's pixels onto copy_ink's (both 8-bit ink maps)."""
    h, inliers = _coarse(orig_ink, copy_ink)
    size = (orig_ink.shape[1], orig_ink.shape[0])
    if h is None or not _plausible(h, size):
        logger.info("alignment failed: %d inliers", inliers)
        return Alignment(False, np.eye(3), inliers, 0, "no_alignment")
    refined, tiles = _refine(orig_ink, copy_ink, h)
    if _plausible(refined, size):
        h = refined
    return Alignment(True, h, inliers, tiles)
