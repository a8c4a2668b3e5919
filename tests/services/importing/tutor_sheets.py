"""A London tutor's two Google Sheets, as File -> Download -> CSV writes them: UTF-8 without a
BOM, commas, CRLF line ends, cells as the sheet shows them (en_GB dates "03/04/2025", money
"£1,050.00", a refund "-£35.00"), phones as owners type them.

Deterministic: student `i` (0..119) is defined by the functions below, so a test can compute
what any student should end up with by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

FIRST = ("Zoë", "José", "Amelia", "Oliver", "Isla", "Noah", "Freya", "Arjun", "Siobhán", "Leo",
         "Maya", "Sam")
LAST = ("Patel", "Smith", "Jones", "Okafor", "Nowak", "Brown", "Khan", "Evans", "Murphy",
        "Wilson")
STUDENTS = len(FIRST) * len(LAST)  # 120
INVALID_PHONES = (7, 50, 93)
UNKNOWN_REFERRER = (41, "Mrs Patel's neighbour")
COURSE = "GCSE Maths course"


def name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST)]}"


def email(i: int) -> str:
    return "" if i % 8 == 5 else f"student{i:03d}@example.co.uk"


def phone(i: int) -> str:
    """Five ways owners type a UK number, and a few numbers too short to be any."""
    if i in INVALID_PHONES:
        return f"07911 {i}"
    return (f"07911 1{i:05d}", f"+44 7911 1{i:05d}", f"0044 7911 1{i:05d}",
            f"(020) 7946 0{i:03d}", f"07911 1{i // 1000}{i % 1000:04d}", f"7911 1{i:05d}")[i % 6]


def birthday(i: int) -> str:
    day, month = i % 28 + 1, i % 12 + 1
    return (f"{day:02d}/{month:02d}", f"{day:02d}/{month:02d}/2010", "")[i % 3]


def referred_by(i: int) -> str:
    if i % 10 == 9:
        return name(i - 1)
    if i == 40:
        return email(2)
    return UNKNOWN_REFERRER[1] if i == UNKNOWN_REFERRER[0] else ""


def notes(i: int) -> str:
    return f"Exam board AQA; goal grade {i % 3 + 7}" if i % 4 == 0 else ""


def tags(i: int) -> str:
    return ("GCSE, Maths", "A-level", "", "", "")[i % 5]


def payments(i: int) -> list[tuple[dt.date, str, int]]:
    """(date, package or course, pence) of student i's payments."""
    rows = [(dt.date(2025, 1, i % 28 + 1), "5-lesson package", (200 + i % 5 * 10) * 100)]
    if i == 0:  # a course paid in two halves, ten days apart
        rows += [(dt.date(2025, 4, 3), COURSE, 12000), (dt.date(2025, 4, 13), COURSE, 12000)]
    if i == 1:  # a package, then part of it refunded
        rows += [(dt.date(2025, 3, 5), "10-lesson package", 35000),
                 (dt.date(2025, 3, 20), "10-lesson package", -3500)]
    if i == 3:  # the same course twice, 30 days apart: two sales
        rows += [(dt.date(2025, 2, 24), "Intensive course", 105000),
                 (dt.date(2025, 3, 26), "Intensive course", 105000)]
    if i == 4:  # three thirds, the last exactly 14 days after the first
        rows += [(dt.date(2025, 5, 1), COURSE, 3333), (dt.date(2025, 5, 8), COURSE, 3333),
                 (dt.date(2025, 5, 15), COURSE, 3334)]
    return rows


def payment_name(i: int) -> str:
    """Student 2 is written differently in the payments sheet: matched by e-mail."""
    return "Amelia P." if i == 2 else name(i)


def money(pence: int) -> str:
    sign = "-" if pence < 0 else ""
    return f"{sign}£{abs(pence) // 100:,}.{abs(pence) % 100:02d}"


def write_students(folder: Path) -> Path:
    path = folder / "Tutoring - Students.csv"
    rows = [["Student", "Email", "Phone", "Birthday", "Referred by", "Notes", "Tags"]]
    rows += [[name(i), email(i), phone(i), birthday(i), referred_by(i), notes(i), tags(i)]
             for i in range(STUDENTS)]
    return _write(path, rows)


def write_payments(folder: Path) -> Path:
    path = folder / "Tutoring - Payments.csv"
    rows = [["Date", "Student", "Email", "Package/Course", "Paid", "Method"]]
    every = sorted((day, i, product, pence) for i in range(STUDENTS)
                   for day, product, pence in payments(i))
    methods = ("Bank transfer", "Card", "Cash")
    rows += [[f"{day:%d/%m/%Y}", payment_name(i), email(i), product, money(pence),
              methods[n % 3]] for n, (day, i, product, pence) in enumerate(every)]
    return _write(path, rows)


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path
