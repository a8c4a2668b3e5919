"""The 7-day preview: who would get what on which day, with the filled text; exclusions."""

from __future__ import annotations

from app.services.autopilot import outbox
from app.services.autopilot.planning import plan_due, preview
from app.services.messages.library import ensure_builtin_templates
from tests.services.autopilot.helpers import D
from tests.services.reminders.data import add_customer, add_order, generate, only


def _shop(db, settings, today):
    ensure_builtin_templates(db)
    only(settings, "sequence", "birthday", birthday={"autopilot": True},
         sequence={"steps": [{"day": 3, "template": "thank_you_day_3", "autopilot": True},
                             {"day": 14, "template": "tip_day_14"}]})
    people = {}
    for name, bought_ago, email in (("Анна", 3, "a@example.com"), ("Борис", 1, "b@example.com"),
                                    ("Вера", 0, "v@example.com"), ("Глеб", 1, None),
                                    ("Дина", 11, "d@example.com")):
        people[name] = add_customer(db, name, email=email)
        add_order(db, people[name], today - D(days=bought_ago))
    birthday = today + D(days=4)
    people["Егор"] = add_customer(db, "Егор", email="e@example.com",
                                  birthday=(birthday.month, birthday.day))
    generate(db, settings, today)
    return people


def test_preview_walks_seven_days_with_filled_texts(db, settings, clock) -> None:
    today = clock.today()
    _shop(db, settings, today)
    items = preview(db, settings, today, "ru")
    # Дина's day-14 tip is manual; Глеб has no e-mail: neither is in the preview.
    assert [((i.day - today).days, i.name, i.rule) for i in items] == [
        (0, "Анна", "sequence_day_3"), (2, "Борис", "sequence_day_3"),
        (3, "Вера", "sequence_day_3"), (4, "Егор", "birthday")]
    assert all("СТОП" in i.body and i.subject for i in items)
    assert "Анна" in items[0].body and items[0].email == "a@example.com"
    # The preview writes nothing; planning then shows today's row as planned.
    assert outbox.rows(db) == []
    assert plan_due(db, settings, today, clock.now(), "ru").planned == 1
    assert [(i.name, i.state) for i in preview(db, settings, today, "ru")][:1] == [
        ("Анна", "planned")]


def test_one_click_excludes_a_person_or_a_message(db, settings, clock) -> None:
    today = clock.today()
    people = _shop(db, settings, today)
    plan_due(db, settings, today, clock.now(), "ru")
    outbox.exclude(db, outbox.MESSAGE, people["Борис"], "sequence_day_3", today + D(days=2))
    outbox.exclude(db, outbox.PERSON, people["Анна"])
    names = [i.name for i in preview(db, settings, today, "ru")]
    assert names == ["Вера", "Егор"]
    assert [r.state for r in outbox.rows(db)] == ["skipped"]


def _say_no(db, *customer_ids: int) -> None:
    conn = db.raw_connection()
    try:
        with conn:
            conn.executemany("UPDATE customers SET marketing_consent = FALSE WHERE id = ?",
                             [(c,) for c in customer_ids])
    finally:
        conn.close()


def test_no_marketing_consent_is_skipped_with_its_reason_and_stays_on_today(
        db, settings, clock) -> None:
    from app.services.autopilot.planning import R_NO_CONSENT
    from app.services.reminders.tasks import list_today

    today = clock.today()
    people = _shop(db, settings, today)
    _say_no(db, people["Анна"], people["Вера"])
    items = preview(db, settings, today, "ru")
    assert [(i.name, i.state, i.reason) for i in items] == [
        ("Анна", "skipped", R_NO_CONSENT), ("Борис", "", ""),
        ("Вера", "skipped", R_NO_CONSENT), ("Егор", "", "")]
    counts = plan_due(db, settings, today, clock.now(), "ru")
    assert (counts.planned, counts.skipped) == (0, 1)
    [row] = outbox.rows(db)
    assert (row.customer_id, row.state, row.reason) == (people["Анна"], "skipped", R_NO_CONSENT)
    # The owner may still write to her by hand: the reminder stays on Today.
    assert people["Анна"] in {t.customer_id for t in list_today(db, settings, today)}
    # Today's skip shows in the preview, and planning again adds nothing.
    assert [(i.name, i.reason) for i in preview(db, settings, today, "ru")][:1] == [
        ("Анна", R_NO_CONSENT)]
    assert plan_due(db, settings, today, clock.now(), "ru") == (0, 0)
