"""Only supervisors and administrators reach the reports (the screen's gate is in test_gui.py)."""
from __future__ import annotations

import pytest

from desk_app.cli import main as cli_main
from desk_app.errors import AuthError
from desk_app.supervision import access
from desk_app.supervision.access import Principal, require_supervision


@pytest.mark.parametrize("user,expected", [("canbo1", 2), ("lanhdao", 0), ("quantri", 0)])
def test_report_roles(ctx, known, capsys, tmp_path, user, expected) -> None:
    out = tmp_path / "log.csv"
    code = cli_main(["report", "verifications", "--format", "csv", "-o", str(out), "--user", user])
    err = capsys.readouterr().err
    assert code == expected
    if expected:
        assert "Chỉ lãnh đạo hoặc quản trị viên" in err
        assert "Traceback" not in err
        assert not out.exists()
    else:
        text = out.read_text(encoding="utf-8-sig")
        assert text.splitlines()[0].startswith("created_at,dossier_code")
        assert "Giấy chứng nhận kết hôn của cha mẹ" in text


def test_wrong_password_and_unknown_user_are_refused(ctx, known, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DESK_APP_PASSWORD", "sai")
    assert cli_main(["report", "indicators", "--format", "json", "--user", "lanhdao"]) == 2
    assert "Đăng nhập không thành công" in capsys.readouterr().err
    assert cli_main(["report", "indicators", "--format", "json", "--user", "khong-co"]) == 2
    monkeypatch.setenv("DESK_APP_USER", "canbo2")
    monkeypatch.setenv("DESK_APP_PASSWORD", "mật-khẩu-thử")
    assert cli_main(["report", "indicators", "--format", "json"]) == 2
    assert "Chỉ lãnh đạo" in capsys.readouterr().err


def test_without_a_user_only_the_os_administrator_gets_in(ctx, known, capsys, monkeypatch) -> None:
    monkeypatch.setattr(access, "_os_administrator", lambda: False)
    assert cli_main(["report", "indicators", "--format", "json"]) == 2
    assert "Cần đăng nhập" in capsys.readouterr().err
    monkeypatch.setattr(access, "_os_administrator", lambda: True)
    assert cli_main(["report", "indicators", "--format", "json"]) == 0


def test_role_gate_function() -> None:
    for role in ("supervisor", "admin"):
        require_supervision(Principal("1", "x", "X", role))
    for role in ("officer", "", "Supervisor"):
        with pytest.raises(AuthError) as info:
            require_supervision(Principal("1", "x", "X", role))
        assert info.value.code == "role_forbidden"


def test_bad_input_is_refused_with_a_code(ctx, known, capsys) -> None:
    assert cli_main(["report", "verifications", "--from", "31/02/2026", "--format", "json",
                     "--user", "lanhdao"]) == 2
    assert "Ngày không hợp lệ" in capsys.readouterr().err
    assert cli_main(["report", "verifications", "--from", "02/10/2026", "--to", "01/10/2026",
                     "--format", "json", "--user", "lanhdao"]) == 2
    assert cli_main(["report", "verifications", "--format", "pdf", "--user", "lanhdao"]) == 2
    assert "Cần nêu tệp kết quả" in capsys.readouterr().err
