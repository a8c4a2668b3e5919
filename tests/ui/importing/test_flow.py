import sqlite3

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.importing import flow as import_flow
from app.ui.importing.mapping_dialog import ImportMappingDialog
from app.ui.importing.rejected_dialog import ImportRejectedDialog
from app.ui.importing.sheet_dialog import ImportSheetDialog
from tests.services.importing import samples
from tests.ui.conftest import wait_idle


def purchase_count(db):
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    finally:
        conn.close()


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def open_dialog(qtbot, kind):
    found = []

    def check():
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                    and w.isVisible()]
        assert found

    qtbot.waitUntil(check, timeout=15_000)
    return found[0]


def test_drop_a_file_fix_a_column_and_import(qtbot, main_window, tmp_path):
    context = main_window.context
    before = purchase_count(context.db)
    text = ("Дата;Клиент;Телефон;Заметка;Сумма\n"
            "01.11.2026;Новая Покупательница;+7 900 555-00-01;x;1 200,00\n"
            "02.11.2026;Новая Покупательница;+7 900 555-00-01;y;300,00\n"
            "сегодня;Кто-то;;z;5\n")
    path = samples.write_text(tmp_path, "nov.csv", text, "cp1251")
    drop(main_window, path)
    dialog = open_dialog(qtbot, ImportMappingDialog)
    assert dialog.columns["Сумма"] == "amount" and dialog.columns["Заметка"] == "notes"
    assert dialog.model.rowCount() == 3
    assert dialog.plan.purchases_added == 2 and dialog.plan.rows_rejected == 1
    dialog.grab().save(str(tmp_path / "mapping.png"))
    rejected = dialog.show_rejected()
    assert isinstance(rejected, ImportRejectedDialog)
    assert rejected.model.rowCount() == 1
    saved = rejected.save(tmp_path / "rejected.csv")
    assert saved.read_text("utf-8-sig").splitlines()[1].startswith("4;Дата;")
    rejected.close()
    # The user maps the note as the product: the dialog re-plans in the background.
    combo = dialog.combos["Заметка"]
    combo.setCurrentIndex(combo.findData("product"))
    wait_idle(qtbot, context)
    assert dialog.columns["Заметка"] == "product" and dialog.import_button.isEnabled()
    assert purchase_count(context.db) == before  # nothing written before the user confirms
    [flow] = main_window.findChildren(import_flow.ImportFlow)
    with qtbot.waitSignal(flow.finished, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, context)
    assert main_window.findChildren(import_flow.ImportFlow) == []  # ended flows hold no plan
    assert flow.prepared is None
    assert purchase_count(context.db) == before + 2
    conn = sqlite3.connect(context.db.path)
    products = conn.execute("SELECT product FROM purchases WHERE batch_id IS NOT NULL"
                            " ORDER BY product").fetchall()
    conn.close()
    assert products == [("x",), ("y",)]

    # Undo through the menu's module: confirm, then the purchases are gone.
    box = import_flow.undo_import(main_window, context)
    assert "nov.csv" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, context)
    assert purchase_count(context.db) == before


def test_workbook_with_sheets_asks_which_one(qtbot, context, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    path = samples.write_xlsx(tmp_path, {
        "A": [["Дата", "Клиент", "Сумма"], ["01.03.2025", "Анна", 100]],
        "B": [["ФИО", "Телефон"], ["Борис", "+7 900 000 00 02"]],
    })
    import_flow.start_import(window, context, [path])
    chooser = open_dialog(qtbot, ImportSheetDialog)
    chooser.sheets.setCurrentRow(1)
    chooser.accept()
    dialog = open_dialog(qtbot, ImportMappingDialog)
    assert dialog.raw.sheet == "B" and dialog.plan.shape == "customers"
    dialog.reject()


def test_unreadable_file_shows_one_sentence(qtbot, context, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"\x00garbage" * 50)
    flow = import_flow.start_import(window, context, [bad])
    with qtbot.waitSignal(flow.finished, timeout=15_000):
        pass
    box = open_dialog(qtbot, QMessageBox)
    assert "could not be opened as a spreadsheet" in box.text()
    box.close()


def test_a_workbook_that_would_abort_its_reader_shows_one_sentence(qtbot, context, tmp_path):
    """A cell at XFD1048576 aborted the native reader, and the app with it: the read is in a
    child process, and the GUI's import job shows the sentence."""
    from PySide6.QtWidgets import QMainWindow

    from tests.services.importing.test_hostile_workbooks import write_far_cell

    window = QMainWindow()
    qtbot.addWidget(window)
    flow = import_flow.start_import(window, context, [write_far_cell(tmp_path)])
    with qtbot.waitSignal(flow.finished, timeout=30_000):
        pass
    box = open_dialog(qtbot, QMessageBox)
    assert "far.xlsx could not be read: it may be damaged or too large." in box.text()
    box.close()


def test_cancelling_a_slow_workbook_read_stops_its_child(qtbot, context, tmp_path, monkeypatch):
    """Cancel while the workbook's child still reads: the child is stopped, nothing imported."""
    from PySide6.QtWidgets import QMainWindow

    from app.services.importing import workbook_child
    from tests.services.importing.test_workbook_child_life import children_reading

    monkeypatch.setenv(workbook_child.TEST_DELAY_VARIABLE, "60")
    window = QMainWindow()
    qtbot.addWidget(window)
    path = samples.write_xlsx(tmp_path, {"A": [["Дата", "Клиент", "Сумма"],
                                               ["01.03.2025", "Анна", 100]]})
    messages: list[str] = []
    context.signals.status_message.connect(messages.append)
    flow = import_flow.start_import(window, context, [path])
    qtbot.waitUntil(lambda: bool(children_reading()), timeout=10_000)
    assert flow.progress is not None
    with qtbot.waitSignal(flow.finished, timeout=5_000):
        flow.progress.canceled.emit()  # what its Cancel button sends
    assert messages == ["Import cancelled; nothing was changed."]
    assert children_reading() == []
