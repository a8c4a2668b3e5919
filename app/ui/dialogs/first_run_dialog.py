"""Asked once, at the first start of a new database: the shop's name, the owner's name, the kind
of business, the currency, the country of phone numbers and the language of messages, so the
first message is signed and reads right.

"Skip" stores nothing but the system's country for phones (the questions are not asked again);
everything is in Settings later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.business import SHOP, vocabulary
from app.services.currencies import currency_choices
from app.services.first_run import (
    ShopBasics,
    needs_first_run,
    save_basics,
    skip_first_run,
    suggested_currency,
)
from app.services.regions import region_choices, suggested_region
from app.services.settings import BUSINESS_TYPE
from app.ui.business_words import by_person
from app.ui.context import AppContext


class FirstRunDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 system_locale: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Welcome to Regulars"))
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.shop_edit = QLineEdit()
        self.shop_edit.setPlaceholderText(self.tr("for example: Bean & Leaf"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("for example: Olga"))
        self.business_combo = QComboBox()
        for value, label in BUSINESS_TYPE.choices:
            self.business_combo.addItem(QCoreApplication.translate("settings", label), value)
        self.currency_combo = QComboBox()
        for value, label in currency_choices(context.language):
            self.currency_combo.addItem(label, value)
        locale = system_locale if system_locale is not None else QLocale.system().name()
        self.currency_combo.setCurrentIndex(
            self.currency_combo.findData(suggested_currency(locale)))
        self.region = suggested_region(locale)
        self.region_combo = QComboBox()
        for value, label in region_choices(context.language):
            self.region_combo.addItem(label, value)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(self.region), 0))
        self.region_combo.setMaxVisibleItems(20)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(context.language),
                                                0))
        form = QFormLayout()
        self.shop_label = QLabel()
        form.addRow(self.shop_label, self.shop_edit)
        form.addRow(self.tr("Your name"), self.owner_edit)
        form.addRow(self.tr("Kind of business"), self.business_combo)
        business_note = QLabel(self.tr("Sets the words the app uses (customers, clients or "
                                       "students) and the scripts of the reminders."))
        business_note.setWordWrap(True)
        business_note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", business_note)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Country of phone numbers"), self.region_combo)
        region_note = QLabel(self.tr("Numbers written without a country code are read as this "
                                     "country's; others are kept as typed and marked."))
        region_note.setWordWrap(True)
        region_note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", region_note)
        form.addRow(self.tr("Language of messages"), self.language_combo)
        note = QLabel(self.tr("The language customers are written to; it may differ from the "
                              "app's."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Skip for now"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.business_combo.currentIndexChanged.connect(lambda _i: self._word_the_name())
        self._word_the_name()

    def _word_the_name(self) -> None:
        """A tutor or a salon names their business, not a shop; the people follow the type."""
        person = vocabulary(str(self.business_combo.currentData() or SHOP)).person
        self.shop_label.setText(self.tr("Shop name") if person == "customer"
                                else self.tr("Business name"))
        self.intro.setText(by_person(
            person,
            self.tr("<b>Your messages will be signed with these.</b><br>Customers see your "
                    "shop's name and your name in every message. You can change all of this "
                    "later in Settings."),
            self.tr("<b>Your messages will be signed with these.</b><br>Clients see your "
                    "business's name and your name in every message. You can change all of "
                    "this later in Settings."),
            self.tr("<b>Your messages will be signed with these.</b><br>Students see your "
                    "business's name and your name in every message. You can change all of "
                    "this later in Settings.")))

    def save(self) -> None:
        save_basics(self.context.settings, ShopBasics(
            self.shop_edit.text(), self.owner_edit.text(), self.currency_combo.currentData(),
            self.language_combo.currentData(), self.region_combo.currentData(),
            self.business_combo.currentData()))
        self.context.signals.data_changed.emit("settings")
        self.accept()

    def reject(self) -> None:
        """Skip, Escape or closing the window: nothing is stored, and it is not asked again."""
        skip_first_run(self.context.settings, self.region)
        super().reject()


def ask_first_run(parent: QWidget, context: AppContext) -> None:
    """Show the questions if this is the first start of a new database."""
    if needs_first_run(context.db, context.settings):
        FirstRunDialog(context, parent).exec()

