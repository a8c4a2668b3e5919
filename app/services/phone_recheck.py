"""Re-reading the stored phone numbers for another region, shown before it is done.

When the owner changes the phone region, numbers read for the old one may be wrong ("7700 900121"
read as Kazakh) or rejected (a UK "07911 123456" in a Russian shop). Each customer's number is
read again from the text it was written as; a preview lists what would change, and applying it
changes only the numbers still as previewed. The written text is never lost: a number stored
without one keeps its old form as its written text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.services.database import Database
from app.services.phones import normalize_phone


@dataclass(frozen=True)
class PhoneChange:
    customer_id: int
    name: str
    written: str  # the text the number is read from
    before: str | None
    after: str | None


@dataclass(frozen=True)
class RecheckPreview:
    region: str
    checked: int  # customers with any phone text
    changes: list[PhoneChange] = field(default_factory=list)
    shared: int = 0  # changed numbers another customer has too (possibly the same person)

    @property
    def now_valid(self) -> int:
        return sum(1 for c in self.changes if c.before is None)

    @property
    def now_invalid(self) -> int:
        return sum(1 for c in self.changes if c.after is None)

    @property
    def changed(self) -> int:
        return sum(1 for c in self.changes if c.before is not None and c.after is not None)


def recheck_phones(db: Database, region: str) -> RecheckPreview:
    """What reading every stored phone text for `region` would change; nothing is written."""
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT id, display_name, phone_raw, phone_e164 FROM customers"
            " WHERE COALESCE(phone_raw, '') <> '' OR phone_e164 IS NOT NULL ORDER BY id").fetchall()
    finally:
        conn.close()
    changes = []
    after_of: dict[int, str | None] = {}
    for customer_id, name, raw, before in rows:
        written = raw if raw and raw.strip() else before
        after = normalize_phone(written, region)
        after_of[customer_id] = after if after != before else before
        if after != before:
            changes.append(PhoneChange(customer_id, name or "", written, before, after))
    counts = Counter(number for number in after_of.values() if number)
    shared = sum(1 for c in changes if c.after and counts[c.after] > 1)
    return RecheckPreview(region, len(rows), changes, shared)


def apply_recheck(db: Database, preview: RecheckPreview) -> int:
    """Store the previewed numbers in one transaction; a customer edited since the preview is
    left as it is. Returns how many numbers changed."""
    conn = db.raw_connection()
    try:
        with conn:
            done = 0
            for change in preview.changes:
                cursor = conn.execute(
                    "UPDATE customers SET phone_e164 = ?,"
                    " phone_raw = COALESCE(NULLIF(TRIM(phone_raw), ''), ?)"
                    " WHERE id = ? AND phone_e164 IS NOT DISTINCT FROM ?",
                    (change.after, change.written, change.customer_id, change.before))
                done += cursor.rowcount
    finally:
        conn.close()
    return done
