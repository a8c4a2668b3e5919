"""Scores from a survey export: a Google Forms responses CSV (or the ZIP Forms downloads).

Google Forms exports one row per response: the first column is the submission time, titled
"Timestamp" ("Отметка времени" in a Russian form) and written in the form's locale
("2024/03/05 2:41:07 PM GMT+3" in the Forms download, "3/5/2024 14:41:07" or "05.03.2024
14:41:07" from its spreadsheet); then "Email Address" ("Адрес электронной почты") when the form
collects addresses, then one column per question titled with the question's text. So the
columns are found by their titles: an e-mail, a phone, the 0-10 question ("How likely are you to
recommend us…", "Насколько вероятно, что вы порекомендуете…") and a comment question.

Rows are matched to existing customers by e-mail, then phone; a row matching nobody is listed
as not matched, never turned into a customer (a survey is not a sale). A response already
stored (same customer, day, score and comment) is not added again, so importing the same file
twice changes nothing. Everything is written in one transaction; a 0-6 score opens a complaint
as one typed on the card does (records.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.models import Customer, Score, ScoreSource
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.feedback import records
from app.services.phones import normalize_email, normalize_phone
from app.services.score_scale import DETRACTOR_MAX
from app.services.settings import PHONE_REGION, Settings
from app.services.settings import QT_TRANSLATE_NOOP as _T

TIMESTAMP_TITLES = ("timestamp", "отметка времени")
_EMAIL_WORDS = ("e-mail", "email", "электронн", "почт")
_PHONE_WORDS = ("phone", "телефон", "mobile", "мобильн")
_SCORE_WORDS = ("recommend", "рекоменд", "0 to 10", "0-10", "0–10", "от 0 до 10", "score",
                "оцен", "satisf", "доволь")
_COMMENT_WORDS = ("comment", "коммент", "why", "почему", "better", "лучше", "improve",
                  "feedback", "отзыв", "пожелан", "anything else", "что-то ещё", "что еще")
_TIME_SUFFIX = re.compile(r"\s+(GMT|UTC)([+-]\d{1,2}(:?\d{2})?)?$", re.IGNORECASE)
_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Unmatched:
    line: int  # the file's line number (the header is line 1)
    contact: str  # the e-mail or phone as written
    reason: str  # English source; the UI translates it in context "feedback"


@dataclass
class SurveyResult:
    added: int = 0
    already: int = 0
    complaints: int = 0
    not_matched: list[Unmatched] = field(default_factory=list)
    rejected: list[Unmatched] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)  # the added ones, for the summary's NPS


@dataclass(frozen=True)
class _Columns:
    timestamp: int
    score: int
    email: int | None
    phone: int | None
    comment: int | None


def import_survey(db: Database, settings: Settings, path: Path) -> SurveyResult:
    header, rows = read_rows(path)
    cols = find_columns(header, rows)
    day_first = _day_first([r[cols.timestamp] for r in rows if len(r) > cols.timestamp])
    region = str(settings.get(PHONE_REGION))
    result = SurveyResult()
    with db.transaction() as session:
        by_email: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        for cid, email, phone in session.execute(
                select(Customer.id, Customer.email, Customer.phone_e164)):
            for part in re.split(r"[,;\s]+", email or ""):
                key = normalize_email(part)
                if key:
                    by_email.setdefault(key, cid)
            if phone:
                by_phone.setdefault(phone, cid)
        stored = {(s.customer_id, s.scored_on, s.score, s.comment) for s in session.scalars(
            select(Score).where(Score.source == ScoreSource.IMPORT.value))}
        for number, row in enumerate(rows, start=2):
            cell = _Cells(row)
            email, phone = cell(cols.email), cell(cols.phone)
            contact = email or phone
            score = _score(cell(cols.score))
            day = parse_timestamp(cell(cols.timestamp), day_first)
            if score is None or day is None:
                reason = (_T("feedback", "The score is not a whole number from 0 to 10")
                          if score is None else _T("feedback", "The timestamp is not a date"))
                if cell(cols.score) or contact:
                    result.rejected.append(Unmatched(number, contact, reason))
                continue
            customer_id = by_email.get(normalize_email(email) or "") or by_phone.get(
                normalize_phone(phone, region) or "")
            if customer_id is None:
                result.not_matched.append(Unmatched(
                    number, contact,
                    _T("feedback", "No customer has this e-mail or phone") if contact
                    else _T("feedback", "The response has no e-mail or phone")))
                continue
            comment = cell(cols.comment)
            if (customer_id, day, score, comment) in stored:
                result.already += 1
                continue
            stored.add((customer_id, day, score, comment))
            added = Score(customer_id=customer_id, scored_on=day, score=score, comment=comment,
                          source=ScoreSource.IMPORT.value)
            session.add(added)
            session.flush()
            if score <= DETRACTOR_MAX:
                records.open_complaint(session, settings, customer_id, day, comment, added.id,
                                       score)
                result.complaints += 1
            result.added += 1
            result.scores.append(score)
    return result


class _Cells:
    """A row's cell by column index; "" for a column the form does not have or a short row."""

    def __init__(self, row: list[str]) -> None:
        self._row = row

    def __call__(self, index: int | None) -> str:
        if index is None or index >= len(self._row):
            return ""
        return self._row[index].strip()


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the CSV (or of the one CSV inside a Forms ZIP)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UserFacingError("The file is too large for a survey export.")
        data = path.read_bytes()
        if zipfile.is_zipfile(io.BytesIO(data)):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
                if len(names) != 1:
                    raise UserFacingError("The archive should hold one CSV file of responses.")
                if archive.getinfo(names[0]).file_size > MAX_BYTES:
                    raise UserFacingError("The file is too large for a survey export.")
                data = archive.read(names[0])
    except OSError as exc:
        raise UserFacingError("The file could not be read: %1", params=[exc.strerror or exc]) \
            from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
    sample = text[:4096]
    delimiter = max(",;\t", key=sample.split("\n", 1)[0].count)
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(c.strip()
                                                                                  for c in r)]
    if not rows:
        raise UserFacingError("The file is empty.")
    return [h.strip() for h in rows[0]], rows[1:]


