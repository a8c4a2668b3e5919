"""Message scripts: the library on the left, the editor in the middle, a live preview for a chosen
customer and the variables on the right. Errors show inline with their line; nothing crashes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserFacingError
from app.services.messages import library
from app.services.messages.context import (
    FILTERS,
    VARIABLES,
    build_context,
    load_facts,
    pick_customers,
    sample_context,
    shop_values,
)
from app.services.messages.library import TemplateInfo
from app.services.messages.render import check, render_message
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.message_actions import problem_text
from app.ui.pages.base import Page
from app.ui.table_models.records_model import Column, RecordsTableModel
from app.ui.table_models.template_list_model import TemplateListModel

ERROR_STYLE = "color: #b91c1c;"


class MessagesPage(Page):
    depends_on = frozenset({"templates", "customers", "settings", "stats"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: TemplateInfo | None = None
        self._dirty = False
        self._loading = False
        self._context_cache: dict[tuple[int, str], dict[str, Any]] = {}
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(200)
        self.preview_timer.timeout.connect(self.update_preview)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self._fill_customers)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_library())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([220, 480, 560])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Messages")

    # ------------------------------------------------------------------ building

    def _build_library(self) -> QWidget:
        self.language_filter = QComboBox()
        self.language_filter.addItem(self.tr("All languages"), "")
        self.language_filter.addItem("Русский", "ru")
        self.language_filter.addItem("English", "en")
        lang = self.context.language if self.context.language in ("ru", "en") else ""
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(lang), 0))
        self.language_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list_model = TemplateListModel(self.tr("Built-in script"),
                                            self.tr("Built-in script, changed by you"),
                                            self.tr("Your script"))
        self.list_view = QListView()
        self.list_view.setModel(self.list_model)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("Add"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.reset_button = QPushButton(self.tr("Reset to original"))
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate_template)
        self.rename_button.clicked.connect(self.rename_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.reset_button.clicked.connect(self.reset_template)
        self.restore_button = QPushButton(self.tr("Restore built-in scripts"))
        self.restore_button.setToolTip(self.tr("Bring back the built-in scripts you deleted."))
        self.restore_button.clicked.connect(self.restore_builtins)
        self.restore_button.setVisible(False)
        # Two buttons a row: three in a row ran their Russian texts into the edges at the
        # minimum window size.
        buttons = QGridLayout()
        buttons.addWidget(self.new_button, 0, 0)
        buttons.addWidget(self.duplicate_button, 0, 1)
        buttons.addWidget(self.rename_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        buttons.addWidget(self.reset_button, 2, 0, 1, 2)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_filter)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.restore_button)
        return box

    def _build_editor(self) -> QWidget:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("Subject (for e-mail)"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("Write the message; insert variables from the "
                                                  "list on the right."))
        self.body_edit.setFont(QFont(self.body_edit.font().family(), 11))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.subject_edit.textChanged.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_edited)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.subject_edit)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        return box

    def _build_preview(self) -> QWidget:
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Find a customer…"))
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.textChanged.connect(lambda _t: self.search_timer.start())
        self.customer_combo = QComboBox()
        self.customer_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.write_button = QPushButton(self.tr("Write to this customer…"))
        self.write_button.clicked.connect(self.write_to_customer)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.variables_model = RecordsTableModel([
            Column(self.tr("Variable"), lambda v: v[0]),
            Column(self.tr("Meaning"), lambda v: v[1]),
            Column(self.tr("Value"), lambda v: v[2]),
        ])
        self.variables_view = QTableView()
        self.variables_view.setModel(self.variables_model)
        self.variables_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.variables_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.variables_view.verticalHeader().setVisible(False)
        self.variables_view.verticalHeader().setDefaultSectionSize(24)
        self.variables_view.setWordWrap(False)
        self.variables_view.horizontalHeader().setStretchLastSection(True)
        self.variables_view.setColumnWidth(0, 200)
        self.variables_view.setColumnWidth(1, 160)
        self.variables_view.setToolTip(self.tr("Double-click to insert into the message."))
        self.variables_view.doubleClicked.connect(self.insert_variable)
        form = QFormLayout()
        form.addRow(self.tr("Preview for"), self.customer_search)
        form.addRow("", self.customer_combo)
        form.addRow("", self.write_button)  # its own row: beside it, the names were cut
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.preview_subject)
        layout.addWidget(self.preview_body, 2)
        layout.addWidget(QLabel(self.tr("Variables (double-click to insert)")))
        layout.addWidget(self.variables_view, 3)
        return box

    # ------------------------------------------------------------------ loading

    def refresh(self, select_id: int | None = None) -> None:
        library.ensure_builtin_templates(self.context.db)
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self._context_cache.clear()
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        self.list_model.set_templates(
            library.list_templates(self.context.db, self.language_filter.currentData() or None),
            show_language=not self.language_filter.currentData())
        selection.blockSignals(False)
        deleted = library.deleted_builtins(self.context.db)
        self.restore_button.setVisible(bool(deleted))
        if self.customer_combo.count() == 0:
            self._fill_customers()
        if self._dirty and self.current is not None and self.list_model.row_of(
                self.current.id) >= 0:
            self._highlight_row(self.list_model.row_of(self.current.id))  # keep the edits
            return
        self.select_template(keep)

    def _fill_customers(self) -> None:
        current = self.customer_combo.currentData()
        self.customer_combo.blockSignals(True)
        self.customer_combo.clear()
        self.customer_combo.addItem(self.tr("Sample customer"), None)
        for cid, name in pick_customers(self.context.db, self.customer_search.text()):
            self.customer_combo.addItem(name, cid)
        index = self.customer_combo.findData(current) if current is not None else -1
        if index < 0 and self.customer_search.text().strip() and self.customer_combo.count() > 1:
            index = 1
        self.customer_combo.setCurrentIndex(max(index, 0))
        self.customer_combo.blockSignals(False)
        self.update_preview()

    def select_template(self, template_id: int | None) -> None:
        """Show a script (the first one when `template_id` is not in the list)."""
        row = self.list_model.row_of(template_id) if template_id is not None else -1
        if row < 0 and self.list_model.rowCount() > 0:
            row = 0
        self._highlight_row(row)
        self._show(self.list_model.template_at(row))

    def _highlight_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row))
        else:
            selection.clear()
        selection.blockSignals(False)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        template = self.list_model.template_at(current.row()) if current.isValid() else None
        if template is not None and self.current is not None and template.id == self.current.id:
            return
        if self._dirty and not self._resolve_unsaved():
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(previous)
            self.list_view.selectionModel().blockSignals(False)
            return
        self._show(template)

    def _resolve_unsaved(self) -> bool:
        """Ask about unsaved edits; False means stay on the current script."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1”?").replace("%1", self.current.name
                                                          if self.current else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _show(self, template: TemplateInfo | None) -> None:
        self.current = template
        self._loading = True
        self.name_label.setText(template.name if template else self.tr("No script selected"))
        self.subject_edit.setText(template.subject if template else "")
        self.body_edit.setPlainText(template.body if template else "")
        self._loading = False
        self._dirty = False
        self._update_buttons()
        self.update_preview()

    def _update_buttons(self) -> None:
        has = self.current is not None and self.current.id is not None
        self.duplicate_button.setEnabled(has)
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.reset_button.setEnabled(has and self.current is not None
                                     and self.current.is_modified)
        self.reset_button.setVisible(self.current is not None and self.current.is_builtin)
        self.save_button.setEnabled(has and self._dirty)
        self.revert_button.setEnabled(has and self._dirty)
        self.subject_edit.setEnabled(has)
        self.body_edit.setEnabled(has)

    # ------------------------------------------------------------------ editing and preview

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_buttons()
        self.preview_timer.start()

    def preview_context(self, language: str) -> dict[str, Any]:
        cid = self.customer_combo.currentData()
        today = self.context.clock.today()
        if cid is None:
            return sample_context(language, today)
        key = (int(cid), language)
        if key not in self._context_cache:
            facts = load_facts(self.context.db, [int(cid)]).get(int(cid))
            self._context_cache[key] = (sample_context(language, today) if facts is None else
                                        build_context(facts, language, today,
                                                      **shop_values(self.context.settings)))
        return self._context_cache[key]

    def write_to_customer(self) -> None:
        """Open the send dialog for the previewed customer with the script being edited."""
        from app.ui.dialogs.send_dialog import SendDialog

        cid = self.customer_combo.currentData()
        if cid is None:
            return
        if self._dirty and not self._resolve_unsaved():
            return
        template = self.current.id if self.current and self.current.id is not None else None
        dialog = SendDialog(self.context, int(cid), template, parent=self)
        dialog.open()

    def update_preview(self) -> None:
        self.preview_timer.stop()
        self.write_button.setEnabled(self.customer_combo.currentData() is not None)
        language = self.current.language if self.current else (self.context.language or "ru")
        values = self.preview_context(language)
        self.variables_model.set_records(
            [(f"{{{{ {name} }}}}", self.tr_variable(meaning), str(values.get(name, "")))
             for name, meaning, _example in VARIABLES]
            + [(code, self.tr_variable(meaning), "") for code, meaning in FILTERS])
        if self.current is None:
            self.preview_subject.clear()
            self.preview_body.clear()
            self.error_label.clear()
            self._mark_error_line(None)
            return
        rendered = render_message(self.subject_edit.text(), self.body_edit.toPlainText(), values,
                                  language)
        if rendered.error is not None:
            self.error_label.setText(problem_text(rendered.error))
            self._mark_error_line(rendered.error.line if rendered.error.part == "body" else None)
            self.preview_subject.clear()
            self.preview_body.setPlainText("")
            return
        self.error_label.clear()
        self._mark_error_line(None)
        subject_label = self.tr("Subject:")
        self.preview_subject.setText(
            f"<b>{subject_label}</b> {_html(rendered.subject)}" if rendered.subject else "")
        self.preview_body.setPlainText(rendered.body)

    def tr_variable(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("variables", text)

    def _mark_error_line(self, line: int | None) -> None:
        selections = []
        if line is not None and line >= 1:
            block = self.body_edit.document().findBlockByNumber(line - 1)
            if block.isValid():
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor("#fde2e2"))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
        self.body_edit.setExtraSelections(selections)

    def insert_variable(self, index: QModelIndex) -> None:
        if not index.isValid() or self.current is None:
            return
        code = self.variables_model.records[index.row()][0]
        self.body_edit.insertPlainText(code)
        self.body_edit.setFocus()

    # ------------------------------------------------------------------ library actions

    def save(self) -> bool:
        if self.current is None or self.current.id is None:
            return False
        for part, text in (("subject", self.subject_edit.text()),
                           ("body", self.body_edit.toPlainText())):
            problem = check(text, part)
            if problem is not None:
                self.error_label.setText(self.tr("Not saved: %1").replace(
                    "%1", problem_text(problem)))
                return False
        try:
            library.save_template(self.context.db, self.current.id, self.current.name,
                                  self.subject_edit.text(), self.body_edit.toPlainText())
        except UserFacingError as exc:
            self.error_label.setText(error_message(exc))
            return False
        self._dirty = False
        self._changed(self.current.id)
        return True

    def revert(self) -> None:
        self._show(self.current)

    def new_template(self) -> None:
        language = self.language_filter.currentData() or (
            self.current.language if self.current else self.context.language)
        body = "{{ first_name }}, " + ("здравствуйте!" if language == "ru" else "hello!")
        new_id = library.create_template(self.context.db, self.tr("New script"),
                                         language if language in ("ru", "en") else "ru", "", body)
        self._dirty = False
        self._changed(new_id)

    def duplicate_template(self) -> None:
        if self.current is None or self.current.id is None:
            return
        self._changed(library.duplicate_template(self.context.db, self.current.id))

    def rename_template(self) -> None:
        if self.current is None or self.current.id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename script"), self.tr("Name"),
                                        QLineEdit.EchoMode.Normal, self.current.name)
        if not ok or not name.strip():
            return
        library.rename_template(self.context.db, self.current.id, name)
        self._changed(self.current.id)

    def delete_template(self) -> None:
        if self.current is None or self.current.id is None:
            return
        text = self.tr("Delete “%1”? Contacts already logged keep its text.").replace(
            "%1", self.current.name)
        if self.current.is_builtin:
            text += "\n" + self.tr("A deleted built-in script can be brought back with "
                                   "“Restore built-in scripts”.")
        if QMessageBox.question(self, self.tr("Delete script"), text) != \
                QMessageBox.StandardButton.Yes:
            return
        library.delete_template(self.context.db, self.current.id)
        self._dirty = False
        self.current = None
        self._changed(None)

    def reset_template(self) -> None:
        if self.current is None or self.current.builtin_key is None:
            return
        if QMessageBox.question(self, self.tr("Reset script"), self.tr(
                "Put back the original text of “%1”? Your changes to it are lost.").replace(
                "%1", self.current.name)) != QMessageBox.StandardButton.Yes:
            return
        new_id = library.reset_template(self.context.db, self.current.builtin_key,
                                        self.current.language)
        self._dirty = False
        self.current = None
        self._changed(new_id)

    def restore_builtins(self) -> None:
        restored = library.restore_deleted_builtins(self.context.db)
        self._dirty = False
        self._changed(restored[0] if restored else None)

    def _changed(self, select_id: int | None) -> None:
        self._dirty = False
        self.refresh(select_id)
        self.context.signals.data_changed.emit("templates")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
