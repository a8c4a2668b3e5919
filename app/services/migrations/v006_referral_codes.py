"""Schema v6: referral codes and the two-sided bonus of a recommendation.

customers.referral_code holds each customer's code (unique; stored in capitals, so a unique
index is a case-insensitive one for what the app writes). Every customer stored before this step
gets a code here, so the card and the scripts never wait for them; later customers get theirs
on first use (referrals.codes.ensure_codes). referral_rewards records the bonus both sides were
promised when the friend made a first order: the texts are copied, so changing the settings later
does not rewrite what was promised.
"""

from __future__ import annotations

import sqlite3

from app.services.referrals.codes import assign_missing


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
    assign_missing(conn)
