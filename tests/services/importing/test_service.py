import datetime as dt
import sqlite3

import numpy as np
import pandas as pd
import pytest

from app.services import importing
from app.services.errors import UserFacingError
from app.services.importing import planning, writing
from app.services.settings import PHONE_REGION
from tests.conftest import TODAY
from tests.services.importing import samples


def counts(db):
    conn = db.raw_connection()
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("purchases", "customers", "import_batches"))
    finally:
        conn.close()


def run(db, settings, path, **kwargs):
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY, **kwargs)
    result = importing.commit(db, prepared.plan, settings=settings, as_of=TODAY,
                              headers=prepared.raw.headers)
    return prepared, result


def test_messy_cp1251_sales_file(db, settings, tmp_path):
    path = samples.write_cp1251_sales(tmp_path)
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    plan = prepared.plan
    assert counts(db) == (0, 0, 0)  # nothing is written before commit
    assert plan.rows_read == 7
    rejected = plan.rejected[["row", "column", "reason"]].values.tolist()
    assert rejected == [[9, "Дата", planning.R_DATE_BAD], [10, "Телефон", planning.R_NOBODY],
                        [11, "Сумма", planning.R_AMOUNT_EMPTY]]
    # The two identical lines of receipt 101 are two sales; the refund in brackets is kept.
    assert plan.purchases_added == 4 and plan.orders_added == 2
    assert sorted(plan.purchases["amount_minor"]) == [-10000, 54000, 123450, 123450]
    assert plan.customers_created == 2  # "+7 913 111 2233" and "9131112233" are one person
    result = importing.commit(db, plan, settings=settings, as_of=TODAY,
                              headers=prepared.raw.headers)
    assert (result.purchases_added, result.customers_created) == (4, 2)
    conn = db.raw_connection()
    phones = conn.execute("SELECT display_name, phone_e164 FROM customers ORDER BY id").fetchall()
    stats = conn.execute("SELECT COUNT(*) FROM customer_stats").fetchone()[0]
    conn.close()
    assert phones == [("Иванова Анна", "+79123456789"), ("Петров Иван", "+79131112233")]
    assert stats == 2  # figures were recomputed
    conn = db.raw_connection()
    # Each value stored as its column's type (SQLite keeps whatever it is given).
    typeof = "typeof" if db.dialect == "sqlite" else "pg_typeof"
    types = conn.execute(
        f"SELECT DISTINCT {typeof}(customer_id), {typeof}(purchased_on), {typeof}(amount_minor),"
        f" {typeof}(quantity), {typeof}(product), {typeof}(dedup_key), {typeof}(batch_id)"
        " FROM purchases").fetchall()
    conn.close()
    if db.dialect == "sqlite":
        assert types == [("integer", "text", "integer", "real", "text", "integer", "integer")]
    else:
        assert [tuple(map(str, row)) for row in types] == [
            ("bigint", "date", "bigint", "double precision", "text", "bigint", "bigint")]


def test_reimport_and_overlapping_export_add_nothing(db, settings, tmp_path):
    run(db, settings, samples.write_cp1251_sales(tmp_path))
    before = counts(db)
    again = importing.prepare(db, samples.write_cp1251_sales(tmp_path, "again.csv"),
                              settings=settings, as_of=TODAY)
    assert again.remembered
    assert again.plan.purchases_added == 0 and again.plan.purchases_existing == 4
    assert again.plan.customers_created == 0 and again.plan.customers_matched == 2
    assert not again.plan.has_anything
    # A later export repeating one old line (different layout, same facts) plus one new line.
    later = samples.write_text(tmp_path, "april.csv",
                               "Клиент;Телефон;Дата;Сумма;Товар\n"
                               "Петров Иван;8 913 111-22-33;06.03.2025;540,00;Чай\n"
                               "Петров Иван;8 913 111-22-33;01.04.2025;700,00;Чай\n")
    _, result = run(db, settings, later)
    assert result.purchases_added == 1 and result.customers_created == 0
    assert counts(db)[0] == before[0] + 1


