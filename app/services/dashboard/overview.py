"""One call for the dashboard (and a report): a period's figures beside the previous period's,
and the reminders' outcomes, read from the database as of a day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.services import day_numbers
from app.services.dashboard.figures import PeriodFigures, Shop, all_time, arrange, period_figures
from app.services.dashboard.outcomes import ReminderOutcome, reminder_outcomes
from app.services.dashboard.periods import Period
from app.services.dashboard.predicted import PredictedClv, predicted_clv
from app.services.dashboard.shared import SharedOrders
from app.services.database import Database
from app.services.feedback.figures import period_feedback
from app.services.settings import (
    ACTIVE_DAYS,
    CONVERSION_WINDOW_DAYS,
    LOST_AFTER_DAYS,
    Settings,
)


@dataclass(frozen=True)
class FigureSettings:
    active_days: int = 180
    lost_after_days: int = 365
    window_days: int = 14

    @classmethod
    def read(cls, settings: Settings) -> FigureSettings:
        return cls(int(settings.get(ACTIVE_DAYS)), int(settings.get(LOST_AFTER_DAYS)),
                   int(settings.get(CONVERSION_WINDOW_DAYS)))


@dataclass(frozen=True)
class Comparison:
    current: PeriodFigures
    previous: PeriodFigures
    outcomes: list[ReminderOutcome]
    as_of: dt.date
    last_year: PeriodFigures | None = None  # the same period a year before, when asked for
    predicted: PredictedClv | None = None  # the fitted model's next 12 months, as of `as_of`


def load_shop(db: Database, as_of: dt.date, source: SharedOrders | None = None) -> Shop:
    """Lines and orders up to `as_of`; later purchases are not seen. `source`: the purchases
    already read by another job of the same refresh (for that `as_of`)."""
    source = source or SharedOrders(db, as_of)
    return arrange(source.lines(), source.orders())


def compare_periods(db: Database, period: Period, as_of: dt.date,
                    config: FigureSettings, *, last_year: bool = False,
                    source: SharedOrders | None = None) -> Comparison:
    shop = load_shop(db, as_of, source)
    today = day_numbers.from_date(as_of)

    def figures(p: Period) -> PeriodFigures:
        found = period_figures(shop, p, today, config.active_days, config.lost_after_days)
        return replace(found, feedback=period_feedback(db, p.first_date,
                                                       min(p.last_date, as_of)))

    previous = period.previous()
    return Comparison(
        current=figures(period), previous=figures(previous),
        outcomes=reminder_outcomes(db, period.first_date, period.last_date, as_of,
                                   config.window_days),
        as_of=as_of,
        last_year=figures(period.year_before()) if last_year else None,
        predicted=predicted_clv(db, as_of))


def all_time_figures(db: Database, as_of: dt.date, config: FigureSettings) -> PeriodFigures:
    return all_time(load_shop(db, as_of), as_of, config.active_days, config.lost_after_days)
