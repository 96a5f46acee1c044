"""The dossier's life after reception (issue 12, migration 0008): one row per real step — the
reception itself, each hand-over between units (the rows of the Mẫu 06 control sheet), the
citizen's supplement, the result coming back, a Mẫu 04 apology, the return to the citizen.
Rows are synced to the centre (central migration c003_lifecycle) and never rewritten: the
dossier's status and times (`dossiers.status`, `resolved_at`, `returned_at`, `new_due_at`,
`timeliness`) are set by desk_app/lifecycle in the same transaction as the step that caused them."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, Synced


class DossierStep(Synced, Base):
    __tablename__ = "dossier_steps"
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"))
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 ... per dossier, in time order
    # reception / supplement / handover / result / apology / return (desk_app/lifecycle/types.py)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime)  # local time of the counter
    officer_id: Mapped[str | None] = mapped_column(String(36), default=None)  # who recorded it
    giver: Mapped[str] = mapped_column(String(255), default="")
    giver_unit: Mapped[str] = mapped_column(String(16), default="")  # counter/specialist/leader/citizen
    receiver: Mapped[str] = mapped_column(String(255), default="")
    receiver_unit: Mapped[str] = mapped_column(String(16), default="")
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # first due date
    timeliness: Mapped[str | None] = mapped_column(String(8), default=None)  # early/on_time/late
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # apology: why the result is late
    new_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)  # apology
    method: Mapped[str] = mapped_column(String(16), default="")  # return: desk / post / online
    # return: the collector's ID number as checked at the desk (the card reader or by eye)
    id_number: Mapped[str | None] = mapped_column(String(20), default=None)
    id_checked: Mapped[bool] = mapped_column(Boolean, default=False)  # read from the ID card
    authorised: Mapped[bool] = mapped_column(Boolean, default=False)  # collector is not the applicant
    fees: Mapped[int | None] = mapped_column(Integer, default=None)  # VND collected at the return
    electronic: Mapped[bool] = mapped_column(Boolean, default=False)  # result: electronic result
    pages: Mapped[int] = mapped_column(Integer, default=0)  # pages added by this step
    __table_args__ = (Index("ix_dossier_steps_dossier", "dossier_id", "position"),)
