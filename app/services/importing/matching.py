"""Who is who: rows -> existing customers (by code, phone, e-mail, then exact name) or new ones.

Matching runs once per distinct person in the file (name, phone, e-mail, code), not per row. Rows
that share any identifier with an earlier row of the file join that row's customer, so a buyer
whose e-mail appears only on some lines is still one person. A phone or code that points to a
customer with a different name is matched (identifiers beat names) and reported as a conflict.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import pandas as pd

from app.services.importing.coded import CodedText
from app.services.importing.parsing import all_clean
from app.services.phones import format_phone

Texts = list[str | None]


# One customer matched by phone, code or e-mail whose name differs: row, identifier,
# name_in_file, known_name (str) and existing (bool: known before this import).
Conflict = dict[str, object]


@dataclass
class NewCustomer:
    ref: int  # negative: a customer this import will create
    display_name: str
    phone_raw: str | None = None
    phone_e164: str | None = None
    email: str | None = None
    external_code: str | None = None
    birthday: int | None = None  # day number since 1970, the year may be a placeholder


@dataclass
class MatchResult:
    refs: np.ndarray  # per row: existing customer id (>0), new customer ref (<0), 0 = nobody
    identity: CodedText  # per row: the strongest identifier as text ("p:+79..."); for line keys
    new_customers: dict[int, NewCustomer] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def name_key(name: str | None) -> str | None:
    return " ".join(name.lower().replace("ё", "е").split()) if name else None


@dataclass
class Known:
    by_code: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)
    ambiguous_names: set[str] = field(default_factory=set)
    names: dict[int, str] = field(default_factory=dict)
    ids: dict[int, tuple[str | None, str | None, str | None]] = field(default_factory=dict)

    def add(self, ref: int, code: str | None, phone: str | None, email: str | None,
            name: str | None, key: str | None = None) -> None:
        """`key`: name_key(name) when the caller has it already."""
        if code:
            self.by_code.setdefault(code, ref)
        if phone:
            self.by_phone.setdefault(phone, ref)
        if email:
            self.by_email.setdefault(email, ref)
        old = self.ids.get(ref)
        if old is None:
            self.ids[ref] = (code, phone, email)
        else:
            self.ids[ref] = (old[0] or code, old[1] or phone, old[2] or email)
        if name:
            self.names.setdefault(ref, name)
            key = key or name_key(name) or ""
            current = self.by_name.get(key)
            if current is not None and current != ref:
                self.ambiguous_names.add(key)
            else:
                self.by_name[key] = ref


def load_known(conn: sqlite3.Connection) -> Known:
    rows = conn.execute(
        "SELECT id, external_code, phone_e164, LOWER(email), display_name FROM customers"
        " ORDER BY id").fetchall()
    known = Known()
    for position, index in ((1, known.by_code), (2, known.by_phone), (3, known.by_email)):
        for row in reversed(rows):  # the oldest customer wins a shared identifier
            if row[position]:
                index[row[position]] = row[0]
    known.names = {row[0]: row[4] for row in rows}
    known.ids = {row[0]: (row[1] or None, row[2] or None, row[3] or None) for row in rows}
    seen: dict[str, int] = {}
    for cid, name in known.names.items():
        key = name_key(name)
        if key is None:  # no name: nothing to find the customer by
            continue
        if key in seen:
            known.ambiguous_names.add(key)
        seen[key] = cid
    known.by_name = seen
    _add_merged_identities(conn, known)
    return known


def _add_merged_identities(conn: sqlite3.Connection, known: Known) -> None:
    """A merged duplicate's phone, e-mail, code and name keep finding the customer she was
    merged into (a customer's own identifiers come first)."""
    indexes = {"code": known.by_code, "phone": known.by_phone, "email": known.by_email}
    for cid, kind, value in conn.execute(
            "SELECT customer_id, kind, value FROM customer_identities ORDER BY id"):
        if kind in indexes:
            indexes[kind].setdefault(value, cid)
        elif kind == "name" and (key := name_key(value)) is not None \
                and known.by_name.setdefault(key, cid) != cid:
            known.ambiguous_names.add(key)


@dataclass(frozen=True)
class People:
    """The file's people, each as one row shows them (None where a cell is empty): matching
    works once per person, not once per row. Plain lists, since the matching reads them value
    by value, and a numpy object array is slower to index one value at a time."""

    rows: list[int]  # the file's row number of that row
    codes: list[str | None]
    phones: list[str | None]  # E.164
    emails: list[str | None]
    names: list[str | None]
    raw_phones: list[str | None]  # as written in the file
    birthdays: list[int | None]  # days since 1970, MISSING where none

    @classmethod
    def of_rows(cls, rows: np.ndarray, codes: np.ndarray, phones: np.ndarray,
                emails: np.ndarray, names: np.ndarray, raw_phones: np.ndarray,
                birthdays: np.ndarray | None) -> People:
        """From per-person arrays (object arrays of text or None, birthdays as day numbers)."""
        def texts(values: np.ndarray) -> list[str | None]:
            listed: list[str | None] = np.asarray(values, dtype=object).tolist()
            return listed

        days: list[int | None] = ([None] * len(rows) if birthdays is None
                                  else np.asarray(birthdays).tolist())
        return cls(np.asarray(rows).tolist(), texts(codes), texts(phones), texts(emails),
                   texts(names), texts(raw_phones), days)

    def __len__(self) -> int:
        return len(self.rows)

    def take(self, index: list[int]) -> People:
        return People([self.rows[i] for i in index], [self.codes[i] for i in index],
                      [self.phones[i] for i in index], [self.emails[i] for i in index],
                      [self.names[i] for i in index], [self.raw_phones[i] for i in index],
                      [self.birthdays[i] for i in index])


def match_people(known: Known, people: People, group: np.ndarray) -> MatchResult:
    """Customers for every row, each person matched once: `people` has one entry per person
    (that person's first row), `group` is each row's person. The result is per row."""
    existing = set(known.names)
    count = len(people)
    result_refs = np.zeros(count, dtype=np.int64)
    conflicts: list[Conflict] = []
    codes_, phones, emails, names = people.codes, people.phones, people.emails, people.names
    raw_phones, bdays = people.raw_phones, people.birthdays
    keys = _name_keys(names)
    idents = ["c:" + c if c else "p:" + p if p else "e:" + e if e else "n:" + k if k else None
              for c, p, e, k in zip(codes_, phones, emails, keys, strict=True)]
    # A person is new customer -(g + 1) (refs follow the file's order whoever is matched how).
    # Persons whose every identifier is theirs alone, in the file and the database, need no
    # search and nobody is matched to them: they are new customers (most of a first import).
    alone = _alone(known, codes_, phones, emails, keys, idents)

    def new_customer(g: int) -> NewCustomer:
        c, p, e = codes_[g], phones[g], emails[g]
        return NewCustomer(-(g + 1), names[g] or (format_phone(p) if p else None) or e or c or "",
                           raw_phones[g], p, e, c, bdays[g])

    created: list[NewCustomer | None] = [None] * count
    for g in np.flatnonzero(alone).tolist():
        created[g] = new_customer(g)
    for g in np.flatnonzero(~alone).tolist():
        c, p, e, nm, key = codes_[g], phones[g], emails[g], names[g], keys[g]
        ref, via = _find(known, c, p, e, key)
        if ref is None:
            if idents[g] is None:
                continue
            customer = created[g] = new_customer(g)
            ref = customer.ref
        else:
            known_name = known.names.get(ref)
            if via != "name" and nm and nm != known_name and key != name_key(known_name):
                conflicts.append({"row": int(people.rows[g]), "identifier": p or c or e,
                                  "name_in_file": nm, "known_name": known_name or "",
                                  "existing": ref in existing})
            earlier = created[-ref - 1] if ref < 0 else None
            if earlier is not None:
                _complete(earlier, p, raw_phones[g], e, c)
        if via != "code" or p or e:
            known.add(ref, c, p, e, nm, key)
        result_refs[g] = ref
    result_refs[alone] = -(np.flatnonzero(alone) + 1)
    # Refs -1, -2, ...: the order the new customers' ids will be given in.
    new = {customer.ref: customer for customer in created if customer is not None}
    identity = np.empty(count, dtype=object)
    identity[:] = idents
    return MatchResult(result_refs[group], CodedText.of_values(group, identity), new, conflicts)


def _alone(known: Known, codes: Texts, phones: Texts, emails: Texts, keys: Texts,
           idents: Texts) -> npt.NDArray[np.bool_]:
    """Per person: has an identity, and no code, phone, e-mail or name shared with another
    person of the file or with a customer already known. Such a person is certainly new, and
    no other person can be matched to them, so the search can skip them."""
    alone = pd.Series(idents, dtype=object).notna().to_numpy().copy()
    for values, index in ((codes, known.by_code), (phones, known.by_phone),
                          (emails, known.by_email), (keys, known.by_name)):
        column = pd.Series(values, dtype=object)
        present = column.notna().to_numpy()
        if not present.any():
            continue
        shared = column.duplicated(keep=False).to_numpy() & present
        if index:
            shared |= column.isin(list(index)).to_numpy() & present
        alone &= ~shared
    return alone


def _name_keys(names: Texts) -> Texts:
    """name_key of each name. Names as the planner passes them are cleaned already (single
    spaces, none at the ends): one scan shows it and skips name_key's whitespace pass."""
    if all_clean([name for name in names if name]):
        return [name.lower().replace("ё", "е") if name else None for name in names]
    return [name_key(name) for name in names]


def first_rows_of(person: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct person's first row and every row's group number, groups ordered by person
    number as np.unique orders them (without its sort of a million values)."""
    codes, uniques = pd.factorize(person, sort=True)
    first = np.full(len(uniques), len(person), dtype=np.int64)
    np.minimum.at(first, codes, np.arange(len(person), dtype=np.int64))
    return first, codes


def _find(known: Known, code: str | None, phone: str | None, email: str | None,
          key: str | None) -> tuple[int | None, str]:
    """`key`: the name as name_key gives it."""
    if code and code in known.by_code:
        return known.by_code[code], "code"
    if phone and phone in known.by_phone:
        return known.by_phone[phone], "phone"
    if email and email in known.by_email:
        return known.by_email[email], "email"
    if key and key in known.by_name and key not in known.ambiguous_names:
        ref = known.by_name[key]
        k_code, k_phone, k_email = known.ids.get(ref, (None, None, None))
        clash = (code and k_code and code != k_code) or (phone and k_phone and phone != k_phone) \
            or (email and k_email and email != k_email)
        if not clash:
            return ref, "name"
    return None, ""


def _complete(customer: NewCustomer, phone: str | None, phone_raw: str | None,
              email: str | None, code: str | None) -> None:
    """A new customer seen again with more details (e-mail on a later line) keeps them."""
    if phone and not customer.phone_e164:
        customer.phone_e164, customer.phone_raw = phone, phone_raw
    elif phone_raw and not customer.phone_raw:
        customer.phone_raw = phone_raw  # not a valid number, but kept as the file wrote it
    if email and not customer.email:
        customer.email = email
    if code and not customer.external_code:
        customer.external_code = code
