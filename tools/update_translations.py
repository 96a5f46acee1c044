"""Regenerates resources/translations/desk_app_en.ts from the Vietnamese source strings of ui/
and desk_app/labels.py (pyside6-lupdate), fills in the English of each string from the EN table
(tools/translations_en.py) and compiles the .qm with pyside6-lrelease. Strings without English are
reported and left unfinished (Qt then shows the Vietnamese source).
Run: .venv/bin/python tools/update_translations.py"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "desk_app_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent

if str(ROOT) not in sys.path:  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))
from tools.translations_en import EN  # noqa: E402  (source -> English, a table of its own)


def build(ts: Path = TS, qm: Path = QM) -> list[str]:
    """Extracts the source strings of ui/ into `ts`, fills in the English from EN, compiles `qm`
    (tests/gui/test_fit_1366.py builds a fresh catalog this way); returns the sources without
    English."""
    # ui/ and the core's table of enum words (desk_app/labels.py), which the client translates
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    sources.append("desk_app/labels.py")
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "vi",
         "-target-language", "en", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = EN.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = english if isinstance(english, tuple) else (english, english)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english if isinstance(english, str) else english[1]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return missing


def main() -> int:
    missing = build()
    for source in missing:
        print(f"no English for: {source!r}")
    print(f"{TS.name}: {len(missing)} without English; compiled {QM.name}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
