"""The keyed hash a citizen is known by in the reuse index (docs/reuse.md#the-index).

HMAC-SHA256 of the 12-digit ID number under the unit's secret key. A plain SHA-256 would not hide
anything: there are only 10^12 ID numbers (fewer once the province, century/sex and birth-year
digits are fixed), which a laptop hashes through in hours. Without the key the index tells nobody
who is who; with it, only someone who also holds the key can test a number.

The key lives in a file beside the store (`citizen_index.key`, readable by this program's user
alone), never inside the SQLite database, so a copy of the database (a backup, a sync payload, a
support request) carries the index without what opens it. Every row records which key made it
(`key_id`): a replaced key (rotation, or the unit's key copied onto a new counter) makes the index
be rebuilt from the applicants on the next use (index.py)."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from desk_app.errors import InputRefused

KEY_FILE = "citizen_index.key"
KEY_BYTES = 32


def key_path(home: Path) -> Path:
    return Path(home) / KEY_FILE


def load_key(home: Path) -> bytes:
    """The unit's key, made on first use (a new random key, the file private from its first byte)."""
    path = key_path(home)
    try:
        return _parse(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        pass
    fresh = secrets.token_hex(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it between the two calls
        return _parse(path.read_text(encoding="ascii"))
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(fresh + "\n")
    return bytes.fromhex(fresh)


def _parse(text: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) < 16:  # a damaged key file is never replaced silently: the unit's key matters
        raise InputRefused("reuse_key_invalid", KEY_FILE)
    return key


def key_id(key: bytes) -> str:
    """Names a key without revealing it (rows made under another key are rebuilt)."""
    return hmac.new(key, b"desk-app citizen index key id", hashlib.sha256).hexdigest()[:16]


def normalise(id_number: str) -> str:
    return "".join(ch for ch in id_number if not ch.isspace())


def citizen_key(key: bytes, id_number: str) -> str:
    return hmac.new(key, normalise(id_number).encode("ascii", "ignore"),
                    hashlib.sha256).hexdigest()