def test_a_plan_made_before_sales_changed_is_refused_and_writes_nothing(db, settings, tmp_path):
    """Which lines are new is decided when the file is checked; if an import or an undo changed
    the purchases before the user confirmed, the old plan could add duplicates or skip lines."""
    sales = samples.write_cp1251_sales(tmp_path)
    stale = importing.prepare(db, sales, settings=settings, as_of=TODAY).plan
    run(db, settings, samples.write_text(tmp_path, "other.csv",
                                         "Дата;Клиент;Сумма\n01.03.2025;Борис;700\n"))
    before = counts(db)
    with pytest.raises(writing.PlanOutdated):
        importing.commit(db, stale, settings=settings, as_of=TODAY)
    assert counts(db) == before
    fresh = importing.prepare(db, sales, settings=settings, as_of=TODAY).plan
    importing.commit(db, fresh, settings=settings, as_of=TODAY)
    assert counts(db)[0] == before[0] + 4

    # One line known, one new; then the batch holding the known one is undone.
    later = samples.write_text(tmp_path, "april.csv",
                               "Клиент;Телефон;Дата;Сумма;Товар\n"
                               "Петров Иван;8 913 111-22-33;06.03.2025;540,00;Чай\n"
                               "Петров Иван;8 913 111-22-33;01.04.2025;700,00;Чай\n")
    stale = importing.prepare(db, later, settings=settings, as_of=TODAY).plan
    assert (stale.purchases_added, stale.purchases_existing) == (1, 1)
    importing.undo_last(db, None, settings=settings, now=dt.datetime(2025, 4, 1, 12),
                        as_of=TODAY)
    before = counts(db)
    with pytest.raises(writing.PlanOutdated):
        importing.commit(db, stale, settings=settings, as_of=TODAY)
    assert counts(db) == before
    assert importing.prepare(db, later, settings=settings, as_of=TODAY).plan.purchases_added == 2


def test_identical_lines_without_order_id_are_all_kept(db, settings, tmp_path):
    text = "Дата;Клиент;Товар;Сумма\n" + "01.03.2025;Анна;Кофе;100\n" * 3
    path = samples.write_text(tmp_path, "till.csv", text, "cp1251")
    _, result = run(db, settings, path)
    assert result.purchases_added == 3
    assert importing.prepare(db, path, settings=settings, as_of=TODAY).plan.purchases_added == 0


def test_shopify_multi_line_orders(db, settings, tmp_path):
    prepared, result = run(db, settings, samples.write_shopify(tmp_path))
    assert prepared.columns["Name"] == "order_id"
    assert result.purchases_added == 3 and result.orders_added == 2
    conn = db.raw_connection()
    rows = conn.execute(
        "SELECT c.display_name, c.email, p.purchased_on, p.amount_minor, p.order_id, p.product"
        " FROM purchases p JOIN customers c ON c.id = p.customer_id ORDER BY p.order_id, p.product"
    ).fetchall()
    conn.close()
    assert rows == [
        ("Anna Smirnova", "anna@example.com", "2025-03-05", 100000, "#1001", "Coffee beans"),
        ("Anna Smirnova", "anna@example.com", "2025-03-05", 50000, "#1001", "Mug"),
        ("Boris Orlov", "boris@example.com", "2025-03-06", 70000, "#1002", "Tea"),
    ]


