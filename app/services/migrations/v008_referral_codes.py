"""Schema v8: referral codes and the two-sided bonus of a recommendation.

customers.referral_code holds each customer's code (unique; stored in capitals, so a unique
index is a case-insensitive one for what the app writes). Every customer stored before this step
gets a code here, so the card and the scripts never wait for them; later customers get theirs
on first use (referrals.codes.ensure_codes). referral_rewards records the bonus both sides were
promised when the friend made a first order: the texts are copied, so changing the settings later
does not rewrite what was promised.
"""

from __future__ import annotations

import sqlite3

# The code rule as it stood at this step, copied so the step never changes with the app's
# (referrals/codes.py makes later customers' codes and may evolve; both keep codes unique).
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_LETTERS, _DIGITS = "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789"


def _number(n: int) -> str:
    width = 1
    while n >= len(_DIGITS) ** width:
        n -= len(_DIGITS) ** width
        width += 1
    out = ""
    for _ in range(width):
        n, digit = divmod(n, len(_DIGITS))
        out = _DIGITS[digit] + out
    return out


def _assign_codes(conn: sqlite3.Connection) -> None:
    taken: set[str] = set()
    next_number: dict[str, int] = {}
    rows = conn.execute("SELECT id, first_name, display_name FROM customers ORDER BY id")
    codes = []
    for cid, first, display in rows.fetchall():
        name = first if first and first.strip() else ((display or "").split() or [""])[0]
        latin = name.strip().lower().translate(_TRANSLIT).upper()
        prefix = "".join(ch for ch in latin if ch in _LETTERS)[:5] or "FRND"
        n = next_number.get(prefix, 0)
        while (code := prefix + _number(n)) in taken:
            n += 1
        next_number[prefix] = n + 1
        taken.add(code)
        codes.append((code, cid))
    conn.executemany("UPDATE customers SET referral_code = ? WHERE id = ?", codes)


def run(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE customers ADD COLUMN referral_code TEXT")
    conn.execute("CREATE UNIQUE INDEX ix_customers_referral_code ON customers (referral_code)")
    conn.execute(
        "CREATE TABLE referral_rewards ("
        " id INTEGER NOT NULL,"
        " referrer_id INTEGER NOT NULL,"
        " friend_id INTEGER NOT NULL,"
        " day DATE NOT NULL,"
        " first_purchase_id INTEGER,"
        " friend_bonus TEXT NOT NULL DEFAULT '',"
        " referrer_bonus TEXT NOT NULL DEFAULT '',"
        " created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,"
        " CONSTRAINT pk_referral_rewards PRIMARY KEY (id),"
        " CONSTRAINT fk_referral_rewards_referrer_id_customers FOREIGN KEY(referrer_id)"
        " REFERENCES customers (id) ON DELETE CASCADE,"
        " CONSTRAINT fk_referral_rewards_friend_id_customers FOREIGN KEY(friend_id)"
        " REFERENCES customers (id) ON DELETE CASCADE)")
    conn.execute("CREATE INDEX ix_referral_rewards_referrer_id ON referral_rewards (referrer_id)")
    conn.execute("CREATE INDEX ix_referral_rewards_friend_id ON referral_rewards (friend_id)")
    _assign_codes(conn)
