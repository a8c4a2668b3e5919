"""The `autopilot_outbox` table: one row per automatic e-mail, and the owner's exclusions.

States: planned (waiting for its hour, the cap or the network) -> sending (recorded with its
Message-ID just before the SMTP call) -> sent; or failed (the server refused it: back on Today),
skipped (excluded, do-not-contact or written to meanwhile: back on Today), uncertain (found in
`sending` by a later run: the process died between recording and hearing back from the server,
so it may have gone; never sent again, the task goes back to Today for the owner to decide).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.services.database import Database
from app.services.team.connection import driver_sql

PLANNED, SENDING, SENT = "planned", "sending", "sent"
FAILED, SKIPPED, UNCERTAIN = "failed", "skipped", "uncertain"

PERSON, MESSAGE = "person", "message"


@dataclass(frozen=True)
class OutboxRow:
    id: int
    task_id: int | None
    customer_id: int
    rule: str
    template_id: int | None
    template_name: str | None
    email: str
    subject: str
    body: str
    planned_on: dt.date
    state: str
    reason: str
    attempts: int
    message_id: str | None


_COLUMNS = ("id, task_id, customer_id, rule, template_id, template_name, email, subject, body,"
            " planned_on, state, reason, attempts, message_id")


def _row(values: tuple[object, ...]) -> OutboxRow:
    (row_id, task_id, customer_id, rule, template_id, template_name, email, subject, body,
     planned_on, state, reason, attempts, message_id) = values
    return OutboxRow(int(str(row_id)), None if task_id is None else int(str(task_id)),
                     int(str(customer_id)), str(rule),
                     None if template_id is None else int(str(template_id)),
                     None if template_name is None else str(template_name), str(email),
                     str(subject), str(body), dt.date.fromisoformat(str(planned_on)),
                     str(state), str(reason), int(str(attempts)),
                     None if message_id is None else str(message_id))


def rows(db: Database, states: tuple[str, ...] | None = None) -> list[OutboxRow]:
    sql = f"SELECT {_COLUMNS} FROM autopilot_outbox"
    params: tuple[str, ...] = ()
    if states:
        sql += f" WHERE state IN ({', '.join('?' * len(states))})"
        params = states
    conn = db.raw_connection()
    try:
        return [_row(r) for r in conn.execute(sql + " ORDER BY id", params)]
    finally:
        conn.close()


def sent_on(db: Database, day: dt.date) -> int:
    """Automatic e-mails that went (or may have gone) on `day`: what the daily cap counts."""
    conn = db.raw_connection()
    try:
        return int(conn.execute(
            "SELECT COUNT(*) FROM autopilot_outbox WHERE state IN (?, ?, ?)"
            " AND date(sending_at) = ?",
            (SENDING, SENT, UNCERTAIN, day.isoformat())).fetchone()[0])
    finally:
        conn.close()


def set_state(db: Database, row_id: int, state: str, now: dt.datetime, reason: str = "",
              contact_id: int | None = None) -> None:
    with db.transaction() as session:
        conn = session.connection()
        conn.exec_driver_sql(driver_sql(
            conn, "UPDATE autopilot_outbox SET state = ?, reason = ?, finished_at = ?,"
            " contact_id = COALESCE(CAST(? AS BIGINT), contact_id) WHERE id = ?"),
            (state, reason, now.isoformat(sep=" "), contact_id, row_id))


def record_sending(db: Database, row_id: int, message_id: str, now: dt.datetime) -> bool:
    """Mark the row `sending` with its Message-ID, committed before the SMTP call. False when
    it is no longer planned (nothing is sent then)."""
    with db.transaction() as session:
        conn = session.connection()
        done = conn.exec_driver_sql(driver_sql(
            conn, "UPDATE autopilot_outbox SET state = ?, message_id = ?, sending_at = ?,"
            " attempts = attempts + 1 WHERE id = ? AND state = ?"),
            (SENDING, message_id, now.isoformat(sep=" "), row_id, PLANNED))
        return bool(done.rowcount)


def back_to_planned(db: Database, row_id: int, reason: str) -> None:
    """The server was not reached: the row waits for the next run."""
    with db.transaction() as session:
        conn = session.connection()
        conn.exec_driver_sql(driver_sql(
            conn, "UPDATE autopilot_outbox SET state = ?, reason = ?, sending_at = NULL"
            " WHERE id = ?"), (PLANNED, reason, row_id))


def exclude(db: Database, kind: str, customer_id: int, rule: str = "",
            due_on: dt.date | None = None) -> None:
    """One click in the preview: never this person, or not this one message. Planned rows it
    covers are skipped (their tasks go back to Today)."""
    if kind not in (PERSON, MESSAGE):
        raise ValueError(kind)
    with db.transaction() as session:
        conn = session.connection()
        conn.exec_driver_sql(driver_sql(
            conn, "INSERT INTO autopilot_exclusions (kind, customer_id, rule, due_on)"
            " VALUES (?, ?, ?, ?)"),
            (kind, customer_id, rule if kind == MESSAGE else "",
             due_on.isoformat() if kind == MESSAGE and due_on else None))
        sql = ("UPDATE autopilot_outbox SET state = ?, reason = ?"
               " WHERE state = ? AND customer_id = ?")
        params: tuple[object, ...] = (SKIPPED, "excluded", PLANNED, customer_id)
        if kind == MESSAGE:
            sql += " AND rule = ?"
            params = (*params, rule)
        conn.exec_driver_sql(driver_sql(conn, sql), params)


def exclusions(db: Database) -> tuple[set[int], set[tuple[int, str, dt.date | None]]]:
    """(excluded people, excluded messages as (customer, rule, due day))."""
    conn = db.raw_connection()
    try:
        found = conn.execute(
            "SELECT kind, customer_id, rule, due_on FROM autopilot_exclusions").fetchall()
    finally:
        conn.close()
    people = {int(c) for k, c, _, _ in found if k == PERSON}
    messages = {(int(c), str(r), dt.date.fromisoformat(d) if d else None)
                for k, c, r, d in found if k == MESSAGE}
    return people, messages


def is_excluded(people: set[int], messages: set[tuple[int, str, dt.date | None]],
                customer_id: int, rule: str, due_on: dt.date) -> bool:
    return (customer_id in people or (customer_id, rule, due_on) in messages
            or (customer_id, rule, None) in messages)
