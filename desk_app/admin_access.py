"""What the administrator's window calls (ui/admin/): the catalog, the calendar, accounts, the
counter's identity and settings, backups and maintenance, over one opened store. The same
services and checks as the commands (docs/administration.md); no Qt here.

Where a change goes follows the command line: the centre when DESK_APP_CENTRAL_ADMIN_URL is set,
refused (`centrally_managed`) on a counter that syncs without it, the local store otherwise."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.account_admin import AccountAdmin, AccountRow
from desk_app.catalog_admin import CatalogAdmin, CatalogPlan
from desk_app.context import AppContext
from desk_app.errors import InputRefused
from desk_app.holidays_admin import HolidayAdmin, HolidayPlan, HolidayRow

ADMIN_URL_ENV = "DESK_APP_CENTRAL_ADMIN_URL"


class AdminAccess:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.catalog = CatalogAdmin(ctx)
        self.holidays = HolidayAdmin(ctx)
        self.accounts = AccountAdmin(ctx)

    # --- where changes go --------------------------------------------------------------------------

    def central_admin_url(self) -> str | None:
        return os.environ.get(ADMIN_URL_ENV) or None

    def _target(self) -> str | None:
        from desk_app import paths

        url = self.central_admin_url()
        if url is None and paths.central_url():
            raise InputRefused("centrally_managed", "")
        return url

    # --- catalog -----------------------------------------------------------------------------------

    def procedures(self) -> list[dict[str, Any]]:
        return self.catalog.listing(full=True)

    def plan_catalog_file(self, path: Path) -> CatalogPlan:
        url = self._target()
        return self.catalog.plan_central(path, url) if url else self.catalog.plan(path)

    def plan_procedure(self, edited: dict[str, Any]) -> CatalogPlan:
        """The whole catalog with one procedure replaced (or added) by the screen's edit."""
        self._target()
        procs = [p for p in self.procedures() if p["code"] != edited["code"]]
        return self.catalog.plan_procedures([*procs, edited])

    def apply_catalog(self, plan: CatalogPlan) -> int:
        url = self._target()
        return self.catalog.apply_central(plan, url) if url else self.catalog.apply(plan)

    # --- holidays ----------------------------------------------------------------------------------

    def holiday_rows(self, year: int | None = None) -> list[HolidayRow]:
        return self.holidays.rows(year)

    def plan_holidays_file(self, path: Path) -> HolidayPlan:
        url = self._target()
        return self.holidays.plan_central(path, url) if url else self.holidays.plan(path)

    def plan_holiday_year(self, year: int, rows: list[HolidayRow]) -> HolidayPlan:
        """The screen's edit of one year (its whole list of days)."""
        self._target()
        plan = self.holidays.plan_rows(rows)
        if not rows:  # every day of the year removed: plan_rows saw no year to replace
            kept = [r for r in self.holidays.rows() if r.day.year != year]
            removed = [r for r in self.holidays.rows() if r.day.year == year]
            plan = HolidayPlan(kept, [year], removed=removed)
        return plan

    def apply_holidays(self, plan: HolidayPlan) -> int:
        url = self._target()
        return self.holidays.apply_central(plan, url) if url else self.holidays.apply(plan)

    # --- accounts ----------------------------------------------------------------------------------

    def account_rows(self) -> list[AccountRow]:
        return self.accounts.rows(self.central_admin_url())

    def audit(self) -> list[dict[str, Any]]:
        return self.accounts.audit()

    def account_action(self, action: str, username: str, actor: str, value: str = "") -> None:
        """disable, enable, or role (`value`: the new role)."""
        url = self._target()
        if action == "disable":
            self.accounts.disable(username, actor, url)
        elif action == "enable":
            self.accounts.enable(username, actor, url)
        elif action == "role":
            self.accounts.set_role(username, value, actor, url)
        else:
            raise ValueError(action)

    def add_account(self, username: str, full_name: str, role: str, password: str,
                    actor: str) -> str:
        return self.accounts.add(username, full_name, role, password, actor, self._target())

    def change_own_password(self, username: str, old: str, new: str) -> None:
        """An officer's own change at login (through the centre when the counter has one)."""
        from desk_app import paths

        self.accounts.change_own_password(username, old, new, paths.central_url())

    def reset_password(self, username: str, password: str, actor: str) -> None:
        self.accounts.reset_password(username, password, actor, self._target())

    # --- the counter -------------------------------------------------------------------------------

    def settings(self) -> list[Any]:
        from desk_app.counter_admin import list_settings

        return list_settings(self.ctx)

    def set_setting(self, key: str, value: str) -> str:
        from desk_app.counter_admin import set_setting

        return set_setting(self.ctx, key, value)

    def enrol(self, agency: str, slot: int, name: str, central_url: str | None) -> Any:
        from desk_app.counter_admin import enrol

        return enrol(self.ctx, agency, slot, name, central_url or None)

    # --- backups and maintenance -------------------------------------------------------------------

    def backup(self, output: Path, progress: Callable[[int, int, str], None] | None = None,
               cancel: threading.Event | None = None) -> Any:
        from desk_app.backup import make_backup

        return make_backup(self.ctx.home, output, progress, cancel)

    def stage_restore(self, archive: Path) -> Any:
        """Checks a backup fully and stages it; it replaces the store at the next start."""
        from desk_app import paths
        from desk_app.backup import stage_restore

        return stage_restore(archive, self.ctx.home, paths.central_url())

    def maintenance(self) -> Any:
        from desk_app.counter_admin import GRACE_KEY
        from desk_app.maintenance import GRACE_HOURS, run_maintenance

        grace = float(self.ctx.setting(GRACE_KEY, str(GRACE_HOURS)) or GRACE_HOURS)
        return run_maintenance(self.ctx, grace)
