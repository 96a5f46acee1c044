"""Where things live: the local store folder (DESK_APP_HOME) and the packaged resources."""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs


def home() -> Path:
    env = os.environ.get("DESK_APP_HOME")
    path = Path(env) if env else Path(platformdirs.user_data_dir("desk-app", appauthor=False))
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # citizens' data: owner only
    return path


def central_url() -> str | None:
    return os.environ.get("DESK_APP_CENTRAL_URL") or None


def resource(*parts: str) -> Path:
    """A file shipped in the `resources` package, found from the installed package."""
    base = resources.files("resources")
    for part in parts:
        base = base.joinpath(part)
    return Path(str(base))
