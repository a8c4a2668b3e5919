"""Etsy: Shop Manager → Settings → Options → Download Data → Orders: "Sold Orders" and
"Sold Order Items" CSV.

Sold Orders has a row per order: "Order Total" (items, shipping and sales tax, less discounts),
replaced by "Adjusted Order Total" when the order was partly refunded. Sold Order Items has a row
per item: the item's "Item Total", plus the order's shipping and sales tax less its discounts,
shared over its items. Dates are written "03/05/25" (month first). The buyer's Etsy username
("Buyer") tells customers apart.
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

SOLD_ORDERS = PlatformFormat(
    key="etsy_sold_orders",
    name=_T("import", "Etsy sold orders"),
    signature=("Sale Date", "Order ID", "Buyer User ID", "Full Name", "Number of Items",
               "Order Value", "Order Total", "Adjusted Order Total"),
    columns={"date": "Sale Date", "order_id": "Order ID", "customer": "Full Name",
             "customer_code": "Buyer", "quantity": "Number of Items", "status": "Status"},
    money=Money(order_total=("Order Total",), order_instead="Adjusted Order Total"),
    skip={"Status": ("canceled", "cancelled", "refunded", "fully refunded")},
    date_order="mdy",
    decimal_comma=False,
)

SOLD_ORDER_ITEMS = PlatformFormat(
    key="etsy_sold_order_items",
    name=_T("import", "Etsy sold order items"),
    signature=("Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Item Total",
               "Transaction ID", "Listing ID", "Order ID"),
    columns={"date": "Sale Date", "order_id": "Order ID", "customer": "Ship Name",
             "customer_code": "Buyer", "product": "Item Name", "quantity": "Quantity",
             "price": "Price"},
    money=Money(line=("Item Total",), order_total=("Order Shipping", "Order Sales Tax"),
                order_less=("Discount Amount", "Shipping Discount")),
    date_order="mdy",
    decimal_comma=False,
)

FORMATS = (SOLD_ORDERS, SOLD_ORDER_ITEMS)
