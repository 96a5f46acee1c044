"""Issue 14, "It must show" 2: a holiday added for next month moves the due date of a dossier
received after the import (and before the holiday); one received before the import keeps its
date."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from db.models import Dossier
from desk_app.domain.holidays import calendar_for
from desk_app.holidays_admin import HolidayAdmin, to_csv
from tests.admin.helpers import cli, receive


def _next_month_days(ctx: Any) -> tuple[dt.datetime, dt.date]:
    """A Monday 09:00 of next month that starts a full working week, and that week's Wednesday."""
    today = dt.date.today()
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    with ctx.sessions() as s:
        cal = calendar_for(s)
    day = first
    while True:
        week = [day + dt.timedelta(days=i) for i in range(5)]
        if day.weekday() == 0 and all(cal.is_working_day(d) for d in week):
            return dt.datetime.combine(day, dt.time(9, 0)), day + dt.timedelta(days=2)
        day += dt.timedelta(days=1)


def test_holiday_next_month_moves_the_due_date_of_a_new_dossier(ctx: Any, home: Path,
                                                                 tmp_path: Path) -> None:
    code = "1.004194"  # a shipped procedure of 3 working days
    received_at, wednesday = _next_month_days(ctx)
    before = receive(ctx, code, received_at, tmp_path)
    assert before.due_at.date() == received_at.date() + dt.timedelta(days=3)  # Thursday

    # The file covers that year: the year's other entries are in it (an export), or they go.
    year_rows = HolidayAdmin(ctx).rows(wednesday.year)
    holiday = tmp_path / "holiday.csv"
    holiday.write_text(to_csv(year_rows) + f"{wednesday:%d/%m/%Y},Ngày nghỉ đột xuất,day_off\n",
                       encoding="utf-8")
    out = cli(home, "holidays", "import", str(holiday), "--yes")
    assert out.returncode == 0, out.stderr
    assert "thêm 1" in out.stdout and "giữ nguyên ngày hẹn trả" in out.stdout

    after = receive(ctx, code, received_at, tmp_path)
    assert after.due_at.date() == before.due_at.date() + dt.timedelta(days=1)  # Friday
    with ctx.sessions() as s:  # the dossier received before the import was not recomputed
        assert s.scalar(select(Dossier.due_at).where(Dossier.code == before.code)) == before.due_at
    listed = json.loads(cli(home, "holidays", "list", "--year", str(wednesday.year),
                            "--json").stdout)
    assert {"day": wednesday.isoformat(), "name": "Ngày nghỉ đột xuất", "kind": "day_off"} in listed
    assert len(listed) == len(year_rows) + 1


def test_bad_holiday_rows_are_refused_with_their_line(home: Path, tmp_path: Path) -> None:
    before = cli(home, "holidays", "list", "--json").stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("day,name,kind\n2031-01-01,Tết Dương lịch,day_off\n"
                   "2031-01-04,Làm bù,working_day\n2031-01-06,Làm bù sai,working_day\n"
                   "31/02/2031,Không có ngày này,day_off\n", encoding="utf-8")
    out = cli(home, "holidays", "import", str(bad), "--yes")
    assert out.returncode == 2
    assert "dòng 4: ngày làm bù phải là thứ Bảy hoặc Chủ nhật" in out.stderr
    assert "dòng 5:" in out.stderr
    assert cli(home, "holidays", "list", "--json").stdout == before
