"""WooCommerce, Square and Etsy exports, imported through `main.py import FILE --yes` with no
mapping step; each customer's orders and money against a hand computation from the file."""

import pytest

from tests.services.importing.platforms.helpers import import_fixture, per_customer

CASES = [
    # Analytics orders: "Net Sales" per order. Anna #1042 29.70 + #1038 45.00; Boris #1040
    # 18.00; Refunded, Cancelled, Failed and Pending payment orders are not sales.
    ("woocommerce_analytics_orders.csv", "WooCommerce Analytics orders download",
     {"Anna Smith": (2, 2970 + 4500), "Boris Klein": (1, 1800)}),
    # Plugin export: Order Total Amount less Order Refund Amount, once per order although it is
    # repeated on each product row. Anna #2001 41.25 + #2004 58.95; Boris #2002 21.60 - 6.00;
    # #2003 cancelled. The default columns have the billing first name only.
    ("woocommerce_advanced_order_export.csv",
     "WooCommerce order export (Advanced Order Export plugin)",
     {"Anna": (2, 4125 + 5895), "Boris": (1, 2160 - 600)}),
    # Items detail: Net Sales + Tax per line. Anna TXa1b2c3 (8.00 + 0.71 + 3.50 + 0.31) and
    # TXg7h8i9 (4.50 + 0.40); Boris TXj1k2l3 15.00 + 1.33 (its refund row is not a sale);
    # TXd4e5f6 has no customer (walk-in).
    ("square_items_detail.csv", "Square item sales export",
     {"Anna Smith": (2, 800 + 71 + 350 + 31 + 450 + 40), "Boris Klein": (1, 1500 + 133)}),
    # Transactions: Total Collected less Tip. Anna 14.52 - 2.00 and 5.90 - 1.00; Boris 11.33
    # (after a 5.00 partial refund); the Refund row and the walk-in sale are left out.
    ("square_transactions.csv", "Square transactions export",
     {"Anna Smith": (2, 1452 - 200 + 590 - 100), "Boris Klein": (1, 1133)}),
    # Sold Orders: Order Total, or Adjusted Order Total after a refund. Anna 36.61 + 49.05;
    # Boris adjusted to 12.06; Carl's order is Canceled.
    ("etsy_sold_orders.csv", "Etsy sold orders",
     {"Anna Smith": (2, 3661 + 4905), "Boris Klein": (1, 1206)}),
    # Sold Order Items: Item Total per item, plus the order's shipping and sales tax less its
    # discount, once per order: Anna (25.00 + 8.00 + 4.50 + 2.41 - 3.30) + (45.00 + 4.05);
    # Boris 18.00 + 4.50 + 1.62.
    ("etsy_sold_order_items.csv", "Etsy sold order items",
     {"Anna Smith": (2, 2500 + 800 + 450 + 241 - 330 + 4500 + 405),
      "Boris Klein": (1, 1800 + 450 + 162)}),
]


@pytest.mark.parametrize(("fixture", "recognised", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_export_gives_each_customer_what_they_paid(fixture, recognised, expected, tmp_path,
                                                   capsys):
    code, db_path = import_fixture(fixture, tmp_path)
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"Recognised: {recognised}\n" in out
    assert per_customer(db_path) == expected
