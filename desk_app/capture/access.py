"""What the desktop client needs from the Capture area, built once by the composition root
(desk_app/bootstrap.py): page sets for a component being received (`DraftPages`) or of a saved
dossier (`DossierPages`), the scanner of this machine and the catalog's scan defaults. Widgets take
one of these in their constructor so tests can build them on a real store."""
from __future__ import annotations

import logging

from desk_app.capture.encode import SETTING_KEY, MasterFormat
from desk_app.capture.scanner import Scanner, ScanSettings
from desk_app.capture.service import DossierPages, DraftPages, mode_for_component
from desk_app.context import AppContext

logger = logging.getLogger(__name__)


class CaptureAccess:
    def __init__(self, ctx: AppContext, scanner: Scanner | None = None) -> None:
        """Reads the unit's master format once: build it off the GUI thread."""
        self.ctx = ctx
        self._scanner = scanner
        self.fmt = MasterFormat.parse(ctx.setting(SETTING_KEY))

    def scanner(self) -> Scanner:
        """The machine's scanner technology (SANE on Linux, WIA on Windows). Creating it starts
        nothing: devices are listed by the scan dialog on a worker."""
        if self._scanner is None:
            from desk_app.capture.devices import backends

            self._scanner = backends()[0]
        return self._scanner

    def settings_for(self, colour: bool) -> ScanSettings:
        return ScanSettings.for_component(colour)

    def draft_pages(self, colour: bool) -> DraftPages:
        """Pages of one component of a dossier being received (nothing read from the store)."""
        return DraftPages(self.ctx.pages, mode_for_component(colour), fmt=self.fmt)

    def dossier_pages(self, dossier_id: str, component_id: str | None) -> DossierPages:
        """Pages of a saved dossier's component (reads the store: call it on a worker)."""
        return DossierPages(self.ctx, dossier_id, component_id)
