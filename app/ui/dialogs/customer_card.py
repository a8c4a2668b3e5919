"""The customer card: contact details (editable), figures, purchase and contact history, notes."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import customers as customers_service
from app.services.customers import ContactLine, CustomerCard, CustomerDetails
from app.services.errors import UserFacingError
from app.services.names import display_name
from app.services.phones import example_phone, format_phone
from app.services.points.store import enabled as points_enabled
from app.services.predictions import outlook
from app.services.regions import country_name
from app.services.segments import catalog as segments_catalog
from app.services.segments.reports import explain_customer
from app.services.settings import CURRENCY, PHONE_REGION
from app.ui import business_words as words
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_hint, error_message
from app.ui.dialogs.card_points import PointsTab
from app.ui.dialogs.card_referrals import ReferralsTab
from app.ui.dialogs.card_sales import PurchasesPanel, TimelineTab
from app.ui.dialogs.level_panel import LevelLine
from app.ui.message_actions import channel_label, outcome_label
from app.ui.segment_names import segment_label
from app.ui.table_models.records_model import Column, RecordsTableModel


class CustomerCardDialog(QDialog):
    def __init__(self, context: AppContext, customer_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self._phone_shown = ("", "")  # (formatted in the field, stored)
        person = words.person_of(context.settings)  # a student's card for a tutor
        self.person_word, self.order_word = words.person_card(person), words.order_of(
            context.settings)
        self.setWindowTitle(words.new_person(person) if customer_id is None else self.person_word)
        self.resize(820, 620)
        lang, currency = context.language, context.settings.get(CURRENCY)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_details(), self.tr("Details"))
        self.purchases_model = RecordsTableModel([
            Column(self.tr("Date"), lambda p: formatting.date(p.purchased_on, lang),
                   lambda p: p.purchased_on),
            Column(words.product_header(words.product_of(context.settings)), lambda p: p.product),
            Column(self.tr("Category"), lambda p: p.category),
            Column(self.tr("Qty"), lambda p: formatting.number(p.quantity, lang,
                                                               0 if p.quantity.is_integer() else 2),
                   lambda p: p.quantity, numeric=True),
            Column(self.tr("Amount"), lambda p: formatting.money(p.amount_minor, currency, lang),
                   lambda p: p.amount_minor, numeric=True),
            Column(self.tr("Order"), lambda p: p.order_id),
        ])
        self.contacts_model = RecordsTableModel([
            Column(self.tr("When"), lambda c: formatting.date(c.contacted_at.date(), lang),
                   lambda c: c.contacted_at),
            Column(self.tr("Channel"), lambda c: channel_label(c.channel) if c.channel else ""),
            Column(self.tr("Result"), self._outcome_by),
            Column(self.tr("Message"), lambda c: c.template_name or c.text[:60]),
            Column(self.tr("Bought afterwards"), lambda c: formatting.date(c.converted_on, lang)),
        ])
        self.purchases_view = self._table(self.purchases_model, stretch=1,
                                          widths=(96, 0, 150, 60, 100, 90))
        self.contacts_view = self._table(self.contacts_model, stretch=3,
                                         widths=(96, 100, 110, 0, 130))
        self.purchases_panel = PurchasesPanel(context, self.purchases_view, self.purchases_model,
                                              on_changed=self.load)
        self.tabs.addTab(self.purchases_panel,
                         words.purchases_title(self.order_word))
        self.tabs.addTab(self.contacts_view, self.tr("History"))
        self.timeline_tab = TimelineTab(context)
        self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        self.level_line = LevelLine(context)
        self.level_line.setVisible(customer_id is not None)
        self.tabs.addTab(self.level_line.history_view, self.tr("Levels"))
        if customer_id is not None:
            from app.ui.dialogs.feedback_tab import FeedbackTab

            self.feedback_tab = FeedbackTab(context, customer_id, self.name_edit.text, self)
            self.tabs.addTab(self.feedback_tab, self.tr("Feedback"))
        self.referrals_tab = ReferralsTab(context, on_write=self.write_message)
        self.tabs.addTab(self.referrals_tab, self.tr("Recommendations"))
        # Points only while the owner has them on (Settings → Points).
        self.points_tab: PointsTab | None = None
        if customer_id is not None and points_enabled(context.settings):
            self.points_tab = PointsTab(context)
            self.tabs.addTab(self.points_tab, self.tr("Points"))

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b91c1c;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.write_button = self.buttons.addButton(self.tr("Write a message…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(self.tr("Export data…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        # Far from Save, on its own at the left: a slip of the mouse must not reach it (it still
        # asks before deleting).
        self.delete_button = QPushButton(words.delete_person(person))
        self.delete_button.setAutoDefault(False)
        self.write_button.clicked.connect(lambda: self.write_message())
        self.export_button.clicked.connect(self.export_data)
        self.delete_button.clicked.connect(self.delete_customer)
        for button in (self.write_button, self.export_button, self.delete_button):
            button.setEnabled(customer_id is not None)
        self.segment_label = QLabel()
        self.segment_label.setWordWrap(True)
        self.segment_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.segment_label)
        self.outlook_label = QLabel()
        self.outlook_label.setWordWrap(True)
        self.outlook_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.outlook_label)
        layout.addWidget(self.level_line)
        self.offer_label = offer_next_label(context, customer_id)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.tabs, 1)
        # Someone else saved the card meanwhile (team mode): their version is loaded on request.
        self.reload_button = QPushButton(self.tr("Reload the card"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self._reload)
        self.reload_button.hide()
        problem = QHBoxLayout()
        problem.addWidget(self.error_label, 1)
        problem.addWidget(self.reload_button)
        layout.addLayout(problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addSpacing(24)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._version: int | None = None  # the card's version as loaded (None: a new customer)
        if customer_id is not None:
            self.load()

    # --- building -------------------------------------------------------------------------------

    def _table(self, model: RecordsTableModel, stretch: int,
               widths: tuple[int, ...]) -> QTableView:
        """Newest first; the text column (product, message) takes the spare width."""
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate(widths):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                view.setColumnWidth(column, width)
        return view

    def _build_details(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(example_phone(self.context.settings.get(PHONE_REGION)))
        self.email_edit = QLineEdit()
        self.telegram_edit = QLineEdit()
        self.telegram_edit.setPlaceholderText("@username")
        self.birthday_day = QSpinBox()
        self.birthday_day.setRange(0, 31)
        self.birthday_day.setSpecialValueText("—")
        self.birthday_month = QComboBox()
        self.birthday_month.addItem("—", 0)
        loc = formatting.locale_for(self.context.language)
        for month in range(1, 13):
            self.birthday_month.addItem(loc.monthName(month), month)
        self.birthday_year = QSpinBox()
        self.birthday_year.setRange(1899, QDate.currentDate().year())
        self.birthday_year.setSpecialValueText(self.tr("year unknown"))
        self.birthday_year.setValue(1899)
        birthday = QHBoxLayout()
        for widget in (self.birthday_day, self.birthday_month, self.birthday_year):
            birthday.addWidget(widget)
        birthday.addStretch(1)
        self.channel_combo = QComboBox()
        for key, label in (("", self.tr("Not chosen")), ("whatsapp", "WhatsApp"),
                           ("telegram", "Telegram"), ("email", self.tr("E-mail")),
                           ("sms", self.tr("SMS")), ("phone", self.tr("Phone call"))):
            self.channel_combo.addItem(label, key)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("for example: vip, wholesale"))
        self.code_edit = QLineEdit()
        self.dnc_check = QCheckBox(self.tr("Do not contact (no reminders, no messages)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering: sizes, tastes, "
                                                   "family, what they asked for…"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("First name (in messages)"), self.first_name_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        self.phone_warning = QLabel()
        self.phone_warning.setWordWrap(True)
        self.phone_warning.setStyleSheet("color: #b26a00;")
        self.phone_warning.hide()
        form.addRow("", self.phone_warning)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Telegram"), self.telegram_edit)
        form.addRow(self.tr("Birthday"), birthday)
        form.addRow(self.tr("Preferred channel"), self.channel_combo)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Customer code / card"), self.code_edit)
        form.addRow("", self.dnc_check)
        form.addRow(self.tr("Notes"), self.notes_edit)
        return box

    # --- data -----------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.customer_id is not None
        card = customers_service.get_card(self.context.db, self.customer_id)
        self._fill(card)
        self.purchases_panel.set_customer(self.customer_id)
        self.timeline_tab.load(self.customer_id)
        self.referrals_tab.load(self.customer_id)
        if self.points_tab is not None:
            self.points_tab.load(self.customer_id)

    def _fill(self, card: CustomerCard) -> None:
        d = card.details
        self._version = card.version
        self.setWindowTitle(f"{display_name(d.display_name)} — {self.person_word}")
        self.name_edit.setText(d.display_name)
        self.first_name_edit.setText(d.first_name)
        # The number as people write it ("+7 912 345-67-89"), not as it came from a till.
        self._phone_shown = (format_phone(card.phone_e164) or d.phone_raw, d.phone_raw)
        self.phone_edit.setText(self._phone_shown[0])
        kept_invalid = bool(d.phone_raw.strip()) and not card.phone_e164
        if kept_invalid:
            country = country_name(self.context.settings.get(PHONE_REGION), self.context.language)
            self.phone_warning.setText(self.tr(
                "Not a valid number for %1: kept as it was written, and not used for messages. "
                "Correct it, or add the country code (+…).").replace("%1", country))
        self.phone_warning.setVisible(kept_invalid)
        self.email_edit.setText(d.email)
        self.telegram_edit.setText(d.telegram)
        self.birthday_day.setValue(d.birthday_day or 0)
        self.birthday_month.setCurrentIndex(d.birthday_month or 0)
        self.birthday_year.setValue(d.birthday_year or 1899)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(d.preferred_channel), 0))
        self.tags_edit.setText(d.tags)
        self.code_edit.setText(d.external_code)
        self.dnc_check.setChecked(d.do_not_contact)
        self.notes_edit.setPlainText(d.notes)
        self.purchases_model.set_records(card.purchases)
        self.contacts_model.set_records(card.contacts)
        self.summary.setText(self._summary_html(card))
        self.segment_label.setText(self._segment_html())
        self.outlook_label.setText(self._outlook_html())
        if self.customer_id is not None:
            self.level_line.load(self.customer_id)

    def _summary_html(self, card: CustomerCard) -> str:
        lang, currency = self.context.language, self.context.settings.get(CURRENCY)
        # The order rules (services.segments.orders): a free line is a purchase, a refund is not;
        # refunds lower the money spent, never below zero.
        sales = [p for p in card.purchases if p.amount_minor >= 0]
        spent = max(sum(p.amount_minor for p in card.purchases), 0)
        parts = [f"<b>{escape(display_name(card.details.display_name))}</b>"]
        if sales:
            parts.append(words.spent_and_last(self.order_word)
                         .replace("%1", formatting.money(spent, currency, lang))
                         .replace("%2", formatting.date(sales[0].purchased_on, lang)))
        else:
            parts.append(self.tr("no purchases yet"))
        if card.details.do_not_contact:
            label = self.tr("do not contact")
            parts.append(f"<span style='color:#b91c1c'>{label}</span>")
        elif card.marketing_consent is False:
            label = self.tr("no marketing consent: no automatic e-mails")
            parts.append(f"<span style='color:#b45309'>{label}</span>")
        return " · ".join(parts)

    def _segment_html(self) -> str:
        """Segment, scores, why, and what to do, from the segments service."""
        assert self.customer_id is not None
        why = explain_customer(self.context.db, self.customer_id)
        if not why.segment:
            return ""
        info = segments_catalog.BY_KEY[why.segment]
        params = dict(why.why_params)
        params["segment"] = segment_label(why.segment)
        reason = QCoreApplication.translate("segments", why.why).format(**params)
        action = QCoreApplication.translate("segments", info.action)
        what_to_do = self.tr("What to do:")
        return (f"<b>{escape(segment_label(why.segment))}</b> · R{why.r_score} F{why.f_score} "
                f"M{why.m_score} — {escape(reason)}<br><i>{escape(what_to_do)}</i> "
                f"{escape(action)}")

    def _outlook_html(self) -> str:
        """The predictions in sentences (services.predictions.outlook), and which model, why."""
        assert self.customer_id is not None
        seen = outlook.customer_outlook(self.context.db, self.customer_id)
        if seen is None:
            return ""
        lang, currency = self.context.language, self.context.settings.get(CURRENCY)
        if seen.orders < 2 and seen.model == "simple":
            return escape(self.tr(
                "Not enough history to predict the next order yet: one order so far. "
                "Predictions appear after a second order."))
        lines = [self._next_order_sentence(seen)]
        if seen.p_alive is not None:
            percent = str(round(seen.p_alive * 100))
            sentence = (self.tr("Likely still a customer (%1 %, %2).") if seen.p_alive >= 0.5
                        else self.tr("Probably no longer a customer (%1 %, %2)."))
            lines.append(sentence.replace("%1", percent).replace(
                "%2", self._confidence(seen.p_alive_confidence)))
        lines.append(self.tr("Worth about %1 in the next 12 months (%2).")
                     .replace("%1", formatting.money(seen.value_minor, currency, lang))
                     .replace("%2", self._confidence(seen.value_confidence)))
        model = {"bgnbd": "BG/NBD", "mbgnbd": "MBG/NBD"}.get(seen.model)
        if model is not None:  # the fit's own reason (log-likelihoods) is for the command line
            how = self.tr("How: from the way all your customers buy and stop buying (a "
                          "statistical model, %1).").replace("%1", model)
        else:
            reason = QCoreApplication.translate("predictions", seen.reason.template).format(
                **seen.reason.values)
            how = self.tr("How: %1. %2").replace(
                "%1", self.tr("the customer's own rhythm")).replace("%2", reason)
        return "<br>".join([*(escape(line) for line in lines), f"<i>{escape(how)}</i>"])

    def _next_order_sentence(self, seen: outlook.Outlook) -> str:
        lang = self.context.language
        parts = []
        if seen.interval_days is not None:
            parts.append(self.tr("Usually buys every %n day(s)", "", seen.interval_days))
        if seen.overdue:
            parts.append(self.tr("the next order is overdue") if seen.high_on is None else
                         self.tr("the next order was expected by %1 and is overdue")
                         .replace("%1", formatting.long_date(seen.high_on, lang)))
        elif seen.low_on is not None and seen.high_on is not None:
            parts.append(self.tr("next order expected %1").replace(
                "%1", _date_range(seen.low_on, seen.high_on, lang)))
        elif seen.next_on is not None:
            parts.append(self.tr("next order expected around %1").replace(
                "%1", formatting.long_date(seen.next_on, lang)))
        else:
            parts.append(self.tr("no next order expected soon"))
        sentence = "; ".join(parts)
        return sentence[:1].upper() + sentence[1:] + "."

    def _confidence(self, level: str) -> str:
        return {"high": self.tr("high confidence"),
                "medium": self.tr("medium confidence")}.get(level, self.tr("low confidence"))

    def write_message(self, template: str | None = None) -> None:
        from app.ui.dialogs.send_dialog import SendDialog

        assert self.customer_id is not None
        dialog = SendDialog(self.context, self.customer_id, template, parent=self)
        dialog.finished.connect(lambda _r: self.load())
        dialog.open()

    def export_data(self) -> None:
        from app.ui import privacy_actions

        assert self.customer_id is not None
        privacy_actions.export_customer(self, self.context, self.customer_id)

    def delete_customer(self) -> None:
        from app.ui import privacy_actions

        assert self.customer_id is not None
        if privacy_actions.delete_customer(self, self.context, self.customer_id):
            self.reject()

    def details(self) -> CustomerDetails:
        year = self.birthday_year.value()
        return CustomerDetails(
            display_name=self.name_edit.text(),
            first_name=self.first_name_edit.text(),
            phone_raw=self._phone_raw(),
            email=self.email_edit.text(),
            telegram=self.telegram_edit.text(),
            birthday_day=self.birthday_day.value() or None,
            birthday_month=self.birthday_month.currentData() or None,
            birthday_year=None if year == 1899 else year,
            preferred_channel=self.channel_combo.currentData() or "",
            notes=self.notes_edit.toPlainText(),
            tags=self.tags_edit.text(),
            do_not_contact=self.dnc_check.isChecked(),
            external_code=self.code_edit.text(),
        )

    def _phone_raw(self) -> str:
        """The stored text when the shown (formatted) number was left as it is."""
        shown, stored = self._phone_shown
        text = self.phone_edit.text()
        return stored if text == shown else text

    def save(self) -> None:
        region = self.context.settings.get(PHONE_REGION)
        try:
            self.customer_id = customers_service.save_details(
                self.context.db, self.customer_id, self.details(), region,
                self._version)
        except customers_service.StaleCardError as exc:
            self.error_label.setText(f"{error_message(exc)} {error_hint(exc)}")
            self.reload_button.show()
            return
        except UserFacingError as exc:
            self.error_label.setText(error_message(exc))
            return
        self.context.signals.data_changed.emit("customers")
        self.accept()


    def _outcome_by(self, line: ContactLine) -> str:
        """"Sent, by Anna" where the contact recorded who (team mode)."""
        outcome = outcome_label(line.outcome)
        if not line.by_person:
            return outcome
        return self.tr("%1, by %2").replace("%1", outcome).replace("%2", line.by_person)

    def _reload(self) -> None:
        self.reload_button.hide()
        self.error_label.clear()
        self.load()


def offer_next_label(context: AppContext, customer_id: int | None) -> QLabel:
    """"Offer next: X — evidence", filled by a background job (the shop's pairs take a moment
    on a big shop); hidden while there is nothing to offer."""
    from app.ui.dialogs.offer_next import OfferNextLabel

    return OfferNextLabel(context, customer_id)


def _date_range(low: dt.date, high: dt.date, language: str) -> str:
    """"12–20 March 2026" within a month, else both dates in full."""
    if low == high:
        return formatting.long_date(low, language)
    if (low.year, low.month) == (high.year, high.month):
        return f"{low.day}–{formatting.long_date(high, language)}"
    return f"{formatting.long_date(low, language)} – {formatting.long_date(high, language)}"
