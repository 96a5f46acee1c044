"""Errors the core raises. They carry a stable code; ui/ and the CLI turn codes into sentences."""
from __future__ import annotations


class DeskError(Exception):
    """Base of every error meant for the user. `code` is stable; `detail` is safe to show
    (never a citizen's ID number or page content)."""

    code: str = "error"

    def __init__(self, code: str | None = None, detail: str = "") -> None:
        self.code = code or self.code
        self.detail = detail
        super().__init__(f"{self.code}: {detail}" if detail else self.code)


class NotFound(DeskError):
    code = "not_found"


class InputRefused(DeskError):
    """A file or value refused before anything was stored."""

    code = "input_refused"


class StoreError(DeskError):
    """The local store could not be written (disk full, locked, read-only)."""

    code = "store_error"


class AuthError(DeskError):
    code = "auth_failed"


class ToolMissing(DeskError):
    """An external tool (Tesseract, its language data, scanimage, ...) is not installed."""

    code = "tool_missing"
