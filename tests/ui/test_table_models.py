"""Every item model in app/ui passes pytest-qt's model tester, fed as the app feeds it.

The tester stays connected after `check`, so later resets, sorts and tints are checked too.
The models shown inside pages are checked where the page fills them (named in TESTED_ELSEWHERE);
a new model must be added to one or the other.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.modeltest import ModelTester

import app.ui
from app.services.messages.library import ensure_builtin_templates, list_templates
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.importing.frame_model import FrameModel
from app.ui.table_models.records_model import RecordsTableModel
from app.ui.table_models.template_list_model import TemplateListModel

TESTED_HERE = {"FrameModel", "RecordsTableModel", "TemplateListModel"}
TESTED_ELSEWHERE = {
    "TodayModel": "tests/ui/test_today_page.py",
    "CustomersTableModel": "tests/ui/test_customers_page.py",
    "SegmentsSummaryModel": "tests/ui/test_segments_page.py",
    "SegmentCustomersModel": "tests/ui/test_segments_page.py",
    "_FrameModel": "the base of the two segments models",
}


def test_every_item_model_in_the_ui_goes_through_the_model_tester() -> None:
    found = set()
    for module in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        loaded = importlib.import_module(module.name)
        for name, cls in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == module.name:
                found.add(name)
    assert found == TESTED_HERE | set(TESTED_ELSEWHERE)


def test_frame_model_of_an_import_preview(qtmodeltester) -> None:
    frame = pd.DataFrame(
        {"Клиент": ["Анна", None, "Борис"], "Сумма": [1200.5, np.nan, 300.0],
         "Дата": ["05.03.2025", "31.02.2025", "06.03.2025"]},
        index=[2, 3, 4])  # file row numbers
    problems = pd.DataFrame({"Клиент": ["", "", ""], "Сумма": ["", "", ""],
                             "Дата": ["", "Not a date", ""]}, index=frame.index)
    model = FrameModel()
    model.set_frame(frame, ["Client", "Amount", "Date"], problems)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.index(0, 0).data() == "Анна"
    assert model.headerData(1, Qt.Orientation.Vertical) == "3"
    assert model.index(1, 1).data() == "" and model.index(1, 2).data() == "31.02.2025"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "Not a date"
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "05.03.2025"
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_flagged({3})
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    # New marks on the same cells are a change of data, not a reset (the view keeps its place).
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_frame(frame, problems=problems.replace("Not a date", ""))
    assert resets == [] and model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_frame(frame.iloc[:0])  # a file with no data rows
    assert model.rowCount() == 0 and resets == [True]


def test_records_models_of_a_customer_card(qtbot, demo_context) -> None:
    conn = demo_context.db.raw_connection()
    busiest = conn.execute("SELECT customer_id FROM purchases GROUP BY customer_id"
                           " ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    conn.close()
    dialog = CustomerCardDialog(demo_context, busiest)
    qtbot.addWidget(dialog)
    for model in (dialog.purchases_model, dialog.contacts_model):
        ModelTester(None).check(model, force_py=True)
    purchases = dialog.purchases_model
    assert purchases.rowCount() > 1
    for column in range(purchases.columnCount()):
        purchases.sort(column, Qt.SortOrder.DescendingOrder)
        purchases.sort(column, Qt.SortOrder.AscendingOrder)
    purchases.sort(4, Qt.SortOrder.AscendingOrder)
    assert purchases.headerData(4, Qt.Orientation.Horizontal) == "Amount"
    amounts = [purchases.records[r].amount_minor for r in range(purchases.rowCount())]
    assert amounts == sorted(amounts)  # as numbers, not as their texts
    ModelTester(None).check(RecordsTableModel(purchases.columns), force_py=True)  # no records


def test_template_list_model_of_the_message_scripts(qtmodeltester, demo_context) -> None:
    ensure_builtin_templates(demo_context.db)
    model = TemplateListModel("Built-in", "Changed", "Your own")
    model.set_templates(list_templates(demo_context.db), show_language=True)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 10
    first = model.index(0, 0)
    assert first.data().startswith("[") and first.data(Qt.ItemDataRole.UserRole) is not None
    model.set_templates(list_templates(demo_context.db, "ru"), show_language=False)
    assert not model.index(0, 0).data().startswith("[")
