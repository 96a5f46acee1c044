"""The composition root: the one place where the services are built from an opened store.

`build_services(ctx)` gives the `Services` bundle; the desktop client (ui/app.py), every CLI command
that touches the store (`open_services()`) and the tests take their services from it, so a service
gets its collaborators the same way everywhere. Each service is built on first use and then kept: a
CLI command pays only for the services it calls (`dossiers list` loads no verification, digitisation,
report or sync module), the client builds the ones it shows on its start-up worker. Building takes
no lock: touch a service first on one thread (the client does so on its start-up worker).
See docs/architecture.md#the-composition-root."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.context import AppContext, Workstation, open_context

if TYPE_CHECKING:
    from desk_app.account_admin import AccountAdmin
    from desk_app.accounts import AccountInfo, AccountService
    from desk_app.admin_access import AdminAccess
    from desk_app.capture.access import CaptureAccess
    from desk_app.catalog_admin import CatalogAdmin
    from desk_app.clock import Clock
    from desk_app.digitise.access import DigitiseAccess
    from desk_app.holidays_admin import HolidayAdmin
    from desk_app.lifecycle.service import LifecycleService
    from desk_app.reception import ReceptionService
    from desk_app.search import SearchService
    from desk_app.supervision.access import Principal
    from desk_app.supervision.report_service import ReportService
    from desk_app.supervision.service import SupervisionService
    from desk_app.sync.client import SyncClient
    from desk_app.sync.service import SyncService
    from desk_app.verification.service import VerificationService


@dataclass(frozen=True, eq=False)
class Services:
    """Every service of the application over one opened store. Attributes are built on first
    access (each import stays deferred until then) and shared afterwards."""

    ctx: AppContext
    given_clock: Clock | None = None

    @cached_property
    def clock(self) -> Clock:
        """The time every service sees (desk_app/clock.py): DESK_APP_CLOCK in a demo store, else
        the computer's clock; `given_clock` when the caller brings one (demo data, tests)."""
        if self.given_clock is not None:
            return self.given_clock
        from desk_app.clock import DEMO_MARK, clock_for_store

        return clock_for_store(self.ctx.setting(DEMO_MARK) == "1")

    # --- the workstation ------------------------------------------------------------------------
    @property
    def workstation(self) -> Workstation:
        return self.ctx.workstation

    @property
    def counter_name(self) -> str:
        return self.ctx.workstation.name

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.ctx.setting(key, default)

    def save_setting(self, key: str, value: str) -> None:
        """Writes one workstation setting (language, master format, ...)."""
        self.ctx.set_setting(key, value)

    # --- services -------------------------------------------------------------------------------
    @cached_property
    def accounts(self) -> AccountService:
        from desk_app.accounts import AccountService

        return AccountService(self.ctx)

    @cached_property
    def reception(self) -> ReceptionService:
        from desk_app.reception import ReceptionService

        return ReceptionService(self.ctx, self.clock)

    @cached_property
    def lifecycle(self) -> LifecycleService:
        """The dossier's life after reception: hand-overs, supplements, results, Mẫu 04, return,
        the main window's views (desk_app/lifecycle/service.py)."""
        from desk_app.lifecycle.service import LifecycleService

        return LifecycleService(self.ctx, self.clock)

    @cached_property
    def capture(self) -> CaptureAccess:
        """Reads the unit's master format from the store when built."""
        from desk_app.capture.access import CaptureAccess

        return CaptureAccess(self.ctx)

    @cached_property
    def verification(self) -> VerificationService:
        from desk_app.verification.service import VerificationService

        return VerificationService(self.ctx, self.clock)

    def supervision(self, user: AccountInfo | Principal) -> SupervisionService:
        """The supervision service for `user`; refuses (AuthError) anyone who does not supervise,
        so it is made per user rather than kept."""
        from desk_app.supervision.service import SupervisionService

        return SupervisionService(self.ctx.engine, self.ctx.pages, user)

    @cached_property
    def reports(self) -> ReportService:
        from desk_app.supervision.report_service import ReportService

        return ReportService(self.ctx)

    @cached_property
    def digitise(self) -> DigitiseAccess:
        """OCR, review and the searchable PDF; the OCR engine itself starts on first use."""
        from desk_app.digitise.access import DigitiseAccess

        return DigitiseAccess(self.ctx)

    @cached_property
    def search(self) -> SearchService:
        """Dossiers by their pages' text and by ID number (Ctrl+F, `desk-app search`)."""
        from desk_app.search import SearchService

        return SearchService(self.ctx)

    @cached_property
    def sync(self) -> SyncService:
        """The client's sync indicator: the central URL from the environment, if any."""
        from desk_app.sync.service import SyncService

        return SyncService(self.ctx)

    # --- administration (catalog, calendar, accounts) ------------------------------------------------
    @cached_property
    def catalog(self) -> CatalogAdmin:
        from desk_app.catalog_admin import CatalogAdmin

        return CatalogAdmin(self.ctx)

    @cached_property
    def holidays(self) -> HolidayAdmin:
        from desk_app.holidays_admin import HolidayAdmin

        return HolidayAdmin(self.ctx)

    @cached_property
    def admin(self) -> AdminAccess:
        """The administrator's window's facade over the services above."""
        from desk_app.admin_access import AdminAccess

        return AdminAccess(self.ctx)

    @cached_property
    def account_admin(self) -> AccountAdmin:
        from desk_app.account_admin import AccountAdmin

        return AccountAdmin(self.ctx)

    def sync_client(self, url: str, batch_ops: int | None = None) -> SyncClient:
        """A push/pull client to the central database at `url` (the CLI's `sync`)."""
        from desk_app.sync.client import SyncClient

        if batch_ops is None:
            return SyncClient(self.ctx, url)
        return SyncClient(self.ctx, url, batch_ops=batch_ops)


def build_services(ctx: AppContext, clock: Clock | None = None) -> Services:
    """The services over the opened store `ctx` (see the module text); `clock` replaces the
    store's own (desk_app/clock.py) for demo data and tests."""
    return Services(ctx, clock)


@contextmanager
def open_services(home: Path | None = None) -> Iterator[Services]:
    """Opens the store at `home` (default: DESK_APP_HOME or the user data folder), yields its
    services and closes the store afterwards: the shape of every CLI command that reads it."""
    ctx = open_context(home)
    try:
        yield build_services(ctx)
    finally:
        ctx.close()
