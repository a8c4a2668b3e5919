"""What the scripts know of a customer's points: the `points` variable (the balance on the day the
message is written), read in bulk with the other facts (services.messages.context)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict


def point_rows(conn: sqlite3.Connection,
               customer_ids: list[int]) -> dict[int, tuple[tuple[dt.date, int], ...]]:
    """customer_id -> (active_on, hundredths) per day, for the balance on any later day."""
    marks = ",".join("?" * len(customer_ids))
    found: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for cid, active, points in conn.execute(
            "SELECT customer_id, active_on, SUM(points_minor) FROM points_ledger"
            f" WHERE customer_id IN ({marks}) GROUP BY customer_id, active_on", customer_ids):
        found[cid].append((dt.date.fromisoformat(active), int(points)))
    return {cid: tuple(rows) for cid, rows in found.items()}


def balance_on(rows: tuple[tuple[dt.date, int], ...], today: dt.date) -> int:
    return sum(points for active, points in rows if active <= today)


def format_points(minor: int, language: str) -> str:
    """61.72 / 61,72; whole points without decimals (50, not 50.00)."""
    whole, cents = divmod(abs(minor), 100)
    sign = "-" if minor < 0 else ""
    grouped = f"{whole:,}".replace(",", "\u00a0" if language == "ru" else ",")
    if cents == 0:
        return f"{sign}{grouped}"
    return f"{sign}{grouped}{',' if language == 'ru' else '.'}{cents:02d}"


def expiring_reason(params: dict[str, object], lang: str) -> str:
    """Today's reason for "points_expiring": how many points lapse and on which day."""
    points = params.get("points")
    shown = format_points(int(points) if isinstance(points, int | str) else 0, lang)
    iso = params.get("expires")
    try:
        day = dt.date.fromisoformat(str(iso))
    except ValueError:
        return "баллы скоро сгорят" if lang == "ru" else "points expire soon"
    if lang == "ru":  # "баллы: N" reads right for 1, 5 and 61,72 alike
        return f"{day.day:02d}.{day.month:02d} сгорят баллы: {shown} — напомнить, чтобы потратили"
    month = _MONTHS[day.month - 1]
    return f"{shown} points expire on {day.day} {month} — remind them to use them"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
