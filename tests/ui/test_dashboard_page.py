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
    cards = page.figures.cards
    assert page.comparison is not None
    # Default period: the last full month (today is 27 Nov 2026), compared with September.
    assert page.comparison.current.period.first_date == dt.date(2026, 10, 1)
    assert page.comparison.previous.period.last_date == dt.date(2026, 9, 30)
    assert cards["repeat_rate"].value.text().endswith("%")  # hundreds of customers: a rate
    assert cards["repeat_rate"].detail.text().count(" of ") == 1  # ... with its counts
    assert cards["revenue"].change.text().startswith(("▲", "▼"))
    assert cards["revenue"].toolTip()
    assert page.board.buyers > 300
    assert page.charts is not None
    # A widget added to a shown page is shown by a queued event, and draws then.
    qtbot.waitUntil(lambda: page.charts.charts[0].axes is not None)
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


def test_small_numbers_as_counts_and_changes(qtbot, context) -> None:
    from tests.free_shop import create_free_shop

    create_free_shop(context.db)
    page = _page(qtbot, context)
    # The free shop's November so far (today 27 Nov) against October, by hand: November's
    # orders Анна 17 Nov, Борис 7 Nov, Вера 22 Nov, Дарья 25 Nov (Евгений only refunded).
    page.figures.chooser.kind.setCurrentIndex(page.figures.chooser.kind.findData("month"))
    page.figures.chooser.forward.click()
    wait_idle(qtbot, context)
    cards = page.figures.cards
    assert page.comparison.current.period.first_date == dt.date(2026, 11, 1)
    assert cards["orders"].value.text() == "4"
    # October: only Анна's 28 Oct order -> ▲ +3.
    assert cards["orders"].change.text() == "▲ +3 · before: 1"
    # 2 of 5 customers (Анна, Вера) have 2 orders by 27 Nov: a count, not a bare percentage.
    assert cards["repeat_rate"].value.text() == "2 of 5"
    assert cards["repeat_rate"].detail.text() == "40 %"
    # Revenue: Анна 2000, Дарья's free line + 400 refund -> 0, Евгений no order: 2000 / 4.
    assert cards["aov"].value.text() == "₽500"
    assert not page.figures.chooser.forward.isEnabled()  # December has not begun


def test_the_backtest_comes_below_the_charts_whichever_job_ends_first(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    qtbot.waitUntil(lambda: page.backtest is not None)
    assert page.backtest.title.text()  # drawn, or saying why there is not enough history yet
    assert page.chart_box.indexOf(page.backtest) > page.chart_box.indexOf(page.charts)


def test_a_backtest_before_the_charts_waits_for_them(qtbot, context) -> None:
    from app.services.predictions.backtest import backtest

    page = _page(qtbot, context)  # an empty shop: no charts
    page.show_backtest(backtest(context.db, context.clock.today()))
    assert page.backtest is None  # nothing drawn for an empty shop


def test_predicted_clv_card_with_and_without_a_model(qtbot, context) -> None:
    from tests.free_shop import create_free_shop
    from tests.services.dashboard.predicted_data import store_predictions

    create_free_shop(context.db)
    page = _page(qtbot, context)
    card = page.figures.cards["predicted_clv"]
    assert card.value.text() == "Not predicted yet"
    assert "at least 200 customers" in card.change.text()  # guidance, not a bare dash
    assert "next 12 months" in card.toolTip()
    # By hand: 1000 + 500 + 0 = 1500 roubles over 3 customers -> 500 each.
    store_predictions(context.db, context.clock.today(), {1: 100_000, 2: 50_000, 3: 0})
    page.refresh()
    wait_idle(qtbot, context)
    assert card.value.text() == "₽500"
    assert card.detail.text() == "per customer; ₽1,500 in all from 3 customers"


def test_outcomes_split_by_autopilot_and_by_hand(qtbot, context) -> None:
    from tests.services.dashboard.outcome_data import create_outcome_shop, sent_by_autopilot

    ids = create_outcome_shop(context.db)
    page = _page(qtbot, context)
    for _ in range(5):  # October (the default) back to May 2026
        page.figures.chooser.back.click()
    wait_idle(qtbot, context)
    assert page.comparison.current.period.first_date == dt.date(2026, 5, 1)
    model, view = page.outcomes_model, page.outcomes_view
    assert view.isColumnHidden(2) and view.isColumnHidden(3)  # no autopilot: no split
    sent_by_autopilot(context.db, ids, "Ann", ids["contact:Ann"])
    page.figures.chooser.forward.click()
    page.figures.chooser.back.click()
    wait_idle(qtbot, context)
    assert not view.isColumnHidden(2) and not view.isColumnHidden(3)
    assert [model.index(0, c).data() for c in range(1, 5)] == [
        # lapse: Ann (autopilot) ordered 9 days later, Bob (by hand) 31 days: too late; Cat
        # and Dan left alone, Cat ordered anyway.
        "1 of 2", "1 of 1", "0 of 1", "1 of 2"]
    assert "autopilot" in page.outcomes_hint.text()
