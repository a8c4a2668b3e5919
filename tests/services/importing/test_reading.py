import datetime as dt

import pytest

from app.services.errors import UserFacingError
from app.services.importing import mapping, reading, workbook
from tests.services.importing import samples


def test_cp1251_semicolon_file_with_title_rows_and_totals(tmp_path):
    table = reading.read_table(samples.write_cp1251_sales(tmp_path))
    assert (table.encoding, table.delimiter, table.header_row) == ("cp1251", ";", 4)
    assert table.headers == ["Дата", "Номер чека", "Покупатель", "Телефон", "Товар", "Сумма"]
    assert list(table.frame.index) == [5, 6, 7, 8, 9, 10, 11]  # blank line and totals row gone
    assert table.dropped_totals_row == 13
    assert table.frame.iloc[0]["Покупатель"] == "Иванова Анна"


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("koi8_r", "koi8_r"), ("utf-16", "utf-16"),
])
def test_encodings(tmp_path, encoding, expected):
    text = "Дата\tКлиент\tСумма\n01.02.2025\tСмирнова Ольга\t100\n02.02.2025\tПопов Пётр\t200\n"
    table = reading.read_table(samples.write_text(tmp_path, "a.tsv", text, encoding))
    assert table.encoding == expected
    assert table.delimiter == "\t"
    assert table.frame["Клиент"].tolist() == ["Смирнова Ольга", "Попов Пётр"]


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_delimiters_and_quoting(tmp_path, delimiter):
    d = delimiter
    text = f'Name{d}Phone{d}Total\n"Smith{d} John"{d}+7 912 000-00-01{d}10\nAnn{d}{d}20\n'
    table = reading.read_table(samples.write_text(tmp_path, "a.csv", text))
    assert table.delimiter == delimiter
    assert table.frame["Name"].tolist() == [f"Smith{d} John", "Ann"]


def test_xlsx_with_several_sheets_title_rows_and_excel_dates(tmp_path):
    path = samples.write_xlsx(tmp_path, {
        "Пусто": [],
        "Продажи": [["Выгрузка за март"], [], ["Дата", "ФИО", "Сумма"],
                    [dt.datetime(2025, 3, 5), "Анна", 1200.5], [45721, "Борис", 300]],
        "Клиенты": [["ФИО", "Телефон"], ["Анна", 79123456789]],
    })
    assert workbook.list_sheets(path) == ["Продажи", "Клиенты"]
    table = reading.read_table(path)
    assert table.sheet == "Продажи" and table.header_row == 3
    assert table.frame["ФИО"].tolist() == ["Анна", "Борис"]
    customers = reading.read_table(path, "Клиенты")
    assert customers.frame["Телефон"].tolist() == [79123456789]  # not 79123456789.0
    with pytest.raises(UserFacingError, match="no sheet named"):
        reading.read_table(path, "Nope")


def test_xls_and_ods(tmp_path):
    rows = [["Дата", "Клиент", "Сумма"], ["05.03.2025", "Анна", 100.0]]
    for path in (samples.write_xls(tmp_path, rows), samples.write_ods(tmp_path, rows)):
        table = reading.read_table(path)
        assert table.frame["Клиент"].tolist() == ["Анна"], path.suffix


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", b"", "is empty"),
    ("header.csv", "Дата;Клиент;Сумма\n".encode("cp1251"), "no data rows"),
    ("garbage.xlsx", bytes(range(256)) * 40, "could not be opened as a spreadsheet"),
    ("garbage.csv", bytes(range(32)) * 400, "does not look like"),
    ("zip.xlsx", b"PK\x03\x04" + b"\x00" * 200, "could not be opened as a spreadsheet"),
])
def test_unreadable_files_give_one_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message) as info:
        reading.read_table(path)
    assert "\n" not in str(info.value) and "Traceback" not in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(UserFacingError, match="does not exist"):
        reading.read_table(tmp_path / "nope.csv")


def test_header_mapping_russian_and_english():
    headers = ["ФИО", "Моб. тел.", "E-mail", "Дата заказа", "Итого", "Наименование", "Кол-во",
               "Категория", "Номер заказа", "Карта", "Дата рождения", "Примечание"]
    import pandas as pd

    guessed = mapping.guess_mapping(pd.DataFrame([["x"] * len(headers)], columns=headers))
    assert list(guessed.values()) == ["customer", "phone", "email", "date", "amount", "product",
                                      "quantity", "category", "order_id", "customer_code",
                                      "birthday", "notes"]


def test_shopify_name_holding_order_numbers_is_the_order_id():
    import pandas as pd

    frame = pd.DataFrame({"Name": ["#1001", "#1002"], "Paid at": ["", ""], "Total": ["", ""],
                          "Lineitem price": ["", ""], "Billing Name": ["A", "B"]})
    guessed = mapping.guess_mapping(frame)
    assert guessed == {"Name": "order_id", "Paid at": "date", "Total": "ignore",
                       "Lineitem price": "price", "Billing Name": "customer"}
    people = pd.DataFrame({"Name": ["Ann", "Bob"], "Phone": ["1", "2"]})
    assert mapping.guess_mapping(people)["Name"] == "customer"


def test_shopify_lines_without_a_price_column_use_the_order_total():
    import pandas as pd

    frame = pd.DataFrame({"Name": ["#1001", "#1001"], "Paid at": ["2025-05-01", ""],
                          "Total": ["400.00", ""], "Lineitem name": ["Mug", "Spoon"],
                          "Billing Name": ["A", ""]})
    guessed = mapping.guess_mapping(frame)
    assert guessed["Total"] == "amount"


def test_remembered_mapping_is_keyed_by_header():
    headers = ["Колонка 1", "Колонка 2"]
    stored = mapping.remember_mapping({}, headers, {"Колонка 1": "customer", "Колонка 2": "phone"})
    assert mapping.remembered_mapping(stored, headers) == {"Колонка 1": "customer",
                                                          "Колонка 2": "phone"}
    assert mapping.remembered_mapping(stored, ["Колонка 1"]) is None


def test_headers_with_a_typo_are_still_recognised():
    import pandas as pd

    headers = ["Телфон", "Катгория", "Колличество", "Покупатль", "Наименоване товара", "Qantity",
               "Комментарий"]
    guessed = mapping.guess_mapping(pd.DataFrame([["x"] * len(headers)], columns=headers))
    assert list(guessed.values()) == ["phone", "category", "quantity", "customer", "product",
                                      "ignore", "notes"]  # quantity taken by the closer one


def test_a_workbook_parsed_in_the_background_reads_the_same(tmp_path):
    from app.services.importing import early

    path = samples.write_xlsx(tmp_path, {
        "Пусто": [],
        "Продажи": [["Дата", "ФИО", "Сумма"], [dt.datetime(2025, 3, 5), "Анна", 1200.5]],
        "Клиенты": [["ФИО", "Телефон"], ["Анна", 79123456789]],
    })
    for sheet in (None, "Клиенты"):
        loading = early.start(path)
        assert isinstance(loading, early.WorkbookLoading)
        ahead, plain = reading.read_table(path, sheet, loading), reading.read_table(path, sheet)
        assert (ahead.sheet, ahead.sheets) == (plain.sheet, plain.sheets)
        assert ahead.frame.equals(plain.frame)
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UserFacingError, match="could not be opened as a spreadsheet"):
        reading.read_table(garbage, None, early.start(garbage))
    assert isinstance(early.start(samples.write_cp1251_sales(tmp_path)), early.TextLoading)
    assert early.start(tmp_path / "missing.xlsx") is None
