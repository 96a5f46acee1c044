"""The plain core the desktop client wraps: one sync round that never raises for network trouble
(the status records it), and the status read. Built once per window by the composition root."""
from __future__ import annotations

import logging
import os

from desk_app.context import AppContext
from desk_app.errors import DeskError
from desk_app.sync.client import SyncClient, requeue
from desk_app.sync.status import SyncStatus, read_status
from desk_app.tasks import Writer, write_here

logger = logging.getLogger(__name__)


class SyncService:
    def __init__(self, ctx: AppContext, url: str | None = None) -> None:
        self.ctx = ctx
        self.url = url if url is not None else os.environ.get("DESK_APP_CENTRAL_URL") or None

    @property
    def configured(self) -> bool:
        return bool(self.url)

    def status(self) -> SyncStatus:
        return read_status(self.ctx, self.configured)

    def run_round(self, write: Writer = write_here) -> SyncStatus:
        """Pushes and pulls once; transient failures and refusals end up in the status. The
        round's local writes go through `write` (the client's single writer)."""
        if self.url:
            try:
                SyncClient(self.ctx, self.url, write=write).run_once()
            except DeskError as exc:
                logger.info("sync round failed: %s", exc.code)
        return self.status()

    def retry(self, seqs: list[int]) -> int:
        return requeue(self.ctx, seqs)
