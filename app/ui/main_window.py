"""The main window: a sidebar of pages, menus, status bar, drag-and-drop of files to import.

It composes pages and routes menu actions to small modules; it owns no data logic.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from app.services import paths
from app.ui.autopilot_runner import AutopilotRunner
from app.ui.business_words import people_title, person_of
from app.ui.context import AppContext
from app.ui.pages.base import Page
from app.ui.widgets.drop_overlay import DropOverlay

log = logging.getLogger(__name__)

MINIMUM_SIZE = QSize(960, 600)
# Room for the longest label ("Сегодня  (150)") and no more: every pixel goes to the pages at the
# minimum size.
SIDEBAR_WIDTH = 160

IMPORTABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods"}

# key -> (module, class); pages are built the first time they are shown, so heavy imports
# (matplotlib for charts) do not slow the start-up.
PAGE_CLASSES: list[tuple[str, str, str]] = [
    ("today", "app.ui.pages.today_page", "TodayPage"),
    ("customers", "app.ui.pages.customers_page", "CustomersPage"),
    ("segments", "app.ui.pages.segments_page", "SegmentsPage"),
    ("products", "app.ui.pages.products_page", "ProductsPage"),
    ("messages", "app.ui.pages.messages_page", "MessagesPage"),
    ("dashboard", "app.ui.pages.dashboard_page", "DashboardPage"),
]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Regulars — %1").replace("%1", context.db.title)
                            if context.db.shared else self.tr("Regulars"))
        self.setMinimumSize(MINIMUM_SIZE)
        self.setAcceptDrops(True)
        self._pages: dict[str, Page] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; font-size: 14px; }"
            " QListWidget#sidebar::item { padding-left: 16px; }")
        self.stack = QStackedWidget()
        for key, _module, _cls in PAGE_CLASSES:
            item = QListWidgetItem(self._page_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 10, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until first shown
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.drop_overlay = DropOverlay(central)

        self._build_status_bar()
        self._build_menus()
        context.signals.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 8000))
        context.signals.today_count_changed.connect(self.set_today_badge)
        context.jobs.busy_changed.connect(self.busy.setVisible)

        self._restore_geometry()
        self._day = context.clock.today()
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_date_changed)
        self._day_timer.start(60_000)
        self.autopilot = AutopilotRunner(context, self)
        self.statusBar().addPermanentWidget(self.autopilot.line)
        self.open_first_page("today")

    # --- pages ----------------------------------------------------------------------------------

    def _page_label(self, key: str) -> str:
        labels = {
            "today": self.tr("Today"),
            "customers": people_title(person_of(self.context.settings)),
            "segments": self.tr("Segments"),
            "products": self.tr("Products"),
            "messages": self.tr("Messages"),
            "dashboard": self.tr("Dashboard"),
        }
        return labels[key]

    def page(self, key: str) -> Page:
        """The page for `key`, building it on first use."""
        if key not in self._pages:
            index = [k for k, _, _ in PAGE_CLASSES].index(key)
            _, module, cls = PAGE_CLASSES[index]
            page_class = getattr(importlib.import_module(module), cls)
            page = page_class(self.context, self)
            old = self.stack.widget(index)
            if old is not None:  # the placeholder
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(index, page)
            self._pages[key] = page
        return self._pages[key]

    def monthly_report(self) -> None:
        """The Dashboard's "Report…", for the month its period chooser shows."""
        from app.ui.pages.dashboard_page import DashboardPage

        page = self.show_page("dashboard")
        if isinstance(page, DashboardPage):
            page.report.start()

    def show_page(self, key: str) -> Page:
        index = [k for k, _, _ in PAGE_CLASSES].index(key)
        page = self.page(key)
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        page.ensure_fresh()
        return page

    def open_first_page(self, key: str) -> None:
        """Show the window at once and the first page when its modules are loaded.

        Pages pull in pandas and the services; importing them on a worker thread lets the window
        appear and stay responsive meanwhile (benchmarks/bench_customers.py times the start).
        """
        index = [k for k, _, _ in PAGE_CLASSES].index(key)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index)
        self.sidebar.blockSignals(False)
        self.stack.setCurrentIndex(index)
        loading = QLabel(self.tr("Loading…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        old = self.stack.widget(index)
        if old is not None:  # the placeholder
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.insertWidget(index, loading)
        self.stack.setCurrentIndex(index)
        module = PAGE_CLASSES[index][1]

        def loaded(_result: object) -> None:
            if self.current_page_key() == key and key not in self._pages:
                self.show_page(key)

        self.context.jobs.run("load page", lambda _job: importlib.import_module(module),
                               on_success=loaded)

    def current_page_key(self) -> str:
        return PAGE_CLASSES[self.stack.currentIndex()][0]

    def _on_sidebar_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGE_CLASSES[row][0])

    def set_today_badge(self, count: int) -> None:
        item = self.sidebar.item(0)
        label = self._page_label("today")
        item.setText(f"{label}  ({count})" if count else label)

    # --- menus ----------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(self.tr("&Import…"), self.import_files, "Ctrl+I")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self._action(self.tr("&Undo an import…"), self.undo_import))
        file_menu.addAction(self._action(self.tr("Import &survey answers…"),
                                         self.import_survey))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up now"), self.backup_now))
        file_menu.addAction(self._action(self.tr("&Restore from a backup…"), self.restore_backup))
        file_menu.addAction(self._action(self.tr("Shared &database…"), self.shared_database))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Monthly &report…"), self.monthly_report))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings,
                                         QKeySequence.StandardKey.Preferences))
        file_menu.addAction(self._action(self.tr("&Autopilot…"), self.open_autopilot))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close,
                                         QKeySequence.StandardKey.Quit))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self._action(self.tr("&Find customer"), self.focus_search, "Ctrl+F"))
        self.add_sale_action = self._action(self.tr("&Add a sale…"), self.add_sale,
                                            "Ctrl+Shift+S")
        edit_menu.addAction(self.add_sale_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for number, (key, _m, _c) in enumerate(PAGE_CLASSES, start=1):
            view_menu.addAction(self._action(self._page_label(key),
                                             partial(self.show_page, key), f"Ctrl+{number}"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Recalculate segments and reminders"),
                                         self.recompute, "F5"))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Open the &log folder"), self.open_log_folder))
        help_menu.addAction(self._action(self.tr("&About Regulars"), self.show_about))

    def _build_status_bar(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        db = self.context.db
        self.db_label = QLabel(db.title)
        self.db_label.setToolTip(db.shared.url() if db.shared else str(db.path))
        self.statusBar().addPermanentWidget(self.db_label)

    # --- actions (each delegates to the module that owns the feature) ---------------------------

    def import_files(self, files: list[Path] | None = None) -> None:
        from app.ui.importing import flow as import_flow

        import_flow.start_import(self, self.context, files)

    def undo_import(self) -> None:
        from app.ui.importing import flow as import_flow

        import_flow.undo_import(self, self.context)

    def import_survey(self) -> None:
        from app.ui.feedback_import import import_survey_file

        import_survey_file(self, self.context)

    def backup_now(self) -> None:
        from app.ui import backup_actions

        backup_actions.backup_now(self, self.context)

    def restore_backup(self) -> None:
        from app.ui import backup_actions

        backup_actions.restore(self, self.context)

    def shared_database(self) -> None:
        from app.ui.dialogs.shared_database_dialog import SharedDatabaseDialog

        SharedDatabaseDialog(self.context, self).exec()

    def open_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.context, self).open()

    def open_autopilot(self) -> None:
        from app.ui.dialogs.autopilot_dialog import AutopilotDialog

        AutopilotDialog(self.context, self).open()

    def show_about(self) -> None:
        from app.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).open()

    def focus_search(self) -> None:
        from app.ui.pages.customers_page import CustomersPage  # loaded by show_page already

        page = self.show_page("customers")
        if isinstance(page, CustomersPage):
            page.focus_search()

    def add_sale(self) -> None:
        from app.ui.dialogs.sale_dialog import SaleDialog

        SaleDialog(self.context, parent=self).open()

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def open_demo_shop(self) -> None:
        """Start a second Regulars on the demo database (the user's own file stays open here)."""
        if getattr(sys, "frozen", False):
            program, arguments = sys.executable, ["--demo"]
        else:
            program, arguments = sys.executable, [str(Path(sys.argv[0]).resolve()), "--demo"]
            if not arguments[0].endswith(".py"):
                arguments = ["-m", "app", "--demo"]
        if not QProcess.startDetached(program, arguments):
            self.statusBar().showMessage(self.tr("Could not start the demo shop."), 8000)

    def recompute(self) -> None:
        from app.ui import background

        background.recompute_all(self.context)

    def _check_date_changed(self) -> None:
        today = self.context.clock.today()
        if today != self._day:
            self._day = today
            self.recompute()

    # --- drag and drop --------------------------------------------------------------------------

    @staticmethod
    def _importable(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        if not event.mimeData().hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in event.mimeData().urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMPORTABLE_SUFFIXES]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._importable(event):
            event.acceptProposedAction()
            central = self.centralWidget()
            if central is not None:  # None only before __init__ has set it
                self.drop_overlay.show_over(central)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_overlay.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_overlay.hide()
        files = self._importable(event)
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # --- geometry -------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            return
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            size = default_size(room.size())
            self.resize(size)
            self.move(room.center() - self.rect().center())
        else:
            self.resize(default_size(QSize(1366, 728)))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.context.jobs.cancel_all()
        super().closeEvent(event)


def default_size(available: QSize) -> QSize:
    """The first window's size: roomy on a big screen, and on a 1366x768 laptop (728 px above
    the taskbar) small enough that the title bar and the window frame fit too."""
    width = min(1280, available.width() - 40)
    height = min(800, available.height() - 60)
    return QSize(max(width, MINIMUM_SIZE.width()), max(height, MINIMUM_SIZE.height()))
