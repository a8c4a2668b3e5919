"""The duplicates dialog: pairs with reasons, the cards side by side, merge either way,
"not the same person" remembered, and undo."""

from __future__ import annotations

from unittest.mock import patch

from PySide6.QtCore import Qt

from app.services.duplicates.finding import find_duplicates
from app.services.segments.recompute import recompute
from app.ui.dialogs.duplicates_dialog import DuplicatesDialog
from tests.services.duplicates.test_finding import add
from tests.ui.conftest import wait_idle


def _shop(context) -> tuple[int, int, int, int]:
    db = context.db
    anna = add(db, "Анна Иванова", phone="+79123456789")
    latin = add(db, "Anna Ivanova", phone="+79123456798")
    olga = add(db, "Ольга Кузнецова", email="olga.kuznetsova@gmail.com")
    olga2 = add(db, "Ольга Кузнецова", email="olga.kuznetsova@gmial.com")
    conn = db.raw_connection()
    with conn:
        conn.executemany("INSERT INTO purchases (customer_id, purchased_on, amount_minor)"
                         " VALUES (?, ?, ?)", [(latin, "2026-10-01", 120_00),
                                               (latin, "2026-11-01", 80_00),
                                               (anna, "2026-09-01", 50_00)])
    conn.close()
    recompute(db, context.clock.today())
    return anna, latin, olga, olga2


def _dialog(qtbot, context) -> DuplicatesDialog:
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, context)
    return dialog


def test_lists_pairs_and_shows_both_cards(qtbot, context) -> None:
    anna, latin, olga, olga2 = _shop(context)
    dialog = _dialog(qtbot, context)
    assert dialog.model.rowCount() == 2
    first = dialog.current_pair()
    assert first is not None
    # The one with more orders is on the left.
    assert (first.keep_id, first.other_id) in {(latin, anna), (olga, olga2)}
    texts = [dialog.model.index(r, 3).data() for r in range(2)]
    assert "Phone numbers one typo apart; Same name written differently" in texts
    dialog.table.selectRow([p.keep_id for p in dialog.pairs].index(latin))
    assert dialog.left.values["orders"].text() == "2"
    assert dialog.right.values["orders"].text() == "1"
    assert "200" in dialog.left.values["spent"].text()
    assert "2 possible duplicates" in dialog.status.text()


def test_merge_into_right_then_undo(qtbot, context) -> None:
    anna, latin, _olga, _olga2 = _shop(context)
    dialog = _dialog(qtbot, context)
    changed: list[str] = []
    context.signals.data_changed.connect(changed.append)
    dialog.table.selectRow([p.keep_id for p in dialog.pairs].index(latin))
    qtbot.mouseClick(dialog.merge_right, Qt.MouseButton.LeftButton)  # keep Anna (the right)
    wait_idle(qtbot, context)
    conn = context.db.raw_connection()
    assert conn.execute("SELECT DISTINCT customer_id FROM purchases").fetchall() == [(anna,)]
    assert conn.execute("SELECT orders_count FROM customer_stats WHERE customer_id = ?",
                        (anna,)).fetchone() == (3,)
    conn.close()
    assert dialog.model.rowCount() == 1 and "customers" in changed
    assert "Anna Ivanova merged into Анна Иванова" in dialog.merges.item(0).text()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    conn = context.db.raw_connection()
    assert conn.execute("SELECT customer_id, COUNT(*) FROM purchases GROUP BY customer_id"
                        " ORDER BY customer_id").fetchall() == [(anna, 1), (latin, 2)]
    conn.close()
    assert dialog.model.rowCount() == 2
    assert not dialog.undo_button.isEnabled()  # "No merges yet."


def test_not_the_same_person_is_remembered(qtbot, context) -> None:
    _anna, _latin, olga, olga2 = _shop(context)
    dialog = _dialog(qtbot, context)
    dialog.table.selectRow([p.keep_id for p in dialog.pairs].index(olga))
    qtbot.mouseClick(dialog.not_same, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert all({olga, olga2} != {p.keep_id, p.other_id} for p in find_duplicates(context.db))


def test_refused_undo_says_why(qtbot, context) -> None:
    _anna, latin, _olga, _olga2 = _shop(context)
    dialog = _dialog(qtbot, context)
    dialog.table.selectRow([p.keep_id for p in dialog.pairs].index(latin))
    qtbot.mouseClick(dialog.merge_left, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    conn = context.db.raw_connection()
    with conn:
        conn.execute("DELETE FROM customers WHERE id = ?", (latin,))
    conn.close()
    with patch("app.ui.dialogs.duplicates_dialog.show_user_error") as shown:
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, context)
    assert "was deleted or merged" in str(shown.call_args.args[1])
    assert dialog.merge_left.isEnabled()


def test_empty_shop_says_what_the_search_looked_for(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    assert dialog.model.rowCount() == 0
    assert "No likely duplicates" in dialog.status.text()
    assert not dialog.merge_left.isEnabled()
