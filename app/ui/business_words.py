"""The words of the owner's kind of business in the UI language: a tutor has students and lessons,
a salon clients and bookings, a shop customers and orders (services.business.vocabulary).

A shop's phrases are the app's original ones, so its wording is the same as before. Counts
take Qt's plural forms ("%n student(s) to contact": 3 ученика ждут сообщения).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.business import current_type, vocabulary
from app.services.settings import Settings
from app.ui.i18n import PluralContext


class BusinessWords(PluralContext):
    """The translation context of this module's plural strings. A shop's counts stay in their
    pages' own contexts (their wording unchanged); a services business's are here."""


def person_of(settings: Settings) -> str:
    """"customer", "client" or "student" for the business in these settings."""
    return vocabulary(current_type(settings)).person


def order_of(settings: Settings) -> str:
    """"order", "booking" or "lesson"."""
    return vocabulary(current_type(settings)).order


def people_title(person: str) -> str:
    return {
        "client": QCoreApplication.translate("business", "Clients"),
        "student": QCoreApplication.translate("business", "Students"),
    }.get(person) or QCoreApplication.translate("business", "Customers")


def add_person(person: str) -> str:
    return {
        "client": QCoreApplication.translate("business", "Add client"),
        "student": QCoreApplication.translate("business", "Add student"),
    }.get(person) or QCoreApplication.translate("business", "Add customer")


def write_to_people(person: str) -> str:
    return {
        "client": QCoreApplication.translate("business", "Write to these clients…"),
        "student": QCoreApplication.translate("business", "Write to these students…"),
    }.get(person) or QCoreApplication.translate("business", "Write to these customers…")


def person_card(person: str) -> str:
    """The window title of one person's card."""
    return {
        "client": QCoreApplication.translate("business", "Client"),
        "student": QCoreApplication.translate("business", "Student"),
    }.get(person) or QCoreApplication.translate("business", "Customer")


def orders_header(order: str) -> str:
    return {
        "booking": QCoreApplication.translate("business", "Bookings"),
        "lesson": QCoreApplication.translate("business", "Lessons"),
    }.get(order) or QCoreApplication.translate("business", "Orders")


def last_order_header(order: str) -> str:
    return {
        "booking": QCoreApplication.translate("business", "Last booking"),
        "lesson": QCoreApplication.translate("business", "Last lesson"),
    }.get(order) or QCoreApplication.translate("business", "Last purchase")


def days_since_header(order: str) -> str:
    return {
        "booking": QCoreApplication.translate("business", "Days since last booking"),
        "lesson": QCoreApplication.translate("business", "Days since last lesson"),
    }.get(order) or QCoreApplication.translate("business", "Days since last order")



def new_person(person: str) -> str:
    return {
        "client": QCoreApplication.translate("business", "New client"),
        "student": QCoreApplication.translate("business", "New student"),
    }.get(person) or QCoreApplication.translate("business", "New customer")


def purchases_title(order: str) -> str:
    """The card's tab of what the person paid for."""
    if order == "order":
        return QCoreApplication.translate("business", "Purchases")
    return QCoreApplication.translate("business", "Payments")


def product_header(product: str) -> str:
    return {
        "service": QCoreApplication.translate("business", "Service"),
        "lesson": QCoreApplication.translate("business", "Lesson or package"),
    }.get(product) or QCoreApplication.translate("business", "Product")


def product_of(settings: Settings) -> str:
    """"product", "service" or "lesson"."""
    return vocabulary(current_type(settings)).product


def delete_person(person: str) -> str:
    return {
        "client": QCoreApplication.translate("business", "Delete client…"),
        "student": QCoreApplication.translate("business", "Delete student…"),
    }.get(person) or QCoreApplication.translate("business", "Delete customer…")


def spent_and_last(order: str) -> str:
    """The card's summary line; %1 is the money, %2 the date."""
    return {
        "booking": QCoreApplication.translate("business", "spent %1, last booking %2"),
        "lesson": QCoreApplication.translate("business", "spent %1, last lesson %2"),
    }.get(order) or QCoreApplication.translate("business", "spent %1, last purchase %2")


def new_and_known(person: str) -> str:
    """The import summary's line; %1 is the new people, %2 the known ones."""
    return {
        "client": QCoreApplication.translate("business",
                                             "New clients: <b>%1</b>; already known: %2."),
        "student": QCoreApplication.translate("business",
                                              "New students: <b>%1</b>; already known: %2."),
    }.get(person) or QCoreApplication.translate(
        "ImportMappingDialog", "New customers: <b>%1</b>; already known: %2.")


def new_people_count(person: str, count: int) -> str | None:
    """"3 new students" after an import; None for a shop (its own wording stays)."""
    if person == "client":
        return BusinessWords.tr("%Ln new client(s)", "", count)
    if person == "student":
        return BusinessWords.tr("%Ln new student(s)", "", count)
    return None


def to_contact(person: str, count: int) -> str | None:
    """Today's "N to contact"; None for a shop."""
    if person == "client":
        return BusinessWords.tr("%n client(s) to contact", "", count)
    if person == "student":
        return BusinessWords.tr("%n student(s) to contact", "", count)
    return None


def came_back(person: str, count: int) -> str | None:
    if person == "client":
        return BusinessWords.tr("%n client(s) came back after your messages (last 30 days)", "",
                                count)
    if person == "student":
        return BusinessWords.tr("%n student(s) came back after your messages (last 30 days)",
                                "", count)
    return None


def more_waiting(person: str, count: int) -> str | None:
    if person == "client":
        return BusinessWords.tr("%n more client(s) waiting; they come up in the next days", "",
                                count)
    if person == "student":
        return BusinessWords.tr("%n more student(s) waiting; they come up in the next days", "",
                                count)
    return None


def held_back(person: str, count: int) -> str | None:
    """Reminders waiting for the pause between messages; %1 is the pause."""
    if person == "client":
        return BusinessWords.tr("%n reminder(s) held back (at most one message per client in "
                                "%1)", "", count)
    if person == "student":
        return BusinessWords.tr("%n reminder(s) held back (at most one message per student in "
                                "%1)", "", count)
    return None


def by_person(person: str, customer: str, client: str, student: str) -> str:
    """One of three phrases already translated in the caller's own context: a shop's keeps its
    original translation, and lupdate sees every variant where it is written."""
    return {"client": client, "student": student}.get(person, customer)


def by_order(order: str, shop: str, booking: str, lesson: str) -> str:
    """As by_person, for the word of a sale: a shop's "purchase", a booking, a lesson."""
    return {"booking": booking, "lesson": lesson}.get(order, shop)


def group_title(title: str, order: str) -> str:
    """A Today group's title (catalog.GROUPS, translated in "reminders"): "After a purchase"
    reads "After a lesson" or "After a visit" for a services business."""
    if title == "After a purchase" and order != "order":
        return by_order(order, "", QCoreApplication.translate("reminders", "After a visit"),
                        QCoreApplication.translate("reminders", "After a lesson"))
    return QCoreApplication.translate("reminders", title)
