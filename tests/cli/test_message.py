"""`message`: a script filled in for one customer from the command line."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

from app.cli import main
from app.models import Customer, Purchase
from app.services.settings import MESSAGE_LANGUAGE, Settings


def test_message_prints_the_filled_script_and_link(db, db_arg, capsys) -> None:
    Settings(db).set(MESSAGE_LANGUAGE, "ru")
    with db.transaction() as s:
        anna = Customer(display_name="Анна Петрова", first_name="Анна",
                        phone_e164="+79123456789")
        s.add(anna)
        s.flush()
        s.add(Purchase(customer_id=anna.id, purchased_on=dt.date(2026, 3, 12),
                       amount_minor=99000, product="Кения АА"))
        cid = anna.id
    code = main(["message", str(cid), "--db", db_arg, "--template", "soft_reminder",
                 "--channel", "whatsapp"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Анна, здравствуйте!" in out and "покупка в марте — «Кения АА»" in out
    link = out.strip().splitlines()[-1]
    assert link.startswith("https://wa.me/79123456789?text=")
    assert parse_qs(urlsplit(link).query)["text"][0].startswith("Анна, здравствуйте!")


def test_message_list_and_errors(db, db_arg, capsys) -> None:
    assert main(["message", "--list", "--db", db_arg, "--language", "en"]) == 0
    assert "winback" in capsys.readouterr().out
    assert main(["message", "999", "--db", db_arg]) == 1
    assert "no longer exists" in capsys.readouterr().err


def test_message_language_comes_from_settings_and_the_option_overrides_it(db, db_arg,
                                                                         capsys) -> None:
    with db.transaction() as s:
        anna = Customer(display_name="Anna Berg", first_name="Anna")
        s.add(anna)
        s.flush()
        cid = anna.id
    Settings(db).set(MESSAGE_LANGUAGE, "en")
    assert main(["message", str(cid), "--db", db_arg, "--template", "birthday"]) == 0
    assert "Happy birthday, Anna!" in capsys.readouterr().out
    assert main(["message", str(cid), "--db", db_arg, "--template", "birthday",
                 "--language", "ru"]) == 0
    assert "Anna, с днём рождения!" in capsys.readouterr().out
