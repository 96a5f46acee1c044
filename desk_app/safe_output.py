"""Every file the user names for output (`-o` of report, digitize, receipt, ...) is written here:
to a temp file beside the target, then renamed onto it. The rename goes only onto a regular file
(which it replaces) or a new name; a device, FIFO, socket, directory or symbolic link at the
path is refused before any work and checked again just before the rename. Renaming over such a
path would replace it: run as root, `-o /dev/full` once turned the system's /dev/full into a
regular file."""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal, TextIO, overload

from desk_app.errors import InputRefused, StoreError

_KINDS = (
    (stat.S_ISLNK, "liên kết tượng trưng"),
    (stat.S_ISDIR, "thư mục"),
    (stat.S_ISFIFO, "đường ống FIFO"),
    (stat.S_ISCHR, "thiết bị"),
    (stat.S_ISBLK, "thiết bị"),
    (stat.S_ISSOCK, "socket"),
)


def check_target(path: Path) -> None:
    """InputRefused("output_not_regular") unless `path` names nothing yet or a regular file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError("output_not_written", f"{path}: {exc.strerror}") from None
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "không phải tệp thường")
    raise InputRefused("output_not_regular", f"{path} ({kind})")


def temp_beside(path: Path) -> Path:
    """A new empty file (0600) in the target's folder, for a writer that needs a path; the caller
    hands it to `replace_into` or removes it."""
    path = Path(path)
    check_target(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise StoreError("output_not_written", f"{path}: {exc.strerror}") from None
    return Path(tmp)


def replace_into(tmp: Path, path: Path) -> None:
    """Renames the finished temp file onto `path` (checked again first); removes it on refusal."""
    try:
        check_target(Path(path))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StoreError("output_not_written", f"{path}: {exc.strerror}") from None
        raise


@overload
@contextlib.contextmanager
def open_output(path: Path, text: Literal[True]) -> Iterator[TextIO]: ...
@overload
@contextlib.contextmanager
def open_output(path: Path, text: Literal[False] = False) -> Iterator[BinaryIO]: ...
@contextlib.contextmanager
def open_output(path: Path, text: bool = False) -> Iterator[TextIO] | Iterator[BinaryIO]:
    """The file to write (UTF-8 text or bytes); in place under `path` only once the block ends
    without an error, else removed."""
    tmp = temp_beside(path)
    try:
        if text:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                yield fh
        else:
            with open(tmp, "wb") as fh:
                yield fh
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StoreError("output_not_written", f"{path}: {exc.strerror}") from None
        raise
    replace_into(tmp, path)


def write_output(path: Path, data: bytes) -> None:
    with open_output(path) as fh:
        fh.write(data)
