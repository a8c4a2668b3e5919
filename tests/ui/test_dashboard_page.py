"""Dashboard page: figures and chart on the demo shop; guidance on an empty database."""

from __future__ import annotations

import datetime as dt

from app.models import Contact
from app.ui.pages.dashboard_page import DashboardPage
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_shows_figures_chart_and_conversions(qtbot, demo_context) -> None:
    with demo_context.db.transaction() as session:
        session.add(Contact(customer_id=1, contacted_at=dt.datetime(2026, 11, 1), channel="sms",
                            outcome="opened", rule="birthday", converted_on=dt.date(2026, 11, 5)))
    page = _page(qtbot, demo_context)
    assert page.stack.currentIndex() == 0
    assert page.cards["repeat"].value.text().endswith("%")
    assert page.board.buyers > 300
    assert page.charts is not None
    revenue = page.charts.charts[0].canvas.figure.axes[0]
    assert len(revenue.patches) == 24  # 12 months x (first + repeat)
    assert len(revenue.lines) == 1  # the year before
    assert page.conversion_model.rowCount() == 1
    assert page.conversion_model.index(0, 0).data() == "Birthday"
    assert page.conversion_model.index(0, 3).data() == "100 %"


def test_empty_database_explains_what_to_do(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert page.stack.currentIndex() == 1
    assert page.charts is None  # no matplotlib for an empty shop


def test_average_order_says_it_leaves_free_orders_out(qtbot, context) -> None:
    from tests.free_shop import create_free_shop

    create_free_shop(context.db)
    page = _page(qtbot, context)
    assert page.cards["repeat"].note.text() == "2 of 5 buyers bought more than once"
    assert page.cards["order"].value.text() == "₽1,625"  # 6500 ₽ over 4 paid orders
    assert page.cards["order"].note.text() == "paid orders; free ones not counted"