def test_customer_list_matches_existing_and_reports_conflicts(demo_db, settings, tmp_path):
    conn = demo_db.raw_connection()
    known = conn.execute("SELECT display_name, phone_e164, email FROM customers WHERE email"
                         " IS NOT NULL ORDER BY id LIMIT 2").fetchall()
    conn.close()
    (name1, phone1, _), (_name2, _phone2, email2) = known
    text = ("ФИО;Телефон;E-mail;Дата рождения\n"
            f"{name1};{phone1[2:]};;\n"              # same person, phone without +7
            f"Кто-то Другой;;{email2.upper()};\n"    # known e-mail, different name: conflict
            "Новая Клиентка;+7 900 000-00-01;new@example.com;12.05.1990\n"
            ";;;\n")
    path = samples.write_text(tmp_path, "clients.csv", text, "utf-8-sig")
    before = counts(demo_db)
    prepared = importing.prepare(demo_db, path, settings=settings, as_of=TODAY)
    plan = prepared.plan
    assert plan.shape == planning.CUSTOMERS
    assert plan.customers_matched == 2 and plan.customers_created == 1
    assert [c["name_in_file"] for c in plan.conflicts] == ["Кто-то Другой"]
    importing.commit(demo_db, plan, settings=settings, as_of=TODAY)
    assert counts(demo_db)[:2] == (before[0], before[1] + 1)
    conn = demo_db.raw_connection()
    new = conn.execute("SELECT display_name, phone_e164, email, birthday_day, birthday_month,"
                       " birthday_year FROM customers ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert new == ("Новая Клиентка", "+79000000001", "new@example.com", 12, 5, 1990)


def test_excel_serial_dates_and_numbers(db, settings, tmp_path):
    path = samples.write_xlsx(tmp_path, {"Sheet": [
        ["Order ID", "Date", "Customer", "Phone", "Amount"],
        [5001, 45721, "Ann", 79123456789, 1200.5],
        [5002, dt.datetime(2025, 3, 6, 12, 30), "Bob", "8 912 000 00 02", 99],
    ]})
    _, result = run(db, settings, path)
    conn = db.raw_connection()
    rows = conn.execute("SELECT order_id, purchased_on, amount_minor FROM purchases"
                        " ORDER BY order_id").fetchall()
    conn.close()
    assert rows == [("5001", "2025-03-05", 120050), ("5002", "2025-03-06", 9900)]
    assert result.customers_created == 2


def test_undo_removes_exactly_what_the_import_added(demo_db, settings, tmp_path):
    before = counts(demo_db)
    conn = demo_db.raw_connection()
    known_phone = conn.execute("SELECT phone_e164 FROM customers WHERE id = 1").fetchone()[0]
    conn.close()
    text = ("Дата;Клиент;Телефон;Сумма\n"
            f"01.11.2026;Знакомый;{known_phone};500\n"
            "02.11.2026;Новый Покупатель;+7 900 111-22-33;700\n"
            "03.11.2026;Тоже Новый;+7 900 111-22-44;900\n")
    _, result = run(demo_db, settings, samples.write_text(tmp_path, "nov.csv", text))
    assert counts(demo_db) == (before[0] + 3, before[1] + 2, before[2] + 1)
    # The owner logs a contact with one new customer: that customer now has something else.
    conn = demo_db.raw_connection()
    with conn:
        keep = conn.execute("SELECT id FROM customers WHERE display_name = 'Тоже Новый'").fetchone()
        conn.execute("INSERT INTO contacts (customer_id, contacted_at, outcome)"
                     " VALUES (?, '2026-11-20 10:00:00', 'called')", keep)
    conn.close()
    undone = importing.undo_last(demo_db, None, settings=settings,
                                 now=dt.datetime(2026, 11, 27, 10), as_of=TODAY)
    assert undone.batch_id == result.batch_id
    assert (undone.purchases_removed, undone.customers_removed) == (3, 1)
    assert counts(demo_db) == (before[0], before[1] + 1, before[2] + 1)
    if demo_db.dialect == "sqlite":  # a copy of the file; the shared server has no file
        assert undone.backup_path is not None and undone.backup_path.exists()
        backup = sqlite3.connect(undone.backup_path)
        assert backup.execute("SELECT COUNT(*) FROM purchases").fetchone()[0] == before[0] + 3
        backup.close()
    else:
        assert undone.backup_path is None
    with pytest.raises(UserFacingError, match="already undone"):
        importing.undo_last(demo_db, result.batch_id, settings=settings,
                            now=dt.datetime(2026, 11, 27, 10), as_of=TODAY)
    assert importing.last_undoable(demo_db) is None


def test_nothing_to_identify_or_map_is_a_clear_error(db, settings, tmp_path):
    path = samples.write_text(tmp_path, "x.csv", "Foo;Bar\n1;2\n")
    with pytest.raises(importing.MappingError):
        importing.prepare(db, path, settings=settings, as_of=TODAY)


def test_cancel_during_write_leaves_database_unchanged(db, settings, tmp_path):
    path = samples.write_cp1251_sales(tmp_path)
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    with pytest.raises(importing.ImportCancelled):
        importing.commit(db, plan, settings=settings, as_of=TODAY, cancelled=lambda: True)
    assert counts(db) == (0, 0, 0)


def test_rejected_rows_save_as_csv(db, settings, tmp_path):
    plan = importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                             as_of=TODAY).plan
    target = tmp_path / "rejected.csv"
    importing.save_rejected_csv(plan.rejected, target)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0] == "row;column;reason;value" and lines[1].startswith("9;Дата;Not a date")


