"""Search as you type for "Who recommended us": the sale dialog's customer search (name, phone,
e-mail) plus the referral code, so the owner can type what the friend brought ("anna7")."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.database import Database
from app.services.referrals.codes import code_owners, ensure_codes, normalise
from app.services.sales.search import CustomerHit, CustomerIndex, load_index


@dataclass(frozen=True)
class ReferrerHit:
    hit: CustomerHit
    code: str
    by_code: bool  # the query was this customer's code


class ReferrerIndex:
    """`codes`: each customer's own code; `merged`: codes of cards merged into a customer ->
    that customer (the code a friend was given before the merge still finds her)."""

    def __init__(self, customers: CustomerIndex, codes: dict[int, str],
                 merged: dict[str, int] | None = None) -> None:
        self._customers = customers
        self._codes = codes
        self._by_code = {**(merged or {}), **{code: cid for cid, code in codes.items()}}

    def search(self, query: str, limit: int = 30) -> list[ReferrerHit]:
        found: list[ReferrerHit] = []
        code_owner = self._by_code.get(normalise(query))
        if code_owner is not None and (hit := self._customers.get(code_owner)):
            found.append(ReferrerHit(hit, self._codes.get(code_owner, ""), True))
        found += [ReferrerHit(h, self._codes.get(h.id, ""), False)
                  for h in self._customers.search(query, limit)
                  if h.id != code_owner][:limit - len(found)]
        return found


def load_referrer_index(db: Database) -> ReferrerIndex:
    ensure_codes(db)
    conn = db.raw_connection()
    try:
        own = {int(i): str(c) for i, c in conn.execute(
            "SELECT id, referral_code FROM customers WHERE referral_code IS NOT NULL")}
        owners = code_owners(conn)
    finally:
        conn.close()
    return ReferrerIndex(load_index(db), own, owners)
