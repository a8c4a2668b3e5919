"""The start of a shop day: fresh figures, the monthly snapshot, then the day's reminders.

The app (at start-up, after an import, after a settings change) and the `today` command both run
this one use case, so they agree on when the figures are stale and on what must follow them. It
lives beside the two features it joins (segments, reminders) rather than inside either: the
segments package does not know about reminders, and reminders only read what segments wrote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from app.services.database import Database
from app.services.loyalty.levels import Recalculated, ladder_of
from app.services.loyalty.levels import recalculate as recalculate_levels
from app.services.messages.library import ensure_builtin_templates
from app.services.points import store as points_store
from app.services.predictions import store as predictions_store
from app.services.referrals import rewards as referral_rewards
from app.services.reminders.generate import GenerateResult, generate_tasks
from app.services.segments.orders import build_orders, load_order_lines
from app.services.segments.recompute import (
    RecomputeResult,
    figures_stamp,
    purchases_stamp,
    recompute,
)
from app.services.segments.snapshots import ensure_monthly_snapshot
from app.services.settings import Settings


@dataclass(frozen=True)
class DayRefresh:
    recomputed: RecomputeResult | None  # None: the figures were already computed for the day
    snapshot_taken: bool
    reminders: GenerateResult
    predicted: bool = False  # the predictions were fitted again
    levels: Recalculated | None = None


def figures_are_stale(db: Database, today: dt.date) -> bool:
    """True when any cached figure was computed for another day (recency moves every day), when
    there are purchases and no figures at all, or when purchases were added or removed since
    the figures were computed (an import or undo stopped between its write and its recompute)."""
    conn = db.raw_connection()
    try:
        stale = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM customer_stats WHERE computed_as_of IS DISTINCT FROM ?)"
            " OR (NOT EXISTS (SELECT 1 FROM customer_stats)"
            " AND EXISTS (SELECT 1 FROM purchases))",
            (today.isoformat(),),
        ).fetchone()[0]
        behind = figures_stamp(conn) != purchases_stamp(conn)
    finally:
        conn.close()
    return bool(stale) or behind


def refresh_day(db: Database, settings: Settings, today: dt.date, now: dt.datetime, *,
                recompute_figures: bool | None = None,
                orders: pd.DataFrame | None = None) -> DayRefresh:
    """Seed or upgrade the built-in scripts, recompute the figures when stale
    (`recompute_figures` True/False forces or skips), take the month's snapshot if missing, and
    fit the predictions when theirs are not for this day and these purchases, and generate the
    day's reminders (idempotent).

    `orders`: every purchase's orders when the caller has them already (an import into an empty
    database), so the reminder rules need not read the purchases again; a recompute here
    replaces them with the ones it built."""
    # The built-in scripts first: the reminders suggest them (unedited older copies upgraded).
    ensure_builtin_templates(db)
    if recompute_figures is None:
        recompute_figures = figures_are_stale(db, today)
    recomputed = recompute(db, today) if recompute_figures else None
    if recomputed is not None:
        orders = recomputed.orders
    if orders is None:  # read once for the predictions, the levels and the reminders
        conn = db.raw_connection()
        try:
            orders = build_orders(load_order_lines(conn))
        finally:
            conn.close()
    # Before the reminders: the rhythm rule and Today's order read the predictions, the
    # milestones the levels. Levels move with the orders (after an import) and with the days
    # (the grace period).
    predicted = predictions_store.refresh(db, today, orders)
    levels = recalculate_levels(db, ladder_of(settings), today, orders=orders)
    snapshot_taken = ensure_monthly_snapshot(db, today)
    # Points (when on) follow the purchases and lapse with the days before the reminders read them.
    points_store.sync(db, settings, today, now)
    reminders = generate_tasks(db, settings, today, now=now, orders=orders)
    # A recommended friend's first order (imported or recorded by hand) earns the bonus.
    referral_rewards.record_rewards(db, settings)
    return DayRefresh(recomputed, snapshot_taken, reminders, predicted, levels)
