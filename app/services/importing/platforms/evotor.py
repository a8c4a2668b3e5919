"""Эвотор: личный кабинет → Отчёты → Чеки, saved to Excel.

Title rows (report, period, store) above the table; one row per receipt position, «Сумма»
after the position's discount. A return is its own receipt, «Тип документа» «Возврат», with a
positive sum: it counts as money given back. The buyer is known only by the phone or e-mail
the electronic receipt went to; a receipt without one is a walk-in sale. Receipt numbers start
again each shift, so they are not order numbers: one buyer's receipts of a day are one order.
"""

from app.services.importing.platforms.base import Money, PlatformFormat
from app.services.settings import QT_TRANSLATE_NOOP as _T

RECEIPTS = PlatformFormat(
    key="evotor_receipts",
    name=_T("import", "Evotor receipts report"),
    signature=("Номер смены", "Номер чека", "Тип документа", "Телефон или e-mail покупателя"),
    columns={
        # One column holds a phone or an e-mail, and a column feeds one field: it names the
        # buyer, so the same contact is the same customer.
        "customer": "Телефон или e-mail покупателя",
        "date": "Дата и время",
        "product": "Наименование",
        "quantity": "Количество",
        "price": "Цена",
    },
    money=Money(line=("Сумма",)),
    refund={"Тип документа": ("Возврат",)},
    date_order="dmy",
    decimal_comma=True,
)

FORMATS = (RECEIPTS,)
