"""The index of citizens by keyed hash (citizen_key.py): one row per dossier whose applicant gave an
ID number. New dossiers are indexed as they are saved; the dossiers of a store made before the index
(or indexed under another key) are indexed on the first use, once per key (setting
`citizen_index_key`)."""
from __future__ import annotations

import logging

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Applicant, Dossier, Setting
from db.models_reuse import CitizenIndex
from desk_app.reuse.citizen_key import citizen_key, key_id

logger = logging.getLogger(__name__)

BUILT_SETTING = "citizen_index_key"


def ensure_index(s: Session, key: bytes) -> None:
    """Indexes every dossier of the store under `key` unless that was done already (in the caller's
    transaction)."""
    kid = key_id(key)
    done = s.get(Setting, BUILT_SETTING)
    if done is not None and done.value == kid:
        return
    s.execute(delete(CitizenIndex))
    rows = s.execute(
        select(Dossier.id, Applicant.id_number)
        .join(Applicant, Dossier.applicant_id == Applicant.id)
        .where(Applicant.id_number.is_not(None), Applicant.id_number != ""))
    count = 0
    for dossier_id, id_number in rows:
        s.add(CitizenIndex(dossier_id=dossier_id, citizen_key=citizen_key(key, id_number or ""),
                           key_id=kid))
        count += 1
    s.merge(Setting(key=BUILT_SETTING, value=kid))
    s.flush()
    logger.info("citizen index built: %d dossiers", count)


def index_dossier(s: Session, key: bytes, dossier_id: str, id_number: str) -> str | None:
    """Indexes a dossier being saved; returns the citizen's keyed hash (None without ID number)."""
    if not id_number.strip():
        return None
    ck = citizen_key(key, id_number)
    s.add(CitizenIndex(dossier_id=dossier_id, citizen_key=ck, key_id=key_id(key)))
    return ck


def dossiers_of(s: Session, ck: str) -> list[str]:
    return list(s.scalars(select(CitizenIndex.dossier_id).where(CitizenIndex.citizen_key == ck)))


def owner_key(s: Session, dossier_id: str) -> str | None:
    row = s.get(CitizenIndex, dossier_id)
    return row.citizen_key if row is not None else None
