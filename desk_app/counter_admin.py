"""A counter's identity and settings: `enrol` sets agency, slot and name in one step (registered at
the centre when one is named, which refuses a slot another counter holds); `settings` reads and
writes the other values, each checked before it is stored (docs/administration.md#settings)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import OutboxEntry, Setting
from desk_app.context import AppContext
from desk_app.domain.dossier_code import validate_agency_code
from desk_app.domain.text import clean
from desk_app.errors import DeskError, InputRefused

GRACE_KEY = "maintenance.grace_hours"
MASTER_FORMAT_KEY = "capture.master_format"  # desk_app/capture/encode.py (not imported: Pillow)


def _slot(value: str) -> str:
    if not re.fullmatch(r"[0-9]", value.strip()):
        raise InputRefused("invalid_workstation_slot", value)
    return value.strip()


def _name(value: str) -> str:
    text = clean(value)
    if not text or len(text) > 64:
        raise InputRefused("invalid_setting", "tên quầy: 1-64 ký tự")
    return text


def _operating(value: str) -> str:
    if not re.fullmatch(r"[0-9]{2}", value.strip()):
        raise InputRefused("invalid_operating_agency", value)
    return value.strip()


def _int_range(low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not value.strip().isdigit() or not low <= int(value) <= high:
            raise InputRefused("invalid_setting", f"số nguyên từ {low} đến {high}")
        return str(int(value))
    return check


def _master(value: str) -> str:
    from desk_app.capture.encode import MasterFormat

    try:
        return str(MasterFormat.parse(value.strip()))
    except DeskError as exc:
        raise InputRefused("invalid_master_format", value) from exc


def _agency(value: str) -> str:
    return validate_agency_code(value.strip())


@dataclass(frozen=True)
class SettingSpec:
    key: str
    text: str  # Vietnamese: what it is
    check: Callable[[str], str]
    default: str
    identity: bool = False  # part of the counter's identity: set with `enrol`


SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("workstation_name", "tên quầy (in trên phiếu)", _name, "Quầy 1", True),
    SettingSpec("agency_code", "mã cơ quan tiếp nhận (mã định danh điện tử)", _agency,
                "H31.12.05", True),
    SettingSpec("workstation_slot", "số thứ tự quầy 0-9 (chữ số hàng nghìn của số hồ sơ)", _slot,
                "0", True),
    SettingSpec("operating_agency", "mã 2 chữ số của cơ quan vận hành (dịch vụ tập trung)",
                _operating, "01"),
    SettingSpec("offline_login_days", "số ngày được đăng nhập ngoại tuyến sau lần trực tuyến",
                _int_range(1, 90), "14"),
    SettingSpec(MASTER_FORMAT_KEY, "định dạng ảnh gốc: lossless, lossless:png hoặc jpeg:50-100", _master,
                "lossless"),
    SettingSpec(GRACE_KEY, "số giờ chờ trước khi dọn tệp mồ côi/tạm (bảo trì)",
                _int_range(1, 720), "24"),
)}
READ_ONLY_PREFIXES = ("workstation_id", "catalog_version", "holidays_version", "snapshot_version:")


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: str
    text: str
    editable: bool


def list_settings(ctx: AppContext) -> list[SettingRow]:
    with ctx.sessions() as s:
        stored = {r.key: r.value for r in s.scalars(select(Setting))}
    rows = [SettingRow(k, stored.get(k, spec.default), spec.text, True)
            for k, spec in SETTINGS.items()]
    rows += [SettingRow(k, v, "chỉ đọc", False) for k, v in sorted(stored.items())
             if k.startswith(READ_ONLY_PREFIXES)]
    return rows


def get_setting(ctx: AppContext, key: str) -> str:
    for row in list_settings(ctx):
        if row.key == key:
            return row.value
    raise InputRefused("unknown_setting", key)


def set_setting(ctx: AppContext, key: str, value: str) -> str:
    spec = SETTINGS.get(key)
    if spec is None:
        raise InputRefused("unknown_setting", key)
    checked = spec.check(value)
    if spec.identity:
        current = {"agency_code": ctx.workstation.agency_code,
                   "workstation_slot": str(ctx.workstation.slot)}
        if key in current and current[key] != checked:
            _refuse_if_synced(ctx)
    ctx.set_setting(key, checked)
    _reload_identity(ctx)
    return checked


def _refuse_if_synced(ctx: AppContext) -> None:
    """A counter whose dossiers already reached the centre keeps its agency and slot: the centre
    knows it by them (a new store, or the centre's administrator, changes them)."""
    with ctx.sessions() as s:
        sent = s.scalar(select(func.count()).select_from(OutboxEntry)
                        .where(OutboxEntry.state == "sent"))
    if sent:
        raise InputRefused("identity_locked", "")


def _reload_identity(ctx: AppContext) -> None:
    ws = ctx.workstation
    ws.name = ctx.setting("workstation_name", ws.name) or ws.name
    ws.agency_code = ctx.setting("agency_code", ws.agency_code) or ws.agency_code
    ws.slot = int(ctx.setting("workstation_slot", str(ws.slot)) or ws.slot)
    ws.operating_agency = ctx.setting("operating_agency", ws.operating_agency) or "01"


@dataclass(frozen=True)
class Enrolment:
    workstation_id: str
    agency_code: str
    slot: int
    name: str
    central_login_url: str | None  # the counter's own login to the centre, when registered


def enrol(ctx: AppContext, agency: str, slot: int, name: str,
          central_url: str | None = None) -> Enrolment:
    """Sets the counter's identity in one step; with `central_url` (owner's URL) registers it
    there first, so a slot another counter of the agency holds is refused and nothing changes."""
    agency = _agency(agency)
    slot_text = _slot(str(slot))
    name = _name(name)
    changes_identity = (agency != ctx.workstation.agency_code
                        or int(slot_text) != ctx.workstation.slot)
    if changes_identity:
        _refuse_if_synced(ctx)
    login_url = None
    if central_url:
        login_url = _register(central_url, ctx.workstation.id, agency, int(slot_text), name)
    with ctx.sessions.begin() as s:
        for key, value in (("agency_code", agency), ("workstation_slot", slot_text),
                           ("workstation_name", name)):
            s.merge(Setting(key=key, value=value))
    _reload_identity(ctx)
    return Enrolment(ctx.workstation.id, agency, int(slot_text), name, login_url)


def _register(url: str, ws_id: str, agency: str, slot: int, name: str) -> str:
    import psycopg

    from db.central.admin import slot_holder
    from db.central.schema import add_workstation

    holder = slot_holder(url, agency, slot)
    if holder is not None and holder != ws_id:
        raise InputRefused("slot_taken", f"{agency} / {slot}")
    try:
        return add_workstation(url, ws_id, agency, slot, name).url
    except psycopg.errors.UniqueViolation as exc:
        text = str(exc)
        if "slot_mismatch" in text:
            raise InputRefused("identity_locked", text.splitlines()[0][:120]) from exc
        raise InputRefused("slot_taken", f"{agency} / {slot}") from exc
