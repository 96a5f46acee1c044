"""argparse in Vietnamese.

argparse marks its own texts ("usage: ", the section titles, the help of -h, every parse error) for
translation by calling the `_` and `ngettext` it imported from gettext into its module. A parser of
`ViArgumentParser` puts lookups in the catalog below in their place while it is built, formats its
help or parses, and puts argparse's own back afterwards: the rest of the process (pytest's parser,
for one) keeps argparse as it was. The translation is this project's own.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar, overload

# argparse's message templates (Python 3.11, plus the ones later versions added or renamed), in
# Vietnamese. The %-placeholders are kept; an unused one is harmless (`%` with a dict ignores it).
CATALOG: dict[str, str] = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "đối số",
    "options": "tuỳ chọn",
    "optional arguments": "tuỳ chọn",
    "subcommands": "lệnh con",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "còn thiếu: %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "giá trị %(value)r không có trong danh sách (chọn một trong: %(choices)s)",
    # The type's name (int, float, Path) is English: the sentence goes without it.
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "unrecognized arguments: %s": "không hiểu đối số: %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tuỳ chọn %(option)s chưa rõ: có thể là %(matches)s",
    "unexpected option string: %s": "tuỳ chọn đặt sai chỗ: %s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "ignored explicit argument %r": "tuỳ chọn này không nhận giá trị: %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
}

_depth = 0
_N = TypeVar("_N")


def gettext_vi(text: str) -> str:
    return CATALOG.get(text, text)


def ngettext_vi(singular: str, plural: str, n: int) -> str:
    return PLURALS.get((singular, plural)) or (singular if n == 1 else plural)


@contextmanager
def vietnamese() -> Iterator[None]:
    """argparse speaks Vietnamese inside the block (re-entrant: a sub-parser parses inside its
    parent's parse)."""
    global _depth
    names = vars(argparse)  # the module's globals: where its functions look `_` up
    saved: tuple[Callable[..., str], Callable[..., str]] = (names["_"], names["ngettext"])
    if _depth == 0:
        names["_"], names["ngettext"] = gettext_vi, ngettext_vi
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0:
            names["_"], names["ngettext"] = saved


class ViArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Vietnamese. Sub-parsers made with `add_subparsers`
    are of the same class (argparse makes them with the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with vietnamese():
            super().__init__(*args, **kwargs)

    def format_usage(self) -> str:
        with vietnamese():
            return super().format_usage()

    def format_help(self) -> str:
        with vietnamese():
            return super().format_help()

    # parse_args reports arguments left over itself, after parse_known_args: both are wrapped.
    # The three signatures argparse's type stubs give each; one body for all of them.
    @overload
    def parse_args(
        self, args: Iterable[str] | None = None, namespace: None = None
    ) -> argparse.Namespace: ...
    @overload
    def parse_args(self, args: Iterable[str] | None, namespace: _N) -> _N: ...
    @overload
    def parse_args(self, *, namespace: _N) -> _N: ...

    def parse_args(self, args: Iterable[str] | None = None, namespace: Any = None) -> Any:
        with vietnamese():
            return super().parse_args(args, namespace)

    @overload
    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: None = None
    ) -> tuple[argparse.Namespace, list[str]]: ...
    @overload
    def parse_known_args(self, args: Iterable[str] | None, namespace: _N) -> tuple[_N, list[str]]: ...
    @overload
    def parse_known_args(self, *, namespace: _N) -> tuple[_N, list[str]]: ...

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        with vietnamese():
            return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        # The project's one error line, `Lỗi: ...`, after the usage, and where to read more.
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {message}\nXem hướng dẫn: {self.prog} -h\n")
