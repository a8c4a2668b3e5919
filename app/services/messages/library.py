"""The owner's message scripts in the database: seeding built-ins, listing, editing, duplicating,
renaming, deleting and resetting them.

A deleted built-in is remembered (hidden setting "deleted_builtin_templates") so seeding does not
bring it back behind the owner's back; "reset" restores it. Reminders that name a deleted built-in
still get the shipped text (render_for_customer, here beside the storage it reads).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Template
from app.services.database import Database
from app.services.errors import UserFacingError
from app.services.messages.builtins import BUILTIN_KEYS, BUILTINS, builtin
from app.services.messages.builtins_v1 import EN_V1, RU_V1
from app.services.messages.builtins_v2 import EN_V2, RU_V2
from app.services.messages.context import context_for_customer
from app.services.messages.render import (
    MSG_NO_CUSTOMER,
    MSG_NO_TEMPLATE,
    RenderedMessage,
    TemplateProblem,
    check,
    render_message,
)
from app.services.settings import DELETED_BUILTIN_TEMPLATES, Settings

COPY_SUFFIX = {"ru": " (копия)", "en": " (copy)"}


@dataclass(frozen=True)
class TemplateInfo:
    id: int | None  # None: the shipped text of a built-in the owner deleted
    builtin_key: str | None
    language: str
    name: str
    subject: str
    body: str

    @property
    def is_builtin(self) -> bool:
        return self.builtin_key is not None

    @property
    def is_modified(self) -> bool:
        """A built-in whose text differs from the shipped one (so "reset" means something)."""
        if self.builtin_key is None:
            return False
        shipped = BUILTINS.get((self.builtin_key, self.language))
        return shipped is None or (self.name, self.subject, self.body) != (
            shipped.name, shipped.subject, shipped.body)


def _info(row: Template) -> TemplateInfo:
    return TemplateInfo(row.id, row.builtin_key, row.language, row.name, row.subject, row.body)


# Texts of built-ins shipped before, by (key, language): a stored copy still equal to one of
# them was never edited by the owner and takes the current text. Every earlier version is
# listed, since a database can skip versions (a copy seeded with the first texts is opened
# for the first time by the third).
_EARLIER: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
for _lang, _tables in (("ru", (RU_V1, RU_V2)), ("en", (EN_V1, EN_V2))):
    for _table in _tables:
        for _key, _texts in _table.items():
            _EARLIER.setdefault((_key, _lang), []).append(_texts)


def ensure_builtin_templates(db: Database) -> int:
    """Insert the built-ins that are missing (and not deleted by the owner), and bring unedited
    copies of earlier texts up to date; returns how many were inserted."""
    deleted = set(Settings(db).get(DELETED_BUILTIN_TEMPLATES))
    with db.transaction() as session:
        rows = list(session.scalars(select(Template).where(Template.builtin_key.is_not(None))))
        present = {(row.builtin_key, row.language) for row in rows}
        for row in rows:
            shipped = BUILTINS.get((row.builtin_key or "", row.language))
            earlier = _EARLIER.get((row.builtin_key or "", row.language), [])
            if shipped is not None and (row.name, row.subject, row.body) in earlier:
                row.name, row.subject, row.body = shipped.name, shipped.subject, shipped.body
        added = 0
        for (key, lang), shipped in BUILTINS.items():
            if (key, lang) in present or f"{key}:{lang}" in deleted:
                continue
            session.add(Template(builtin_key=key, language=lang, name=shipped.name,
                                 subject=shipped.subject, body=shipped.body))
            added += 1
        return added


def list_templates(db: Database, language: str | None = None) -> list[TemplateInfo]:
    """Built-ins in the library's order, then the owner's own scripts by name."""
    with db.session() as session:
        query = select(Template)
        if language:
            query = query.where(Template.language == language)
        rows = [_info(r) for r in session.scalars(query)]
    order = {key: i for i, key in enumerate(BUILTIN_KEYS)}
    return sorted(rows, key=lambda t: (t.builtin_key is None, order.get(t.builtin_key or "", 0),
                                       t.name.casefold(), t.language, t.id or 0))


def find_template(db: Database, key_or_id: str | int, language: str) -> TemplateInfo | None:
    """By id, or by built-in key: the owner's copy in `language`, else the shipped text."""
    if isinstance(key_or_id, int) or str(key_or_id).isdigit():
        with db.session() as session:
            row = session.get(Template, int(key_or_id))
            return _info(row) if row else None
    key = str(key_or_id)
    with db.session() as session:
        rows = {r.language: r for r in session.scalars(
            select(Template).where(Template.builtin_key == key))}
    if language in rows:
        return _info(rows[language])
    shipped = BUILTINS.get((key, language))
    if shipped is None and rows:
        return _info(rows.get("en") or next(iter(rows.values())))
    shipped = shipped or builtin(key, language)
    if shipped is None:
        return None
    return TemplateInfo(None, key, shipped.language, shipped.name, shipped.subject, shipped.body)


