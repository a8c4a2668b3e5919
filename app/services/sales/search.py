"""Customer search as you type, for the sale dialog: the Customers page's matching (name, e-mail
or phone digits, case-insensitive substring; a query of digits only also matches a phone written
with spaces and dashes) over an index read once, so each keystroke is one vectorised scan."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from app.services.database import Database


@dataclass(frozen=True)
class CustomerHit:
    id: int
    name: str
    phone: str
    email: str


class CustomerIndex:
    def __init__(self, ids: np.ndarray, names: list[str], phones: list[str],
                 emails: list[str]) -> None:
        self._ids, self._names, self._phones, self._emails = ids, names, phones, emails
        digits = pd.Series(phones, dtype=object).str.replace(r"\D", "", regex=True)
        self._haystack = (pd.Series(names, dtype=object).str.lower() + "\t"
                          + pd.Series(emails, dtype=object).str.lower() + "\t" + digits)
        # Shorter names first among equal matches ("Anna" before "Annabel Smith-Jones").
        self._by_name = np.argsort(np.array([n.lower() for n in names], dtype=object),
                                   kind="stable") if names else np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int = 30) -> list[CustomerHit]:
        query = query.strip().lower()
        if not query or not len(self._ids):
            return []
        hit = self._haystack.str.contains(query, regex=False).to_numpy(dtype=bool, copy=True)
        query_digits = "".join(ch for ch in query if ch.isdigit())
        if len(query_digits) >= 3 and not any(ch.isalpha() for ch in query):
            hit |= self._haystack.str.contains(query_digits, regex=False).to_numpy(dtype=bool)
        ordered = self._by_name[hit[self._by_name]]
        # A name, or one of its words, starting with the query comes first ("an" finds Anna
        # Smith and Ivan Andreev before Alexander Jackson).
        starts = np.array([(name := self._names[i].lower()).startswith(query)
                           or f" {query}" in name for i in ordered], dtype=bool)
        ordered = np.concatenate([ordered[starts], ordered[~starts]])[:limit]
        return [CustomerHit(int(self._ids[i]), self._names[i], self._phones[i], self._emails[i])
                for i in ordered]

    def get(self, customer_id: int) -> CustomerHit | None:
        positions = np.flatnonzero(self._ids == customer_id)
        if not len(positions):
            return None
        i = int(positions[0])
        return CustomerHit(customer_id, self._names[i], self._phones[i], self._emails[i])


def load_index(db: Database) -> CustomerIndex:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT id, display_name, COALESCE(phone_e164, phone_raw, ''), COALESCE(email, '')"
            " FROM customers").fetchall()
    finally:
        conn.close()
    if not rows:
        return CustomerIndex(np.zeros(0, dtype=np.int64), [], [], [])
    ids, names, phones, emails = zip(*rows, strict=True)
    return CustomerIndex(np.array(ids, dtype=np.int64), [str(n) for n in names], list(phones),
                         list(emails))
