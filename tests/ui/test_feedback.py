"""Feedback in the UI: a score from the card, a complaint's status from the card and from its
Today task, the "Record their answer…" link after Done."""

from __future__ import annotations

from app.services.feedback import records
from app.services.reminders.generate import generate_tasks
from app.ui.dialogs import feedback_dialogs
from app.ui.dialogs.customer_card import CustomerCardDialog
from app.ui.pages.today_page import TodayPage
from tests.services.reminders.data import add_customer, add_order, only, tasks
from tests.ui.conftest import wait_idle


def _answer(monkeypatch, dialog_class, fill) -> None:
    """Stand in for the user: fill the dialog's fields and press Save (no exec in tests)."""
    def accept(self) -> int:
        fill(self)
        return int(dialog_class.DialogCode.Accepted.value)

    monkeypatch.setattr(dialog_class, "exec", accept)


def test_recording_a_score_from_the_card(qtbot, context, monkeypatch) -> None:
    anna = add_customer(context.db, "Anna")
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    tab = card.feedback_tab
    assert tab.scores_model.rowCount() == 0
    assert not tab.empty_scores.isHidden()

    def fill(dialog) -> None:
        dialog.score_spin.setValue(9)
        dialog.comment_edit.setPlainText("Great beans")

    _answer(monkeypatch, feedback_dialogs.ScoreDialog, fill)
    tab.score_button.click()
    [score] = records.customer_feedback(context.db, anna).scores
    assert (score.score, score.comment, score.source, score.day) == (
        9, "Great beans", "card", context.clock.today())
    assert tab.scores_model.rowCount() == 1
    assert tab.scores_model.data(tab.scores_model.index(0, 1)) == "9"
    assert "9 of 10" in tab.summary.text()
    assert tasks(context.db) == []  # a promoter opens no complaint


def test_a_complaints_status_change_from_the_card(qtbot, context, monkeypatch) -> None:
    anna = add_customer(context.db, "Anna")
    card = CustomerCardDialog(context, anna)
    qtbot.addWidget(card)
    tab = card.feedback_tab
    _answer(monkeypatch, feedback_dialogs.ComplaintDialog,
            lambda d: d.text_edit.setPlainText("The grinder broke"))
    tab.complaint_button.click()
    [task] = tasks(context.db)
    assert (task["rule"], task["status"]) == ("complaint", "open")
    assert tab.complaints_model.rowCount() == 1

    def resolve(dialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("resolved"))
        dialog.resolution_edit.setPlainText("Sent a new one")
        dialog.compensation_edit.setText("A free pack")
        dialog.amount_spin.setValue(4.5)

    _answer(monkeypatch, feedback_dialogs.ComplaintDialog, resolve)
    tab.edit_button.click()
    [complaint] = records.customer_feedback(context.db, anna).complaints
    assert (complaint.status, complaint.resolution, complaint.compensation,
            complaint.compensation_minor, complaint.resolved_on) == (
        "resolved", "Sent a new one", "A free pack", 450, context.clock.today())
    assert tasks(context.db)[0]["status"] == "done"
    assert tab.complaints_model.data(tab.complaints_model.index(0, 2)) == "Resolved"


def _today(qtbot, context) -> TodayPage:
    generate_tasks(context.db, context.settings, context.clock.today(), context.clock.now())
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ensure_fresh()
    wait_idle(qtbot, context)
    return page


def test_the_complaint_task_edits_its_complaint(qtbot, context, monkeypatch) -> None:
    anna = add_customer(context.db, "Anna")
    records.record_score(context.db, context.settings, anna, 3, context.clock.today(),
                         comment="Too bitter")
    page = _today(qtbot, context)
    task = page.current_task()
    assert task is not None and task.rule == "complaint"
    assert not page.feedback.detail.complaint_button.isHidden()
    _answer(monkeypatch, feedback_dialogs.ComplaintDialog, lambda d: d.status_combo
            .setCurrentIndex(d.status_combo.findData("in_progress")))
    page.feedback.detail.complaint_button.click()
    assert records.customer_feedback(context.db, anna).complaints[0].status == "in_progress"


def test_after_done_a_link_records_their_answer(qtbot, context, monkeypatch) -> None:
    only(context.settings, "not_bought")
    anna = add_customer(context.db, "Anna")
    add_order(context.db, anna, context.clock.today().replace(year=2025))
    page = _today(qtbot, context)
    link = page.feedback.detail.answer_link
    assert link.isHidden()
    assert page.current_task() is not None
    page.done_button.click()
    wait_idle(qtbot, context)
    assert not link.isHidden() and "Record their answer" in link.text()
    _answer(monkeypatch, feedback_dialogs.ScoreDialog, lambda d: d.score_spin.setValue(8))
    link.linkActivated.emit("score")
    [score] = records.customer_feedback(context.db, anna).scores
    assert (score.score, score.source) == (8, "today")
    assert link.isHidden()
