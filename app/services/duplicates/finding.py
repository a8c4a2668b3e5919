"""Likely pairs among all customers, each with a score and the reasons in words.

No pair is compared unless the two share a block: the same card code, phone or e-mail, a phone or
an e-mail local part one deletion apart (the deletion neighbourhood: two values one typo apart
share a key), or a name key (surname with initials, across alphabets). Blocks bigger than a few
people say nothing (a common name, a shop's own phone typed for walk-ins) and are skipped, so the
work grows with the customers, not with their square.

Scores (0-100; shown from MIN_SCORE up):
- the same card code, phone or e-mail: 60 each; a phone one typo apart (one digit wrong, or two
  neighbours swapped, same country) or an e-mail one or two typos apart (or a mistyped mail
  domain such as gmial.com; addresses differing only in digits, "anna.ivanova1" and
  "anna.ivanova2", are namesakes, not a typo): 35 each;
- the same name, across alphabets and word order: 45; the same surname with a first name as an
  initial: 25;
- both have phones (or e-mails) and they are neither equal nor one typo apart: minus 30 each.
So a name alone shows (low) only when nothing contradicts it, and namesakes with their own
different phones and e-mails are not shown at all (see names.told_apart: namesakes exist).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from app.services.database import Database
from app.services.duplicates import keys
from app.services.settings import QT_TRANSLATE_NOOP

_T = QT_TRANSLATE_NOOP
MIN_SCORE = 45
NAME_BLOCK_LIMIT = 8
BLOCK_LIMIT = 30

SAME_CODE = _T("duplicates", "Same card code")
SAME_PHONE = _T("duplicates", "Same phone number")
PHONE_TYPO = _T("duplicates", "Phone numbers one typo apart")
SAME_EMAIL = _T("duplicates", "Same e-mail")
EMAIL_TYPO = _T("duplicates", "E-mails one or two typos apart")
SAME_NAME = _T("duplicates", "Same name")
NAME_VARIANT = _T("duplicates", "Same name written differently")
NAME_INITIAL = _T("duplicates", "Same surname, first name as an initial")
OTHER_PHONES = _T("duplicates", "Different phone numbers")
OTHER_EMAILS = _T("duplicates", "Different e-mails")


@dataclass(frozen=True)
class Pair:
    keep_id: int  # the one with more orders (then more money, then the older card)
    other_id: int
    score: int
    reasons: tuple[str, ...]  # English; the UI translates in context "duplicates"
    keep_name: str
    other_name: str


@dataclass
class _People:
    ids: list[int]
    names: list[str]
    phones: list[str | None]
    emails: list[str | None]
    codes: list[str | None]
    rank: list[tuple[int, int, int]]  # orders, money, -id: the higher is kept


def find_duplicates(db: Database, *, progress: Callable[[int, int], None] | None = None
                    ) -> list[Pair]:
    """Likely pairs, best first; pairs the owner said are two people are left out."""
    people, dismissed = _load(db)
    candidates = _candidates(people)
    pairs = []
    for done, (a, b) in enumerate(sorted(candidates)):
        if progress is not None and done % 5000 == 0:
            progress(done, len(candidates))
        key = (min(people.ids[a], people.ids[b]), max(people.ids[a], people.ids[b]))
        if key in dismissed:
            continue
        score, reasons = score_pair(people, a, b)
        if score >= MIN_SCORE:
            keep, other = (a, b) if people.rank[a] >= people.rank[b] else (b, a)
            pairs.append(Pair(people.ids[keep], people.ids[other], score, reasons,
                              people.names[keep], people.names[other]))
    pairs.sort(key=lambda p: (-p.score, p.keep_id, p.other_id))
    return pairs


def _load(db: Database) -> tuple[_People, set[tuple[int, int]]]:
    conn = db.raw_connection()
    try:
        rows = conn.execute(
            "SELECT c.id, c.display_name, c.phone_e164, LOWER(c.email), c.external_code,"
            " COALESCE(s.orders_count, 0), COALESCE(s.total_spent_minor, 0)"
            " FROM customers c LEFT JOIN customer_stats s ON s.customer_id = c.id"
            " ORDER BY c.id").fetchall()
        dismissed = {(int(a), int(b)) for a, b in conn.execute(
            "SELECT low_id, high_id FROM duplicate_dismissals")}
    finally:
        conn.close()
    people = _People([r[0] for r in rows], [r[1] or "" for r in rows], [r[2] or None for r in rows],
                     [r[3] or None for r in rows],
                     [(r[4] or "").strip().upper() or None for r in rows],
                     [(r[5], r[6], -r[0]) for r in rows])
    return people, dismissed


def _candidates(people: _People) -> set[tuple[int, int]]:
    """Pairs sharing a block of 2..limit people. The keys are made in Python (a few per
    value); counting them is numpy's work, so only the few shared keys reach Python again."""
    import numpy as np

    block_keys: list[int] = []
    members: list[int] = []
    name_flags: list[bool] = []
    for i in range(len(people.ids)):
        made: list[str] = []
        code, phone, email = people.codes[i], people.phones[i], people.emails[i]
        if code:
            made.append("c" + code)
        if phone:
            digits = phone.lstrip("+")
            made.append("p" + digits)
            made.extend(["q" + key for key in keys.deletions(digits)])
        if email and "@" in email:
            local, domain, _fixed = keys.split_email(email)
            made.append("e" + local + "@" + domain)
            # The value itself too: "anna@" and "annax@" share "anna@" only that way.
            made.extend(["f" + key + "@" + domain for key in keys.deletions(local) | {local}])
        unique = set(made)
        named = set(keys.name_block_keys(keys.name_words(people.names[i])))
        # Hashes, not the texts: numpy sorts integers fast. A collision only adds a candidate,
        # which the scoring then compares value by value.
        block_keys.extend([hash(key) for key in unique])
        block_keys.extend([hash("n" + key) for key in named])
        members.extend([i] * (len(unique) + len(named)))
        name_flags.extend([False] * len(unique) + [True] * len(named))
    _uniques, codes = np.unique(np.asarray(block_keys, dtype=np.int64), return_inverse=True)
    sizes = np.bincount(codes)[codes]
    limits = np.where(np.asarray(name_flags), NAME_BLOCK_LIMIT, BLOCK_LIMIT)
    chosen = np.flatnonzero((sizes > 1) & (sizes <= limits))
    chosen = chosen[np.argsort(codes[chosen], kind="stable")]
    in_blocks = np.asarray(members)[chosen]
    starts = np.flatnonzero(np.diff(codes[chosen], prepend=-1))
    found: set[tuple[int, int]] = set()
    for block in np.split(in_blocks, starts[1:]):
        found.update(itertools.combinations(sorted(set(block.tolist())), 2))
    return found


