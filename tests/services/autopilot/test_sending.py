"""Autopilot's sending against a real local SMTP server, with an injected clock."""

from __future__ import annotations

import datetime as dt

from app.services.autopilot import outbox
from app.services.autopilot.sending import send_due
from app.services.reminders.tasks import list_today
from tests.services.autopilot.helpers import D, contacts, shop, states, use_server
from tests.services.reminders.data import add_contact, generate


class Moment:
    """A clock that a sleep moves on, so spacing shows in the Date headers."""

    def __init__(self, start: dt.datetime) -> None:
        self.now, self.slept = start, []

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


def run(db, settings, moment: Moment, language: str = "ru"):
    return send_due(db, settings, moment, None, language=language, sleep=moment.sleep)


def test_sends_each_due_message_once_with_unsubscribe_and_logs_contacts(
        db, settings, clock, smtp) -> None:
    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=3)
    use_server(settings, port)
    moment = Moment(dt.datetime.combine(clock.today(), dt.time(10)))
    result = run(db, settings, moment)
    assert (result.planned, result.sent, result.failed, result.skipped) == (3, 3, 0, 0)
    assert len(handler.messages) == 3
    assert moment.slept == [1.5, 1.5]  # the pause between messages, not before the first
    for message in handler.messages:
        assert message["List-Unsubscribe"] == "<mailto:shop@example.com?subject=STOP>"
        assert "ответьте СТОП, и мы больше не напишем" in message.get_content()
    ids_sent = [m["Message-ID"] for m in handler.messages]
    assert sorted(ids_sent) == sorted(r.message_id for r in outbox.rows(db))
    assert contacts(db) == [(cid, "email", "sent", "done") for cid in ids]
    assert list_today(db, settings, clock.today()) == []
    # Nothing twice: later runs on the same and the following days send nothing more.
    for day in range(3):
        moment.now = dt.datetime.combine(clock.today() + D(days=day), dt.time(11))
        generate(db, settings, moment.now.date())
        again = run(db, settings, moment)
        assert (again.planned, again.sent) == (0, 0)
    assert len(handler.messages) == 3


def test_english_line(db, settings, clock, smtp) -> None:
    handler, port = smtp
    shop(db, settings, clock.today(), people=1)
    use_server(settings, port)
    run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))), "en")
    assert "reply STOP and we won't write again" in handler.messages[0].get_content()


def test_quiet_hours_keep_messages_planned_until_morning(db, settings, clock, smtp) -> None:
    handler, port = smtp
    shop(db, settings, clock.today(), people=2)
    use_server(settings, port, start=9, end=20)
    for hour in (7, 8, 20, 23):
        result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(hour))))
        assert result.sent == 0 and result.waiting == 2 and "Quiet hours" in result.note_text
    assert handler.messages == [] and states(db) == {"planned": 2}
    # Planned rows are not on Today: autopilot has them.
    assert list_today(db, settings, clock.today()) == []
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(9))))
    assert result.sent == 2


def test_daily_cap_carries_the_rest_to_the_next_day(db, settings, clock, smtp) -> None:
    handler, port = smtp
    shop(db, settings, clock.today(), people=5)
    use_server(settings, port, cap=2)
    moment = Moment(dt.datetime.combine(clock.today(), dt.time(10)))
    first = run(db, settings, moment)
    assert (first.sent, first.waiting) == (2, 3) and "limit of 2" in first.note_text
    moment.now += dt.timedelta(hours=3)
    assert run(db, settings, moment).sent == 0
    moment.now = dt.datetime.combine(clock.today() + D(days=1), dt.time(10))
    assert run(db, settings, moment).sent == 2
    moment.now = dt.datetime.combine(clock.today() + D(days=2), dt.time(10))
    assert run(db, settings, moment).sent == 1
    assert len(handler.messages) == 5
    assert len({m["To"] for m in handler.messages}) == 5


def test_do_not_contact_and_frequency_cap_are_respected(db, settings, clock, smtp) -> None:
    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=3)
    use_server(settings, port, start=12)
    # Planned in the morning (quiet hours); then one asks not to be written to and another is
    # written to by hand before noon.
    run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(8))))
    assert states(db) == {"planned": 3}
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET do_not_contact = TRUE WHERE id = ?", (ids[0],))
    conn.close()
    add_contact(db, ids[1], clock.today() - D(days=1))
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(12))))
    assert (result.sent, result.skipped) == (1, 2)
    assert [m["To"].addresses[0].addr_spec for m in handler.messages] == ["c2@example.com"]


