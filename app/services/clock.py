"""An injectable "today": services never read the wall clock directly, so tests can freeze it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class Clock:
    """The real clock, in local time (a shop owner's "today" is local)."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


@dataclass
class FixedClock(Clock):
    """A clock stopped at one moment; `advance` moves it, for tests and `--as-of`."""

    moment: dt.datetime

    @classmethod
    def on(cls, day: dt.date, hour: int = 9) -> FixedClock:
        return cls(dt.datetime.combine(day, dt.time(hour)))

    def today(self) -> dt.date:
        return self.moment.date()

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, days: int = 0, hours: int = 0) -> None:
        self.moment += dt.timedelta(days=days, hours=hours)
