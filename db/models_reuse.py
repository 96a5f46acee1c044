"""The index of citizens by a keyed hash of their ID number (issue 13, docs/reuse.md): one row per
dossier, so the documents a citizen had attested in earlier dossiers are found without reading or
comparing ID numbers in clear. Local to the store (the key is the unit's, the rows are rebuilt from
the applicants when the key changes); not synced."""
from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base


class CitizenIndex(Base):
    __tablename__ = "citizen_index"
    dossier_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_key: Mapped[str] = mapped_column(String(64), index=True)  # HMAC-SHA256, hex
    key_id: Mapped[str] = mapped_column(String(16))  # which key made it (rotation)
