from __future__ import annotations

import logging

import pytest

from app.services import logging_setup
from app.services.logging_setup import redact


@pytest.mark.parametrize("text", [
    "call +7 916 123-45-67 now", "call 8 (916) 123-45-67 now", "call 89161234567 now",
    "call +79161234567 now", "call (916) 123 45 67 now", "call +44 20 7946 0958 now",
])
def test_phone_numbers_are_masked(text):
    assert redact(text) == "call <phone> now"


@pytest.mark.parametrize("text", [
    "recomputed 1234 customers in 0.52 s", "as of 2026-11-27 12 customers",
    "amount 1500000 kopecks", "schema v3 at 2026-11-27 09:00:00", "version 6.12.0",
    "Backup written: regulars-20261127-090000-manual.sqlite3", "at 20261127-090000 done",
    "file /tmp/x/1234567890123.csv",
])
def test_ordinary_numbers_and_dates_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize(("text", "shown"), [
    ("тел.89123456789", "тел.<phone>"), ("т.89123456789 Анна", "т.<phone> Анна"),
    ("тел.+7 912 345-67-89", "тел.<phone>"),
    ("call +7\xa0912\xa0345\xa067\xa089 now", "call <phone> now"),
    ("call 8\u202f912\u202f345\u202f67\u202f89 now", "call <phone> now"),
    ("call 8\u2011912\u2011345\u201167\u201189 now", "call <phone> now"),
    ("call +7\xa0(912)\xa0345–67–89 now", "call <phone> now"),
    ("call 8/912/345/67/89 now", "call <phone> now"),
    ("call 8_912_345_67_89 now", "call <phone> now"),
    ("call +7_912_345_67_89 now", "call <phone> now"),
    ("see customer/89123456789", "see customer/<phone>"),
])
def test_more_phone_forms_are_masked(text, shown):
    assert redact(text) == shown


@pytest.mark.parametrize("text", [
    "as of 2026/11/27 12:00 done", "as of 27.11.2026 12:00 done", "as of 2026_11_27 12 done",
    "ratio 0.1234567890", "file /tmp/x/1234567890123.csv", "order-89123456789",
])
def test_dates_and_file_names_with_the_new_separators_stay(text):
    assert redact(text) == text


@pytest.mark.parametrize("text", ["bad address anna/k@example.org", "bad address a'b@example.org",
                                  "bad address anna@xn--e1afmkfd.xn--p1ai",
                                  "bad address anna.k@почта.рф"])
def test_more_email_forms_are_masked(text):
    assert redact(text) == "bad address <email>"


def test_emails_are_masked():
    assert redact("bad address Anna.K+shop@mail.example.ru.") == "bad address <email>."


def test_log_file_never_holds_personal_data(tmp_path):
    log_file = logging_setup.configure(folder=tmp_path, console=False, fault_handler=False)
    log = logging.getLogger("app.test_privacy_in_logs")
    try:
        log.info("sent to %s at %s", "anna@example.org", "+7 916 123-45-67")
        try:
            raise ValueError("cannot parse phone 8-916-123-45-67 of anna@example.org")
        except ValueError:
            log.exception("import row failed")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = log_file.read_text("utf-8")
    finally:
        _remove_handlers()
    assert "sent to <email> at <phone>" in text
    assert "ValueError: cannot parse phone <phone> of <email>" in text
    assert "anna@" not in text and "123-45-67" not in text


def test_configure_twice_does_not_duplicate_handlers(tmp_path):
    try:
        logging_setup.configure(folder=tmp_path, console=True, fault_handler=False)
        logging_setup.configure(folder=tmp_path, console=True, fault_handler=False)
        ours = [h for h in logging.getLogger().handlers if getattr(h, "_regulars", False)]
        assert len(ours) == 2
    finally:
        _remove_handlers()


def _remove_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_regulars", False):
            root.removeHandler(handler)
            handler.close()
    logging.captureWarnings(False)


def test_everyday_services_log_no_personal_data(caplog, demo_db, tmp_path, clock):
    """The filter is only a safety net: services must not log contact details in the first place."""
    from app.services import backups, privacy
    from app.services.customers import load_customer_table
    from app.services.segments.recompute import recompute
    from app.services.settings import Settings

    caplog.set_level(logging.DEBUG)
    recompute(demo_db, clock.today())
    load_customer_table(demo_db)
    privacy.export_customer_json(demo_db, 1, tmp_path / "c.json", clock.now())
    privacy.delete_customer(demo_db, 2)
    backups.backup_now(demo_db, Settings(demo_db), backups.MANUAL, clock)
    messages = [r.getMessage() for r in caplog.records]
    assert messages
    leaks = [m for m in messages if redact(m) != m]
    assert not leaks
