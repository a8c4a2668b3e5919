"""The settings dialog, generated from settings.SPECS: a tab per group, help under each field.

Values are checked with the same `validate` the services use; problems are shown under the field
and nothing is saved until every field is valid. The SMTP password never reaches the settings
table: it goes to the keyring through services.secrets.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.business import is_services
from app.services.errors import UserFacingError
from app.services.reminders.config import business_type_values
from app.services.settings import (
    BUSINESS_TYPE,
    G_SHOP,
    PHONE_REGION,
    REMINDER_RULES,
    SHOP_NAME,
    SPECS,
    SettingSpec,
    validate,
)
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.dialogs import setting_editors as editors
from app.ui.dialogs.ladder_editor import LadderEditor

log = logging.getLogger(__name__)

# Changing these makes the cached segments and reminders stale.
RECOMPUTE_KEYS = {"rfm_recency_mode", "rfm_recency_bands", "rfm_frequency_bands",
                  "rfm_monetary_mode", "rfm_monetary_bands", "lost_after_days", "reminder_rules",
                  "frequency_cap_days"}


def tr_setting(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def _is_wide(spec: SettingSpec[Any]) -> bool:
    return spec.type_name == "json"  # a table-like editor (reminder rules)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


FIELD_TEXT_WIDTH = 240  # px: a setting's caption and help text wrap within this


class _Tab:
    """A tab's fields in columns, filled in order, so that no tab is taller than a laptop
    screen: two, or three under a wide editor (which takes the whole width above them)."""

    def __init__(self, page: QWidget, fields: list[SettingSpec[Any]], wide: bool) -> None:
        layout = QVBoxLayout(page)
        self.wide = _form()
        layout.addLayout(self.wide)
        row = QHBoxLayout()
        self.columns = [_form() for _ in range(3 if wide else 2)]
        for number, form in enumerate(self.columns):
            if number:
                row.addSpacing(24)  # not setSpacing: the forms' rows would inherit it
            row.addLayout(form, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        per_column = -(-len(fields) // len(self.columns))
        self._column_of = {spec.key: n // per_column for n, spec in enumerate(fields)}

    def form_for(self, spec: SettingSpec[Any]) -> QFormLayout:
        if _is_wide(spec):
            return self.wide
        return self.columns[self._column_of[spec.key]]


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumSize(640, 520)
        self._editors: dict[str, editors.Editor] = {}
        self._errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._stored = context.settings.all()

        self.tabs = QTabWidget()
        shown = [spec for spec in SPECS if spec.type_name != "hidden" and spec.label]
        tabs: dict[str, _Tab] = {}
        for spec in shown:
            if spec.group not in tabs:
                group = [s for s in shown if s.group == spec.group]
                tabs[spec.group] = self._add_tab(
                    spec.group, [s for s in group if not _is_wide(s)],
                    wide=any(_is_wide(s) for s in group))
            self._tab_of[spec.key] = self.tabs.count() - 1
            form = tabs[spec.group].form_for(spec)
            self._add_field(form, spec)
            if spec.key == "smtp_user":
                self.password = editors.PasswordEditor(context)
                self._add_row(form, self.tr("Password"), self.password,
                              self.password.help_text())
            if spec.key == "send_delay_seconds":
                self.test_email_button = QPushButton(self.tr("Send a test e-mail"))
                self.test_email_button.setToolTip(self.tr(
                    "Sends a short e-mail to the sender address with the values above, "
                    "before you save them."))
                self.test_email_button.clicked.connect(self.send_test_email)
                form.addRow("", self.test_email_button)

        self._offer_scripts()
        self.ladder_editor = LadderEditor(context)
        loyalty = QScrollArea()  # like the generated tabs, so the dialog's size counts it
        loyalty.setWidget(self.ladder_editor)
        loyalty.setWidgetResizable(True)
        loyalty.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(loyalty, self.tr("Loyalty"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setToolTip(
            self.tr("Put the default values of this tab back (saved when you press OK)."))
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_tab_defaults)
        self.shared_button = QPushButton(self.tr("Shared database…"))
        self.shared_button.setToolTip(self.tr(
            "Keep the shop on a server so several people or computers work with it."))
        self.shared_button.clicked.connect(self.open_shared_database)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.shared_button)
        bottom.addWidget(buttons, 1)
        layout.addLayout(bottom)
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # once: the tabs' contents are measured when they have been shown
            self._sized = True
            current = self.tabs.currentIndex()
            for index in range(self.tabs.count()):
                self.tabs.setCurrentIndex(index)
            self.tabs.setCurrentIndex(current)
            self.resize(self.sizeHint())
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        """Room for the tallest and the widest tab without scrolling, within the screen (a tab
        scrolls only on a screen smaller than a 1366x768 laptop's)."""
        wanted = self.unscrolled_size()
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() - QSize(20, 40))
        return wanted.expandedTo(self.minimumSize())

    def unscrolled_size(self) -> QSize:
        """The size at which no tab scrolls."""
        scrolls = [self.tabs.widget(i) for i in range(self.tabs.count())]
        pages = [s.widget() for s in scrolls if isinstance(s, QScrollArea)]
        contents = [page.sizeHint() for page in pages if page is not None]
        width = max((c.width() for c in contents), default=0)
        height = max((c.height() for c in contents), default=0)
        chrome = QSize(48, self.tabs.tabBar().sizeHint().height()
                       + self.buttons.sizeHint().height() + 48)
        return (QSize(width, height) + chrome).expandedTo(self.minimumSize())

    # --- building ----------------------------------------------------------------------------

    def _add_tab(self, group: str, fields: list[SettingSpec[Any]], wide: bool) -> _Tab:
        page = QWidget()
        tab = _Tab(page, fields, wide)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        title = tr_setting(group)
        if group == G_SHOP and is_services(self._stored[BUSINESS_TYPE.key]):
            title = self.tr("Business")  # a tutor or a salon is not a shop
        self.tabs.addTab(scroll, title)
        return tab

    def _add_field(self, form: QFormLayout, spec: SettingSpec[Any]) -> None:
        editor = editors.create(spec, self)
        if hasattr(editor.widget, "business_type"):  # the rules: their default scripts
            editor.widget.business_type = self._stored[BUSINESS_TYPE.key]
        editor.set_value(self._stored[spec.key])
        self._editors[spec.key] = editor
        label = tr_setting(spec.label)
        if spec.key == SHOP_NAME.key and is_services(self._stored[BUSINESS_TYPE.key]):
            label = self.tr("Business name")  # a tutor or a salon is not a shop
        self._errors[spec.key] = self._add_row(form, label, editor.widget,
                                               tr_setting(spec.help))

    def _add_row(self, form: QFormLayout, label: str, widget: QWidget, help_text: str) -> QLabel:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        compact = isinstance(widget, QAbstractSpinBox | QComboBox | QCheckBox)
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if compact else Qt.AlignmentFlag(0))
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        hint.setObjectName("settingHelp")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        hint.setFont(font)
        column.addWidget(hint)
        error = QLabel()
        error.setWordWrap(True)
        error.setObjectName("settingError")
        error.setStyleSheet("color: #c62828;")
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setMaximumWidth(FIELD_TEXT_WIDTH)
        caption.setBuddy(widget)
        if widget.property("wide"):  # a table-like editor gets the whole width, title above
            caption.setText(f"<b>{label}</b>")
            form.addRow(caption)
            form.addRow(box)
        else:
            form.addRow(caption, box)
        return error

    # --- values ------------------------------------------------------------------------------

    def _offer_scripts(self) -> None:
        """The reminder rules editor lists the message scripts in the language of messages."""
        from app.services.messages.context import message_language
        from app.services.messages.library import ensure_builtin_templates, list_templates

        rules = self._editors.get("reminder_rules")
        if rules is None or not hasattr(rules.widget, "set_templates"):
            return
        ensure_builtin_templates(self.context.db)
        language = message_language(self.context.settings, self.context.language)
        choices = [(t.name, t.builtin_key or str(t.id))
                   for t in list_templates(self.context.db, language)
                   if t.builtin_key or t.id is not None]
        rules.widget.set_templates(choices)

    def open_shared_database(self) -> None:
        from app.ui.dialogs.shared_database_dialog import SharedDatabaseDialog

        SharedDatabaseDialog(self.context, self).exec()

    def send_test_email(self) -> None:
        """Try the SMTP values as typed (not yet saved), with the password typed here if any."""
        from app.services.messages.sending import SmtpConfig
        from app.ui.dialogs.smtp_password_dialog import start_test_email

        values, _problems = self.collect()
        config = SmtpConfig(
            host=str(values.get("smtp_host", "")).strip(),
            port=int(values.get("smtp_port", 587)),
            security=str(values.get("smtp_security", "starttls")),
            user=str(values.get("smtp_user", "")).strip(),
            sender_email=str(values.get("smtp_sender_email", "")).strip(),
            sender_name=str(values.get("smtp_sender_name", "")).strip(),
        )
        start_test_email(self.context, self, config=config, password=self.password.text() or None)

    def editor(self, key: str) -> editors.Editor:
        return self._editors[key]

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(values of every field, problems by key) without saving anything."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for key, editor in self._editors.items():
            try:
                value = editor.value()
                validate(editor.spec, value)
            except editors.InvalidInput as exc:
                problems[key] = str(exc)
                continue
            except ValueError:
                problems[key] = self._range_message(editor.spec)
                continue
            values[key] = value
        return values, problems

    def _range_message(self, spec: SettingSpec[Any]) -> str:
        if spec.minimum is not None and spec.maximum is not None:
            return self.tr("Enter a value from %1 to %2.").replace("%1", str(spec.minimum)).replace(
                "%2", str(spec.maximum))
        return self.tr("This value is not allowed.")

    def _apply_ladder(self) -> bool:
        """Check the edited ladder, then save it and re-level everyone in the background."""
        from app.services.loyalty.ladder import check
        from app.services.loyalty.levels import apply_ladder

        ladder = self.ladder_editor.ladder()
        try:
            check(ladder)
        except UserFacingError as exc:
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
            QMessageBox.warning(self, self.tr("Loyalty"), error_message(exc))
            return False
        context, today = self.context, self.context.clock.today()
        context.jobs.run("apply ladder",
                         lambda _job: apply_ladder(context.db, context.settings, ladder, today),
                         on_success=lambda _r: context.signals.data_changed.emit("customers"))
        return True

    def restore_tab_defaults(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == self.tabs.count() - 1:  # Loyalty, the last tab
            from app.services.loyalty.ladder import DEFAULT_LADDER

            self.ladder_editor.set_ladder(DEFAULT_LADDER)
            return
        for key, editor in self._editors.items():
            if self._tab_of[key] == tab:
                editor.set_value(editor.spec.default)

    def accept(self) -> None:
        values, problems = self.collect()
        for key, label in self._errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            self.tabs.setCurrentIndex(self._tab_of[next(iter(problems))])
            return
        changed = {k: v for k, v in values.items() if v != self._stored.get(k)}
        if BUSINESS_TYPE.key in changed:  # the rules' default scripts follow the kind of business
            changed.update(business_type_values(self.context.settings,
                                                changed[BUSINESS_TYPE.key],
                                                values.get(REMINDER_RULES.key)))
        if changed:
            self.context.settings.set_many(changed)
            log.info("Settings changed: %s", ", ".join(sorted(changed)))
        self.password.save(values.get("smtp_user", ""), values.get("smtp_host", ""), self)
        if changed:
            self.context.signals.data_changed.emit("settings")
        if changed.keys() & RECOMPUTE_KEYS:
            from app.ui import background

            background.recompute_all(self.context)
        if self.ladder_editor.changed() and not self._apply_ladder():
            return
        super().accept()
        if PHONE_REGION.key in changed:
            from app.ui.phone_recheck_offer import offer_phone_recheck

            offer_phone_recheck(self.parentWidget(), self.context, changed[PHONE_REGION.key])
        if "language" in changed:
            QMessageBox.information(
                self.parentWidget(), self.tr("Settings"),
                self.tr("The new language will be used after you restart Regulars."))
