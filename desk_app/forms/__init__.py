"""The legal forms of the one-stop desk as PDFs (Circular 03/2025/TT-VPCP numbering):
Mẫu 01 receipt, 02 supplement request, 03 refusal, 06 process control sheet, 07 ledger.

Fill the dataclasses of `desk_app.forms.data` and call the matching `render_*` function; each
returns the PDF as bytes. No database access happens here.
"""
from __future__ import annotations

from desk_app.forms.control_sheet import render_control_sheet
from desk_app.forms.ledger import render_ledger
from desk_app.forms.receipt import render_receipt
from desk_app.forms.refusal import render_refusal
from desk_app.forms.supplement import render_supplement

__all__ = [
    "render_control_sheet",
    "render_ledger",
    "render_receipt",
    "render_refusal",
    "render_supplement",
]
