"""WooCommerce: Analytics → Orders → Download, and the "Advanced Order Export For WooCommerce"
plugin's default columns.

The Analytics download has one row per order and no total with tax and shipping: its "Net Sales"
is the money. The plugin writes one row per line item and repeats the order's fields on each; its
"Order Total Amount" (goods, tax, shipping, less discounts) less "Order Refund Amount" is the
money. Statuses are WooCommerce's: Completed, Processing, On hold are sales; Refunded, Cancelled,
Failed, Pending payment, Draft are not.
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

NOT_SALES = ("refunded", "cancelled", "failed", "pending payment", "draft", "checkout-draft",
             "trash")

ANALYTICS_ORDERS = PlatformFormat(
    key="woocommerce_analytics_orders",
    name=_T("import", "WooCommerce Analytics orders download"),
    signature=("Date", "Order #", "Status", "Customer", "Customer type", "Product(s)",
               "Items sold", "Net Sales"),
    columns={"date": "Date", "order_id": "Order #", "status": "Status", "customer": "Customer",
             "quantity": "Items sold"},
    money=Money(line=("Net Sales",)),
    skip={"Status": NOT_SALES},
    date_order="ymd",
    decimal_comma=False,
)

ADVANCED_ORDER_EXPORT = PlatformFormat(
    key="woocommerce_advanced_order_export",
    name=_T("import", "WooCommerce order export (Advanced Order Export plugin)"),
    signature=("Order Number", "Order Status", "Order Date", "Email (Billing)",
               "Order Total Amount", "Item Name", "Quantity (- Refund)", "Item Cost"),
    columns={"order_id": "Order Number", "status": "Order Status", "date": "Order Date",
             "customer": ("Full Name (Billing)", "First Name (Billing)"),
             "email": "Email (Billing)", "phone": "Phone (Billing)", "product": "Item Name",
             "quantity": "Quantity (- Refund)", "price": "Item Cost"},
    money=Money(order_total=("Order Total Amount",), order_less=("Order Refund Amount",)),
    skip={"Order Status": NOT_SALES},
    date_order="ymd",
    decimal_comma=False,
)

FORMATS = (ANALYTICS_ORDERS, ADVANCED_ORDER_EXPORT)
