"""Tilda: Заявки / CRM → Экспорт (CSV, ";", UTF-8).

One row per request; a cart order packs its products in one cell («Товары в заказе», a line per
product "Эклер x 4 ≡ 150") and its total, after promo codes and delivery, in «Сумма заказа».
The contact columns are named as the site owner named the form's fields (Name / Phone / Email
by default, or in Russian); the system columns are tranid, formid, formname. Requests from other
forms (a callback) have no sum: they are not orders. Dates "2026-03-05 14:20:11".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

ORDERS = PlatformFormat(
    key="tilda_orders",
    name=_T("import", "Tilda orders export"),
    signature=("tranid", "formid", "Товары в заказе", "Сумма заказа"),
    columns={
        "order_id": "tranid",
        "customer": ("Name", "Имя", "Название", "ФИО"),
        "phone": ("Phone", "Телефон"),
        "email": ("Email", "E-mail", "Почта"),
        "date": ("Date", "Дата", "sent"),
        "product": "Товары в заказе",
    },
    money=Money(order_total=("Сумма заказа",)),
    date_order="ymd",
    decimal_comma=None,
)

FORMATS = (ORDERS,)
