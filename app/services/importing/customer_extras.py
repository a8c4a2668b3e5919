"""Notes, tags and "Referred by" columns: what the file adds to its customers' cards.

- Notes are appended to the customer's notes, each text once: a text already in the notes (the
  same file imported again, or the owner typed it) is not added again.
- Tags are merged: the union, comma-separated, in the owner's spelling where she has the tag
  already (compared ignoring case).
- A referrer is found among the customers (those known and those this import creates) by the
  cell's e-mail, phone or exact name, as the import finds its customers. A referrer already set
  on a card is kept. A referrer nobody matches is no rejection: the row gets a warning and the
  text goes into the notes ("Referred by: X"), so nothing the owner wrote is lost.
- Marketing consent (yes/no, true/false, да/нет, 1/0...) replaces what the card had: the file is
  what the customer said last. An empty cell changes nothing; a value that is neither yes nor no
  changes nothing and gets a warning (its row and text).

The plan holds what to add; the writer merges it with the cards as they are when it writes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from app.services import sql_dialect
from app.services.database import Database
from app.services.importing import matching, parsing

EXTRA_FIELDS = ("notes", "tags", "referred_by", "marketing_consent")
_YES = frozenset({"yes", "y", "true", "1", "да", "д", "согласен", "согласна", "subscribed",
                  "opted in", "opt in", "+"})
_NO = frozenset({"no", "n", "false", "0", "нет", "н", "не согласен", "не согласна",
                 "not subscribed", "unsubscribed", "opted out", "opt out", "-"})
REFERRED_BY_NOTE = "Referred by: {}"


@dataclass
class CustomerExtras:
    """Per customer ref (an id > 0, or a new customer's ref < 0) what the file adds."""

    notes: dict[int, list[str]] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    referrers: dict[int, int] = field(default_factory=dict)  # ref -> the referrer's ref
    consent: dict[int, bool] = field(default_factory=dict)  # ref -> the file's last yes/no
    unknown_consents: list[tuple[int, str]] = field(default_factory=list)  # (row, text)
    unknown_referrers: list[tuple[int, str]] = field(default_factory=list)  # (row, text)
    # What the write will change, counted against the cards as they are now.
    customers_with_notes: int = 0
    customers_with_tags: int = 0
    referrers_linked: int = 0
    consents_changed: int = 0

    @property
    def changes(self) -> int:
        return (self.customers_with_notes + self.customers_with_tags + self.referrers_linked
                + self.consents_changed)


def consent_value(text: str) -> bool | None:
    """yes/no as shops and tills write it; None for anything else."""
    word = " ".join(text.replace("_", " ").split()).casefold()  # NOT_SUBSCRIBED, " Да "
    if word in _YES:
        return True
    if word in _NO:
        return False
    return None


def plan_extras(db: Database, refs: np.ndarray, texts: dict[str, np.ndarray], rows: np.ndarray,
                new_customers: list[matching.NewCustomer], kept: Callable[[int], bool],
                region: str) -> CustomerExtras:
    """`refs`, `texts` (per field, cleaned text or None), `rows`: one entry per imported row;
    `kept(ref)`: the customer is in the plan (matched, or created by it)."""
    extras = CustomerExtras()
    conn = db.raw_connection()
    try:
        known = matching.load_known(conn)
        for customer in new_customers:
            known.add(customer.ref, customer.external_code, customer.phone_e164,
                      customer.email and customer.email.lower(), customer.display_name)
        cards = _cards(conn, sorted({int(r) for r in refs.tolist() if r > 0}))
        codes = referral_codes(conn)
    finally:
        conn.close()
    found: dict[str, int | None] = {}
    for i, ref in enumerate(refs.tolist()):
        if ref == 0 or not kept(ref):
            continue
        note, tags, referrer, consent = (texts.get(f, [None] * len(refs))[i]
                                         for f in EXTRA_FIELDS)
        if note:
            _add_once(extras.notes.setdefault(ref, []), note)
        if tags:
            for tag in split_tags(tags):
                _add_once(extras.tags.setdefault(ref, []), tag)
        if referrer:
            if referrer not in found:
                found[referrer] = _find_referrer(known, referrer, region, codes)
            who = found[referrer]
            if who is not None and who != ref:
                extras.referrers.setdefault(ref, who)
            elif who is None:
                extras.unknown_referrers.append((int(rows[i]), referrer))
                _add_once(extras.notes.setdefault(ref, []), REFERRED_BY_NOTE.format(referrer))
        if consent:
            said = consent_value(consent)
            if said is None:
                extras.unknown_consents.append((int(rows[i]), consent))
            else:
                extras.consent[ref] = said  # a later row is what she said last
    for ref, notes in extras.notes.items():
        current = cards.get(ref, _NO_CARD)[0]
        extras.customers_with_notes += merged_notes(current, notes) != current
    for ref, tags in extras.tags.items():
        current = cards.get(ref, _NO_CARD)[1]
        extras.customers_with_tags += merged_tags(current, tags) != current
    extras.referrers_linked = sum(cards.get(ref, _NO_CARD)[2] is None
                                  for ref in extras.referrers)
    extras.consents_changed = sum(cards.get(ref, _NO_CARD)[3] != said
                                  for ref, said in extras.consent.items())
    return extras


def write_extras(conn: sqlite3.Connection, extras: CustomerExtras, new_ids: dict[int, int]) -> None:
    """Merges the extras into the cards, inside the import's transaction. `new_ids`: the new
    customers' refs -> their ids. A card changed here gets a new `updated_at`, so undoing the
    import that created it keeps it (see `undo`); a card this import creates is marked as
    filled by it alone, so undoing this import removes it."""
    def real(ref: int) -> int | None:
        return ref if ref > 0 else new_ids.get(ref)

    refs = set(extras.notes) | set(extras.tags) | set(extras.referrers) | set(extras.consent)
    ids = {ref: real(ref) for ref in refs}
    cards = _cards(conn, sorted(i for i in ids.values() if i is not None))
    for ref in sorted(refs):
        cid = ids[ref]
        if cid is None:
            continue
        notes, tags, referred, consent = cards.get(cid, _NO_CARD)
        new_notes = merged_notes(notes, extras.notes.get(ref, []))
        new_tags = merged_tags(tags, extras.tags.get(ref, []))
        referrer = extras.referrers.get(ref)
        new_referred = referred if referred is not None or referrer is None else real(referrer)
        new_consent = extras.consent.get(ref, consent)
        if (new_notes, new_tags, new_referred, new_consent) == (notes, tags, referred, consent):
            continue
        # A card this import creates and fills is marked with updated_at a second before
        # created_at, which no edit can give it: undo may remove it (see `undo`).
        touched = (", updated_at = CURRENT_TIMESTAMP" if ref > 0 else
                   f", updated_at = {sql_dialect.seconds_before(conn, 'created_at', 1)}")
        conn.execute(f"UPDATE customers SET notes = ?, tags = ?, referred_by_id = ?,"
                     f" marketing_consent = ?{touched} WHERE id = ?",
                     (new_notes, new_tags, new_referred, new_consent, cid))


def merged_notes(current: str, additions: list[str]) -> str:
    """`current` with each addition not already in it on a line of its own."""
    result = current
    for text in additions:
        if text not in result:
            result = f"{result}\n{text}" if result else text
    return result


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def merged_tags(current: str, additions: list[str]) -> str:
    """The union of the tags, the owner's first (in her spelling), comma-separated."""
    tags = split_tags(current)
    seen = {t.casefold() for t in tags}
    for tag in additions:
        if tag.casefold() not in seen:
            tags.append(tag)
            seen.add(tag.casefold())
    return ", ".join(tags) if tags != split_tags(current) else current


def _add_once(texts: list[str], text: str) -> None:
    if text not in texts:
        texts.append(text)


def referral_codes(conn: sqlite3.Connection) -> dict[str, int]:
    """Code -> customer: her own, then a merged card's (customer_identities, kind "referral"),
    as referrals.codes.code_owners reads them (not imported: referrals reads the sales search)."""
    codes = {str(c): int(i) for c, i in conn.execute(
        "SELECT referral_code, id FROM customers WHERE referral_code IS NOT NULL")}
    for code, cid in conn.execute("SELECT value, customer_id FROM customer_identities"
                                  " WHERE kind = 'referral' ORDER BY id"):
        codes.setdefault(str(code), int(cid))
    return codes


def _find_referrer(known: matching.Known, text: str, region: str,
                   codes: dict[str, int]) -> int | None:
    """By e-mail, phone, the referrer's referral code (any case), or an unambiguous name."""
    email = parsing.email_or_none(text)
    if email and email.lower() in known.by_email:
        return known.by_email[email.lower()]
    phone = parsing.phones_e164([text], region)[0] if any(c.isdigit() for c in text) else None
    if phone and phone in known.by_phone:
        return known.by_phone[phone]
    # Codes are stored in capitals; spaces and dashes typed inside one are ignored (as
    # referrals.codes.normalise does; not imported: referrals reads the sales search).
    if (by_code := codes.get(re.sub(r"[\s\-_.]", "", text).upper())) is not None:
        return int(by_code)
    key = matching.name_key(text)
    if key and key in known.by_name and key not in known.ambiguous_names:
        return known.by_name[key]
    return None


Card = tuple[str, str, int | None, bool | None]  # notes, tags, referred_by_id, consent
_NO_CARD: Card = ("", "", None, None)


def _cards(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Card]:
    """{id: (notes, tags, referred_by_id, marketing_consent)} of these customers."""
    if not ids:
        return {}
    among, param = sql_dialect.id_in(conn, "id", ids)
    rows = conn.execute(
        f"SELECT id, notes, tags, referred_by_id, marketing_consent FROM customers"
        f" WHERE {among}", (param,)).fetchall()
    return {row[0]: (row[1] or "", row[2] or "", row[3],
                     None if row[4] is None else bool(row[4])) for row in rows}