def find_columns(header: list[str], rows: list[list[str]]) -> _Columns:
    lowered = [h.casefold() for h in header]
    if not lowered or lowered[0] not in TIMESTAMP_TITLES:
        raise UserFacingError(
            "This does not look like a survey export: its first column should be "
            "\"Timestamp\" (\"Отметка времени\"), as in a Google Forms responses file.")

    def titled(words: tuple[str, ...], taken: set[int]) -> int | None:
        return next((i for i, h in enumerate(lowered)
                     if i and i not in taken and any(w in h for w in words)), None)

    score = titled(_SCORE_WORDS, set())
    if score is None:
        score = next((i for i in range(1, len(header)) if _all_scores(rows, i)), None)
    if score is None:
        raise UserFacingError("No column with 0-10 scores was found (such as \"How likely are "
                              "you to recommend us…\").")
    email = titled(_EMAIL_WORDS, {score})
    phone = titled(_PHONE_WORDS, {score} | ({email} if email is not None else set()))
    if email is None and phone is None:
        raise UserFacingError("The responses have no e-mail or phone column, so they cannot be "
                              "matched to customers.")
    taken = {score} | {c for c in (email, phone) if c is not None}
    comment = titled(_COMMENT_WORDS, taken)
    if comment is None:  # the one other question, if there is exactly one
        rest = [i for i in range(1, len(header)) if i not in taken]
        comment = rest[0] if len(rest) == 1 else None
    return _Columns(0, score, email, phone, comment)


def parse_timestamp(text: str, day_first: bool) -> dt.date | None:
    """The day of a Forms timestamp in any of its locale forms (the time is not kept)."""
    text = _TIME_SUFFIX.sub("", text.strip())
    match = _DATE.match(text)
    if not match:
        return None
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    elif match.group(0)[len(match.group(1))] == "." or day_first:
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_first(stamps: list[str]) -> bool:
    """Slashed dates are month first (the US form Forms uses for English) unless one of the
    file's dates cannot be: a first number above 12 means day first (a UK form)."""
    for stamp in stamps:
        match = _DATE.match(stamp.strip())
        if match and len(match.group(1)) <= 2 and int(match.group(1)) > 12:
            return True
    return False


def _score(text: str) -> int | None:
    # A linear-scale answer is the bare number; a dropdown may read "9 - Very likely".
    match = re.match(r"^\s*(\d{1,2})(?:\s|$|[.,:-])", text + " ")
    if not match:
        return None
    value = int(match.group(1))
    return value if 0 <= value <= 10 else None


def _all_scores(rows: list[list[str]], index: int) -> bool:
    values = [r[index].strip() for r in rows if index < len(r) and r[index].strip()]
    return bool(values) and all(re.fullmatch(r"\d{1,2}", v) and int(v) <= 10 for v in values)
