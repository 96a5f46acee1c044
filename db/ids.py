"""Keys made on the workstation: UUIDv7, time-ordered, unique without a central server."""
from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
