"""A cancelled batch ends with the core's Cancelled error (a sentence for the officer), never with
concurrent.futures' CancelledError, and keeps the pages finished before the cancel."""
from __future__ import annotations

import io
import threading
import time

import numpy as np
import pytest
from PIL import Image

from desk_app.ocr.engine import FakeEngine
from desk_app.ocr.service import OcrService
from desk_app.tasks import Cancelled


class SlowEngine(FakeEngine):
    def recognise(self, image: np.ndarray, dpi: int, cancel: threading.Event | None = None,
                  psm: int = 3):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return super().recognise(image, dpi, cancel, psm)


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (600, 800), 255).save(buf, format="PNG", dpi=(300, 300))
    return buf.getvalue()


def test_cancel_mid_batch_raises_cancelled_and_keeps_finished_pages() -> None:
    data = _png()
    cancel = threading.Event()
    kept: list[int] = []

    def on_result(i: int, _res: object) -> None:
        kept.append(i)
        cancel.set()  # the officer presses Huỷ after the first page

    service = OcrService(SlowEngine(), workers=1)
    with pytest.raises(Cancelled):
        service.recognise_batch([lambda: data] * 6, cancel=cancel, on_result=on_result)
    assert 1 <= len(kept) < 6
