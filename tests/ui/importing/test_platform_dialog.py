"""The mapping dialog for a recognised export (nothing to ask) and for a file with two money
columns (it asks which)."""

import datetime as dt
import os
from pathlib import Path

import pytest

from app.services import importing
from app.ui import i18n
from app.ui.importing.mapping_dialog import ImportMappingDialog
from tests.services.importing import samples
from tests.services.importing.platforms.helpers import FIXTURES

TODAY = dt.date(2026, 11, 30)
TWO_MONEY = ("Дата;Клиент;Телефон;Товар;Сумма;Сумма со скидкой;Скидка\n"
             "01.11.2026;Анна Иванова;+7 900 555-00-01;Кофе;1 200,00;1 080,00;120,00\n"
             "02.11.2026;Борис Орлов;+7 900 555-00-02;Чай;500,00;500,00;0,00\n")


def shots() -> Path | None:
    """Where to save the screens to look at, if asked (REGULARS_SHOTS=folder)."""
    folder = os.environ.get("REGULARS_SHOTS")
    return Path(folder) if folder else None


@pytest.fixture(params=["en", "ru"])
def language(qapp, request):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


def test_recognised_export_asks_nothing_and_can_be_imported(qtbot, db, settings, tmp_path,
                                                            language):
    prepared = importing.prepare(db, FIXTURES / "shopify_orders_export.csv", settings=settings,
                                 as_of=TODAY)
    dialog = ImportMappingDialog(prepared, "US")
    qtbot.addWidget(dialog)
    dialog.show()
    expected = "Shopify orders export" if language == "en" else "Выгрузка заказов Shopify"
    assert expected in dialog.source_label.text()
    assert not any(combo.isEnabled() for combo in dialog.combos.values())
    assert dialog.money_row is None and dialog.import_button.isEnabled()
    assert dialog.plan.platform == "shopify_orders" and dialog.plan.purchases_added == 4
    if shots():
        dialog.grab().save(str(shots() / f"shopify_{language}.png"))
    with qtbot.waitSignal(dialog.columns_changed):
        dialog.choose_columns_myself()
    assert dialog.platform is None and all(c.isEnabled() for c in dialog.combos.values())


def test_two_money_columns_are_a_question(qtbot, db, settings, tmp_path, language):
    path = samples.write_text(tmp_path, "sales.csv", TWO_MONEY, "cp1251")
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY)
    assert prepared.money_choices == ["Сумма", "Сумма со скидкой"]
    dialog = ImportMappingDialog(prepared, "RU")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.money_row is not None and dialog.money_row.isVisible()
    assert dialog.combos["Скидка"].currentData() == "ignore"  # a discount is never the money
    if shots():
        dialog.grab().save(str(shots() / f"two_money_{language}.png"))
    with qtbot.waitSignal(dialog.columns_changed) as changed:
        dialog.money_combo.setCurrentIndex(1)
    assert changed.args[0]["Сумма со скидкой"] == "amount"
    assert changed.args[0]["Сумма"] == "ignore"
