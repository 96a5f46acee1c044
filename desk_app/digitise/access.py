"""The Digitise area as the dossier details page and the `digitize` command use it: OCR of a
dossier's pages, the review service, and the searchable PDF. Built once by the composition root
(desk_app/bootstrap.py); in the client every call runs on a worker."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.context import AppContext
from desk_app.ocr.review import ReviewService
from desk_app.tasks import Cancelled, CancelToken, Progress, Writer, write_here

if TYPE_CHECKING:
    from desk_app.digitise.service import DigitiseReport

logger = logging.getLogger(__name__)


class DigitiseAccess:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.review = ReviewService(ctx)  # its OCR engine starts on first use, on a worker

    def recognise(self, dossier_id: str, progress: Progress | None = None,
                  cancel: CancelToken | None = None, write: Writer = write_here) -> int:
        """OCR of the pages without text yet, each stored (through `write`) as it is done (a
        cancel keeps them)."""
        return int(self.review.recognise(dossier_id, progress, cancel, write))

    def suggested_filename(self, code: str) -> str:
        # the PDF modules load when a PDF is made, not when the client starts
        from desk_app.digitise.service import suggested_filename

        return suggested_filename(code)

    def export(self, code: str, dossier_id: str, out: Path, progress: Progress | None = None,
               cancel: CancelToken | None = None, write: Writer = write_here) -> DigitiseReport:
        """The searchable PDF of the dossier at `out`. OCR first, with progress per page; a
        cancel during OCR stops before any PDF is written."""
        self.recognise(dossier_id, progress, cancel, write)
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled", "")
        from desk_app.digitise.service import digitise_dossier

        return digitise_dossier(self.ctx, code, out, service=self.review.ocr, write=write)

    def digitise(self, code: str, out: Path, progress: Progress | None = None) -> DigitiseReport:
        """The searchable PDF of the dossier `code` at `out`, OCR of missing pages included, with
        one progress line for both (the `digitize` command)."""
        from desk_app.digitise.service import digitise_dossier

        return digitise_dossier(self.ctx, code, out, progress=progress, service=self.review.ocr)
