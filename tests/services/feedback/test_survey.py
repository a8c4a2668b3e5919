"""Scores from a Google Forms export, matched by e-mail and by phone, in English and Russian."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from app.services.errors import UserFacingError
from app.services.feedback import records
from app.services.feedback.survey import import_survey, parse_timestamp
from tests.services.feedback.forms_samples import (
    EN_HEADER,
    EN_ROWS,
    RU_HEADER,
    RU_ROWS,
    write_forms_csv,
)
from tests.services.reminders.data import add_customer, tasks


def _people(db):
    anna = add_customer(db, "Anna", phone="+79001234567", email="anna@example.com")
    boris = add_customer(db, "Boris", phone="+79001112233", email="boris@example.com")
    return anna, boris


def _count_customers(db) -> int:
    conn = db.raw_connection()
    try:
        return int(conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0])
    finally:
        conn.close()


def test_english_form_matched_by_email_and_by_phone(db, settings, tmp_path):
    anna, boris = _people(db)
    path = write_forms_csv(tmp_path, "responses.csv", EN_HEADER, EN_ROWS)
    result = import_survey(db, settings, path)
    assert (result.added, result.complaints) == (2, 1)
    assert [(u.line, u.contact) for u in result.not_matched] == [(3, "someone@else.org")]
    assert [u.line for u in result.rejected] == [5]
    assert _count_customers(db) == 2  # nobody created
    [a] = records.customer_feedback(db, anna).scores
    assert (a.day, a.score, a.comment, a.source) == (dt.date(2026, 3, 5), 10, "Lovely tea",
                                                     "import")
    [b] = records.customer_feedback(db, boris).scores  # matched by the phone column
    assert (b.day, b.score) == (dt.date(2026, 3, 7), 4)
    assert records.customer_feedback(db, boris).complaints[0].text == "The parcel came late"
    assert [t["rule"] for t in tasks(db)] == ["complaint"]


def test_russian_form_matched_by_phone_and_importing_again_adds_nothing(db, settings, tmp_path):
    anna, boris = _people(db)
    path = write_forms_csv(tmp_path, "ответы.csv", RU_HEADER, RU_ROWS)
    first = import_survey(db, settings, path)
    assert (first.added, len(first.not_matched)) == (2, 1)
    assert [(s.day, s.score, s.comment) for s in records.customer_feedback(db, anna).scores] == [
        (dt.date(2026, 3, 5), 8, "Всё хорошо")]
    assert [s.score for s in records.customer_feedback(db, boris).scores] == [6]
    again = import_survey(db, settings, path)
    assert (again.added, again.already, again.complaints) == (0, 2, 0)
    assert len(tasks(db)) == 1


def test_the_zip_forms_downloads_is_read(db, settings, tmp_path):
    _people(db)
    csv_path = write_forms_csv(tmp_path, "Survey (Responses).csv", EN_HEADER, EN_ROWS)
    archive = tmp_path / "Survey.csv.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(csv_path, csv_path.name)
    assert import_survey(db, settings, archive).added == 2


def test_a_sales_file_is_refused_with_a_sentence(db, settings, tmp_path):
    path = tmp_path / "sales.csv"
    path.write_text("Дата;Клиент;Сумма\n01.03.2026;Анна;100\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="Timestamp"):
        import_survey(db, settings, path)


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("2026/03/05 2:41:07 PM GMT+3", False, dt.date(2026, 3, 5)),
    ("3/5/2026 14:41:07", False, dt.date(2026, 3, 5)),
    ("5/3/2026 14:41:07", True, dt.date(2026, 3, 5)),
    ("05.03.2026 14:41:07", False, dt.date(2026, 3, 5)),
    ("not a date", False, None),
])
def test_timestamps_in_the_forms_locales(text, day_first, expected):
    assert parse_timestamp(text, day_first) == expected
