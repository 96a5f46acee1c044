"""Reuse of a citizen's documents from the command line (issue 13, must-show 1, the reuse case), on a
fresh store with the shipped catalog, each command a real subprocess at its moment of the clock:
a first dossier digitised and attested; a second dossier of the same citizen taking the same kind of
document on paper gets exactly `paper_for_available_data` on that entry; a third taking the offered
document has no flag and the earlier pages; another citizen's reuse is refused; an expired
confirmation is not offered; the indicators count the reuse."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from desk_app.demo.dossiers import PageRenderer

ROOT = Path(__file__).resolve().parents[2]
AN = {"name": "Nguyễn Văn An", "id_number": "031090123456", "birth_date": "15/03/1990",
      "sex": "male", "address": "Số 5 Lạch Tray, Hải Phòng"}
BINH = {"name": "Trần Thị Bình", "id_number": "031190654321", "birth_date": "02/07/1990",
        "sex": "female", "address": "Số 9 Cầu Đất, Hải Phòng"}
DAY1, DAY2 = "2026-12-04T10:00", "2026-12-07T09:00"


class Counter:
    def __init__(self, home: Path, files: Path) -> None:
        self.home, self.files = home, files

    def run(self, clock: str, *args: str, user: str = "canbo1", password: str = "Canbo1@2026",
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DESK_APP_HOME": str(self.home), "DESK_APP_USER": user,
               "DESK_APP_PASSWORD": password, "PYTHONPATH": str(ROOT), "DESK_APP_CLOCK": clock}
        env.pop("DESK_APP_CENTRAL_URL", None)
        return subprocess.run([sys.executable, "-m", "desk_app", *args], check=False, input=stdin,
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)

    def json(self, clock: str, *args: str, **kw: Any) -> Any:
        out = self.run(clock, *args, **kw)
        assert out.returncode == 0, (args, out.stderr)
        return json.loads(out.stdout)

    def receive(self, clock: str, name: str, procedure: str, applicant: dict[str, str],
                components: list[dict[str, Any]]) -> subprocess.CompletedProcess[str]:
        body = {"procedure": procedure, "applicant": applicant, "components": components,
                "decision": "receive"}
        path = self.files / f"{name}.json"
        path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        return self.run(clock, "receive", str(path), "--json")

    def flagged(self) -> list[dict[str, Any]]:
        return self.json("2026-12-31T17:00", "report", "verifications", "--flagged", "--format",
                         "json", user="giamsat", password="Giamsat@2026")

    def entries(self, code: str) -> list[Any]:
        from sqlalchemy import select

        from db.models import VerificationEntry
        from desk_app.context import open_context

        ctx = open_context(self.home)
        try:
            with ctx.sessions() as s:
                return list(s.scalars(select(VerificationEntry)
                                      .where(VerificationEntry.dossier_code == code)).all())
        finally:
            ctx.close()

    def pages(self, code: str) -> list[str]:
        detail = self.json(DAY2, "dossiers", "list", "--json", "--search", code)
        assert len(detail) == 1
        from sqlalchemy import select

        from db.models import Dossier, Page
        from desk_app.context import open_context

        ctx = open_context(self.home)
        try:
            with ctx.sessions() as s:
                d = s.scalars(select(Dossier).where(Dossier.code == code)).one()
                return list(s.scalars(select(Page.sha256).where(Page.dossier_id == d.id)))
        finally:
            ctx.close()


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> Counter:
    base = tmp_path_factory.mktemp("reuse")
    files = base / "files"
    files.mkdir()
    renderer = PageRenderer()
    for i, title in enumerate(["Tờ khai", "Hợp đồng thuê nhà", "Xác nhận tình trạng hôn nhân"],
                              start=1):
        page = renderer.render(title, ["Họ và tên: Nguyễn Văn An", f"Trang mẫu {i}"], i)
        (files / f"p{i}.png").write_bytes(page.data)
    c = Counter(base / "home", files)
    out = c.run(DAY1, "demo-data", "--dossiers", "0")
    assert out.returncode == 0, out.stderr
    return c


@pytest.fixture(scope="module")
def first(counter: Counter) -> dict[str, Any]:
    """Đăng ký tạm trú: the proof of lawful residence compared with its original (match), and a
    marital-status confirmation taken and compared in a marriage registration."""
    c = counter
    out = c.receive(DAY1, "first", "1.004194", AN, [
        {"id": "1.004194#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.004194#2", "presented": "photocopy_with_original", "files": ["p2.png"],
         "original_files": ["p2.png"]},
        {"id": "1.004194#3", "presented": "national_data"}])
    assert out.returncode == 0, out.stderr
    code = json.loads(out.stdout)["code"]
    out = c.receive(DAY1, "marriage", "1.000894", AN, [
        {"id": "1.000894#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.000894#2", "presented": "national_data"},
        {"id": "1.000894#3", "presented": "original", "files": ["p3.png"],
         "original_files": ["p3.png"]}])
    assert out.returncode == 0, out.stderr
    # the reception entry of each component taken, and the comparison's entry (stage "check")
    (entry,) = [e for e in c.entries(code) if e.verdict == "match"]
    assert entry.stage == "check" and entry.procedure_component_id == "1.004194#2"
    return {"code": code, "entry": entry.id, "marriage": json.loads(out.stdout)["code"]}


def test_paper_taken_although_digitised_is_flagged_exactly(counter: Counter,
                                                          first: dict[str, Any]) -> None:
    c = counter
    offers = c.json(DAY2, "reusable", "--id-number", "-", "--procedure", "1.004222", "--json",
                    stdin=AN["id_number"] + "\n")
    assert [(o["component_id"], o["dossier_code"], o["entry_id"], o["kind"]) for o in offers] == \
        [("1.004222#2", first["code"], first["entry"], "lawful_residence_proof")]
    assert len(offers[0]["pages"]) == 1 and offers[0]["valid_until"] == "2027-12-04"
    out = c.receive(DAY2, "second", "1.004222", AN, [
        {"id": "1.004222#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.004222#2", "presented": "certified_copy", "files": ["p2.png"]},
        {"id": "1.004222#4", "presented": "national_data"}])
    assert out.returncode == 0, out.stderr
    code = json.loads(out.stdout)["code"]
    (entry,) = [e for e in c.entries(code) if e.procedure_component_id == "1.004222#2"]
    assert entry.reusable_from == first["entry"] and entry.reused_from is None
    flagged = [e for e in c.flagged() if e["dossier_code"] == code]
    assert [(e["procedure_component_id"], e["flags"]) for e in flagged] == \
        [("1.004222#2", ["paper_for_available_data"])]
    # the first dossier: its paper proof was flagged only because the catalog marks the component
    # as available as data (its reception entry), never for reuse; the comparison's entry carries
    # nothing
    assert [(e["stage"], e["flags"], e["reusable_from"]) for e in c.flagged()
            if e["dossier_code"] == first["code"]] == \
        [("reception", ["paper_for_available_data"], None)]


def test_reuse_taken_links_the_pages_without_a_flag(counter: Counter,
                                                   first: dict[str, Any]) -> None:
    c = counter
    out = c.receive(DAY2, "third", "1.004222", AN, [
        {"id": "1.004222#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.004222#2", "reuse": True},
        {"id": "1.004222#4", "presented": "national_data"}])
    assert out.returncode == 0, out.stderr
    code = json.loads(out.stdout)["code"]
    (entry,) = [e for e in c.entries(code) if e.procedure_component_id == "1.004222#2"]
    assert entry.reused_from == first["entry"] and entry.reusable_from is None
    assert entry.presentation_form == "electronic_copy"
    earlier = c.pages(first["code"])
    assert set(entry.page_hashes) < set(earlier)  # the same stored image, a new page row
    assert set(entry.page_hashes) <= set(c.pages(code))
    assert not [e for e in c.flagged() if e["dossier_code"] == code]


def test_another_citizens_entry_is_refused(counter: Counter, first: dict[str, Any]) -> None:
    c = counter
    before = c.json(DAY2, "dossiers", "list", "--json")
    out = c.receive(DAY2, "forged", "1.004222", BINH, [
        {"id": "1.004222#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.004222#2", "reuse": first["entry"]},
        {"id": "1.004222#4", "presented": "national_data"}])
    assert out.returncode == 2 and "người khác" in out.stderr and "Traceback" not in out.stderr
    assert c.json(DAY2, "dossiers", "list", "--json") == before
    # nor offered: nothing of An's is offered to Bình
    assert c.json(DAY2, "reusable", "--id-number", BINH["id_number"], "--procedure", "1.004222",
                  "--json") == []


def test_expired_confirmation_is_not_offered_nor_taken(counter: Counter,
                                                       first: dict[str, Any]) -> None:
    c = counter

    def offered(clock: str) -> list[str]:
        return [o["kind"] for o in c.json(clock, "reusable", "--id-number", AN["id_number"],
                                          "--procedure", "1.000894", "--json")]

    # a marital-status confirmation is valid 6 months from its attestation on 04/12/2026
    assert offered("2027-06-04T09:00") == ["marital_status_confirmation"]
    assert offered("2027-06-05T09:00") == []
    (entry,) = [e for e in c.entries(first["marriage"]) if e.verdict == "match"]
    out = c.receive("2027-06-07T09:00", "late", "1.000894", AN, [
        {"id": "1.000894#1", "presented": "original", "files": ["p1.png"]},
        {"id": "1.000894#2", "presented": "national_data"},
        {"id": "1.000894#3", "reuse": entry.id}])
    assert out.returncode == 2 and "hết thời hạn" in out.stderr


def test_indicators_count_documents_reused_and_offered(counter: Counter,
                                                       first: dict[str, Any]) -> None:
    c = counter
    report = c.json("2026-12-31T17:00", "report", "indicators", "--format", "json",
                    "--from", "2026-12-07", "--to", "2026-12-07", user="giamsat",
                    password="Giamsat@2026")
    # 07/12: one document reused (third), one taken on paper although offered (second)
    assert report["document_reuse"] == {"reused": 1, "offered": 2, "rate": 0.5}
    before = c.json("2026-12-31T17:00", "report", "indicators", "--format", "json",
                    "--from", "2026-12-04", "--to", "2026-12-04", user="giamsat",
                    password="Giamsat@2026")
    assert before["document_reuse"] == {"reused": 0, "offered": 0, "rate": None}
    pdf = c.files / "indicators.pdf"
    out = c.run("2026-12-31T17:00", "report", "indicators", "--format", "pdf", "-o", str(pdf),
                "--from", "2026-12-07", "--to", "2026-12-07", user="giamsat",
                password="Giamsat@2026")
    assert out.returncode == 0, out.stderr
    text = " ".join(unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout).split())
    assert "được đề nghị dùng lại: 2, đã dùng lại: 1." in text