def test_preview_shows_cells_as_written_and_marks_what_cannot_be_read(tmp_path):
    raw = importing.read(samples.write_cp1251_sales(tmp_path))
    columns = dict(zip(raw.headers, ["date", "order_id", "customer", "phone", "product",
                                     "amount"], strict=True))
    shown = importing.preview(raw, columns)
    assert shown.text.loc[5].tolist() == ["05.03.2025", "101", "Иванова Анна",
                                          "8 (912) 345-67-89", "Кофе Эфиопия", "1 234,50 руб."]
    assert shown.text.loc[8, "Сумма"] == "(100,00)"  # a refund, as she wrote it
    assert shown.text.loc[9, "Дата"] == "31.02.2025"
    marked = {(row, header): reason for row, values in shown.problems.iterrows()
              for header, reason in values.items() if reason}
    assert marked == {(9, "Дата"): planning.R_DATE_BAD}
    # The marks follow the columns: the date read as a phone is no phone anywhere.
    columns["Дата"] = "phone"
    columns["Телефон"] = "ignore"
    shown = importing.preview(raw, columns)
    assert set(shown.problems["Дата"]) == {planning.R_PHONE_BAD}
    assert set(shown.problems["Телефон"]) == {""}
    assert shown.text.loc[5, "Дата"] == "05.03.2025"


def test_workbook_dates_show_without_a_midnight_time(tmp_path):
    path = samples.write_xlsx(tmp_path, {"S": [["Дата", "Клиент", "Сумма"],
                                               [dt.datetime(2025, 3, 5), "Анна", 1234.5]]})
    raw = importing.read(path)
    shown = importing.preview(raw, {"Дата": "date", "Клиент": "customer", "Сумма": "amount"})
    assert shown.text.iloc[0].tolist() == ["2025-03-05", "Анна", "1234.5"]


def test_a_file_of_notes_is_for_the_owner_to_map_not_an_error(db, settings, tmp_path):
    path = samples.write_text(tmp_path, "notes.csv", "Заметка;Кому\nпозвонить;Анна\n")
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY, review=True)
    assert isinstance(prepared.problem, importing.MappingError)
    assert not prepared.plan.has_anything and prepared.plan.rows_read == 1
    assert prepared.columns == {"Заметка": "notes", "Кому": "ignore"}  # notes name nobody
    with pytest.raises(importing.MappingError):  # the command line still refuses it
        importing.prepare(db, path, settings=settings, as_of=TODAY)
    assert importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                             as_of=TODAY, review=True).problem is None


def test_refunds_and_cancelled_orders_are_not_rows_to_fix(db, settings, tmp_path):
    plan = importing.prepare(db, samples.write_cp1251_sales(tmp_path), settings=settings,
                             as_of=TODAY).plan
    assert plan.to_fix["row"].tolist() == [9, 10, 11] and len(plan.not_sales) == 0
    assert plan.refund_lines == 1  # "(100,00)": imported, lowering Петров's spend
    russian = samples.write_text(tmp_path, "1c.csv",
                                 "Дата;Клиент;Сумма;Статус\n"
                                 "01.03.2025;Анна;100;Проведён\n"
                                 "02.03.2025;Анна;200;Отменён\n"
                                 "03.03.2025;Анна;300;Возврат\n"
                                 "31.02.2025;Анна;300;Возврат\n", "cp1251")
    plan = importing.prepare(db, russian, settings=settings, as_of=TODAY).plan
    assert plan.not_sales["row"].tolist() == [3, 4]
    assert plan.to_fix["row"].tolist() == [5]  # a bad date is to fix, whatever its status
    assert plan.rows_rejected == 3 and plan.refund_lines == 0


def test_birthdays_without_a_year_are_kept(db, settings, tmp_path):
    text = ("Имя;Телефон;День рождения\n"
            "Ольга;89005556677;29.02\n"
            "Борис;89005556678;5 марта\n"
            "Анна;89005556679;15.07.1990\n")
    path = samples.write_text(tmp_path, "birthdays.csv", text, "utf-8")
    run(db, settings, path)
    conn = db.raw_connection()
    rows = conn.execute("SELECT display_name, birthday_day, birthday_month, birthday_year"
                        " FROM customers ORDER BY id").fetchall()
    conn.close()
    assert rows == [("Ольга", 29, 2, None), ("Борис", 5, 3, None), ("Анна", 15, 7, 1990)]


def stats_rows(db):
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT * FROM customer_stats ORDER BY customer_id").fetchall()
    finally:
        conn.close()


