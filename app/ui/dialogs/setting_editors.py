"""One editor widget per setting kind, for the generated settings dialog.

An editor turns text the owner typed into a typed value (`value()` raises InvalidInput with a
translated sentence) and shows a stored value (`set_value`). A JSON setting may get a purpose-made
editor: JSON_EDITORS names a widget class that provides `value()` and `set_value()`; without one
the JSON is edited as text.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services import paths
from app.services.currencies import currency_choices
from app.services.regions import region_choices
from app.services.secrets import keyring_status, password_store
from app.services.settings import CURRENCY, PHONE_REGION, SMTP_HOST, SMTP_USER, SettingSpec

if TYPE_CHECKING:
    from app.ui.context import AppContext

# setting key -> "module:Class" of a dedicated editor (owned by the feature's team member).
JSON_EDITORS = {"reminder_rules": "app.ui.widgets.reminder_rules_editor:ReminderRulesEditor"}
FOLDER_KEYS = {"backup_dir"}


class InvalidInput(ValueError):
    """The typed text cannot become a value; the message is already translated."""


class Editor:
    """`value()` is typed by each kind; the dialog hands it to `settings.validate` as is."""

    def __init__(self, spec: SettingSpec[Any], widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class LineEditor(Editor):
    """A one-line text field; what the text means is the subclass's."""

    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.line = QLineEdit(parent)
        super().__init__(spec, self.line)


class TextEditor(LineEditor):
    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))


class FolderEditor(TextEditor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        super().__init__(spec, parent)
        self.line.setPlaceholderText(str(paths.default_backup_dir()))
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        button = QPushButton(QCoreApplication.translate("SettingEditors", "Choose…"))
        button.clicked.connect(self.choose)
        row.addWidget(button)
        self.widget = box

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.widget,
            QCoreApplication.translate("SettingEditors", "Backup folder"),
            self.line.text() or str(paths.data_dir()),
        )
        if folder:
            self.line.setText(folder)


class IntEditor(Editor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.spin = QSpinBox(parent)
        super().__init__(spec, self.spin)
        self.spin.setRange(
            int(spec.minimum if spec.minimum is not None else 0),
            int(spec.maximum if spec.maximum is not None else 1_000_000_000),
        )
        self.spin.setMinimumWidth(110)

    def value(self) -> int:
        return int(self.spin.value())

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value))


