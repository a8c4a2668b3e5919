"""Record a sale by hand (or change one): the customer found as you type or added on the spot,
the day, the amount in the shop's currency, an optional product and note.

The customer index and the known products are read in a job when the dialog opens; the save
writes the sale and recomputes the figures and Today in one job, so the window never waits.
"""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import money as money_units
from app.services.day import refresh_day
from app.services.errors import UserFacingError
from app.services.names import display_name
from app.services.phones import format_phone
from app.services.sales import records
from app.services.sales.records import HandSale, NewCustomer, SavedSale
from app.services.sales.search import CustomerHit, CustomerIndex, load_index
from app.services.settings import CURRENCY, PHONE_REGION
from app.ui import business_words as words
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.jobs import LatestJobs

_ERROR_STYLE = "color: #b91c1c;"


def date_format(language: str) -> str:
    """The edit field's date as the tables write it (formatting.date), always a 4-digit year."""
    # Read back from a date whose parts cannot be confused (22, 11, 2033).
    month = formatting.locale_for(language).monthName(11, QLocale.FormatType.ShortFormat)
    sample = formatting.date(dt.date(2033, 11, 22), language)
    return (sample.replace("2033", "yyyy").replace("22", "dd").replace(month, "MMM")
            .replace("11", "MM"))


