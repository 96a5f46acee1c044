"""The fakes of tests/gui/fakes.py and the real services satisfy the Protocols the client is typed
with (desk_app/protocols.py). The assignments are the check: `mypy tests/gui/test_fakes_typed.py`
fails when a fake or a service drifts from what the client calls; at run time they only need to
build."""
from __future__ import annotations

from typing import Any

from desk_app.bootstrap import build_services
from desk_app.protocols import AccountsPort, ReceptionPort
from tests.gui.fakes import FakeAccounts, FakeReception
from ui.services import ClientServices


def test_the_fakes_are_what_the_client_is_typed_with() -> None:
    accounts: AccountsPort = FakeAccounts()
    reception: ReceptionPort = FakeReception()
    services = ClientServices(accounts, reception)
    assert services.accounts is accounts and services.reception is reception


def test_the_real_services_are_what_the_client_is_typed_with(ctx: Any) -> None:
    root = build_services(ctx)
    accounts: AccountsPort = root.accounts
    reception: ReceptionPort = root.reception
    services = ClientServices.from_root(root)
    assert services.accounts is accounts and services.reception is reception
    assert services.counter_name == ctx.workstation.name
