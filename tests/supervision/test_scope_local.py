"""Without --central the reports read this counter's store and say so ("chỉ quầy này"); with
--central and no centre configured they refuse with a sentence (issue 13)."""
from __future__ import annotations

import json
import subprocess

import pytest

from desk_app.cli import main as cli_main


def test_local_reports_say_this_counter_only(ctx, known, capsys, tmp_path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli_main(["report", "verifications", "--format", "json", "--user", "lanhdao"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["scope"] for r in rows} == {"this_counter"}
    assert {r["workstation_name"] for r in rows} == {ctx.workstation.name}
    assert cli_main(["report", "officers", "--user", "lanhdao"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["scope"], data["scope_text"]) == ("this_counter", "chỉ quầy này")
    assert all(o["workstations"] for o in data["officers"] if o["entries"])
    pdf = tmp_path / "log.pdf"
    assert cli_main(["report", "verifications", "--format", "pdf", "-o", str(pdf),
                     "--user", "lanhdao"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Phạm vi: chỉ quầy này" in text
    assert "Yêu cầu bản sao chứng thực" in text and "certified_copy_demanded" not in text

    monkeypatch.delenv("DESK_APP_SUPERVISOR_URL", raising=False)
    monkeypatch.delenv("DESK_APP_CENTRAL_URL", raising=False)
    assert cli_main(["report", "verifications", "--central", "--format", "json"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "Chưa cấu hình máy chủ trung tâm cho lãnh đạo" in out.err
