"""The card timeline's recommendation bonuses: recorded on the friend's first order, on both
cards: the friend's (who recommended her, her bonus) and the referrer's (whom she brought, her
bonus), with the first order's money (its lines of that day, refunds aside).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from app.services.settings import QT_TRANSLATE_NOOP as _T
from app.services.timeline import TimelineEvent

BONUS_AS_FRIEND, BONUS_AS_REFERRER = "bonus_as_friend", "bonus_as_referrer"
TITLES = {
    BONUS_AS_FRIEND: _T("timeline", "Bonus for coming by recommendation"),
    BONUS_AS_REFERRER: _T("timeline", "Bonus for a recommendation"),
}

_REWARDS = """
SELECT r.day, r.referrer_id = ?, other.display_name,
       CASE WHEN r.referrer_id = ? THEN r.referrer_bonus ELSE r.friend_bonus END,
       (SELECT SUM(p.amount_minor) FROM purchases p WHERE p.customer_id = r.friend_id
        AND p.purchased_on = r.day AND p.amount_minor >= 0)
FROM referral_rewards r
JOIN customers other ON other.id = CASE WHEN r.referrer_id = ? THEN r.friend_id
                                        ELSE r.referrer_id END
WHERE r.referrer_id = ? OR r.friend_id = ?
"""


def bonuses(conn: sqlite3.Connection, customer_id: int) -> list[TimelineEvent]:
    events = []
    for day, as_referrer, name, bonus, first_order in conn.execute(
            _REWARDS, (customer_id,) * 5):
        kind = BONUS_AS_REFERRER if as_referrer else BONUS_AS_FRIEND
        detail = " — ".join(str(part) for part in (name, bonus) if part)
        events.append(TimelineEvent(
            dt.date.fromisoformat(str(day)[:10]), kind, TITLES[kind], detail,
            money_minor=None if first_order is None else int(first_order)))
    return events
