"""The reception draft of `desk-app receive DRAFT.json` (docs/cli.md#the-dossiers-life-after-reception): read, checked and
turned into the ReceptionDraft the reception screen builds, plus what the screen records beside it
(the comparison of an original's scan with the copy). What the officer asked for (`requested`,
`request_reason`) and each extra's `reason` travel in the ReceptionDraft itself: the reception
service writes them to the verification log when it saves (desk_app/reception_log.py).

A draft the screen would refuse is refused here the same way, before anything is stored: bad JSON,
an unknown procedure or component, an unreadable file (the copies' and the originals'); the
reception service then refuses a missing required component or a decision without its reason."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.types import PresentationForm, Verdict
from desk_app.errors import InputRefused
from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft
from desk_app.reuse.draft_reuse import reuse_choice, reused_form

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.bootstrap import Services
    from desk_app.reception import ReceptionService

_SEX = {"male": "male", "nam": "male", "female": "female", "nữ": "female", "nu": "female"}


@dataclass
class _Officer:  # the verification log's officer (a protocol with plain attributes)
    id: str
    full_name: str


@dataclass
class DraftFile:
    reception: ReceptionDraft
    # component index -> the original's scans, compared with the copy after saving
    originals: dict[int, list[Path]] = field(default_factory=dict)

    def check_originals(self) -> None:
        """Every original's scan readable, before anything is stored."""
        from desk_app.capture.loader import load_many

        files = [f for group in self.originals.values() for f in group]
        if files:
            load_many(files)

    def record_verifications(self, services: Services, code: str, officer: AccountInfo) -> None:
        """What the screen's comparison records: for a component shown with its original, the
        original's scan compared with the copy and the verdict appended as a "check" entry after
        the component's reception entry (which already holds what was taken and asked)."""
        from desk_app.verification.service import AttestRequest

        indexes = sorted(self.originals)
        if not indexes:
            return
        detail = services.reception.dossier(code)
        verification = services.verification
        for index in indexes:
            comp = detail.components[index]
            if comp.form is None:
                continue
            pack = None
            decision = Verdict.NOT_COMPARED
            originals = self.originals.get(index, [])
            copies = verification.copy_pages(comp.id)
            if originals and copies:
                pack = verification.compare(originals[0],
                                            services.reception.page_bytes(copies[0]))
                decision = Verdict(pack.result.verdict)
            verification.attest(AttestRequest(
                dossier_id=detail.summary.id, component_id=comp.id,
                officer=_Officer(officer.id, officer.full_name),
                presentation_form=comp.form, original_shown=bool(originals),
                decision=decision), pack)


def _text(obj: dict[str, Any], key: str, default: str = "") -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str | int):
        raise InputRefused("bad_draft", key)
    return str(value).strip()


def _form(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return PresentationForm(str(value)).value
    except ValueError:
        raise InputRefused("invalid_presentation_form", where) from None


def _files(obj: dict[str, Any], key: str, base: Path) -> list[Path]:
    value = obj.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputRefused("bad_draft", key)
    return [(base / v) if not Path(v).is_absolute() else Path(v) for v in value]


def _person(obj: object, where: str) -> PersonInput:
    if not isinstance(obj, dict):
        raise InputRefused("bad_draft", where)
    born = _text(obj, "birth_date")
    birth = None
    if born:
        try:
            birth = dt.datetime.strptime(born, "%d/%m/%Y").date()
        except ValueError:
            raise InputRefused("bad_draft", f"{where}.birth_date") from None
    sex = _text(obj, "sex").lower()
    if sex and sex not in _SEX:
        raise InputRefused("bad_draft", f"{where}.sex")
    return PersonInput(full_name=_text(obj, "name"), id_number=_text(obj, "id_number"),
                       birth_date=birth, sex=_SEX.get(sex), address=_text(obj, "address"),
                       phone=_text(obj, "phone"), email=_text(obj, "email"))


def load_draft(path: Path, reception: ReceptionService) -> DraftFile:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputRefused("file_not_found", str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputRefused("bad_draft", type(exc).__name__) from None
    if not isinstance(raw, dict):
        raise InputRefused("bad_draft", "")
    base = Path(path).resolve().parent  # relative file names are relative to the draft
    proc = reception.procedure(_text(raw, "procedure"))
    published = {c.id: c for c in proc.components}
    channel = _text(raw, "channel", "counter")
    if channel not in ("counter", "post", "online"):
        raise InputRefused("bad_draft", "channel")
    decision = _text(raw, "decision", "receive")
    if decision not in ("receive", "supplement", "refuse"):
        raise InputRefused("bad_draft", "decision")
    out = DraftFile(ReceptionDraft(
        procedure_code=proc.code, applicant=_person(raw.get("applicant"), "applicant"),
        submitter=_person(raw["submitter"], "submitter") if raw.get("submitter") else None,
        channel=channel, decision=decision, reason=_text(raw, "reason"),
        delivery_method={"online": "online", "post": "post"}.get(
            _text(raw, "delivery", "desk"), "desk"),
    ))
    comps = raw.get("components") or []
    extras = raw.get("extras") or []
    if not isinstance(comps, list) or not isinstance(extras, list):
        raise InputRefused("bad_draft", "components")
    seen: set[str] = set()
    for item in comps:
        if not isinstance(item, dict):
            raise InputRefused("bad_draft", "components")
        cid = _text(item, "id")
        if cid not in published or cid in seen:
            raise InputRefused("unknown_component", cid)
        seen.add(cid)
        form = _form(item.get("presented"), cid)
        requested = _form(item.get("requested"), cid)
        originals = _files(item, "original_files", base)
        copies = item.get("copies", 1)
        if not isinstance(copies, int) or copies < 1:
            raise InputRefused("bad_draft", f"{cid}.copies")
        reuse_of = reuse_choice(item.get("reuse"), cid, out.reception, reception)  # docs/reuse.md
        if reuse_of:
            form = reused_form(form, cid)
        index = len(out.reception.components)
        out.reception.components.append(ComponentInput(
            cid, published[cid].name, form, copies,
            original_shown=bool(originals) or form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL,
            files=_files(item, "files", base), reuse_of=reuse_of,
            requested_form=requested,
            request_reason=_text(item, "request_reason")))
        if originals:
            out.originals[index] = originals
    notes = []
    for item in extras:
        if not isinstance(item, dict) or not _text(item, "name"):
            raise InputRefused("bad_draft", "extras")
        if not _text(item, "reason"):  # a paper not on the published list is taken for a reason
            raise InputRefused("extra_reason_required", _text(item, "name"))
        form = _form(item.get("presented"), "extras") or "original"
        out.reception.components.append(ComponentInput(
            None, _text(item, "name"), form, 1,
            original_shown=form == PresentationForm.PHOTOCOPY_WITH_ORIGINAL,
            files=_files(item, "files", base), extra_reason=_text(item, "reason")))
        notes.append(f"{_text(item, 'name')}: {_text(item, 'reason')}")
    if notes:
        out.reception.note = "Giấy tờ ngoài danh mục — " + "; ".join(notes)
    return out
