"""Sub-commands about dossiers: demo-data, dossiers list, receipt, import."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pass
