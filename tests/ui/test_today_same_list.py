"""The `today` command and the Today page give the same list for the same database and day.

Both start the day with services.day.refresh_day (the app at start-up, the command before it
prints), so the segment moves, the birthday greetings and the capacity agree. The command runs on
a copy for a day that is not the real today, so it goes first and leaves the database as the app
will find it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from app.cli import main
from app.services.demo import create_demo_shop
from app.services.settings import DAILY_CAPACITY, Settings
from app.ui.background import start_day
from app.ui.pages.today_page import TodayPage
from tests.ui.conftest import wait_idle

DAY = dt.date(2026, 11, 27)


def _rows_of_the_command(db_path, day: dt.date, capacity: int, capsys) -> list[tuple]:
    assert main(["today", "--db", str(db_path), "--as-of", day.isoformat(), "--language", "en",
                 "--limit", str(capacity)]) == 0
    rows = csv.DictReader(io.StringIO(capsys.readouterr().out))
    return [(int(r["customer_id"]), r["rule"], r["due_date"], r["reason"]) for r in rows]


@pytest.mark.parametrize("later", [0, 45])
def test_the_command_and_the_page_list_the_same_reminders(qtbot, context, db, db_path, capsys,
                                                          later) -> None:
    create_demo_shop(db, DAY, seed=7)  # no figures, no snapshot, no tasks yet: a first start
    day = DAY + dt.timedelta(days=later)
    context.clock.moment = dt.datetime.combine(day, dt.time(9))
    capacity = int(Settings(db).get(DAILY_CAPACITY))
    from_the_command = _rows_of_the_command(db_path, day, capacity, capsys)

    start_day(context)  # what the app runs once its window is up
    wait_idle(qtbot, context)
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    on_the_page = [(t.customer_id, t.rule, t.due_on.isoformat(), t.reason("en"))
                   for t in page.model.tasks()]

    assert len(on_the_page) == capacity
    assert any(rule.startswith("segment_") for _cid, rule, _due, _reason in on_the_page)
    assert from_the_command == on_the_page  # the same people, reasons and order
