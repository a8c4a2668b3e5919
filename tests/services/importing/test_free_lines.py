"""Importing lines of amount 0: they are sales (orders) and not rejected; an empty amount is not
0 and is rejected; importing the same file again adds nothing."""

from __future__ import annotations

from app.services import importing
from app.services.importing import planning
from tests.conftest import TODAY
from tests.services.importing import samples

FILE = ("Клиент;Телефон;Дата;Заказ;Сумма;Товар\n"
        "Борис;+7 900 000-00-02;07.11.2026;;0;Пробник кофе\n"
        "Вера;+7 900 000-00-03;28.09.2026;A1;1500,00;Пуэр\n"
        "Вера;+7 900 000-00-03;28.09.2026;A1;0,00 ₽;Подарок\n"
        "Вера;+7 900 000-00-03;22.11.2026;;0;Подарок: шоколад\n"
        "Анна;+7 900 000-00-01;17.11.2026;;;Кофемолка\n"
        "Дарья;+7 900 000-00-05;25.11.2026;D1;-400;Возврат: кружка\n")


def test_free_lines_are_imported_as_orders_and_an_empty_amount_is_rejected(
        db, settings, tmp_path):
    path = samples.write_text(tmp_path, "free.csv", FILE)
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    plan = prepared.plan
    assert plan.rows_read == 6
    assert plan.rejected[["column", "reason"]].values.tolist() == [
        ["Сумма", planning.R_AMOUNT_EMPTY]]  # Анна's blank amount is not a free line
    assert sorted(plan.purchases["amount_minor"]) == [-40_000, 0, 0, 0, 150_000]
    # Борис's day, order A1 (a paid line and a gift), Вера's 22 Nov; D1 is a refund alone.
    assert (plan.purchases_added, plan.orders_added) == (5, 3)
    importing.commit(db, plan, settings=settings, as_of=TODAY, headers=prepared.raw.headers)
    conn = db.raw_connection()
    try:
        stats = conn.execute(
            "SELECT c.display_name, s.orders_count, s.total_spent_minor, s.segment"
            " FROM customer_stats s JOIN customers c ON c.id = s.customer_id"
            " ORDER BY c.display_name").fetchall()
    finally:
        conn.close()
    # Вера: 2 orders, the last 5 days ago: R5 F2.
    assert stats == [("Борис", 1, 0, "new"), ("Вера", 2, 150_000, "potential_loyalist"),
                     ("Дарья", 0, 0, None)]
    again = importing.prepare(db, samples.write_text(tmp_path, "again.csv", FILE),
                              settings=settings, as_of=TODAY)
    assert (again.plan.purchases_added, again.plan.purchases_existing) == (0, 5)
