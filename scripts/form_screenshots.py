"""Render every legal form from the sample data and save page 1 of each as a PNG in
docs/screenshots/ (form-mau01.png ... form-mau07.png), for review and the docs.

Run: /work/venv/bin/python scripts/form_screenshots.py [--dpi 100] [--out DIR]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

# Run from a source checkout without installing: the repository root holds desk_app/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from desk_app.forms import samples  # noqa: E402
from desk_app.forms.control_sheet import render_control_sheet  # noqa: E402
from desk_app.forms.ledger import render_ledger  # noqa: E402
from desk_app.forms.receipt import render_receipt  # noqa: E402
from desk_app.forms.refusal import render_refusal  # noqa: E402
from desk_app.forms.supplement import render_supplement  # noqa: E402

FORMS = {
    "mau01": lambda: render_receipt(samples.receipt()),
    "mau02": lambda: render_supplement(samples.supplement()),
    "mau03": lambda: render_refusal(samples.refusal()),
    "mau06": lambda: render_control_sheet(samples.control_sheet()),
    "mau07": lambda: render_ledger(samples.ledger(120)),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, render in FORMS.items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(render())
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
