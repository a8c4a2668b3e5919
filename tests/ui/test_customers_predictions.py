"""Customers page: the prediction columns (sorted, formatted, tooltips) and the card's sentences."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from app.services import day_numbers
from app.services.predictions import store
from app.ui import formatting
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.pages.customers_page import CustomersPage
from app.ui.table_models.customers_model import COLUMNS, ID_ROLE
from tests.ui.conftest import wait_idle

NEXT, ALIVE, VALUE = (next(i for i, c in enumerate(COLUMNS) if c[0] == key)
                      for key in ("next", "alive", "value"))


def _page(qtbot, context) -> CustomersPage:
    store.refresh(context.db, context.clock.today())
    page = CustomersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def _stored(context):
    loaded = store.load(context.db)
    assert loaded is not None
    return loaded


def test_prediction_columns_sort_and_show_the_stored_figures(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    meta, frame = _stored(demo_context)
    assert meta.model in ("bgnbd", "mbgnbd")  # the demo shop is big enough for the model
    model = page.model
    assert model.headerData(ALIVE, Qt.Orientation.Horizontal) == "Still active"
    model.sort(ALIVE, Qt.SortOrder.DescendingOrder)
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    shown = [frame["p_alive"].get(i, np.nan) for i in ids]
    known = [p for p in shown if not np.isnan(p)]
    assert known == sorted(known, reverse=True) and len(known) == len(frame)
    top = ids[0]
    assert model.index(0, ALIVE).data() == f"{round(frame.loc[top, 'p_alive'] * 100)} %"
    level = frame.loc[top, "p_alive_confidence"]
    assert model.index(0, ALIVE).data(Qt.ItemDataRole.ToolTipRole) == (
        f"{level.capitalize()} confidence")
    model.sort(VALUE, Qt.SortOrder.DescendingOrder)
    top = model.index(0, 0).data(ID_ROLE)
    assert frame.loc[top, "predicted_value_12m_minor"] == frame["predicted_value_12m_minor"].max()
    assert model.index(0, VALUE).data() == formatting.money(
        int(frame.loc[top, "predicted_value_12m_minor"]), "RUB", "en")
    model.sort(NEXT, Qt.SortOrder.AscendingOrder)
    first = model.index(0, 0).data(ID_ROLE)
    assert frame.loc[first, "next_day"] == frame["next_day"].min()
    assert model.index(0, NEXT).data() == formatting.date(
        day_numbers.to_date(int(frame.loc[first, "next_day"])), "en")


def test_overdue_next_order_is_styled_and_explained(qtbot, demo_context) -> None:
    page = _page(qtbot, demo_context)
    _, frame = _stored(demo_context)
    overdue = frame.index[frame["overdue"]]
    assert len(overdue) > 0
    row = page.model.row_of(int(overdue[0]))
    assert row is not None
    cell = page.model.index(row, NEXT)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Overdue" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_card_explains_the_predictions_in_sentences(qtbot, demo_context) -> None:
    store.refresh(demo_context.db, demo_context.clock.today())
    meta, frame = _stored(demo_context)
    regular = int(frame["predicted_value_12m_minor"].idxmax())
    dialog = CustomerCardDialog(demo_context, regular)
    qtbot.addWidget(dialog)
    text = dialog.outlook_label.text()
    value = formatting.money(int(frame.loc[regular, "predicted_value_12m_minor"]), "RUB", "en")
    assert f"Worth about {value} in the next 12 months" in text
    percent = round(frame.loc[regular, "p_alive"] * 100)
    assert f"still a customer ({percent} %" in text or f"no longer a customer ({percent} %" in text
    assert meta.model.replace("mbgnbd", "MBG/NBD").replace("bgnbd", "BG/NBD") in text
    assert "log-likelihood" not in text  # the fit's numbers are for the command line


def test_segments_page_lists_likely_to_buy_soon_ready_for_messages(qtbot, demo_context) -> None:
    from app.services.predictions import lists
    from app.ui.pages.segments_page import SegmentsPage

    store.refresh(demo_context.db, demo_context.clock.today())
    page = SegmentsPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, demo_context)
    chosen = lists.prediction_lists(demo_context.db, demo_context.clock.today())
    assert chosen.likely_soon and chosen.slipping_away
    text = page.lists_label.text()
    assert f"Likely to buy soon</a>: {len(chosen.likely_soon)}" in text
    assert f"Valuable and slipping away</a>: {len(chosen.slipping_away)}" in text
    page.show_list("list:slipping")
    wait_idle(qtbot, demo_context)
    shown = set(page.customers_model.frame()["customer_id"].astype(int))
    assert shown == set(chosen.slipping_away)
    assert page.write_button.isEnabled()
    assert "Valuable and slipping away" in page.customers_title.text()


def test_a_range_within_a_month_reads_as_one_phrase(qapp) -> None:
    import datetime as dt

    from app.ui.dialogs.customer_card import _date_range

    low, high = dt.date(2026, 3, 12), dt.date(2026, 3, 20)
    assert _date_range(low, high, "en") == "12–20 March 2026"
    assert _date_range(low, high, "ru") == "12–20 марта 2026"
    assert _date_range(low, dt.date(2026, 4, 2), "en") == "12 March 2026 – 2 April 2026"
