"""The column dialog stays usable: change a column, change it back; the preview and the plan
follow each time, and Import is off while a re-plan runs or when there is nothing to import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.services import importing
from app.ui import i18n
from app.ui.importing import flow as import_flow
from app.ui.importing.mapping_dialog import ImportMappingDialog
from tests.services.importing import samples
from tests.ui.conftest import wait_idle
from tests.ui.importing.test_flow import open_dialog
from tests.ui.importing.test_platform_dialog import shots

TODAY = dt.date(2026, 11, 30)

NOTES = ("Заметка;Кому;Ответ\n"
         "позвонить в среду;Анна;да\n"
         "привезти каталог;Борис;нет\n")


def start(qtbot, context, path) -> ImportMappingDialog:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(960, 600)
    import_flow.start_import(window, context, [path])
    dialog = open_dialog(qtbot, ImportMappingDialog)
    qtbot.addWidget(dialog)
    return dialog


def combos_alive(dialog: ImportMappingDialog) -> bool:
    return all(shiboken6.isValid(c) and c.isVisible() and c.isEnabled()
               for c in dialog.combos.values())


def cell(dialog: ImportMappingDialog, row_label: int, header: str,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    model = dialog.model
    row = list(model.frame.index).index(row_label)
    return model.data(model.index(row, list(model.frame.columns).index(header)), role)


def choose(dialog: ImportMappingDialog, header: str, field: str) -> None:
    combo = dialog.combos[header]
    combo.setCurrentIndex(combo.findData(field))


def test_change_a_column_and_change_it_back(qtbot, context, tmp_path, qtmodeltester):
    dialog = start(qtbot, context, samples.write_cp1251_sales(tmp_path))
    qtmodeltester.check(dialog.model)
    assert dialog.plan.purchases_added == 4 and dialog.import_button.isEnabled()
    # The owner's own spelling is shown; the date that does not exist is marked.
    assert cell(dialog, 5, "Сумма") == "1 234,50 руб."
    assert cell(dialog, 9, "Дата") == "31.02.2025"
    assert cell(dialog, 9, "Дата", Qt.ItemDataRole.ToolTipRole) == "Not a date"

    choose(dialog, "Сумма", "ignore")
    assert not dialog.import_button.isEnabled()  # while the re-plan runs
    assert combos_alive(dialog)
    wait_idle(qtbot, context)
    assert combos_alive(dialog) and dialog.columns["Сумма"] == "ignore"
    assert not dialog.import_button.isEnabled()  # no amount: nothing can be imported
    assert "amount" in dialog.summary.text()

    choose(dialog, "Сумма", "amount")
    assert not dialog.import_button.isEnabled()
    wait_idle(qtbot, context)
    assert combos_alive(dialog)
    assert dialog.plan.purchases_added == 4 and dialog.import_button.isEnabled()

    # The preview follows too: a date column read as a skipped one marks nothing.
    choose(dialog, "Дата", "ignore")
    assert cell(dialog, 9, "Дата", Qt.ItemDataRole.ToolTipRole) == "31.02.2025"
    wait_idle(qtbot, context)
    assert not dialog.import_button.isEnabled()
    choose(dialog, "Дата", "date")
    assert cell(dialog, 9, "Дата", Qt.ItemDataRole.ToolTipRole) == "Not a date"
    wait_idle(qtbot, context)
    assert combos_alive(dialog) and dialog.import_button.isEnabled()
    assert 9 in dialog.model.flagged
    qtmodeltester.check(dialog.model)
    dialog.reject()


def test_enter_does_not_import_while_a_plan_is_pending(qtbot, context, tmp_path):
    dialog = start(qtbot, context, samples.write_cp1251_sales(tmp_path))
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    choose(dialog, "Товар", "category")
    dialog.accept()
    assert accepted == [] and dialog.isVisible()
    wait_idle(qtbot, context)
    dialog.reject()


def test_a_file_of_notes_opens_the_dialog_to_say_what_the_columns_are(qtbot, context,
                                                                        tmp_path):
    dialog = start(qtbot, context, samples.write_text(tmp_path, "notes.csv", NOTES, "cp1251"))
    assert "notes.csv" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and combos_alive(dialog)
    # The owner says the second column is the customer: a customer list can be imported.
    choose(dialog, "Кому", "customer")
    wait_idle(qtbot, context)
    assert dialog.plan.shape == "customers" and dialog.plan.customers_created == 2
    assert dialog.import_button.isEnabled()
    dialog.reject()


@pytest.fixture(params=["en", "ru"])
def language(qapp, request):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


def dialog_for(qtbot, db, settings, path, size=(960, 600)) -> ImportMappingDialog:
    prepared = importing.prepare(db, path, settings=settings, as_of=TODAY, review=True)
    dialog = ImportMappingDialog(prepared, "RU")
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_one_purchase_in_one_order_is_singular(qtbot, db, settings, tmp_path, language):
    path = samples.write_text(tmp_path, "one.csv", "Дата;Номер чека;Клиент;Сумма\n"
                                                    "01.11.2026;7;Анна;100\n", "cp1251")
    dialog = dialog_for(qtbot, db, settings, path)
    text = dialog.summary.text()
    if language == "en":
        assert "Will add <b>1 purchase</b> in 1 order." in text
    else:
        assert "Будет добавлено: <b>1 покупка</b> в 1 заказе." in text


def test_refunds_are_told_apart_and_warnings_are_listed(qtbot, db, settings, tmp_path):
    text = ("Дата;Клиент;Телефон;Сумма;Статус\n"
            "01.11.2026;Анна;+7 900 555-00-01;1 200,00;Проведён\n"
            "02.11.2026;Анна;+7 900 555-00-01;-200,00;Проведён\n"
            "03.11.2026;Борис;звонить вечером;300,00;Проведён\n"
            "04.11.2026;Вера;;400,00;Отменён\n"
            "31.11.2026;Галя;;500,00;Проведён\n")
    dialog = dialog_for(qtbot, db, settings, samples.write_text(tmp_path, "s.csv", text, "cp1251"))
    summary = dialog.summary.text()
    assert "1 row could not be read" in summary  # only the 31st of November
    assert "1 row will be imported without a phone" in summary
    assert "1 row of a cancelled or refunded order" in summary
    assert "Refunds (a negative amount): 1 line" in summary
    assert dialog.model.flagged == {6}  # only the row to fix is tinted
    rejected = dialog.show_rejected()
    qtbot.addWidget(rejected)
    tabs = [rejected.tabs.tabText(i) for i in range(rejected.tabs.count())]
    assert tabs == ["To fix: 1", "Phones and e-mails: 1", "Not sales: 1"]
    rows = [[rejected.models[1].index(0, c).data() for c in range(4)]]
    assert rows == [["4", "Телефон", "Not a phone number", "звонить вечером"]]
    rejected.tabs.setCurrentIndex(2)
    assert rejected.model.index(0, 0).data() == "5"
    saved = rejected.save(tmp_path / "not-sales.csv")
    assert saved.read_text("utf-8-sig").splitlines()[1].startswith("5;Статус;")
    rejected.close()


def fits(dialog: ImportMappingDialog) -> None:
    """Everything the owner needs is inside the dialog and readable."""
    inside = dialog.rect()
    for widget in (dialog.import_button, dialog.rejected_button, dialog.summary, dialog.view):
        top_left = widget.mapTo(dialog, widget.rect().topLeft())
        assert inside.contains(top_left) and inside.contains(
            widget.mapTo(dialog, widget.rect().bottomRight())), widget
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
    assert dialog.view.viewport().height() >= 3 * dialog.view.verticalHeader().defaultSectionSize()
    for combo in dialog.combos.values():
        assert combo.isVisible() and combo.height() >= combo.minimumSizeHint().height()


@pytest.mark.parametrize("size", [(960, 600), (1366, 768)])
@pytest.mark.parametrize("kind", ["messy", "notes"])
def test_usable_at_the_minimum_size_and_on_a_laptop(qtbot, db, settings, tmp_path, language,
                                                    size, kind):
    path = (samples.write_cp1251_sales(tmp_path) if kind == "messy" else
            samples.write_text(tmp_path, "notes.csv", NOTES, "cp1251"))
    # The app's window at that size holds the dialog: never larger than the window's screen.
    dialog = dialog_for(qtbot, db, settings, path, (size[0] - 40, size[1] - 60))
    fits(dialog)
    if shots():
        dialog.grab().save(str(shots() / f"mapping_{kind}_{language}_{size[0]}.png"))


def test_impossible_birthdays_are_told_and_listed_apart(qtbot, db, settings, tmp_path, language):
    text = ("Имя;Телефон;День рождения\n"
            "Анна;+7 900 555-00-01;15.07.1990\n"
            "Борис;звонить вечером;15.07.2090\n"
            "Вера;+7 900 555-00-03;01.12.2026\n")  # TODAY is 30.11.2026
    dialog = dialog_for(qtbot, db, settings, samples.write_text(tmp_path, "b.csv", text, "utf-8"))
    summary = dialog.summary.text()
    rejected = dialog.show_rejected()
    qtbot.addWidget(rejected)
    rejected.tabs.setCurrentIndex(2)
    rejected.resize(760, 460)
    rejected.show()
    qtbot.waitExposed(rejected)
    out = Path("/tmp/childcare")
    if out.is_dir():  # looked at by hand while the dialog was made
        dialog.grab().save(str(out / f"birthdays-summary-{language}.png"))
        rejected.grab().save(str(out / f"birthdays-tab-{language}.png"))
    tabs = [rejected.tabs.tabText(i) for i in range(rejected.tabs.count())]
    rows = [[rejected.models[2].index(r, c).data() for c in range(4)] for r in range(2)]
    # Борис's row has a bad phone too: both cells are listed, each on its tab
    if language == "en":
        assert "2 rows will be imported without a birthday that is not possible" in summary
        assert "1 row will be imported without a phone" in summary
        assert tabs == ["To fix: 0", "Phones and e-mails: 1", "Birthdays: 2"]
        assert rows == [["3", "День рождения", "Not a possible birthday", "15.07.2090"],
                        ["4", "День рождения", "Not a possible birthday", "01.12.2026"]]
    else:
        assert "2 строки будут импортированы без невозможного дня рождения" in summary
        assert tabs == ["Исправить: 0", "Телефоны и e-mail: 1", "Дни рождения: 2"]
        assert rows[0][2] == "Невозможный день рождения"
    rejected.close()
