"""The start of a day: stale figures are recomputed, fresh ones are not; snapshot and reminders
follow either way."""

from __future__ import annotations

import datetime as dt

from app.services.day import figures_are_stale, refresh_day
from app.services.demo import create_demo_shop
from app.services.segments import orders as orders_mod
from tests.conftest import TODAY

NOW = dt.datetime.combine(TODAY, dt.time(9))
YESTERDAY = TODAY - dt.timedelta(days=1)


def _scalar(db, sql: str, *params: object) -> object:
    conn = db.raw_connection()
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def _make_one_customer_stale(db) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.execute("UPDATE customer_stats SET computed_as_of = ? WHERE customer_id ="
                         " (SELECT MIN(customer_id) FROM customer_stats)", (YESTERDAY.isoformat(),))
    finally:
        conn.close()


def test_an_empty_database_is_not_stale(db) -> None:
    assert not figures_are_stale(db, TODAY)


def test_purchases_without_figures_are_stale(db) -> None:
    create_demo_shop(db, TODAY, seed=7)
    assert _scalar(db, "SELECT COUNT(*) FROM customer_stats") == 0
    assert figures_are_stale(db, TODAY)


def test_fresh_figures_are_not_recomputed(demo_db, settings) -> None:
    assert not figures_are_stale(demo_db, TODAY)
    result = refresh_day(demo_db, settings, TODAY, NOW)
    assert result.recomputed is None
    assert result.snapshot_taken
    assert result.reminders.created > 0
    assert _scalar(demo_db, "SELECT COUNT(*) FROM tasks") == result.reminders.created


def test_one_customer_computed_yesterday_makes_the_cache_stale(demo_db, settings) -> None:
    _make_one_customer_stale(demo_db)
    assert figures_are_stale(demo_db, TODAY)
    result = refresh_day(demo_db, settings, TODAY, NOW)
    assert result.recomputed is not None and result.recomputed.as_of == TODAY
    assert _scalar(demo_db, "SELECT COUNT(*) FROM customer_stats"
                   " WHERE computed_as_of IS DISTINCT FROM ?", TODAY.isoformat()) == 0
    assert not figures_are_stale(demo_db, TODAY)


def test_the_next_day_recomputes(demo_db, settings) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    assert figures_are_stale(demo_db, tomorrow)
    result = refresh_day(demo_db, settings, tomorrow, NOW + dt.timedelta(days=1))
    assert result.recomputed is not None and result.recomputed.as_of == tomorrow


def test_forcing_and_skipping_the_recompute(demo_db, settings) -> None:
    assert refresh_day(demo_db, settings, TODAY, NOW, recompute_figures=True).recomputed
    _make_one_customer_stale(demo_db)
    assert refresh_day(demo_db, settings, TODAY, NOW, recompute_figures=False).recomputed is None
    assert figures_are_stale(demo_db, TODAY)


def test_the_snapshot_is_taken_once_a_month(demo_db, settings) -> None:
    assert refresh_day(demo_db, settings, TODAY, NOW).snapshot_taken
    assert not refresh_day(demo_db, settings, TODAY, NOW).snapshot_taken
    assert _scalar(demo_db, "SELECT COUNT(*) FROM segment_snapshots WHERE taken_on = ?",
                   TODAY.isoformat()) > 0


def test_orders_given_by_the_caller_give_the_same_reminders(demo_db, settings) -> None:
    """An import into an empty database hands over the orders it built instead of a second read."""
    conn = demo_db.raw_connection()
    try:
        orders = orders_mod.build_orders(orders_mod.load_order_lines(conn))
    finally:
        conn.close()
    given = refresh_day(demo_db, settings, TODAY, NOW, orders=orders)
    tasks = _scalar(demo_db, "SELECT COUNT(*) FROM tasks")
    assert given.reminders.created == tasks > 0
    conn = demo_db.raw_connection()
    try:
        with conn:
            conn.execute("DELETE FROM tasks")
    finally:
        conn.close()
    read = refresh_day(demo_db, settings, TODAY, NOW)
    assert read.reminders.created == tasks


def test_purchases_removed_after_the_figures_make_them_stale(demo_db, settings) -> None:
    """An undo whose recompute never ran (killed): the figures still count the removed lines."""
    conn = demo_db.raw_connection()
    try:
        with conn:
            conn.execute("DELETE FROM purchases WHERE id = (SELECT MAX(id) FROM purchases)")
    finally:
        conn.close()
    assert figures_are_stale(demo_db, TODAY)
    refresh_day(demo_db, settings, TODAY, NOW)
    assert not figures_are_stale(demo_db, TODAY)
    assert _scalar(demo_db, "SELECT SUM(total_spent_minor) FROM customer_stats") == _scalar(
        demo_db, "SELECT SUM(amount_minor) FROM purchases")
