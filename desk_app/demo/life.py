"""The demo dossiers' lives after reception, through the same services as the counter: the clock
(desk_app/clock.py SetClock) is moved to each step's moment and the lifecycle service records it —
hand-overs, apologies (Mẫu 04) before a late result, results, returns. No status or time is
written here. Steps fall in office hours on working days of the store's calendar, never after
the demo's "now"."""
from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from desk_app.domain.work_calendar import WorkCalendar, add_working_days, next_working_day

if TYPE_CHECKING:
    from desk_app.accounts import AccountInfo
    from desk_app.bootstrap import Services
    from desk_app.clock import SetClock
    from desk_app.demo.dossiers import DemoPerson
    from desk_app.page_intake import PreparedPage

# Results come back within office hours on working days, as at a real counter.
OFFICE_OPEN = dt.time(7, 30)
OFFICE_LAST = dt.time(16, 45)  # the last result handed over before 17:00
SPECIALISTS = ["Đỗ Văn Khánh", "Vũ Thị Mai", "Bùi Quang Huy"]
LEADERS = ["Phạm Minh Tuấn", "Lê Thị Hồng"]
LATE_REASONS = ["Cần xác minh thêm thông tin với cơ quan liên quan",
                "Hệ thống cơ sở dữ liệu chuyên ngành gián đoạn",
                "Người có thẩm quyền đi công tác, chưa ký được kết quả"]


def office_moment(day: dt.date, rng: random.Random, cal: WorkCalendar,
                  after: dt.datetime) -> dt.datetime:
    """A moment in office hours on `day` or, when that is no working day or `after` has left no
    office time on it, on the next working day; always later than `after`."""
    if not cal.is_working_day(day):
        day = next_working_day(day, cal)
    while True:
        earliest = dt.datetime.combine(day, OFFICE_OPEN)
        if day == after.date():
            earliest = max(earliest, after + dt.timedelta(minutes=30))
        latest = dt.datetime.combine(day, OFFICE_LAST)
        if earliest <= latest:
            span = int((latest - earliest).total_seconds() // 60)
            return (earliest + dt.timedelta(minutes=rng.randint(0, span))).replace(second=0)
        day = next_working_day(day, cal)


def live(services: Services, clock: SetClock, code: str, officer: AccountInfo,
         person: DemoPerson, result_page: PreparedPage, rng: random.Random, now: dt.datetime,
         cal: WorkCalendar) -> None:
    """Moves one received dossier on as far as `now` allows: mostly on time, 12 % late (most of
    those with an apology issued on the due day), 60 % of results electronic, 80 % returned."""
    life = services.lifecycle
    s = life.state(code).summary
    if s.due_at is None or s.status != "received":
        return
    if s.due_at > now and rng.random() < 0.3:
        return  # still at the counter
    start = life.steps(code)[-1].at  # the reception, or the supplement that completed it
    handed = office_moment(start.date(), rng, cal, after=start)
    if handed > now:
        return
    clock.set(handed)
    life.handover(code, "specialist", officer, receiver=rng.choice(SPECIALISTS))
    due_day = s.due_at.date()
    late = rng.random() < 0.12
    if late:
        day = add_working_days(due_day, rng.randint(1, 3), cal)
    else:
        day = max(due_day - dt.timedelta(days=rng.randint(0, 2)), handed.date())
    resolved = office_moment(day, rng, cal, after=handed + dt.timedelta(hours=1))
    if late and rng.random() < 0.7:
        asked = office_moment(due_day, rng, cal, after=handed)
        if asked <= min(now, s.due_at) and asked < resolved:
            clock.set(asked)
            life.apology(code, add_working_days(resolved.date(), 1, cal),
                         rng.choice(LATE_REASONS), officer)
    signed = resolved - dt.timedelta(minutes=30)
    if handed < signed <= now and signed.time() >= OFFICE_OPEN:
        clock.set(signed)
        life.handover(code, "leader", officer, receiver=rng.choice(LEADERS))
    if resolved > now:
        return
    clock.set(resolved)
    life.record_result(code, [result_page], officer, electronic=rng.random() < 0.6,
                       digitise=False)
    if rng.random() >= 0.8:
        return
    returned = office_moment(add_working_days(resolved.date(), rng.randint(0, 2), cal), rng, cal,
                             after=resolved)
    if returned > now:
        return
    clock.set(returned)
    method = s.delivery_method if s.delivery_method in ("desk", "post", "online") else "desk"
    life.return_result(code, person.name, officer, id_number=person.id_number, method=method,
                       checked_by_card=method == "desk")


def complete_later(services: Services, clock: SetClock, code: str, officer: AccountInfo,
                   pages: dict[str, list[PreparedPage]], rng: random.Random,
                   now: dt.datetime, cal: WorkCalendar) -> bool:
    """Half the dossiers sent back for supplements come back complete one to three working days
    later (when that is before `now`); their time limit then starts."""
    s = services.lifecycle.state(code).summary
    if rng.random() < 0.5:
        return False
    when = office_moment(add_working_days(s.received_at.date(), rng.randint(1, 3), cal), rng,
                         cal, after=s.received_at)
    if when > now:
        return False
    clock.set(when)
    services.lifecycle.complete_supplement(code, pages, officer)
    return True