def score_pair(people: _People, a: int, b: int) -> tuple[int, tuple[str, ...]]:
    score, reasons = 0, list[str]()
    if people.codes[a] and people.codes[a] == people.codes[b]:
        score, reasons = score + 60, [*reasons, SAME_CODE]
    score, reasons = _phones(people.phones[a], people.phones[b], score, reasons)
    score, reasons = _emails(people.emails[a], people.emails[b], score, reasons)
    agree = keys.names_agree(keys.name_words(people.names[a]), keys.name_words(people.names[b]))
    if agree == "same":
        exact = _plain(people.names[a]) == _plain(people.names[b])
        score, reasons = score + 45, [*reasons, SAME_NAME if exact else NAME_VARIANT]
    elif agree == "initial":
        score, reasons = score + 25, [*reasons, NAME_INITIAL]
    return max(0, min(score, 100)), tuple(reasons)


def _letters(local: str) -> str:
    return "".join(ch for ch in local if not ch.isdigit())


def _plain(name: str) -> list[str]:
    return name.casefold().replace("ё", "е").split()


def _phones(a: str | None, b: str | None, score: int, reasons: list[str]
            ) -> tuple[int, list[str]]:
    if not a or not b:
        return score, reasons
    if a == b:
        return score + 60, [*reasons, SAME_PHONE]
    if keys.one_typo(a, b) and _same_country(a, b):
        return score + 35, [*reasons, PHONE_TYPO]
    return score - 30, [*reasons, OTHER_PHONES]


def _same_country(a: str, b: str) -> bool:
    import phonenumbers

    try:
        return bool(phonenumbers.parse(a).country_code == phonenumbers.parse(b).country_code)
    except phonenumbers.NumberParseException:
        return False


def _emails(a: str | None, b: str | None, score: int, reasons: list[str]
            ) -> tuple[int, list[str]]:
    if not a or not b:
        return score, reasons
    if a == b:
        return score + 60, [*reasons, SAME_EMAIL]
    local_a, domain_a, _ = keys.split_email(a)
    local_b, domain_b, _ = keys.split_email(b)
    # Two typos in a short local part would make "anna" and "inna"-like pairs of strangers.
    allowed = 2 if min(len(local_a), len(local_b)) >= 6 else 1
    # "anna.ivanova1" and "anna.ivanova2" are namesakes numbering their addresses, not a typo.
    numbered = local_a != local_b and _letters(local_a) == _letters(local_b)
    if domain_a == domain_b and not numbered \
            and keys.edit_distance(local_a, local_b, allowed) <= allowed:
        return score + 35, [*reasons, EMAIL_TYPO]
    return score - 30, [*reasons, OTHER_EMAILS]
