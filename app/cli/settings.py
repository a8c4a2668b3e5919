"""`settings list|get|set`: read and change the settings the Settings dialog shows.

Only the keys the dialog offers are reachable: hidden keys (bookkeeping such as the last backup's
date or remembered import mappings) are refused, and the SMTP password is not a setting at all (it
lives in the system keychain). A VALUE is read by its setting's type and checked as the dialog
checks it, so a script cannot store what the dialog would refuse.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from typing import Any

from app.cli.common import SubParsers, add_db_options, open_db_for, subparser
from app.services.errors import UserFacingError
from app.services.reminders.config import business_type_values
from app.services.settings import BUSINESS_TYPE, SPECS, Settings, SettingSpec, validate

_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def register_settings(commands: SubParsers) -> None:
    sub = subparser(commands, "settings", "read and change settings "
                    "(list; get KEY; set KEY VALUE)", cmd_settings)
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting: KEY, VALUE and DEFAULT (as JSON)")
    # Tab-separated by default: JSON values in CSV would have every quote doubled.
    listing.add_argument("--format", choices=("tsv", "csv", "json"), default="tsv",
                         help="output format (default: tsv, tab-separated)")
    get = actions.add_parser("get", help="print one setting's value (as JSON)")
    get.add_argument("key", metavar="KEY")
    put = actions.add_parser("set", help="change one setting")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE",
                     help="text, a number, true/false, a choice, numbers as 30,60,90,180, "
                          "or JSON for the reminder rules")
    for action in (listing, get, put):  # `settings set KEY VALUE --db X` as well as before
        add_db_options(action, default=argparse.SUPPRESS)


def visible_specs() -> list[SettingSpec[Any]]:
    return [spec for spec in SPECS if spec.type_name != "hidden"]


def cmd_settings(args: argparse.Namespace) -> int:
    settings = Settings(open_db_for(args))
    if args.action == "list":
        _print_list(settings, args.format)
    elif args.action == "get":
        print(_json(settings.get(_visible_spec(args.key).key)))
    else:
        spec = _visible_spec(args.key)
        value = parse_value(spec, args.value)
        if spec.key == BUSINESS_TYPE.key:  # the rules' default scripts follow the type
            settings.set_many(business_type_values(settings, value))
        else:
            settings.set(spec.key, value)
        print(f"{spec.key} = {_json(value)}")
    return 0


def _print_list(settings: Settings, fmt: str) -> None:
    values = settings.all()
    rows = [{"key": s.key, "value": values[s.key], "default": s.default} for s in visible_specs()]
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    table = [["KEY", "VALUE", "DEFAULT"]] + [
        [row["key"], _json(row["value"]), _json(row["default"])] for row in rows]
    if fmt == "csv":
        csv.writer(sys.stdout, lineterminator="\n").writerows(table)
    else:  # JSON text never holds a raw tab or newline, so the columns stay apart
        for line in table:
            print("\t".join(line))


def _visible_spec(key: str) -> SettingSpec[Any]:
    if key in {"smtp_password", "password"}:
        raise UserFacingError("The SMTP password is kept in the system keychain, not in the "
                              "settings: enter it in the app's Settings, E-mail.")
    for spec in visible_specs():
        if spec.key == key:
            return spec
    raise UserFacingError(f"There is no setting called {key!r}. "
                          "`settings list` shows them all.")


def parse_value(spec: SettingSpec[Any], text: str) -> Any:
    """The VALUE typed on the command line as the setting's type; a clear sentence otherwise."""
    kind = spec.type_name
    text = text.strip()
    try:
        value = _convert(spec, kind, text)
        validate(spec, value)
    except (ValueError, TypeError):
        raise UserFacingError(_what_fits(spec, kind, text)) from None
    return value


def _convert(spec: SettingSpec[Any], kind: str, text: str) -> Any:
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text.replace(",", "."))
    if kind == "bool":
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise ValueError(text)
    if kind == "int_list":
        parts = [p for p in re.split(r"[,;\s\[\]]+", text) if p]
        if not parts or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        numbers = [int(p) for p in parts]
        # As the dialog: as many numbers as the default has, each larger than the one before.
        if len(numbers) != len(spec.default) or numbers != sorted(set(numbers)):
            raise ValueError(text)
        return numbers
    if kind == "json":
        value = json.loads(text)
        if not isinstance(value, type(spec.default)):
            raise ValueError(text)
        return value
    return text


def _what_fits(spec: SettingSpec[Any], kind: str, text: str) -> str:
    bounds = ""
    if spec.minimum is not None and spec.maximum is not None:
        bounds = f" from {spec.minimum} to {spec.maximum}"
    if kind == "int":
        expected = f"a whole number{bounds}"
    elif kind == "float":
        expected = f"a number{bounds}"
    elif kind == "bool":
        expected = "true or false"
    elif kind == "choice":
        codes = [code for code, _ in spec.choices]
        # A long list (every currency, every country) would bury the sentence: a few examples.
        known = [str(spec.default)] + [c for c in ("GBP", "EUR", "USD", "GB", "US", "DE")
                                         if c in codes and c != spec.default]
        expected = ("one of: " + ", ".join(codes) if len(codes) <= 12 else
                    f"one of {len(codes)} codes, such as " + ", ".join(known[:3]))
    elif kind == "int_list":
        expected = (f"exactly {len(spec.default)} whole numbers, each larger than the one "
                    f"before, for example {','.join(str(v) for v in spec.default)}")
    elif kind == "json":
        expected = f"JSON of the same shape as `settings get {spec.key}` prints"
    else:
        expected = "text"
    return f"{spec.key} cannot be {text!r}: it takes {expected}."


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
