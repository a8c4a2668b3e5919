"""Shopify: Orders → Export → CSV ("orders_export.csv").

One row per line item; the order's own fields (financial status, totals, billing, "Cancelled
at") are on its first row only. "Total" is what the customer paid: goods, shipping and taxes
less discounts; "Refunded Amount" is what was given back. Money looks like "1500.00", dates like
"2025-03-05 14:22:10 +0300".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

ORDERS = PlatformFormat(
    key="shopify_orders",
    name=_T("import", "Shopify orders export"),
    signature=("Name", "Email", "Financial Status", "Total", "Lineitem quantity",
               "Lineitem name", "Lineitem price"),
    columns={
        "order_id": "Name",
        "email": "Email",
        "customer": ("Billing Name", "Shipping Name"),
        "phone": ("Billing Phone", "Phone", "Shipping Phone"),
        "date": ("Created at", "Paid at"),
        "product": "Lineitem name",
        "quantity": "Lineitem quantity",
        "price": "Lineitem price",
        "status": "Financial Status",
        "marketing_consent": "Accepts Marketing",
    },
    money=Money(order_total=("Total",), order_less=("Refunded Amount",)),
    skip={"Financial Status": ("refunded", "voided"), "Cancelled at": ("*",)},
    date_order="ymd",
    decimal_comma=False,
)

FORMATS = (ORDERS,)
