"""What demo officers ask for at the counter, and the comparisons they run afterwards, so that the
supervisor's screens show every flag kind from real service calls (docs/flags.md#demo-data).

Nothing here writes a log entry: the reception service records what was taken and asked when the
dossier is saved (desk_app/reception_log.py) and the verification service appends each later
comparison. This module only decides, as an officer would, what to ask for (with a reason) and
which copies to compare. Each kind of irregularity first happens at the first eligible component
of the run (so even a small demo shows them all), then at the documented rates; one officer, the
unit's "problem officer", asks for certified copies PROBLEM_OFFICER_FACTOR times as often."""
from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desk_app.domain.types import PresentationForm as F
from desk_app.domain.types import Verdict
from desk_app.reception_types import ComponentInput, ProcedureInfo, ReceptionDraft

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.bootstrap import Services

# Probability per eligible component (per dossier for an extra paper); docs/flags.md lists them.
RATES: dict[str, float] = {
    "certified_copy_demanded": 0.05,
    "original_demanded_for_certified_copy": 0.04,
    "copy_of_shown_document": 0.03,
    "paper_for_available_data": 0.04,  # the ID card's paper asked for although on VNeID
    "not_on_published_list": 0.03,
    "mismatch_overridden": 0.03,
    "no_page_images": 0.02,
    "genuine_mismatch": 0.01,  # a real difference the officer rejects: no flag
    "faithful_check": 0.03,  # a comparison that matches: no flag
}
PROBLEM_OFFICER_FACTOR = 3.0
PROBLEM_OFFICER = "canbo2"
# Each real comparison costs about half a second: a demo run compares at most this many copies.
MAX_COMPARISONS = 8

UNLISTED_PAPERS = (
    "Sổ hộ khẩu",  # abolished on 01/01/2023
    "Giấy xác nhận cư trú của công an xã",
    "Bản sao giấy khai sinh có chứng thực của cha mẹ",
)
REQUEST_REASONS = (
    "Bản chụp không rõ nét",
    "Để lưu hồ sơ theo yêu cầu của bộ phận chuyên môn",
    "Cán bộ đề nghị bổ sung cho chắc chắn",
)
EXTRA_REASONS = ("Bộ phận giải quyết yêu cầu thêm", "Theo thói quen lưu hồ sơ cũ")
OVERRIDE_REASONS = (
    "Khác biệt do ghi chú viết tay trên bản chính, nội dung khớp",
    "Công dân xác nhận là cùng một giấy tờ",
)


@dataclass
class DemoAsking:
    rng: random.Random
    seen: set[str] = field(default_factory=set)  # kinds that happened at least once
    comparisons: int = 0

    def _happens(self, kind: str, factor: float = 1.0) -> bool:
        if kind not in self.seen or self.rng.random() < min(1.0, RATES[kind] * factor):
            self.seen.add(kind)
            return True
        return False

    def ask(self, draft: ReceptionDraft, proc: ProcedureInfo, officer: AccountInfo) -> None:
        """Adds to the draft what the officer asks for beyond the most lenient form, each request
        with its reason, and now and then a paper not on the published list."""
        info = {c.id: c for c in proc.components}
        factor = PROBLEM_OFFICER_FACTOR if officer.username == PROBLEM_OFFICER else 1.0
        for comp in draft.components:
            c = info.get(comp.procedure_component_id or "")
            if c is None or comp.form is None:
                continue
            kind, asked = "", F.ORIGINAL
            accepted = set(c.accepted_forms)
            if c.requirement == "submit" and not c.available_as_data and \
                    F.PHOTOCOPY_WITH_ORIGINAL in accepted and \
                    comp.form in (F.ORIGINAL, F.PHOTOCOPY_WITH_ORIGINAL):
                kind, asked = "certified_copy_demanded", F.CERTIFIED_COPY
            elif c.requirement == "submit" and not c.available_as_data and \
                    comp.form in (F.CERTIFIED_COPY, F.MASTER_REGISTER_COPY):
                kind, asked = "original_demanded_for_certified_copy", F.ORIGINAL
            elif c.requirement == "show" and comp.form == F.ORIGINAL:
                kind, asked = "copy_of_shown_document", F.PHOTOCOPY_WITH_ORIGINAL
            elif c.requirement == "show" and c.available_as_data and comp.form == F.NATIONAL_DATA:
                kind, asked = "paper_for_available_data", F.ORIGINAL
            if not kind or not self._happens(
                    kind, factor if kind == "certified_copy_demanded" else 1.0):
                continue
            if kind == "paper_for_available_data":  # the citizen shows the paper card after all
                comp.form, comp.original_shown = F.ORIGINAL.value, True
            comp.requested_form = asked.value
            comp.request_reason = self.rng.choice(REQUEST_REASONS)
        if draft.decision == "receive" and self._happens("not_on_published_list"):
            draft.components.append(ComponentInput(
                None, self.rng.choice(UNLISTED_PAPERS), F.PHOTOCOPY_WITH_ORIGINAL.value,
                original_shown=True, extra_reason=self.rng.choice(EXTRA_REASONS)))

    def check(self, services: Services, code: str, officer: AccountInfo) -> None:
        """Later comparisons of photocopies with their originals, through the verification
        service: a faithful original (match), an original with a note the copy lacks (the engine
        says mismatch; the officer accepts it with a reason, or rejects it), or a comparison that
        failed and was decided by eye without page images."""
        from desk_app.verification.service import AttestRequest

        detail = services.reception.dossier(code)
        for comp in detail.components:
            if comp.form != F.PHOTOCOPY_WITH_ORIGINAL or comp.requirement != "submit":
                continue
            copies = services.verification.copy_pages(comp.id)
            if not copies:
                continue
            kind = next((k for k in ("mismatch_overridden", "no_page_images", "genuine_mismatch",
                                     "faithful_check") if self._happens(k)), "")
            if not kind or (kind != "no_page_images" and self.comparisons >= MAX_COMPARISONS):
                continue
            request = AttestRequest(
                dossier_id=detail.summary.id, component_id=comp.id,
                officer=_Officer(officer.id, officer.full_name),
                presentation_form=comp.form, original_shown=True, decision=Verdict.MATCH)
            if kind == "no_page_images":  # the comparison could not run; decided by eye
                services.verification.attest(request, None)
                continue
            copy = services.reception.page_bytes(copies[0])
            original = copy if kind == "faithful_check" else _annotated(copy)
            pack = services.verification.compare(original, copy, ocr=False)
            self.comparisons += 1
            request.decision = Verdict(pack.result.verdict)
            if kind == "genuine_mismatch":
                request.decision = Verdict.MISMATCH
            elif kind == "mismatch_overridden" and pack.result.flagged:
                request.decision = Verdict.MATCH
                request.override_reason = self.rng.choice(OVERRIDE_REASONS)
            services.verification.attest(request, pack)


@dataclass
class _Officer:  # the verification log's officer (a protocol with plain attributes)
    id: str
    full_name: str


def _annotated(page: bytes) -> bytes:
    """The original as the citizen shows it: the same page with a handwritten-like note the
    photocopy does not have."""
    from PIL import Image, ImageDraw

    img = Image.open(io.BytesIO(page)).convert("L")
    draw = ImageDraw.Draw(img)
    w, h = img.size
    draw.text((int(w * 0.1), int(h * 0.85)), "Ghi chú: đã sửa ngày sinh thành 07/08/1998", fill=20)
    draw.line((int(w * 0.1), int(h * 0.88), int(w * 0.6), int(h * 0.87)), fill=30, width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()
