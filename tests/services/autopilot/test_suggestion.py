"""The first-run suggestion: offered once e-mail works and nothing is automatic; one click turns
on exactly the day-3 thank-you and the birthday greeting."""

from __future__ import annotations

from app.services.autopilot import suggestion
from app.services.autopilot.modes import any_automatic, is_automatic
from app.services.reminders.config import load_config
from app.services.settings import REMINDER_RULES


def _mail(settings) -> None:
    settings.set("smtp_host", "smtp.example.com")
    settings.set("smtp_sender_email", "shop@example.com")


def test_offered_only_with_email_and_nothing_automatic(settings) -> None:
    assert not any_automatic(load_config(settings))  # the default: everything manual
    assert not suggestion.should_suggest(settings)  # no e-mail set up yet
    _mail(settings)
    assert suggestion.should_suggest(settings)
    suggestion.dismiss(settings)
    assert not suggestion.should_suggest(settings)


def test_not_offered_when_the_owner_already_chose_autopilot(settings) -> None:
    _mail(settings)
    settings.set(REMINDER_RULES, {"not_bought": {"autopilot": True}})
    assert not suggestion.should_suggest(settings)


def test_one_click_turns_on_thank_you_and_birthday_only(settings) -> None:
    _mail(settings)
    settings.set(REMINDER_RULES, {"sequence": {"after": "every"},
                                  "not_bought": {"days": 45}})
    suggestion.turn_on_suggested(settings)
    config = load_config(settings)
    assert is_automatic(config, "sequence_day_3") and is_automatic(config, "birthday")
    automatic = {rule for rule in ("sequence_day_14", "sequence_day_30", "not_bought",
                                   "rhythm", "milestone_3", "feedback")
                 if is_automatic(config, rule)}
    assert automatic == set()
    assert [s.day for s in config.steps] == [3, 14, 30, 60]  # the steps kept
    assert config.raw["sequence"]["after"] == "every" and config.raw["not_bought"]["days"] == 45
    assert not suggestion.should_suggest(settings)


def test_keeps_the_owners_own_steps(settings) -> None:
    _mail(settings)
    settings.set(REMINDER_RULES, {"sequence": {"steps": [
        {"day": 3, "template": "my_thanks"}, {"day": 10, "template": "tip_day_14"}]}})
    suggestion.turn_on_suggested(settings)
    config = load_config(settings)
    assert [(s.day, s.template, s.autopilot) for s in config.steps] == [
        (3, "my_thanks", True), (10, "tip_day_14", False)]
