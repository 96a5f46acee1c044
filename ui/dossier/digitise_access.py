"""What the dossier details page needs from the Digitise area (no Qt): OCR of a dossier's pages,
the review service, and the searchable PDF. Built once by the composition root; every call runs
on a worker."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from desk_app.tasks import Cancelled, CancelToken, Writer, write_here

logger = logging.getLogger(__name__)


class DigitiseAccess:
    def __init__(self, ctx: Any) -> None:
        from desk_app.ocr.review import ReviewService

        self.ctx = ctx
        self.review = ReviewService(ctx)  # its OCR engine starts on first use, on a worker

    def recognise(self, dossier_id: str, progress: Any = None, cancel: CancelToken | None = None,
                  write: Writer = write_here) -> int:
        """OCR of the pages without text yet, each stored (through `write`) as it is done (a
        cancel keeps them)."""
        return int(self.review.recognise(dossier_id, progress, cancel, write))

    def suggested_filename(self, code: str) -> str:
        from desk_app.digitise.service import suggested_filename

        return suggested_filename(code)

    def export(self, code: str, dossier_id: str, out: Path, progress: Any = None,
               cancel: CancelToken | None = None, write: Writer = write_here) -> Any:
        """The searchable PDF of the dossier at `out` (DigitiseReport). OCR first, with progress
        per page; a cancel during OCR stops before any PDF is written."""
        from desk_app.digitise.service import digitise_dossier

        self.recognise(dossier_id, progress, cancel, write)
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled", "")
        return digitise_dossier(self.ctx, code, out, service=self.review.ocr, write=write)
