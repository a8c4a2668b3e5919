from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui import privacy_actions


def _first_customer(context) -> tuple[int, str]:
    conn = context.db.raw_connection()
    try:
        return conn.execute(
            "SELECT c.id, c.display_name FROM customers c JOIN purchases p ON p.customer_id = c.id"
            " ORDER BY c.id LIMIT 1").fetchone()
    finally:
        conn.close()


def _answer(monkeypatch, role):
    """The confirmation box clicks the button with `role` (None: the Cancel button)."""
    texts = []

    def fake_exec(box):
        texts.append(box.text())
        chosen = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
        box.clickedButton = lambda: chosen  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return texts


def test_delete_asks_and_removes_the_customer(qtbot, demo_context, monkeypatch):
    cid, name = _first_customer(demo_context)
    texts = _answer(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    changed = []
    demo_context.signals.data_changed.connect(changed.append)
    assert privacy_actions.delete_customer(None, demo_context, cid)
    assert name in texts[0]
    conn = demo_context.db.raw_connection()
    try:
        assert conn.execute("SELECT COUNT(*) FROM purchases WHERE customer_id = ?",
                            (cid,)).fetchone() == (0,)
    finally:
        conn.close()
    assert {"customers", "tasks", "stats"} <= set(changed)


def test_cancel_keeps_the_customer(qtbot, demo_context, monkeypatch):
    cid, _name = _first_customer(demo_context)
    _answer(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    assert not privacy_actions.delete_customer(None, demo_context, cid)
    conn = demo_context.db.raw_connection()
    try:
        found = conn.execute("SELECT COUNT(*) FROM customers WHERE id = ?", (cid,)).fetchone()
        assert found == (1,)
    finally:
        conn.close()


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_writes_the_chosen_format(qtbot, demo_context, monkeypatch, tmp_path, suffix):
    cid, name = _first_customer(demo_context)
    target = tmp_path / f"export{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = privacy_actions.export_customer(None, demo_context, cid)
    assert written == target
    text = target.read_text("utf-8-sig")
    assert name in text
    if suffix == ".json":
        assert json.loads(text)["customer"]["id"] == cid


def test_safe_file_name():
    assert privacy_actions.safe_file_name("Анна / Иванова: VIP?") == "Анна-Иванова-VIP"
