"""Batch OCR: pages in parallel, each in its own single-threaded Tesseract process; progress per page
and a cancel flag (a cancelled batch kills the running Tesseract processes at once).

Threads drive the Tesseract processes: the recognition work happens in those child processes, and
the pre-processing is OpenCV, which releases the GIL, so threads give the parallelism of a process
pool without pickling page images across processes."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    CancelledError,
    Future,
    ThreadPoolExecutor,
    wait,
)
from dataclasses import replace

import cv2
import numpy as np

from desk_app.errors import DeskError
from desk_app.ocr.engine import OcrEngine, TesseractEngine, words_to_text
from desk_app.ocr.preprocess import flatten_photo_bytes, load_grey, prepare
from desk_app.ocr.types import Geometry, PageOcr, Word
from desk_app.tasks import Cancelled, CancelToken, Progress

logger = logging.getLogger(__name__)

RETRY_BELOW = 60.0  # mean confidence under which a half-turned reading is tried as well


def _confidence(words: Sequence[Word]) -> float:
    total = sum(len(w.text) for w in words)
    if not total:
        return 0.0
    return sum(w.conf * len(w.text) for w in words) / total


def _to_page_frame(words: list[Word], scale: float) -> list[Word]:
    if scale == 1.0:
        return words
    return [replace(w, x=round(w.x / scale), y=round(w.y / scale),
                    w=max(1, round(w.w / scale)), h=max(1, round(w.h / scale)))
            for w in words]


PHOTO_DPI = 200  # a flattened photo above this is read reduced to it


def _photo_for_tesseract(image: np.ndarray, scale: float, dpi: int) -> tuple[np.ndarray, float, int]:
    """A flattened photo as Tesseract reads it best for its time: at most PHOTO_DPI, in black
    and white (its shading is already divided out, so one threshold fits the whole page)."""
    f = PHOTO_DPI / dpi
    if f < 0.95:
        image = cv2.resize(image, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        scale, dpi = scale * f, PHOTO_DPI
    _, bw = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw, scale, dpi


class OcrService:
    def __init__(self, engine: OcrEngine | None = None, workers: int = 2,
                 preprocess: bool = True) -> None:
        self.engine = engine if engine is not None else TesseractEngine()
        self.workers = max(1, workers)
        self.preprocess = preprocess

    def recognise_array(self, grey: np.ndarray, dpi: int = 300,
                        cancel: CancelToken | None = None, photo: bool = False) -> PageOcr:
        """`photo`: `grey` is a flattened photo (see recognise_bytes)."""
        start = time.monotonic()
        if self.preprocess:
            prepared = prepare(grey, dpi, enlarge=not photo)
            image, scale, eff_dpi, geometry = (prepared.image, prepared.scale, prepared.dpi,
                                               prepared.geometry)
            if photo:
                image, scale, eff_dpi = _photo_for_tesseract(image, scale, eff_dpi)
        else:
            image, scale, eff_dpi = grey, 1.0, dpi
            geometry = Geometry(0, 0.0, grey.shape[1], grey.shape[0])
        words = self.engine.recognise(image, eff_dpi, cancel)
        conf = _confidence(words)
        if self.preprocess and conf < RETRY_BELOW:
            # The orientation analysis can be fooled (little text, tables); a half turn is cheap
            # to try on the rare page that reads badly.
            turned = np.ascontiguousarray(np.rot90(image, 2))
            other = self.engine.recognise(turned, eff_dpi, cancel)
            if _confidence(other) > conf + 10:
                words, conf = other, _confidence(other)
                geometry = replace(geometry, rotation=(geometry.rotation + 180) % 360)
        words = _to_page_frame(words, scale)
        return PageOcr(text=words_to_text(words), words=words, confidence=round(conf, 2),
                       engine=self.engine.name, geometry=geometry,
                       seconds=round(time.monotonic() - start, 3))

    def recognise_bytes(self, data: bytes, cancel: CancelToken | None = None) -> PageOcr:
        if self.preprocess:
            # A photographed page goes through the capture pipeline's photo step first, as it
            # does on import (outline, perspective, shading, curl, sharpening), on its grey
            # channel. It is read at the photo's own resolution (at most PHOTO_DPI) and in black
            # and white: on development photos at 150-250 dpi that reads as well as enlarged
            # grey, for a quarter less of Tesseract's time (docs/capture.md).
            flat = flatten_photo_bytes(data)
            if flat is not None:
                return self.recognise_array(flat[0], flat[1], cancel, photo=True)
        grey, dpi = load_grey(data)
        return self.recognise_array(grey, dpi, cancel)

    def recognise_batch(
        self,
        loaders: Sequence[Callable[[], bytes]],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        labels: Sequence[str] | None = None,
        on_result: Callable[[int, PageOcr], None] | None = None,
    ) -> list[PageOcr | DeskError]:
        """OCR of many pages, `workers` at a time. Each page's result or its error is returned in
        input order; `progress(done, total, label)` is called as each page finishes (from a worker
        thread). `on_result(i, result)` runs in the calling thread as each page succeeds, so a
        caller can store results one by one. Raises Cancelled when `cancel` is set."""
        cancel = cancel or CancelToken()
        total = len(loaders)
        results: list[PageOcr | DeskError | None] = [None] * total
        done = 0
        if progress:
            progress(0, total, "")

        def job(i: int) -> PageOcr:
            if cancel.is_set():
                raise Cancelled()
            return self.recognise_bytes(loaders[i](), cancel)

        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="ocr") as pool:
            futures: dict[Future[PageOcr], int] = {pool.submit(job, i): i for i in range(total)}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancel.is_set():
                    for f in pending:
                        f.cancel()
                for f in finished:
                    i = futures[f]
                    try:
                        res = f.result()
                        results[i] = res
                        if on_result is not None:
                            on_result(i, res)
                    except (Cancelled, CancelledError):  # CancelledError: f.cancel() above
                        results[i] = Cancelled()
                    except DeskError as exc:
                        logger.warning("page %d not recognised: %s", i, exc.code)
                        results[i] = exc
                    done += 1
                    if progress:
                        progress(done, total, labels[i] if labels else str(i + 1))
        if cancel.is_set():
            raise Cancelled()
        return [r if r is not None else Cancelled() for r in results]
