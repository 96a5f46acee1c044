"""What the widgets are given: the core's services, taken from the composition root
(desk_app/bootstrap.py, `ClientServices.from_root`) or given by a test, with fakes where the field
is typed by a Protocol of desk_app/protocols.py. Widgets never open the store themselves.

The service types are imported for the type checker only: this module is loaded before the first
window shows, and the services' modules (OpenCV, the PDF stack) load later on a worker."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.admin_access import AdminAccess
    from desk_app.bootstrap import Services
    from desk_app.capture.access import CaptureAccess
    from desk_app.digitise.access import DigitiseAccess
    from desk_app.lifecycle.service import LifecycleService
    from desk_app.protocols import AccountsPort, ReceptionPort
    from desk_app.search import SearchService
    from desk_app.supervision.report_service import ReportService
    from desk_app.supervision.service import SupervisionService
    from desk_app.sync.service import SyncService
    from desk_app.verification.service import VerificationService


def _ignore(_key: str, _value: str) -> None:
    return None


@dataclass
class ClientServices:
    accounts: AccountsPort
    reception: ReceptionPort
    counter_name: str = ""
    agency_name: str = ""
    # Writes one workstation setting (language, ...); runs on the store's writer thread.
    save_setting: Callable[[str, str], None] = field(default=_ignore)
    sync: SyncService | None = None  # the status bar's sync indicator
    verification: VerificationService | None = None
    capture: CaptureAccess | None = None  # page strips and the scanner
    # account -> its supervision service (refuses non-supervisors)
    supervision: Callable[[AccountInfo], SupervisionService] | None = None
    reports: ReportService | None = None
    digitise: DigitiseAccess | None = None  # OCR, review, the searchable PDF
    demo_store: bool = False  # a store `desk-app demo-data` made: the window title says so
    admin: AdminAccess | None = None  # the administrator's window (ui/admin/)
    # hand-overs, results, apologies, returns; the main window's views (ui/lifecycle)
    lifecycle: LifecycleService | None = None
    search: SearchService | None = None  # Ctrl+F in the pages' text and by ID number

    @classmethod
    def from_root(cls, root: Services) -> ClientServices:
        """Every service the client shows, built from the composition root. Building reads the
        store (the master format, ...): call it on a worker."""
        from desk_app.demo_store import MARK

        return cls(
            accounts=root.accounts,
            reception=root.reception,
            counter_name=root.counter_name,
            save_setting=root.save_setting,
            sync=root.sync,
            verification=root.verification,
            capture=root.capture,
            supervision=root.supervision,
            reports=root.reports,
            digitise=root.digitise,
            demo_store=root.setting(MARK) == "1",
            admin=root.admin,
            lifecycle=root.lifecycle,
            search=root.search,
        )
