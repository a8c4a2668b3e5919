"""Square: Reports → Item sales → Export → Items detail CSV, and Transactions → Export →
Transactions CSV.

Money looks like "$12.50" and "-$3.00". Item rows carry a line's "Net Sales" (after discounts)
and its "Tax": their sum is what the customer paid for that line. A transaction row's "Total
Collected" includes the tip, which is not paid for goods, so the tip is taken off. Rows with
Event Type "Refund" are refunds, not sales; rows without a customer are walk-in sales.
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

ITEMS_DETAIL = PlatformFormat(
    key="square_items_detail",
    name=_T("import", "Square item sales export"),
    signature=("Date", "Time", "Category", "Item", "Qty", "Price Point Name", "Gross Sales",
               "Net Sales", "Tax", "Transaction ID", "Event Type"),
    columns={"date": "Date", "order_id": "Transaction ID", "category": "Category",
             "product": "Item", "quantity": "Qty", "customer": "Customer Name",
             "customer_code": "Customer ID"},
    money=Money(line=("Net Sales", "Tax")),
    skip={"Event Type": ("refund",)},
    date_order="mdy",
    decimal_comma=False,
)

TRANSACTIONS = PlatformFormat(
    key="square_transactions",
    name=_T("import", "Square transactions export"),
    signature=("Date", "Time", "Gross Sales", "Net Sales", "Tax", "Tip", "Total Collected",
               "Transaction ID", "Event Type"),
    columns={"date": "Date", "order_id": "Transaction ID", "customer": "Customer Name",
             "customer_code": "Customer ID", "status": "Transaction Status"},
    money=Money(order_total=("Total Collected",), order_less=("Tip",)),
    skip={"Event Type": ("refund",)},
    date_order="mdy",
    decimal_comma=False,
)

FORMATS = (ITEMS_DETAIL, TRANSACTIONS)
