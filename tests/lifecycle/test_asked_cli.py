"""What the officer asked for, recorded where it happens (issue 13, "It must show" 1, except the
reuse case): `receive` drafts on a fresh store with the shipped catalog, each irregularity made by
a real reception, and `report verifications --flagged --format json` giving exactly the irregular
entries, each with exactly its flag code. A later comparison of a component adds a "check" entry
that raises nothing again."""
from __future__ import annotations

from typing import Any

import pytest

from desk_app.demo.dossiers import PageRenderer

from .test_cli_life import Counter

BIRTH = "1.001193"  # Đăng ký khai sinh: #2 birth certificate (photocopy+original accepted), #4 ID (show, data)
RESIDENCE = "1.004194"  # Đăng ký tạm trú: #2 proof of residence (available as data)
CLOCK = "2026-12-07T09:00"


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> Counter:
    base = tmp_path_factory.mktemp("asked")
    files = base / "files"
    files.mkdir()
    renderer = PageRenderer()
    for i, title in enumerate(["Tờ khai", "Giấy chứng sinh"], start=1):
        (files / f"p{i}.png").write_bytes(renderer.render(title, [f"Trang mẫu {i}"], i).data)
    c = Counter(base / "home", files)
    c.ok(None, "demo-data", "--dossiers", "0")
    return c


def _birth(**second: Any) -> list[dict[str, Any]]:
    return [{"id": f"{BIRTH}#1", "presented": "original", "files": ["p1.png"]},
            {"id": f"{BIRTH}#2", "presented": "photocopy_with_original", "files": ["p2.png"],
             **second},
            {"id": f"{BIRTH}#4", "presented": "national_data"}]


def _residence(proof: str) -> list[dict[str, Any]]:
    return [{"id": f"{RESIDENCE}#1", "presented": "original", "files": ["p1.png"]},
            {"id": f"{RESIDENCE}#2", "presented": proof,
             **({"files": ["p2.png"]} if proof != "electronic_copy" else {})},
            {"id": f"{RESIDENCE}#3", "presented": "national_data"}]


def test_each_irregularity_from_a_real_reception_gives_exactly_its_flag(counter: Counter) -> None:
    c = counter
    reason = {"request_reason": "Cán bộ yêu cầu thêm"}
    id_shown = [{"id": f"{BIRTH}#1", "presented": "original", "files": ["p1.png"]},
                {"id": f"{BIRTH}#2", "presented": "certified_copy", "files": ["p2.png"]},
                {"id": f"{BIRTH}#4", "presented": "original",
                 "requested": "photocopy_with_original", **reason}]
    cases: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]], dict[str, list[str]]]] = [
        ("certified", BIRTH, _birth(requested="certified_copy", original_files=["p2.png"], **reason),
         [], {f"{BIRTH}#2": ["certified_copy_demanded"]}),
        ("original", BIRTH, _birth(presented="certified_copy", requested="original", **reason), [],
         {f"{BIRTH}#2": ["original_demanded_for_certified_copy"]}),
        ("shown_copied", BIRTH, id_shown, [], {f"{BIRTH}#4": ["copy_of_shown_document"]}),
        ("extra", BIRTH, _birth(), [{"name": "Sổ hộ khẩu", "presented": "photocopy_with_original",
                                     "reason": "Cán bộ đề nghị nộp thêm"}],
         {"Sổ hộ khẩu": ["not_on_published_list"]}),
        ("paper_for_data", RESIDENCE, _residence("photocopy_with_original"), [],
         {f"{RESIDENCE}#2": ["paper_for_available_data"]}),
        ("regular_birth", BIRTH, _birth(original_files=["p2.png"]), [], {}),
        ("regular_residence", RESIDENCE, _residence("electronic_copy"), [], {}),
    ]
    expected: dict[tuple[str, str], list[str]] = {}
    for name, proc, comps, extras, flags in cases:
        draft = c.draft(name, procedure=proc, components=comps, extras=extras)
        code = c.json(CLOCK, "receive", str(draft), "--json")["code"]
        for key, codes in flags.items():
            expected[(code, key)] = codes
    entries = c.json(None, "report", "verifications", "--format", "json",
                     user="giamsat", password="Giamsat@2026")
    flagged = c.json(None, "report", "verifications", "--flagged", "--format", "json",
                     user="giamsat", password="Giamsat@2026")
    # one reception entry per component taken, and the two comparisons as later checks
    assert sum(1 for e in entries if e["stage"] == "reception") == 3 * 7 + 1
    checks = [e for e in entries if e["stage"] == "check"]
    assert len(checks) == 2 and all(e["verdict"] == "match" and not e["flags"] for e in checks)
    got = {(e["dossier_code"], e["procedure_component_id"] or e["component_name"]): e["flags"]
           for e in flagged}
    assert got == expected
    assert len(flagged) == len(expected)
    assert all(not e["flags"] for e in entries if e["id"] not in {f["id"] for f in flagged})
    asked = next(e for e in flagged if e["flags"] == ["certified_copy_demanded"])
    assert asked["demanded_form"] == "certified_copy"
    assert asked["demand_reason"] == "Cán bộ yêu cầu thêm"
    assert asked["officer_name"] == "Nguyễn Thị Lan"
    extra = next(e for e in flagged if e["flags"] == ["not_on_published_list"])
    assert extra["demand_reason"] == "Cán bộ đề nghị nộp thêm"


def test_a_stricter_form_without_its_reason_is_refused_in_vietnamese(counter: Counter) -> None:
    c = counter
    before = c.dossiers()
    draft = c.draft("no_reason", procedure=BIRTH, components=_birth(requested="certified_copy"))
    out = c.run(CLOCK, "receive", str(draft))
    assert out.returncode != 0
    assert "phải ghi rõ lý do" in out.stderr and "Traceback" not in out.stderr
    assert c.dossiers() == before
    # asking for the most lenient accepted form asks nothing more: no reason needed, no demand
    draft = c.draft("lenient", procedure=BIRTH, components=_birth(requested="electronic_copy"))
    code = c.json(CLOCK, "receive", str(draft), "--json")["code"]
    rows = [e for e in c.json(None, "report", "verifications", "--format", "json",
                              user="giamsat", password="Giamsat@2026") if e["dossier_code"] == code]
    assert rows and all(e["demanded_form"] is None and not e["flags"] for e in rows)


def test_mau02_items_say_the_form_asked_for(counter: Counter) -> None:
    """A supplement request asks for the missing component in the most lenient accepted form
    (the citizen may choose the others), never a stricter one."""
    from .test_cli_life import pdf_text

    c = counter
    draft = c.draft("supplement", procedure=BIRTH, decision="supplement",
                    reason="Thiếu giấy chứng sinh", components=[_birth()[0], _birth()[2]])
    m02 = c.files / "m02.pdf"
    c.json(CLOCK, "receive", str(draft), "--json", "-o", str(m02))
    text = pdf_text(m02)
    assert "hình thức yêu cầu: bản điện tử (hoặc bản chụp kèm bản chính để đối chiếu, " \
        "bản sao có chứng thực, bản sao từ sổ gốc, bản chính)" in text, text