class FloatEditor(Editor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.spin = QDoubleSpinBox(parent)
        super().__init__(spec, self.spin)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setRange(float(spec.minimum or 0.0), float(spec.maximum or 1e9))
        self.spin.setMinimumWidth(110)

    def value(self) -> float:
        return round(float(self.spin.value()), 3)

    def set_value(self, value: Any) -> None:
        self.spin.setValue(float(value))


class BoolEditor(Editor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.box = QCheckBox(parent)
        super().__init__(spec, self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(Editor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.combo = QComboBox(parent)
        super().__init__(spec, self.combo)
        choices = spec.choices
        language = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
        if spec.key == PHONE_REGION.key:  # countries by name, in the UI's language
            choices = tuple(region_choices(language))
        elif spec.key == CURRENCY.key:
            choices = tuple(currency_choices(language))
        for key, label in choices:
            self.combo.addItem(QCoreApplication.translate("settings", label), key)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class IntListEditor(LineEditor):
    """Whole numbers typed as "30, 60, 90, 180" (commas, semicolons or spaces)."""

    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        super().__init__(spec, parent)
        self.line.setPlaceholderText(", ".join(str(v) for v in spec.default))

    def value(self) -> list[int]:
        parts = [p for p in re.split(r"[,;\s]+", self.line.text().strip()) if p]
        if not parts or not all(p.isdigit() for p in parts):
            raise InvalidInput(
                QCoreApplication.translate(
                    "SettingEditors", "Type whole numbers separated by commas, for example %1."
                ).replace("%1", ", ".join(str(v) for v in self.spec.default))
            )
        numbers = [int(p) for p in parts]
        expected = len(self.spec.default)
        if expected and len(numbers) != expected:
            raise InvalidInput(
                QCoreApplication.translate("SettingEditors", "Type exactly %1 numbers.").replace(
                    "%1", str(expected)
                )
            )
        if numbers != sorted(set(numbers)):
            raise InvalidInput(
                QCoreApplication.translate(
                    "SettingEditors", "Each number must be larger than the one before it."
                )
            )
        return numbers

    def set_value(self, value: Any) -> None:
        self.line.setText(", ".join(str(v) for v in value))


class JsonEditor(Editor):
    def __init__(self, spec: SettingSpec[Any], parent: QWidget | None) -> None:
        self.text = QPlainTextEdit(parent)
        super().__init__(spec, self.text)
        self.text.setMinimumHeight(160)
        self.text.setProperty("wide", True)

    def value(self) -> Any:
        try:
            return json.loads(self.text.toPlainText() or "{}")
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                QCoreApplication.translate(
                    "SettingEditors", "This is not valid JSON (line %1)."
                ).replace("%1", str(exc.lineno))
            ) from None

    def set_value(self, value: Any) -> None:
        self.text.setPlainText(json.dumps(value, ensure_ascii=False, indent=2))


class DedicatedEditor(Protocol):
    """What a JSON_EDITORS widget provides besides being a QWidget."""

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...


class WidgetEditor(Editor):
    """Adapter for a dedicated editor widget with value()/set_value()."""

    def __init__(self, spec: SettingSpec[Any], widget: QWidget,
                 dedicated: DedicatedEditor) -> None:
        super().__init__(spec, widget)
        self.dedicated = dedicated  # the same widget, seen through its protocol

    def value(self) -> Any:
        return self.dedicated.value()

    def set_value(self, value: Any) -> None:
        self.dedicated.set_value(value)


def create(spec: SettingSpec[Any], parent: QWidget | None = None) -> Editor:
    kind = spec.type_name
    if spec.key in FOLDER_KEYS:
        return FolderEditor(spec, parent)
    if kind in {"json", "dict", "list"}:
        dedicated = _dedicated(spec, parent)
        return dedicated or JsonEditor(spec, parent)
    classes: dict[str, Callable[[SettingSpec[Any], QWidget | None], Editor]] = {
        "str": TextEditor,
        "int": IntEditor,
        "float": FloatEditor,
        "bool": BoolEditor,
        "choice": ChoiceEditor,
        "int_list": IntListEditor,
    }
    return classes.get(kind, TextEditor)(spec, parent)


def _dedicated(spec: SettingSpec[Any], parent: QWidget | None) -> Editor | None:
    target = JSON_EDITORS.get(spec.key)
    if not target:
        return None
    module_name, class_name = target.split(":")
    try:
        widget_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError):
        return None
    widget = widget_class(parent)
    return WidgetEditor(spec, widget, widget)


class PasswordEditor(QLineEdit):
    """The SMTP password: written to the system keychain only, never to the settings table."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setEchoMode(QLineEdit.EchoMode.Password)
        settings = context.settings
        user, host = settings.get(SMTP_USER), settings.get(SMTP_HOST)
        self._had_password = bool(user) and password_store().get(user, host) is not None
        self.setPlaceholderText(
            QCoreApplication.translate("SettingEditors", "Saved — type to replace")
            if self._had_password
            else QCoreApplication.translate("SettingEditors", "Not saved yet")
        )

    def help_text(self) -> str:
        status = keyring_status()
        if status.usable:
            return QCoreApplication.translate(
                "SettingEditors", "Kept in the system keychain, never in Regulars' files."
            )
        return QCoreApplication.translate("secrets", status.reason)

    def save(self, user: str, host: str, parent: QWidget | None) -> None:
        password = self.text()
        if not password or not user:
            return
        result = password_store().set(user, host, password)
        self.clear()
        if not result.in_keyring:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("SettingEditors", "Password"),
                QCoreApplication.translate("secrets", result.message),
            )
