"""Products page: rows equal the service's figures, sorting, the detail panel's evidence, and
the owner's pairs added and hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from app.services.products import owner_pairs
from app.services.products.overview import product_figures
from app.ui.pages.products_page import ProductsPage
from tests.services.products.shop import COFFEE, FILTERS, MUG, create_coffee_shop
from tests.ui.conftest import wait_idle


def _page(qtbot, context) -> ProductsPage:
    page = ProductsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_rows_match_the_service_and_sort(qtbot, context) -> None:
    create_coffee_shop(context.db)
    page = _page(qtbot, context)
    ModelTester(None).check(page.model, force_py=True)
    model = page.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == [COFFEE, MUG, FILTERS]  # revenue, highest first
    expected = product_figures(context.db, context.clock.today()).set_index("name")
    assert [int(model.index(r, 1).data()) for r in range(3)] == [
        int(expected.loc[n, "buyers"]) for n in names]
    assert [model.index(r, 5).data() for r in range(3)] == ["3 of 4", "1 of 2", "1 of 1"]
    assert model.index(0, 6).data() == "28" and model.index(1, 6).data() == ""
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == [FILTERS, MUG, COFFEE]
    # The selected product's detail: its came-back count and its interval.
    page.table.selectRow(2)
    assert "3 came back" in page.detail.text() and "28 days" in page.detail.text()


def test_owner_pair_is_added_shown_and_removed(qtbot, context) -> None:
    create_coffee_shop(context.db)
    page = _page(qtbot, context)
    page.first_box.setCurrentText(COFFEE)
    page.then_box.setCurrentText(COFFEE)
    page.add_pair()
    assert page.pair_error.text() == "Choose two different products for a pair."
    page.then_box.setCurrentText(FILTERS)
    page.add_pair()
    wait_idle(qtbot, context)
    assert owner_pairs.load(context.db).own == [(COFFEE, FILTERS)]
    page.table.selectRow(0)
    assert f"your pair: with {COFFEE} offer {FILTERS}" in page.detail.text()
    page._on_link(f"remove:{COFFEE}:{FILTERS}")
    wait_idle(qtbot, context)
    assert owner_pairs.load(context.db).own == []
    assert "No pair yet" in page.detail.text()


def test_an_empty_shop_says_what_to_do(qtbot, context) -> None:
    page = _page(qtbot, context)
    assert page.stack.currentIndex() == 1


def test_the_card_offers_next_with_the_evidence(qtbot, context) -> None:
    from app.ui.dialogs.customer_card import CustomerCardDialog

    create_coffee_shop(context.db)
    owner_pairs.add(context.db, COFFEE, FILTERS)
    card = CustomerCardDialog(context, 6)
    qtbot.addWidget(card)
    wait_idle(qtbot, context)
    assert card.offer_label.text() == (
        f"<b>Offer next:</b> {FILTERS} — your pair: with {COFFEE} offer {FILTERS}")
    alone = CustomerCardDialog(context, 5)  # she has the filters already: nothing to offer
    qtbot.addWidget(alone)
    wait_idle(qtbot, context)
    assert alone.offer_label.isHidden()


def test_a_product_written_differently_is_merged(qtbot, context) -> None:
    create_coffee_shop(context.db)
    page = _page(qtbot, context)
    page.table.selectRow(0)
    assert page.current == COFFEE
    page.merge_box.setCurrentText(FILTERS)
    page.merge_button.click()
    wait_idle(qtbot, context)
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [COFFEE, MUG]
    # Дарья's filters join her coffee: still 5 buyers, 12 orders; her first order (the
    # filters) now holds coffee, and she came back: 4 of 5.
    assert [model.index(0, c).data() for c in (1, 2, 5)] == ["5", "12", "4 of 5"]
    page.kind.setCurrentIndex(1)
    assert not page.merge_button.isEnabled()


def test_the_detail_says_why_there_is_no_interval(qtbot, context) -> None:
    """Too few repeats, or enough of them at uneven gaps: two different reasons, each said."""
    import dataclasses
    import math

    from app.services.products import figures

    create_coffee_shop(context.db)
    page = _page(qtbot, context)
    row = page.model.records[0]
    uneven = page.detail_html(dataclasses.replace(
        row, replenish_days=math.nan, intervals=12, interval_customers=4))
    assert "12 repeats by 4 customers came at uneven gaps" in uneven
    few = page.detail_html(dataclasses.replace(
        row, replenish_days=math.nan, intervals=2, interval_customers=1))
    assert (f"at least {figures.MIN_INTERVALS} repeats by {figures.MIN_CUSTOMERS} customers"
            in few and "uneven" not in few)