def test_written_to_recently_is_not_planned(db, settings, clock, smtp) -> None:
    handler, port = smtp
    ensure = shop(db, settings, clock.today(), people=2)
    add_contact(db, ensure[0], clock.today() - D(days=2))
    use_server(settings, port)
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))))
    assert (result.planned, result.sent) == (1, 1)
    assert [m["To"].addresses[0].addr_spec for m in handler.messages] == ["c1@example.com"]


def test_manual_rules_stay_on_today(db, settings, clock, smtp) -> None:
    handler, port = smtp
    shop(db, settings, clock.today(), people=2, automatic=False)
    use_server(settings, port)
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))))
    assert (result.planned, result.sent) == (0, 0) and handler.messages == []
    assert len(list_today(db, settings, clock.today())) == 2


def test_no_network_keeps_messages_planned(db, settings, clock, smtp) -> None:
    handler, port = smtp
    shop(db, settings, clock.today(), people=2)
    use_server(settings, 1)  # nothing listens there
    moment = Moment(dt.datetime.combine(clock.today(), dt.time(10)))
    result = run(db, settings, moment)
    assert (result.sent, result.failed, result.waiting) == (0, 0, 2)
    assert "connect" in result.note_text.lower() and result.note_context == "sending"
    assert states(db) == {"planned": 2} and contacts(db) == []
    assert handler.messages == []
    use_server(settings, port)
    assert run(db, settings, moment).sent == 2
    assert len(handler.messages) == 2
    assert [r.attempts for r in outbox.rows(db)] == [2, 1]


def test_refused_address_fails_and_goes_back_to_today(db, settings, clock, smtp) -> None:
    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=2)
    conn = db.raw_connection()
    with conn:
        conn.execute("UPDATE customers SET email = 'refused@example.com' WHERE id = ?",
                     (ids[0],))
    conn.close()
    use_server(settings, port)
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))))
    assert (result.sent, result.failed) == (1, 1) and len(handler.messages) == 1
    assert [t.customer_id for t in list_today(db, settings, clock.today())] == [ids[0]]
    # The next runs leave the failed one to the owner: not planned or sent again.
    again = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(11))))
    assert (again.planned, again.sent, again.failed) == (0, 0, 0)


def test_exclusions_skip_a_person_and_a_message(db, settings, clock, smtp) -> None:
    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=3)
    use_server(settings, port)
    outbox.exclude(db, outbox.PERSON, ids[0])
    outbox.exclude(db, outbox.MESSAGE, ids[1], "sequence_day_3", clock.today())
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))))
    assert (result.planned, result.sent) == (1, 1)
    assert {t.customer_id for t in list_today(db, settings, clock.today())} == set(ids[:2])
    assert [m["To"].addresses[0].addr_spec for m in handler.messages] == ["c2@example.com"]


def test_without_e_mail_settings_nothing_leaves_today(db, settings, clock) -> None:
    shop(db, settings, clock.today(), people=2)
    result = run(db, settings, Moment(dt.datetime.combine(clock.today(), dt.time(10))))
    assert (result.planned, result.sent) == (0, 0)
    assert result.note_context == "sending" and "SMTP server" in result.note_text
    assert states(db) == {} and len(list_today(db, settings, clock.today())) == 2


def test_consent_withdrawn_after_planning_is_skipped_at_sending(db, settings, clock, smtp) -> None:
    from app.services.autopilot.planning import R_NO_CONSENT, plan_due

    handler, port = smtp
    ids = shop(db, settings, clock.today(), people=2)
    use_server(settings, port)
    moment = Moment(dt.datetime.combine(clock.today(), dt.time(10)))
    plan_due(db, settings, clock.today(), moment.now, "ru")
    conn = db.raw_connection()
    with conn:  # an import of "Accepts Email Marketing: no" between planning and sending
        conn.execute("UPDATE customers SET marketing_consent = FALSE WHERE id = ?", (ids[0],))
    conn.close()
    result = run(db, settings, moment)
    assert (result.sent, result.skipped) == (1, 1)
    assert [m["To"] for m in handler.messages] == ["c1@example.com"]
    assert {r.customer_id: r.reason for r in outbox.rows(db)}[ids[0]] == R_NO_CONSENT
