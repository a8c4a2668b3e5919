"""The card's Recommendations tab: the referrer picker (search by name, phone or code), the
refusal sentence, and "people they brought" on the referrer's card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services.referrals.codes import code_of
from app.ui.dialogs.customer_card import CustomerCardDialog
from tests.services.referrals.helpers import add_customer, add_line
from tests.ui.conftest import wait_idle


def _referrer(db, customer_id: int) -> int | None:
    conn = db.raw_connection()
    try:
        return conn.execute("SELECT referred_by_id FROM customers WHERE id = ?",
                            (customer_id,)).fetchone()[0]
    finally:
        conn.close()


def _open(qtbot, context, customer_id: int) -> CustomerCardDialog:
    card = CustomerCardDialog(context, customer_id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    return card


def _type(qtbot, context, tab, text: str) -> list[str]:
    tab.search.setText(text)
    qtbot.waitUntil(lambda: tab.results.count() > 0)
    wait_idle(qtbot, context)
    return [tab.results.item(i).text() for i in range(tab.results.count())]


def test_the_friends_code_finds_the_referrer_and_both_cards_show_it(qtbot, context) -> None:
    db = context.db
    anna = add_customer(db, "Anna Smith", phone="+447700900001")
    add_customer(db, "Annabel Jones")
    boris = add_customer(db, "Boris Brown")
    code = code_of(db, anna)
    card = _open(qtbot, context, boris)
    tab = card.referrals_tab
    assert tab.code_label.text() == "<b>BRS2</b>"
    shown = _type(qtbot, context, tab, code.lower())
    assert shown[0].startswith("Anna Smith") and code in shown[0]
    tab.results.itemClicked.emit(tab.results.item(0))
    qtbot.waitUntil(lambda: _referrer(db, boris) == anna)
    wait_idle(qtbot, context)
    assert "Anna Smith" in tab.referrer_label.text()
    assert tab.search.text() == ""

    add_line(db, boris, dt.date(2026, 11, 20), 4_500)
    referrer_card = _open(qtbot, context, anna)
    brought = referrer_card.referrals_tab
    assert brought.brought_model.rowCount() == 1
    assert brought.brought_model.index(0, 0).data() == "Boris Brown"
    assert brought.brought_model.index(0, 2).data() == "₽45"
    assert "1, who spent ₽45" in brought.brought_title.text()


def test_self_referral_is_refused_with_a_sentence(qtbot, context) -> None:
    db = context.db
    add_customer(db, "Anna Smith", phone="+447700900001")
    again = add_customer(db, "A. Smith", phone="+447700900001")
    card = _open(qtbot, context, again)
    tab = card.referrals_tab
    shown = _type(qtbot, context, tab, "anna")
    assert shown == ["Anna Smith  ·  +44 7700 900001  ·  ANNA2"]
    tab.results.itemClicked.emit(tab.results.item(0))
    qtbot.waitUntil(lambda: not tab.error_label.isHidden())
    assert "same phone or e-mail" in tab.error_label.text()
    assert _referrer(db, again) is None


def test_her_own_card_is_not_offered_and_nobody_found_says_so(qtbot, context) -> None:
    db = context.db
    anna = add_customer(db, "Anna Smith")
    card = _open(qtbot, context, anna)
    tab = card.referrals_tab
    shown = _type(qtbot, context, tab, "anna")
    assert shown == ["Nobody found by this name, phone, e-mail or code."]
    assert not tab.results.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_dashboard_recommendations_group(qtbot, context) -> None:
    """October 2026 (the default period on 27 Nov): Boris came by Anna's recommendation, Vera on
    her own; Gleb was recommended and has not bought."""
    from app.ui.pages.dashboard_page import DashboardPage

    db = context.db
    anna = add_customer(db, "Anna Smith")
    boris = add_customer(db, "Boris Brown", referred_by=anna)
    vera = add_customer(db, "Vera Green")
    add_customer(db, "Gleb Gray", referred_by=anna)
    add_line(db, anna, dt.date(2026, 1, 5), 1_000)
    add_line(db, boris, dt.date(2026, 10, 3), 2_500)
    add_line(db, vera, dt.date(2026, 10, 9), 700)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.refresh()
    wait_idle(qtbot, context)
    group = page.figures.referrals
    assert group.came.value.text() == "1"
    assert (group.share.value.text(), group.share.detail.text()) == ("1 of 2", "50 %")
    assert group.revenue.value.text() == "₽25"
    assert group.conversion.value.text() == "1 of 2"
    assert group.top.text() == "Top referrers: Anna Smith (1 friend, ₽25)"
    assert "Came by recommendation" in group.came.title.text() and group.came.toolTip()