class SaleDialog(QDialog):
    def __init__(self, context: AppContext, customer_id: int | None = None,
                 purchase_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.purchase_id = purchase_id
        self.customer: CustomerHit | None = None
        self._wanted_customer = customer_id
        self._index: CustomerIndex | None = None
        self._loads = LatestJobs(context.jobs)
        self.saved: SavedSale | None = None
        self.setWindowTitle(self.tr("Change a sale") if purchase_id else self.tr("Add a sale"))
        self.resize(560, 520)
        lang = context.language
        today = context.clock.today()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(150)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        # A tutor adds a new student, a salon a new client (business words).
        self.new_button = QPushButton(words.new_person(words.person_of(context.settings)) + "…")
        self.new_button.setCheckable(True)
        self.new_button.setAutoDefault(False)
        self.new_box = QWidget()
        new_form = QFormLayout(self.new_box)
        new_form.setContentsMargins(0, 0, 0, 0)
        self.new_name = QLineEdit()
        self.new_phone = QLineEdit()
        self.new_email = QLineEdit()
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Phone"), self.new_phone)
        new_form.addRow(self.tr("E-mail"), self.new_email)
        self.new_box.hide()
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.new_button)

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(formatting.locale_for(lang))
        self.date_edit.setDisplayFormat(date_format(lang))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(formatting.number(1200.5, lang, 2))
        currency = QLabel(money_units.symbol(context.settings.get(CURRENCY), lang))
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(currency)
        self.amount_error = QLabel()
        self.amount_error.setStyleSheet(_ERROR_STYLE)
        self.amount_error.setWordWrap(True)
        self.amount_error.hide()
        self.product_edit = QLineEdit()
        self.product_edit.setPlaceholderText(self.tr("optional"))
        self.products = QStringListModel(self)
        completer = QCompleter(self.products, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product_edit.setCompleter(completer)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional: how it was paid, what was agreed…"))

        form = QFormLayout()
        form.addRow(self.tr("Customer"), find_row)
        form.addRow("", self.results)
        form.addRow("", self.chosen)
        form.addRow("", self.new_box)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Amount"), amount_row)
        form.addRow("", self.amount_error)
        form.addRow(words.product_header(words.product_of(context.settings)), self.product_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._show_results)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.new_button.toggled.connect(self._toggle_new)
        for edit in (self.amount_edit, self.new_name):
            edit.textChanged.connect(self._validate)
        self._show_chosen()
        self._validate()
        if purchase_id is not None:
            self._load_sale(purchase_id)
        self._load_lists()

    # --- loading ---------------------------------------------------------------------------

    def _load_sale(self, purchase_id: int) -> None:
        sale = records.get_sale(self.context.db, purchase_id)
        self._wanted_customer = sale.customer_id
        self.date_edit.setDate(QDate(sale.day.year, sale.day.month, sale.day.day))
        self.amount_edit.setText(formatting.number(money_units.to_units(sale.amount_minor),
                                                   self.context.language, 2))
        self.product_edit.setText(sale.product)
        self.note_edit.setText(sale.note)

    def _load_lists(self) -> None:
        db = self.context.db
        self.search.setPlaceholderText(self.tr("Loading customers…"))

        def done(result: tuple[CustomerIndex, list[str]]) -> None:
            self._index, products = result
            self.products.setStringList(products)
            self.search.setPlaceholderText(self.tr("Name, phone or e-mail"))
            if self._wanted_customer is not None:
                self.customer = self._index.get(self._wanted_customer)
                self._show_chosen()
            self._show_results()

        self._loads.run("sale-lists", lambda _job: (load_index(db), records.known_products(db)),
                        on_success=done)

    # --- choosing the customer ---------------------------------------------------------------

    def _show_results(self) -> None:
        self.results.clear()
        if self._index is None:
            return
        for hit in self._index.search(self.search.text()):
            contact = format_phone(hit.phone) or hit.phone or hit.email
            text = display_name(hit.name) + (f"  ·  {contact}" if contact else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if self.search.text().strip() and not self.results.count():
            item = QListWidgetItem(self.tr("Nobody found: add a new customer with the button "
                                           "on the right."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if customer_id is None or self._index is None:
            return
        self.customer = self._index.get(int(customer_id))
        self.new_button.setChecked(False)
        self._show_chosen()
        self._validate()

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self.search.setEnabled(not on)
        self.results.setEnabled(not on)
        if on:
            self.new_name.setText(self.new_name.text() or self.search.text().strip())
            self.new_name.setFocus()
        self._show_chosen()
        self._validate()

    def _show_chosen(self) -> None:
        if self.new_button.isChecked():
            self.chosen.setText(self.tr("A new customer will be added with this sale."))
        elif self.customer is None:
            self.chosen.setText(self.tr("Type to find the customer, then click the name."))
        else:
            self.chosen.setText(self.tr("Sale to: %1").replace(
                "%1", display_name(self.customer.name)))

    # --- validating and saving ---------------------------------------------------------------

    def _amount(self) -> int | None:
        """Minor units, or None with the reason shown under the field (nothing shown while the
        field is still empty)."""
        try:
            minor = records.parse_amount(self.amount_edit.text())
        except UserFacingError as exc:
            self.amount_error.setText(error_message(exc))
            self.amount_error.setVisible(bool(self.amount_edit.text().strip()))
            return None
        self.amount_error.hide()
        return minor

    def _validate(self) -> None:
        who = bool(self.new_name.text().strip()) if self.new_button.isChecked() else (
            self.customer is not None)
        amount = self._amount()
        self.save_button.setEnabled(who and amount is not None)

    def sale(self) -> HandSale:
        amount = self._amount()
        assert amount is not None
        date = self.date_edit.date()
        new = NewCustomer(self.new_name.text().strip(), self.new_phone.text().strip(),
                          self.new_email.text().strip()) if self.new_button.isChecked() else None
        return HandSale(None if new else (self.customer.id if self.customer else None),
                        dt.date(date.year(), date.month(), date.day()), amount,
                        self.product_edit.text(), self.note_edit.text(), new)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        context, sale, purchase_id = self.context, self.sale(), self.purchase_id
        db, settings, clock = context.db, context.settings, context.clock
        region, today = settings.get(PHONE_REGION), clock.today()
        self.buttons.setEnabled(False)  # no second save, no cancel while the write runs
        self.error_label.clear()

        def work(_job: object) -> SavedSale:
            if purchase_id is None:
                saved = records.add_sale(db, sale, today=today, region=region)
            else:
                saved = records.edit_sale(db, purchase_id, sale, today=today, region=region)
            refresh_day(db, settings, today, clock.now(), recompute_figures=True)
            return saved

        context.jobs.run("hand-sale", work, on_success=self._saved, on_failure=self._failed)

    def _saved(self, saved: SavedSale) -> None:
        self.saved = saved
        signals = self.context.signals
        for what in ("customers", "purchases", "stats", "tasks"):
            signals.data_changed.emit(what)
        signals.status_message.emit(self.tr("The sale is saved; figures and Today are updated."))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._validate()
        if isinstance(error, UserFacingError):
            self.error_label.setText(error_message(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)
