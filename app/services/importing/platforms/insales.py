"""InSales: Заказы → Экспорт заказов (CSV for Excel: cp1251, ";").

One row per product with the order's fields repeated; «Сумма заказа» is the order's total
(goods and delivery, less the discount). «Статус заказа» is one of Новый, Согласован, Отгружен,
Доставлен, Возвращен, Отменен; «Статус оплаты» Оплачен / Не оплачен. Dates "05.03.2026 10:15".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

ORDERS = PlatformFormat(
    key="insales_orders",
    name=_T("import", "InSales orders export"),
    signature=("Номер заказа", "Статус заказа", "Статус оплаты", "Контактное лицо",
               "Сумма заказа", "Название товара"),
    columns={
        "order_id": "Номер заказа",
        "customer": "Контактное лицо",
        "phone": "Телефон",
        "email": "Email",
        "date": "Дата создания",
        "product": "Название товара",
        "quantity": "Количество",
        "price": "Цена",
        "status": "Статус заказа",
    },
    money=Money(order_total=("Сумма заказа",)),
    skip={"Статус заказа": ("Отменен", "Возвращен")},
    date_order="dmy",
)

FORMATS = (ORDERS,)
