"""Photos taken before their rows were synced (a store older than local migration 0019) are put in
the outbox once, by the first sync round that finds them: each row gets its size from the page
store and a workstation sequence, and the outbox hook (db/outbox.py) writes its operation in the
same transaction. A photo whose file is gone keeps size 0; the centre then never gets its bytes and
the operation is refused as `image_missing_locally`, shown to the officer like any other."""
from __future__ import annotations

from sqlalchemy import select

from db.models_photo import PagePhoto
from desk_app.context import AppContext


def queue_unsent_photos(ctx: AppContext) -> int:
    """Puts every photo row that has never been queued into the outbox; returns how many."""
    with ctx.sessions() as s:
        photos = list(s.scalars(select(PagePhoto).where(PagePhoto.ws_seq.is_(None))))
        for photo in photos:
            try:
                photo.byte_size = ctx.pages.path(photo.sha256).stat().st_size
            except OSError:
                photo.byte_size = 0
        if photos:
            s.commit()
    return len(photos)