def test_first_import_hands_its_lines_to_the_recompute(db, settings, tmp_path):
    """Into an empty database the lines just written are all there are, so the recompute takes
    them from the import instead of reading them back: the figures must be the same."""
    from app.services.segments.recompute import recompute

    path = samples.write_cp1251_sales(tmp_path)
    plan = importing.prepare(db, path, settings=settings, as_of=TODAY).plan
    result, lines = writing.write_plan_with_lines(db, plan)
    assert lines is not None and len(lines) == result.purchases_added == 4
    recompute(db, TODAY, lines)
    handed_over = stats_rows(db)
    recompute(db, TODAY)  # read from the database
    assert stats_rows(db) == handed_over and len(handed_over) == 2

    later = importing.prepare(db, samples.write_shopify(tmp_path), settings=settings,
                              as_of=TODAY).plan
    assert writing.write_plan_with_lines(db, later)[1] is None  # purchases existed before


def test_the_service_never_switches_the_cycle_collector(db, settings, tmp_path, monkeypatch):
    """The switch is process-wide: an import on the GUI's worker thread must leave it alone."""
    import gc
    import threading

    seen = []
    for module, name in ((importing.service, "build_plan"), (writing, "write_plan_with_lines")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _f=original, **k: seen.append(
            gc.isenabled()) or _f(*a, **k))
    worker = threading.Thread(target=run, args=(db, settings, samples.write_shopify(tmp_path)))
    worker.start()
    worker.join()
    assert seen == [True, True]


def test_the_cli_pauses_the_cycle_collector_for_its_import_only(tmp_path, monkeypatch):
    import gc

    from app.cli import main

    seen = []
    original = importing.service.build_plan
    monkeypatch.setattr(importing.service, "build_plan",
                        lambda *a, **k: seen.append(gc.isenabled()) or original(*a, **k))
    path = samples.write_cp1251_sales(tmp_path)
    assert main(["import", str(path), "--db", str(tmp_path / "r.sqlite3"), "--yes"]) == 0
    assert seen == [False] and gc.isenabled()


def test_cancelled_and_refunded_orders_are_not_sales(db, settings, tmp_path):
    """Shopify marks a refunded or voided order in Financial Status (on its first line only);
    Russian exports write "Отменён" or "Возврат". Those lines are listed, not imported; a
    partial refund is still a sale."""
    text = (samples.SHOPIFY
            + "#1003,cat@example.com,refunded,2025-03-07 10:00:00 +0300,900.00,900.00,1,Tea,"
              "900.00,Cat Petrova,\n"
            + "#1003,,,,,,1,Mug,500.00,,\n"
            + "#1004,dan@example.com,partially_refunded,2025-03-08 10:00:00 +0300,300.00,"
              "300.00,1,Tea,300.00,Dan Popov,\n"
            + "#1005,eve@example.com,voided,2025-03-09 10:00:00 +0300,100.00,100.00,1,Tea,"
              "100.00,Eve Orlova,\n")
    prepared = importing.prepare(db, samples.write_text(tmp_path, "orders.csv", text),
                                 settings=settings, as_of=TODAY)
    plan = prepared.plan
    assert prepared.columns["Financial Status"] == "status"
    assert sorted(plan.rejected["reason"].unique()) == [planning.R_CANCELLED]
    assert plan.rejected["row"].tolist() == [5, 6, 8]  # both lines of #1003, and #1005
    assert sorted(plan.purchases["order_id"].unique()) == ["#1001", "#1002", "#1004"]

    russian = samples.write_text(tmp_path, "1c.csv",
                                 "Дата;Клиент;Сумма;Статус\n"
                                 "01.03.2025;Анна;100;Проведён\n"
                                 "02.03.2025;Анна;200;Отменён\n"
                                 "03.03.2025;Анна;300;Возврат\n"
                                 "04.03.2025;Анна;400;Частичный возврат\n", "cp1251")
    plan = importing.prepare(db, russian, settings=settings, as_of=TODAY).plan
    assert sorted(plan.purchases["amount_minor"].tolist()) == [10000, 40000]
    assert plan.rows_rejected == 2


