"""The photo a page was flattened from (issue 17): the page row holds the flattened page, what the
officer sees and OCR reads; this row keeps the photo as taken, as its master, with the corners the
page was found at and the quality warnings. Synced to the centre like the page (its photo among
the page images): the row's id is its page's id, one photo per page."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, Synced, utcnow


class PagePhoto(Synced, Base):
    __tablename__ = "page_photos"
    # `id` (Synced) is the page's id: `session.get(PagePhoto, page.id)` finds a page's photo.
    page_id: Mapped[str] = mapped_column(ForeignKey("pages.id"), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # the photo in the page store
    byte_size: Mapped[int | None] = mapped_column(Integer, default=None)  # of the photo
    mime: Mapped[str] = mapped_column(String(32), default="image/jpeg")
    corners: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[x, y] × 4] in the photo
    manual: Mapped[bool] = mapped_column(default=False)  # corners set by the officer
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)  # photo_dark / ...
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
