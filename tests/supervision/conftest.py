"""Fixtures of the supervision tests (helpers in sv_fixture.py)."""
from __future__ import annotations

from typing import Any

import pytest
from sv_fixture import PASSWORD, Fixture, build_fixture  # type: ignore[import-not-found]


@pytest.fixture()
def known(ctx: Any) -> Fixture:
    return build_fixture(ctx)


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    # The CLI reads the password from DESK_APP_PASSWORD when no terminal is there to ask.
    monkeypatch.setenv("DESK_APP_PASSWORD", PASSWORD)
    monkeypatch.delenv("DESK_APP_USER", raising=False)
