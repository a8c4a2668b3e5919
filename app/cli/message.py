"""`message CUSTOMER_ID [--template KEY|ID] [--channel C]` and `message --list`: fill a script in
for one customer from the command line (and print the link that would open it), or list scripts.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.common import SubParsers, open_db_for, subparser

if TYPE_CHECKING:
    from app.services.database import Database


def register_message(commands: SubParsers) -> None:
    sub = subparser(commands, "message", "fill a message script in for one customer, or list "
                    "the scripts", cmd_message)
    sub.add_argument("customer_id", type=int, nargs="?", help="the customer's id")
    sub.add_argument("--template", default="soft_reminder",
                     help="a built-in key (e.g. winback) or a script id (default: soft_reminder)")
    sub.add_argument("--language", choices=("ru", "en"),
                     help="language of the script (default: the language of messages in "
                          "Settings)")
    sub.add_argument("--channel", choices=("whatsapp", "telegram", "sms", "email"),
                     help="also print the link that opens the message in this channel")
    sub.add_argument("--list", action="store_true", help="list the scripts and exit")


def cmd_message(args: argparse.Namespace) -> int:
    db = open_db_for(args)
    try:
        return _print_message(args, db)
    finally:
        db.dispose()  # a shared server's connections are closed, not left to the collector


def _print_message(args: argparse.Namespace, db: Database) -> int:
    from app.services.clock import Clock
    from app.services.messages.context import load_facts, message_language
    from app.services.messages.library import (
        ensure_builtin_templates,
        list_templates,
        render_for_customer,
    )
    from app.services.messages.links import Recipient, message_link
    from app.services.reminders.report import default_language
    from app.services.settings import Settings

    ensure_builtin_templates(db)
    settings = Settings(db)
    language = args.language or message_language(settings, default_language(settings))
    if args.list or args.customer_id is None:
        for template in list_templates(db, language):
            kind = template.builtin_key or "-"
            print(f"{template.id}\t{kind}\t{template.name}")
        return 0
    rendered = render_for_customer(db, settings, args.customer_id, args.template, language,
                                   Clock().today())
    if rendered.error is not None:
        print(rendered.error.message, file=sys.stderr)
        return 1
    if rendered.subject:
        print(f"Subject: {rendered.subject}\n")
    print(rendered.body)
    if args.channel:
        facts = load_facts(db, [args.customer_id])[args.customer_id]
        link = message_link(args.channel, Recipient(facts.phone_e164, facts.email,
                                                    facts.telegram),
                            rendered.subject, rendered.body)
        print(f"\n{link.url if link else 'no address for ' + args.channel}")
    return 0
