"""Shopify's orders export, imported with no mapping step."""

import csv

from app.cli import main
from tests.services.importing.platforms.helpers import (
    FIXTURES,
    import_fixture,
    lines,
    per_customer,
)


def test_orders_export_gives_each_customer_what_they_paid(tmp_path, capsys):
    code, db_path = import_fixture("shopify_orders_export.csv", tmp_path)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Recognised: Shopify orders export" in out
    # By hand, from the file: the order's Total (goods + shipping + taxes - discount) less
    # its Refunded Amount. #1001: 37.34; #1003: 53.60; #1002: 19.44 - 6.48 = 12.96.
    # #1004 is refunded, #1005 cancelled ("Cancelled at"), #1006 a walk-in POS sale.
    assert per_customer(db_path) == {
        "Anna Smith": (2, 3734 + 5360),
        "Boris Klein": (1, 1944 - 648),
    }
    assert "row 6, column 'Financial Status': A cancelled or refunded order" in out
    assert "row 7, column 'Cancelled at': A cancelled or refunded order" in out
    assert "row 8, column 'Billing Phone': A sale without a customer (walk-in)" in out


def test_a_multi_line_order_shares_its_total_by_line_price(tmp_path):
    _, db_path = import_fixture("shopify_orders_export.csv", tmp_path)
    first = [(product, money) for order, product, money in lines(db_path) if order == "#1001"]
    # 37.34 shared 25.00 : 8.00 (2 x 12.50 and 1 x 8.00): 28.29 and 9.05.
    assert sorted(first) == [("Enamel mug", 905), ("Ethiopia Yirgacheffe 250g", 2829)]


def test_recognised_whatever_the_column_order_case_and_bom(tmp_path, capsys):
    source = tmp_path / "src"
    source.mkdir()
    with (FIXTURES / "shopify_orders_export.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    order = list(reversed(range(len(rows[0]))))
    shuffled = [[row[i] for i in order] + ["extra"] for row in rows]
    shuffled[0] = [h.upper() for h in shuffled[0][:-1]] + ["My notes"]
    path = source / "export.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(shuffled)

    db_path = tmp_path / "r.sqlite3"
    assert main(["import", str(path), "--db", str(db_path), "--yes"]) == 0
    assert "Recognised: Shopify orders export" in capsys.readouterr().out
    assert per_customer(db_path) == {"Anna Smith": (2, 9094), "Boris Klein": (1, 1296)}
