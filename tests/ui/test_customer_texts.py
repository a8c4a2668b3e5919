"""Words a customer's owner reads: plural forms, names in normal case, namesakes on Today,
history labels on the card, four-digit years."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.models import ContactOutcome
from app.services.messages.contacts import NewContact, log_contact
from app.services.reminders.tasks import TaskItem
from app.ui import formatting, i18n
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.message_actions import outcome_label
from app.ui.table_models.today_model import TodayModel
from tests.services.reminders.data import add_customer, add_order


@pytest.fixture(params=["en", "ru"])
def language(request, qapp):
    yield i18n.install(qapp, request.param)
    i18n.install(qapp, "en")


PLURALS = {  # (context, source, extra %1) -> forms for 1, 2, 5, 21
    ("BulkSendDialog", "Send %n e-mail(s)"): {
        "en": ["Send 1 e-mail", "Send 2 e-mails", "Send 5 e-mails", "Send 21 e-mails"],
        "ru": ["Отправить 1 письмо", "Отправить 2 письма", "Отправить 5 писем",
               "Отправить 21 письмо"]},
    ("SegmentsPage", "<b>%1</b>: %n customer(s)"): {
        "en": ["<b>%1</b>: 1 customer", "<b>%1</b>: 2 customers", "<b>%1</b>: 5 customers",
               "<b>%1</b>: 21 customers"],
        "ru": ["<b>%1</b>: 1 покупатель", "<b>%1</b>: 2 покупателя", "<b>%1</b>: 5 покупателей",
               "<b>%1</b>: 21 покупатель"]},
    ("SegmentsPage", "Exported %n customer(s) to %1"): {
        "en": ["Exported 1 customer to %1", "Exported 2 customers to %1",
               "Exported 5 customers to %1", "Exported 21 customers to %1"],
        "ru": ["1 покупатель выгружен в %1", "2 покупателя выгружены в %1",
               "5 покупателей выгружено в %1", "21 покупатель выгружен в %1"]},
    ("BulkSendDialog", "%n message(s) exported to %1."): {
        "en": ["1 message exported to %1.", "2 messages exported to %1.",
               "5 messages exported to %1.", "21 messages exported to %1."],
        "ru": ["1 сообщение выгружено в %1.", "2 сообщения выгружены в %1.",
               "5 сообщений выгружено в %1.", "21 сообщение выгружено в %1."]},
}


@pytest.mark.parametrize(("context", "source"), list(PLURALS))
def test_counts_take_the_right_word_form(language, context, source) -> None:
    forms = [QCoreApplication.translate(context, source, None, n) for n in (1, 2, 5, 21)]
    assert forms == PLURALS[(context, source)][language]


def test_every_outcome_has_a_label_not_a_raw_key(language) -> None:
    labels = {outcome_label(o) for o in ContactOutcome}
    assert len(labels) == len(ContactOutcome)
    assert not labels & {str(o) for o in ContactOutcome}
    assert outcome_label(ContactOutcome.COPIED) == ("Скопировано" if language == "ru"
                                                     else "Copied")


def test_card_history_shows_labels_and_the_name_in_normal_case(qtbot, context, language) -> None:
    cid = add_customer(context.db, "КСЕНИЯ ИВАНОВА")
    add_order(context.db, cid, dt.date(2026, 11, 2))
    log_contact(context.db, NewContact(cid, "whatsapp", ContactOutcome.COPIED, "Привет"),
                dt.datetime(2026, 11, 9, 10))
    context.language = language
    dialog = CustomerCardDialog(context, cid)
    qtbot.addWidget(dialog)
    model = dialog.contacts_model
    row = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole)
           for c in range(model.columnCount())]
    if language == "ru":
        assert row[:3] == ["09.11.2026", "WhatsApp", "Скопировано"]
    else:
        assert row[:3] == ["9 Nov 2026", "WhatsApp", "Copied"]
    assert dialog.windowTitle().split(" — ")[0] == "Ксения Иванова"  # "— Customer" follows
    assert "Ксения Иванова" in dialog.summary.text()
    assert dialog.name_edit.text() == "КСЕНИЯ ИВАНОВА", "the stored name is edited as it is"


def _task(task_id: int, name: str, phone: str = "", email: str = "") -> TaskItem:
    return TaskItem(id=task_id, customer_id=task_id, name=name, rule="not_bought_90",
                    due_on=dt.date(2026, 11, 27), priority=40, params={"days": 91},
                    template_key=None, channel="whatsapp", phone=phone, email=email,
                    telegram="")


def test_today_tells_namesakes_apart(qapp) -> None:
    model = TodayModel("ru")
    items = [_task(1, "АННА ПЕТРОВА", "+79123454567"), _task(2, "анна петрова", "", "a@b.ru"),
             _task(3, "иван сидоров", "+79990001122")]
    model.set_items(items, dt.date(2026, 11, 27))
    shown = [model.data(model.index(model.row_of(t.id), 0)) for t in items]
    assert shown == ["Анна Петрова · …4567", "Анна Петрова · a@b.ru", "Иван Сидоров"]


@pytest.mark.parametrize(("language", "text"), [("en", "9 Nov 2026"), ("ru", "09.11.2026")])
def test_table_dates_have_four_digit_years(qapp, language, text) -> None:
    assert formatting.date(dt.date(2026, 11, 9), language) == text
    assert formatting.date(dt.date(1999, 1, 31), language).endswith("1999")
