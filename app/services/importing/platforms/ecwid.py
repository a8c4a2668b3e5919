"""Ecwid: My Sales → Orders → Export (CSV).

One row per ordered item with the order's own fields repeated on each; "order_total" is what
the customer paid (items, tax and shipping, less discounts and coupons). Payment statuses are
the API's: PAID, AWAITING_PAYMENT, CANCELLED, REFUNDED, PARTIALLY_REFUNDED, INCOMPLETE (an
abandoned checkout). Money looks like "2055.00", dates like "2026-03-05 14:22:10 +0300".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

ORDERS = PlatformFormat(
    key="ecwid_orders",
    name=_T("import", "Ecwid orders export"),
    signature=("order_number", "order_total", "payment_status", "customer_email", "item_name"),
    columns={
        "order_id": "order_number",
        "email": "customer_email",
        "customer": ("billing_name", "shipping_name"),
        "phone": ("billing_phone", "shipping_phone"),
        "date": "order_date",
        "product": "item_name",
        "quantity": "item_quantity",
        "price": "item_price",
        "status": "payment_status",
    },
    money=Money(order_total=("order_total",)),
    skip={"payment_status": ("CANCELLED", "REFUNDED", "INCOMPLETE")},
    date_order="ymd",
    decimal_comma=False,
)

FORMATS = (ORDERS,)
