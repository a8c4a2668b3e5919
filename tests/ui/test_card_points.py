"""The card's Points tab: hidden while points are off; balance, ledger, Redeem and Adjust with
the service's refusals on screen."""

from __future__ import annotations

import datetime as dt

from app.ui.dialogs.card_points import PointsDialog
from app.ui.dialogs.customer_card import CustomerCardDialog
from tests.conftest import TODAY
from tests.services.points.helpers import buy, ledger_rows, points_on
from tests.services.reminders.data import add_customer
from tests.ui.conftest import wait_idle

D = dt.timedelta(days=1)


def _open(qtbot, context, customer_id: int) -> CustomerCardDialog:
    card = CustomerCardDialog(context, customer_id)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    return card


def _tab_titles(card: CustomerCardDialog) -> list[str]:
    return [card.tabs.tabText(i) for i in range(card.tabs.count())]


def test_no_points_tab_while_points_are_off(qtbot, context) -> None:
    anna = add_customer(context.db, "Anna Smith")
    card = _open(qtbot, context, anna)
    assert "Points" not in _tab_titles(card) and card.points_tab is None


def test_balance_ledger_redeem_and_adjust(qtbot, context) -> None:
    db = context.db
    points_on(context.settings, percent=5, delay=14, expiry=365, share=30)
    anna = add_customer(db, "Anna Smith")
    buy(db, anna, TODAY - 40 * D, 123_456, "o1")      # 61.72 points, spendable
    buy(db, anna, TODAY - 3 * D, 20_000, "o2")        # 10.00 points, from TODAY + 11
    card = _open(qtbot, context, anna)
    assert "Points" in _tab_titles(card)
    tab = card.points_tab
    assert tab is not None
    assert tab.balance_label.text().startswith("Balance: <b>61.72</b> points")
    assert "10 more can be spent later" in tab.balance_label.text()
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 1).data().startswith("Earned, can be spent from")

    redeem = PointsDialog(context, anna, redeem=True, balance_minor=6_172)
    qtbot.addWidget(redeem)
    redeem.points.setValue(40.0)
    redeem.order.setValue(100.0)                       # 30 % of 100.00: at most 30.00
    redeem.submit()
    wait_idle(qtbot, context)
    assert redeem.error_label.isVisibleTo(redeem)
    assert "At most 30 points" in redeem.error_label.text()
    redeem.points.setValue(30.0)
    redeem.submit()
    wait_idle(qtbot, context)
    assert redeem.result() == PointsDialog.DialogCode.Accepted

    adjust = PointsDialog(context, anna, redeem=False, balance_minor=0)
    qtbot.addWidget(adjust)
    adjust.points.setValue(-1.72)
    adjust.submit()
    wait_idle(qtbot, context)
    assert "why" in adjust.error_label.text()
    adjust.reason.setText("till mistake")
    adjust.submit()
    wait_idle(qtbot, context)
    assert [r[1:3] for r in ledger_rows(db, anna)][-2:] == [("redeemed", -3_000),
                                                           ("adjusted", -172)]
    tab.load(anna)
    wait_idle(qtbot, context)
    assert tab.balance_label.text().startswith("Balance: <b>30</b> points")
    assert tab.model.rowCount() == 4
