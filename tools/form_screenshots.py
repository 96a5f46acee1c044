"""Render every legal form from the sample data and save page 1 of each as a PNG in
docs/screenshots/ (form-mau01.png ... form-mau07.png, Mẫu 04 included), for review and the docs.

Run: .venv/bin/python tools/form_screenshots.py [--dpi 100] [--out DIR]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Run from a source checkout without installing: the repository root holds desk_app/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from desk_app.demo import form_samples
from desk_app.domain.types import DocumentKind
from desk_app.form_registry import FORMS

SAMPLES: dict[DocumentKind, Callable[[], object]] = {
    DocumentKind.RECEIPT: form_samples.receipt,
    DocumentKind.SUPPLEMENT_REQUEST: form_samples.supplement,
    DocumentKind.REFUSAL: form_samples.refusal,
    DocumentKind.APOLOGY: form_samples.apology,
    DocumentKind.CONTROL_SHEET: form_samples.control_sheet,
    DocumentKind.LEDGER: lambda: form_samples.ledger(120),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for kind, sample in SAMPLES.items():
            name = kind.value
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(FORMS[kind].render(sample()))
            target = args.out / f"form-{name}"
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-gray", "-png", "-singlefile", "-f", "1",
                            "-l", "1", str(pdf), str(target)], check=True)
            png = target.with_suffix(".png")
            # 16 grey levels keep text edges smooth at a third of the file size.
            with Image.open(png) as img:
                small = img.convert("L").quantize(16)
            small.save(png, optimize=True)
            print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
