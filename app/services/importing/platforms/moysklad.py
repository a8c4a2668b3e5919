"""МойСклад: a document list exported to Excel — Розница → Продажи and Продажи → Отгрузки.

One row per document; «Сумма» is the document's total. «Розничный покупатель» is the
counterparty МойСклад puts on a sale to nobody in particular (a walk-in). Statuses are the
account's own; a cancelled shipment is usually «Отменена». Returns are separate documents and
are not in these lists. Dates "05.03.2026 10:12", money "1 250,50".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

WALK_IN = ("Розничный покупатель",)
# Both lists name the document, its buyer, its time and status the same way.
COLUMNS = {"order_id": "№", "customer": "Контрагент", "date": "Время", "status": "Статус"}

RETAIL = PlatformFormat(
    key="moysklad_retail",
    name=_T("import", "MoySklad retail sales export"),
    signature=("№", "Время", "Точка продаж", "Смена", "Контрагент", "Сумма"),
    columns=COLUMNS,
    money=Money(order_total=("Сумма",)),
    walk_in=WALK_IN,
    date_order="dmy",
    decimal_comma=True,
)

SHIPMENTS = PlatformFormat(
    key="moysklad_shipments",
    name=_T("import", "MoySklad shipments export"),
    signature=("№", "Время", "Контрагент", "Склад", "Сумма", "Оплачено"),
    columns=COLUMNS,
    money=Money(order_total=("Сумма",)),
    skip={"Статус": ("Отменена", "Отменен", "Отменено")},
    walk_in=WALK_IN,
    date_order="dmy",
    decimal_comma=True,
)

FORMATS = (RETAIL, SHIPMENTS)
