"""Undoing an import takes off Today the reminders that hung on the purchases it removed."""

from __future__ import annotations

import datetime as dt

from app.models import TaskStatus
from app.services import importing
from app.services.day import refresh_day
from tests.conftest import TODAY
from tests.services.importing import samples

NOW = dt.datetime.combine(TODAY, dt.time(9))

# Three customers who bought once, long ago: each is a "not bought for a while" reminder.
SALES = ("Дата;Клиент;Телефон;Сумма\n"
         "01.03.2026;Анна Ким;+7 913 111-22-33;500\n"
         "02.03.2026;Борис Орлов;+7 913 111-22-44;700\n"
         "03.03.2026;Вера Лис;+7 913 111-22-55;900\n")
# Their contacts come from another file, so undoing the sales keeps the customers.
PEOPLE = ("Клиент;Телефон\n"
          "Анна Ким;+7 913 111-22-33\nБорис Орлов;+7 913 111-22-44\nВера Лис;+7 913 111-22-55\n")


def _open_tasks(db) -> list[tuple[str, str]]:
    conn = db.raw_connection()
    try:
        return conn.execute(
            "SELECT c.display_name, t.rule FROM tasks t JOIN customers c ON c.id = t.customer_id"
            " WHERE t.status = ? ORDER BY c.display_name", (TaskStatus.OPEN.value,)).fetchall()
    finally:
        conn.close()


def _import(db, settings, path) -> None:
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                     headers=prepared.raw.headers)


def test_undoing_every_purchase_empties_today(db, settings, tmp_path) -> None:
    _import(db, settings, samples.write_text(tmp_path, "people.csv", PEOPLE))
    _import(db, settings, samples.write_text(tmp_path, "sales.csv", SALES))
    refresh_day(db, settings, TODAY, NOW)
    assert [name for name, _ in _open_tasks(db)] == ["Анна Ким", "Борис Орлов", "Вера Лис"]

    importing.undo_last(db, None, settings=settings, now=NOW, as_of=TODAY)
    refresh_day(db, settings, TODAY, NOW, recompute_figures=False)
    assert _open_tasks(db) == []

    # Importing the file again lists them again: nothing remembers the undone occasions.
    _import(db, settings, samples.write_text(tmp_path, "sales.csv", SALES))
    refresh_day(db, settings, TODAY, NOW)
    assert [name for name, _ in _open_tasks(db)] == ["Анна Ким", "Борис Орлов", "Вера Лис"]


def test_a_task_already_acted_on_is_closed_not_deleted(db, settings, tmp_path) -> None:
    _import(db, settings, samples.write_text(tmp_path, "people.csv", PEOPLE))
    _import(db, settings, samples.write_text(tmp_path, "sales.csv", SALES))
    refresh_day(db, settings, TODAY, NOW)
    conn = db.raw_connection()
    with conn:  # the owner copied Anna's message: a contact logged for her task
        conn.execute("INSERT INTO contacts (customer_id, task_id, contacted_at, outcome)"
                     " SELECT customer_id, id, '2026-11-27 09:30:00', 'sent' FROM tasks"
                     " WHERE customer_id = (SELECT id FROM customers"
                     " WHERE display_name = 'Анна Ким')")
    conn.close()
    importing.undo_last(db, None, settings=settings, now=NOW, as_of=TODAY)
    refresh_day(db, settings, TODAY, NOW, recompute_figures=False)
    assert _open_tasks(db) == []
    conn = db.raw_connection()
    try:
        left = conn.execute("SELECT t.status, COUNT(c.id) FROM tasks t"
                            " JOIN contacts c ON c.task_id = t.id GROUP BY t.id").fetchall()
    finally:
        conn.close()
    assert left == [(TaskStatus.SKIPPED.value, 1)]
