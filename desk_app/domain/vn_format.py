"""The one Vietnamese way of writing numbers, dates, times and durations, for every PDF form, report
and screen (no Qt here; ui/ calls the same functions).

Vietnamese writes thousands with a dot and decimals with a comma ("1.234", "86,7"), a space before
the percent sign ("86,7 %"), dates day first ("26/11/2026"), times on a 24-hour clock ("08:30"),
and a time limit in working days with two digits on official forms ("05 ngày làm việc"), or
"trong ngày" when the procedure is settled the same day.
"""
from __future__ import annotations

import datetime as dt

__all__ = [
    "date", "datetime", "duration_days", "long_date", "long_datetime", "megabytes", "number",
    "percent", "percent_points", "time", "two_digits",
]


def number(value: float, decimals: int = 0) -> str:
    """"1.234.567" / "3,5": dot between thousands, comma before decimals."""
    text = f"{value:,.{decimals}f}"
    # Python writes "1,234.5": swap the two separators through a placeholder.
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(rate: float | None, decimals: int = 1, *, empty: str = "–") -> str:
    """A ratio 0..1 as "86,7 %"; `empty` when there is no ratio (nothing to divide by)."""
    if rate is None:
        return empty
    return f"{number(100 * rate, decimals)} %"


def percent_points(value: float, decimals: int = 0) -> str:
    """A value already in percent (an axis tick, a target): 80 -> "80 %"."""
    return f"{number(value, decimals)} %"


def megabytes(size: int) -> str:
    """A file or transfer size in bytes as "12,3 MB" (decimal megabytes, as file managers show)."""
    return f"{number(size / 1_000_000, 1)} MB"


def two_digits(n: int) -> str:
    """Counts on official forms are written with at least two digits: "05", "12"."""
    return f"{n:02d}"


def date(value: dt.date | None) -> str:
    """"26/11/2026"; nothing for no date."""
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year}"


def time(value: dt.time | dt.datetime | None, *, seconds: bool = False) -> str:
    """"08:30" (24-hour clock); "08:30:05" with `seconds` (a log entry's exact moment)."""
    if value is None:
        return ""
    text = f"{value.hour:02d}:{value.minute:02d}"
    return f"{text}:{value.second:02d}" if seconds else text


def datetime(value: dt.datetime | None, *, seconds: bool = False) -> str:
    """"26/11/2026 08:30": the date first, then the time, everywhere (screens, forms, terminal)."""
    return "" if value is None else f"{date(value)} {time(value, seconds=seconds)}"


def long_date(value: dt.date) -> str:
    """The date as a form's sentence writes it: "ngày 26 tháng 11 năm 2026"."""
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


def long_datetime(value: dt.datetime) -> str:
    """"08 giờ 30 phút, ngày 26 tháng 11 năm 2026"."""
    return f"{value.hour:02d} giờ {value.minute:02d} phút, {long_date(value)}"


def duration_days(working_days: int) -> str:
    """A procedure's time limit in words: "trong ngày" for a same-day procedure, otherwise
    "05 ngày làm việc" (two digits, as the receipt writes its counts)."""
    if working_days <= 0:
        return "trong ngày"
    return f"{two_digits(working_days)} ngày làm việc"
