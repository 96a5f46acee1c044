"""What the widgets are given: the core's services, built by the composition root (ui/app.py) or by
a test with fakes. Widgets never open the store themselves."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def _ignore(_key: str, _value: str) -> None:
    return None


@dataclass
class ClientServices:
    accounts: Any  # desk_app.accounts.AccountService
    reception: Any  # desk_app.reception.ReceptionService
    counter_name: str = ""
    agency_name: str = ""
    # Writes one workstation setting (language, ...); runs on the store's writer thread.
    save_setting: Callable[[str, str], None] = field(default=_ignore)
    sync: Any | None = None  # desk_app.sync.service.SyncService: the status bar's sync indicator
    verification: Any | None = None  # desk_app.verification.service.VerificationService
