"""A birthday after the import's day, before 1900 or not a date is no one's: the row is imported
without it, and the cell is listed as a warning (like a phone that could not be read)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from app.services import importing
from app.services.importing import parsing, planning
from tests.conftest import TODAY
from tests.services.importing import samples

# TODAY is 27.11.2026
CUSTOMERS = ("Имя;Телефон;День рождения\n"
             "Анна;89005556601;27.11.2026\n"     # born today: possible
             "Борис;89005556602;28.11.2026\n"    # tomorrow
             "Вера;89005556603;01.01.1900\n"     # the first possible day
             "Глеб;89005556604;31.12.1899\n"     # the day before
             "Дина;89005556605;29.02\n"          # no year: possible
             "Ефим;89005556606;15.07.2090\n"     # a typo for 1990
             "Жанна;89005556607;не помню\n"      # not a date
             "Зоя;89005556608;\n")               # none: nothing to say


def stored_birthdays(db):
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT display_name, birthday_day, birthday_month, birthday_year"
                            " FROM customers ORDER BY id").fetchall()
    finally:
        conn.close()


def test_impossible_birthdays_are_left_out_and_listed(db, settings, tmp_path):
    path = samples.write_text(tmp_path, "people.csv", CUSTOMERS, "utf-8")
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    plan = prepared.plan
    listed = plan.impossible_birthdays
    assert listed["row"].tolist() == [3, 5, 7, 8]  # file lines: the header is line 1
    assert listed["value"].tolist() == ["28.11.2026", "31.12.1899", "15.07.2090", "не помню"]
    assert set(listed["reason"]) == {"Not a possible birthday"}
    assert set(listed["column"]) == {"День рождения"}
    assert len(plan.unread_contacts) == 0 and len(plan.to_fix) == 0
    importing.commit(db, plan, settings=settings, as_of=TODAY, headers=prepared.raw.headers)
    assert stored_birthdays(db) == [
        # 1900 is kept as a day without a year (many exports write it for "year unknown")
        ("Анна", 27, 11, 2026), ("Борис", None, None, None), ("Вера", 1, 1, None),
        ("Глеб", None, None, None), ("Дина", 29, 2, None), ("Ефим", None, None, None),
        ("Жанна", None, None, None), ("Зоя", None, None, None)]


def test_a_sale_with_an_impossible_birthday_is_still_imported(db, settings, tmp_path):
    path = samples.write_text(tmp_path, "sales.csv",
                              "Дата;Клиент;Сумма;День рождения\n"
                              "01.11.2026;Анна;100;01.01.2030\n"
                              "02.11.2026;Борис;200;02.02.1985\n", "utf-8")
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    assert len(plan.purchases) == 2 and plan.rows_rejected == 0
    assert plan.impossible_birthdays[["row", "value"]].values.tolist() == [[2, "01.01.2030"]]


def test_the_import_day_decides_what_is_in_the_future(db, settings, tmp_path):
    """The day is the import's (`as_of`), not the computer's."""
    path = samples.write_text(tmp_path, "people.csv", CUSTOMERS, "utf-8")
    later = importing.prepare(db, path, settings=settings,
                              as_of=TODAY.replace(year=2091)).plan
    assert later.impossible_birthdays["row"].tolist() == [5, 8]


def test_impossible_birthdays_bounds():
    days = parsing.parse_birthdays(pd.Series(["27.11.2026", "28.11.2026", "01.01.1900",
                                              "31.12.1899", "31.12", "", "15.07.2090"]))
    assert parsing.impossible_birthdays(days, TODAY).tolist() == [
        False, True, False, False, False, False, True]  # 1899 is no date at all (MISSING)
    assert planning.R_BIRTHDAY_IMPOSSIBLE == "Not a possible birthday"
    assert isinstance(days, np.ndarray)
