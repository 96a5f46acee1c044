"""A video file standing in for a document camera: three pages, each lying still for a moment,
with the page being turned (motion) between them. MJPG in .avi, written with cv2.VideoWriter."""
from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from desk_app.demo.photo_pages import photograph

SIZE = (720, 960)  # width, height: a camera on a stand looking down at an A4 page


def page_frames(seeds: tuple[int, ...] = (311, 312, 313)) -> list[np.ndarray]:
    frames = []
    for seed in seeds:
        # A document camera's stand has a dark mat under the page.
        shot = photograph(seed, font="noto-sans", upside_down=False, hand=False, desk="dark")
        rgb = np.asarray(Image.open(io.BytesIO(shot.data)).convert("RGB").resize(SIZE))
        frames.append(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    return frames


def write_video(path: Path, still: int = 12, turn: int = 6) -> Path:
    pages = page_frames()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 15, SIZE)
    rng = np.random.default_rng(5)
    for n, page in enumerate(pages):
        if n:
            previous = pages[n - 1]
            for k in range(turn):  # the sheet slides away and the next one in
                t = (k + 1) / (turn + 1)
                shift = int(SIZE[0] * (1 - abs(2 * t - 1)) * 0.6)
                m = np.float32([[1, 0, shift], [0, 1, 0]])
                moving = cv2.warpAffine(previous if t < 0.5 else page, m, SIZE,
                                        borderMode=cv2.BORDER_REFLECT)
                writer.write(moving)
        for _ in range(still):
            noise = rng.normal(0, 1.0, page.shape)
            writer.write(np.clip(page + noise, 0, 255).astype(np.uint8))
    writer.release()
    return path
