from __future__ import annotations

import os
import time

from desk_app.maintenance import prune_orphans
from desk_app.page_intake import PreparedPage, stage_pages


def test_orphan_blobs_pruned_after_grace(ctx) -> None:
    staged = stage_pages(ctx.pages, [PreparedPage(b"abandoned scan", "image/png", 1, 1, 300, "grey")])
    sha = staged[0].sha256
    assert sha and ctx.pages.exists(sha)
    assert prune_orphans(ctx) == 0  # still inside the grace period
    old = time.time() - 48 * 3600
    os.utime(ctx.pages.path(sha), (old, old))
    assert prune_orphans(ctx) == 1
    assert not ctx.pages.exists(sha)
