"""1С:Розница / Управление торговлей: the «Продажи» report saved to CSV (cp1251, ";").

The report's title, period, filter and indicators rows sit above the table and an «Итого» row
closes it. A row is a product of a sale document («Чек ККМ ЗЛ00-000101 от 02.03.2026
10:15:02»); «Сумма продажи» is after the discount. Buyers are known by their discount card and
its owner; a sale without a card is a walk-in. A return («Возврат товаров от покупателя»)
has a negative quantity and sum. Money "1 200,50".
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

SALES = PlatformFormat(
    key="1c_sales",
    name=_T("import", "1C sales report"),
    signature=("Документ продажи", "Номенклатура", "Количество", "Сумма продажи"),
    columns={
        "order_id": "Документ продажи",
        "customer": ("Владелец карты", "Покупатель", "Контрагент"),
        "customer_code": "Дисконтная карта",
        "phone": ("Телефон владельца карты", "Телефон покупателя"),
        "date": ("Период", "День", "Дата"),
        "product": "Номенклатура",
        "quantity": "Количество",
    },
    money=Money(line=("Сумма продажи",)),
    walk_in=("Розничный покупатель", "Частное лицо"),
    date_order="dmy",
    decimal_comma=True,
)

FORMATS = (SALES,)