def test_people_with_identifiers_of_their_own_skip_the_search_with_the_same_result(monkeypatch):
    """matching._alone lets most of a first import skip the per-person search; the outcome must
    be what the search gives for everyone: same customers, same merges and conflicts."""
    from app.services.importing import matching

    rng = np.random.default_rng(3)
    n = 400
    pick = lambda pool, p_none: [None if rng.random() < p_none else pool[i]  # noqa: E731
                                 for i in rng.integers(0, len(pool), n)]
    names = pick([f"Имя {i}" for i in range(150)], 0.1)
    phones = pick([f"+7900{i:07d}" for i in range(220)], 0.3)
    emails = pick([f"u{i}@example.com" for i in range(260)], 0.5)
    codes = pick([f"C{i}" for i in range(300)], 0.7)
    raw_phones = [p and p.replace("+7", "8") for p in phones]
    person = pd.factorize(pd.Series([str(t) for t in zip(codes, phones, emails, names,
                                                         strict=True)]))[0]
    rows = matching.People.of_rows(np.arange(n) + 2, *(np.array(a, dtype=object) for a in
                                   (codes, phones, emails, names, raw_phones)), None)

    def known():
        k = matching.Known()
        k.add(7, "C5", "+79000000001", None, "Имя 3")
        k.add(8, None, None, "u9@example.com", "Имя 4")
        return k

    found = []
    alone = matching._alone
    monkeypatch.setattr(matching, "_alone", lambda *a: found.append(alone(*a)) or found[-1])
    first_rows, group = matching.first_rows_of(person)
    people = rows.take(first_rows.tolist())
    fast = matching.match_people(known(), people, group)
    assert found[0].any() and not found[0].all()  # both ways were taken
    monkeypatch.setattr(matching, "_alone", lambda *a: np.zeros(len(a[-1]), dtype=bool))
    searched = matching.match_people(known(), people, group)
    assert fast.refs.tolist() == searched.refs.tolist()
    assert list(fast.new_customers.items()) == list(searched.new_customers.items())
    assert fast.conflicts == searched.conflicts
    assert fast.identity.values().tolist() == searched.identity.values().tolist()
    assert 0 < len(fast.new_customers) < len(set(person.tolist()))  # some people merged


def test_name_keys_of_cleaned_and_untidy_names_are_name_key():
    from app.services.importing import matching

    for names in (["Анна Петрова", None, "ЁЛКИН Пётр", ""],
                  ["Анна  Петрова", " Ёлкин\tПётр ", None]):
        assert matching._name_keys(names) == [matching.name_key(n) for n in names]


def test_rejected_rows_csv_shows_formulas_as_text(tmp_path):
    rejected = pd.DataFrame({"row": [3, 4], "column": ["Дата", "=Сумма"],
                             "reason": ["Not a date", "Not a number"],
                             "value": ["=HYPERLINK(\"http://x\",\"y\")", "-2+3"]})
    target = tmp_path / "rejected.csv"
    importing.save_rejected_csv(rejected, target)
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[1] == "3;Дата;Not a date;\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
    assert lines[2] == "4;'=Сумма;Not a number;'-2+3"


def test_uk_phones_are_read_for_the_uk_and_bad_ones_kept_as_written(db, settings, tmp_path):
    """A UK shop: mobiles in every usual shape become one +44 number each; a number not valid in
    the UK is kept as typed (flagged), never turned into a Kazakh or Russian one."""
    settings.set(PHONE_REGION, "GB")
    path = tmp_path / "sales.csv"
    path.write_text("Date,Customer,Phone,Amount\n"
                    "03/04/2025,Amy Clarke,07911 123456,12.50\n"
                    "04/04/2025,Amy Clarke,+44 7911 123456,3.00\n"
                    "05/04/2025,Ben Hall,0044 7400 123456,9.99\n"
                    "06/04/2025,Cara Lee,7700 900121,5.00\n", encoding="utf-8")
    prepared, result = run(db, settings, path)
    warned = prepared.plan.warnings[["row", "reason"]].values.tolist()
    assert warned == [[5, planning.R_PHONE_BAD]]
    assert result.customers_created == 3
    conn = db.raw_connection()
    rows = conn.execute("SELECT display_name, phone_e164, phone_raw FROM customers"
                        " ORDER BY display_name").fetchall()
    conn.close()
    assert rows == [("Amy Clarke", "+447911123456", "07911 123456"),
                    ("Ben Hall", "+447400123456", "0044 7400 123456"),
                    ("Cara Lee", None, "7700 900121")]