def render_for_customer(db: Database, settings: Settings, customer_id: int,
                        template_key_or_id: str | int, language: str,
                        today: dt.date, values: dict[str, Any] | None = None) -> RenderedMessage:
    """The script (a built-in key such as "winback", or a template id) filled in for a customer.

    A built-in key finds the owner's copy in `language` (else English); when the owner deleted
    it, the shipped text is used so reminders still have words. Never raises for bad scripts.
    `values` replace variables for this one message (a restock reminder's product is her
    "usual product" there).
    """
    found = find_template(db, template_key_or_id, language)
    if found is None:
        problem = TemplateProblem("missing", MSG_NO_TEMPLATE, {"name": str(template_key_or_id)})
        return RenderedMessage("", "", None, str(template_key_or_id), problem, language)
    context = context_for_customer(db, settings, customer_id, found.language, today)
    if context is None:
        return RenderedMessage("", "", found.id, found.name,
                               TemplateProblem("missing", MSG_NO_CUSTOMER), found.language)
    context.update(values or {})
    rendered = render_message(found.subject, found.body, context, found.language, found.id,
                              found.name)
    if rendered.ok and "next_product" in f"{found.subject or ''}{found.body}":
        rendered = replace(rendered, offer=str(context.get("next_product") or ""))
    return rendered


def create_template(db: Database, name: str, language: str, subject: str = "",
                    body: str = "") -> int:
    _validate(name, subject, body)
    with db.transaction() as session:
        row = Template(builtin_key=None, language=language, name=_unique_name(session, name),
                       subject=subject, body=body)
        session.add(row)
        session.flush()
        return row.id


def save_template(db: Database, template_id: int, name: str, subject: str, body: str) -> None:
    """Store an edited script; refuses an empty name or a syntax error (the editor shows it)."""
    _validate(name, subject, body)
    with db.transaction() as session:
        row = _row(session, template_id)
        row.name, row.subject, row.body = name.strip(), subject, body


def rename_template(db: Database, template_id: int, name: str) -> None:
    if not name.strip():
        raise UserFacingError("The name cannot be empty.")
    with db.transaction() as session:
        _row(session, template_id).name = name.strip()


def duplicate_template(db: Database, template_id: int) -> int:
    """A copy that belongs to the owner (no built-in key), named "<name> (copy)"."""
    with db.transaction() as session:
        source = _row(session, template_id)
        name = source.name + COPY_SUFFIX.get(source.language, COPY_SUFFIX["en"])
        row = Template(builtin_key=None, language=source.language,
                       name=_unique_name(session, name), subject=source.subject, body=source.body)
        session.add(row)
        session.flush()
        return row.id


def delete_template(db: Database, template_id: int) -> None:
    """Delete a script; contacts keep its name. A deleted built-in stays deleted until reset."""
    with db.transaction() as session:
        row = _row(session, template_id)
        key, lang = row.builtin_key, row.language
        session.delete(row)
    if key:
        settings = Settings(db)
        deleted = set(settings.get(DELETED_BUILTIN_TEMPLATES))
        settings.set(DELETED_BUILTIN_TEMPLATES, sorted(deleted | {f"{key}:{lang}"}))


def reset_template(db: Database, key: str, language: str) -> int:
    """Restore a built-in's shipped name and text (re-creating it if deleted); returns its id."""
    shipped = BUILTINS.get((key, language))
    if shipped is None:
        raise UserFacingError("This is not a built-in message script.")
    settings = Settings(db)
    deleted = set(settings.get(DELETED_BUILTIN_TEMPLATES))
    if f"{key}:{language}" in deleted:
        settings.set(DELETED_BUILTIN_TEMPLATES, sorted(deleted - {f"{key}:{language}"}))
    with db.transaction() as session:
        row = session.scalars(select(Template).where(
            Template.builtin_key == key, Template.language == language)).first()
        if row is None:
            row = Template(builtin_key=key, language=language, name="", body="")
            session.add(row)
        row.name, row.subject, row.body = shipped.name, shipped.subject, shipped.body
        session.flush()
        return row.id


def deleted_builtins(db: Database) -> list[tuple[str, str]]:
    """(key, language) of the built-ins the owner deleted."""
    items = Settings(db).get(DELETED_BUILTIN_TEMPLATES)
    return [tuple(item.split(":", 1)) for item in items if ":" in item]  # type: ignore[misc]


def restore_deleted_builtins(db: Database) -> list[int]:
    """Bring every deleted built-in back with its shipped text; returns their ids."""
    return [reset_template(db, key, lang) for key, lang in deleted_builtins(db)
            if (key, lang) in BUILTINS]


def _validate(name: str, subject: str, body: str) -> None:
    if not name.strip():
        raise UserFacingError("The name cannot be empty.")
    for part, text in (("subject", subject), ("body", body)):
        problem = check(text, part)
        if problem is not None:
            raise UserFacingError("The script has an error; fix it before saving.",
                                  hint=problem.message)


def _row(session: Session, template_id: int) -> Template:
    row = session.get(Template, template_id)
    if row is None:
        raise UserFacingError("This message script no longer exists.")
    return row


def _unique_name(session: Session, name: str) -> str:
    taken = set(session.scalars(select(Template.name)))
    name = name.strip()
    if name not in taken:
        return name
    number = 2
    while f"{name} {number}" in taken:
        number += 1
    return f"{name} {number}"
