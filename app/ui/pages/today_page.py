"""The Today page: who to contact today, why, and with what words — one click to act.

Tasks come from services.reminders (generated in the background after a recompute: at start, when
the date changes, after an import or a settings change). The page lists them grouped by
priority; the selected task shows its reason and its script filled in, with Copy / Open / Done /
Snooze / Skip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import Channel
from app.services.customers import has_customers
from app.services.errors import UserFacingError
from app.services.messages.links import Recipient, has_channel
from app.services.messages.outgoing import OutgoingMessage
from app.services.reminders import tasks as task_service
from app.services.reminders.conversion import came_back_since
from app.services.reminders.tasks import ComeBack, TaskItem, TodayList
from app.services.settings import FREQUENCY_CAP_DAYS, OWNER_NAME, SHOP_NAME
from app.ui import business_words as words
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.crash_dialog import error_message
from app.ui.jobs import Job
from app.ui.level_names import level_badge
from app.ui.message_actions import (
    channel_label,
    copy_message,
    gap_warning,
    open_message,
    problem_text,
)
from app.ui.pages import today_header as header
from app.ui.pages.base import Page
from app.ui.pages.today_claims import ClaimKeeper, others_claims
from app.ui.pages.today_detail import TaskDetail
from app.ui.pages.today_email import can_send_email, send_task_email
from app.ui.pages.today_empty import TodayEmptyState
from app.ui.pages.today_feedback import TodayFeedback
from app.ui.table_models.today_model import COLUMNS, TodayModel, overdue_text
from app.ui.widgets.sign_notice import SignNotice
from app.ui.widgets.welcome import WelcomePanel

NARROW_PAGE = 1000  # px: below it the selected task's panel goes under the list
RESULTS_DAYS = 30  # the header counts customers brought back by messages of this period


class TodayPage(Page):
    depends_on = frozenset({"tasks", "customers", "settings", "templates", "stats"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.person = words.person_of(context.settings)  # counts of students for a tutor
        self.order = words.order_of(context.settings)  # "no lessons for 45 days"
        self.model = TodayModel(context.language, self.person, self.order)
        self.claims = ClaimKeeper(context, self.model)
        self.come_back: list[ComeBack] = []
        self.waiting = 0
        self.listed = TodayList()
        self.came_back = 0
        self._rendered: tuple[int | None, str, str] = (None, "", "")  # template id, name, subject

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.bulk_button = QPushButton(self.tr("Prepare all messages…"))
        self.bulk_button.setToolTip(self.tr(
            "Every message on today's list at once, each with its reminder's script: review, then "
            "export them for a mailing service or send the e-mails."))
        self.bulk_button.clicked.connect(self.prepare_all_messages)
        self.bulk_button.setVisible(False)
        top.addWidget(self.bulk_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        # A click on a column sorts the tasks inside each priority group (see TodayModel); a
        # third click goes back to the order of priority.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._fit_columns()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_detail())
        # The list (and its "why" column) gets the most room: the reason is what the owner reads.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        splitter = self.splitter

        # Who is not on today's list though due: past the daily capacity, or held back by the
        # one-message-per-customer pause. Its own line: it is what the owner plans the week by.
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("todayWaiting")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.hide()
        # Due, but with no phone, e-mail or Telegram: not on the list; a link to see who they are.
        self.unreachable_label = QLabel()
        self.unreachable_label.setObjectName("todayUnreachable")
        self.unreachable_label.setWordWrap(True)
        self.unreachable_label.setTextFormat(Qt.TextFormat.RichText)
        self.unreachable_label.linkActivated.connect(lambda _link: self.show_unreachable())
        self.unreachable_label.hide()
        self.unreachable_menu = QMenu(self)

        self.stack = QStackedWidget()
        self.stack.addWidget(splitter)
        self.stack.addWidget(self._build_empty())
        # First run on an empty database: offer an import or the demo shop instead of "nothing due".
        self.welcome = WelcomePanel()
        self.welcome.import_requested.connect(lambda: self._ask_window("import_files"))
        self.welcome.demo_requested.connect(lambda: self._ask_window("open_demo_shop"))
        self.stack.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.sign_notice = SignNotice()
        self.sign_notice.settings_requested.connect(lambda: self._ask_window("open_settings"))
        self.sign_notice.hide()
        layout.addWidget(self.sign_notice)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.unreachable_label)
        layout.addWidget(self.stack, 1)
        self._show_selected()

    def title(self) -> str:
        return self.tr("Today")

    def _on_data_changed(self, what: str) -> None:
        super()._on_data_changed(what)
        if what in self.depends_on and not self.isVisible():  # keep the sidebar badge right
            db, settings, today = self.context.db, self.context.settings, self.context.clock.today()
            self.context.jobs.run(
                "count today", lambda _job: task_service.count_today(db, settings, today),
                on_success=self.context.signals.today_count_changed.emit)

    # --- building --------------------------------------------------------------------------------

    def _build_detail(self) -> TaskDetail:
        detail = TaskDetail()
        detail.copy_button.clicked.connect(self.copy)
        detail.open_button.clicked.connect(self.open_in_app)
        detail.send_button.clicked.connect(self.send_email)
        detail.done_button.clicked.connect(self.mark_done)
        detail.skip_button.clicked.connect(self.skip)
        detail.snooze_requested.connect(self.snooze)
        self.feedback = TodayFeedback(self.context, detail, self.current_task)
        # The page reads and fills these directly (and the tests drive them).
        self.name_label, self.reason_label = detail.name_label, detail.reason_label
        self.overdue_label, self.script_label = detail.overdue_label, detail.script_label
        self.message_edit, self.problem_label = detail.message_edit, detail.problem_label
        self.status_label, self.button_rows = detail.status_label, detail.button_rows
        self.copy_button, self.open_button = detail.copy_button, detail.open_button
        self.send_button = detail.send_button
        self.done_button, self.skip_button = detail.done_button, detail.skip_button
        self.snooze_button, self.snooze_actions = detail.snooze_button, detail.snooze_actions
        return detail

    # --- fitting the width -----------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self.claims.release()  # another page, or the window closed: let the others write
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Beside the list on a wide page; under it on a narrow one (the minimum window size, a
        small laptop), where side by side would squeeze the "why" column to a few letters."""
        narrow = self.width() < NARROW_PAGE
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self.button_rows.setDirection(QBoxLayout.Direction.LeftToRight if narrow
                                      else QBoxLayout.Direction.TopToBottom)
        # The splitter has its new shape after this event: share it out then.
        QTimer.singleShot(0, self._share_splitter)

    def _share_splitter(self) -> None:
        vertical = self.splitter.orientation() == Qt.Orientation.Vertical
        total = sum(self.splitter.sizes())
        detail = self.splitter.widget(1)
        if vertical and detail is not None:  # the detail panel as small as it can be
            wanted = max(detail.minimumSizeHint().height(), 240)
            self.splitter.setSizes([max(total - wanted, total // 2), min(wanted, total // 2)])
        else:
            self.splitter.setSizes([total * 7 // 10, total - total * 7 // 10])

    def _fit_columns(self) -> None:
        """Name, due and channel as wide as their longest text (and header); "why" takes the
        rest. Measured over the first rows only: the list is a day's work, not the database."""
        metrics = self.table.fontMetrics()
        for column, cap in ((0, 240), (2, 200), (3, 140)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [str(self.model.data(self.model.index(row, column)) or "")
                     for row in range(min(self.model.rowCount(), 300))
                     if self.model.task(row) is not None]
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            # Cell padding; the header also holds the sort arrow.
            width = max(widest + 20, metrics.horizontalAdvance(title) + 36)
            self.table.setColumnWidth(column, min(width, cap))

    def _build_empty(self) -> QWidget:
        self.empty_state = TodayEmptyState()
        return self.empty_state

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, settings, today = self.context.db, self.context.settings, self.context.clock.today()

        context = self.context

        def work(_job: Job) -> tuple[TodayList, list[ComeBack], bool, int, dict[int, str]]:
            listed = task_service.today_list(db, settings, today)
            soon = [] if listed.items else task_service.come_back_soon(db, today)
            since = (today - dt.timedelta(days=RESULTS_DAYS)).isoformat()
            return (listed, soon, not listed.items and not has_customers(db),
                    came_back_since(db, since),
                    others_claims(context, [task.id for task in listed.items]))

        self.load_latest("load today", work, self._show_list)

    def _show_list(self, result: tuple[TodayList, list[ComeBack], bool, int,
                                       dict[int, str]]) -> None:
        listed, self.come_back, first_run, self.came_back, claimed = result
        self.model.claimed = claimed  # set_items below repaints
        settings = self.context.settings
        self.sign_notice.setVisible(not first_run and SignNotice.needed(
            settings.get(SHOP_NAME), settings.get(OWNER_NAME)))
        today = self.context.clock.today()
        current = self.current_task()
        keep_row = self.table.currentIndex().row()
        self.model.set_items(listed.items, today)
        self.waiting = listed.waiting
        self.listed = listed
        self.table.clearSpans()
        for row in self.model.group_rows():
            self.table.setSpan(row, 0, 1, len(COLUMNS))
        self._fit_columns()
        self._update_header(listed, today)
        self.stack.setCurrentIndex(0 if listed.items else 2 if first_run else 1)
        self.bulk_button.setVisible(bool(listed.items))
        self._fill_empty_state()
        row = self.model.row_of(current.id) if current else -1
        if row < 0:
            row = self._nearest_task_row(keep_row)
        self._select_row(row)
        self.context.signals.today_count_changed.emit(len(listed.items))

    def _update_header(self, listed: TodayList, today: dt.date) -> None:
        title = self.tr("Today")
        self.heading.setText(f"<h2>{title}</h2>"
                             f"<span>{formatting.long_date(today, self.context.language)}</span>")
        self.summary.setText(header.summary_text(listed, self.person, self.came_back))
        self.waiting_label.setText(header.waiting_text(
            listed, self.person, int(self.context.settings.get(FREQUENCY_CAP_DAYS))))
        self.waiting_label.setVisible(bool(self.waiting_label.text()))
        count = len(listed.unreachable)
        self.unreachable_label.setText(header.unreachable_link(self.person, count))
        self.unreachable_label.setVisible(bool(count))

    def show_unreachable(self) -> None:
        """A menu of the customers with a reminder but no way to write; one opens their card."""
        self.unreachable_menu.clear()
        for item in self.listed.unreachable:
            text = f"{item.name} — {item.reason(self.context.language, self.order)}"
            action = self.unreachable_menu.addAction(text)
            action.triggered.connect(
                lambda _checked=False, cid=item.customer_id: self.open_card(cid))
        self.unreachable_menu.popup(self.unreachable_label.mapToGlobal(
            self.unreachable_label.rect().bottomLeft()))

    def open_card(self, customer_id: int) -> None:
        from app.ui.dialogs.customer_card import CustomerCardDialog

        CustomerCardDialog(self.context, customer_id, self).open()

    def prepare_all_messages(self) -> None:
        from app.services.messages.bulk import TaskRef
        from app.ui.dialogs.bulk_send_dialog import open_bulk_send

        refs = [TaskRef(t.id, t.customer_id, t.rule, t.template_key) for t in self.model.tasks()]
        if refs:
            open_bulk_send(self.context, [], self, source=self.tr("Today's list"), tasks=refs)

    def _ask_window(self, action: str) -> None:
        window = self.window()
        if hasattr(window, action):
            getattr(window, action)()

    def _fill_empty_state(self) -> None:
        self.empty_state.show_state(self.listed, self.come_back, self.person,
                                    self.context.language)

    def _nearest_task_row(self, row: int) -> int:
        rows = [n for n in range(self.model.rowCount()) if self.model.task(n) is not None]
        if not rows:
            return -1
        later = [n for n in rows if n >= row]
        return later[0] if later else rows[-1]

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._show_selected()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_selected()

    # --- the selected task ---------------------------------------------------------------------

    def current_task(self) -> TaskItem | None:
        index = self.table.currentIndex()
        return self.model.task(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        task = self.current_task()
        for widget in (self.copy_button, self.open_button, self.done_button, self.snooze_button,
                       self.skip_button, self.message_edit):
            widget.setEnabled(task is not None)
        self.status_label.clear()
        self.claims.hold(task.id if task is not None else None)
        if task is not None and task.id in self.model.claimed:
            self.status_label.setText(self.model.claim_text(task))
        self.send_button.setVisible(task is not None and can_send_email(self.context, task.email))
        self.feedback.show_task(task)
        if task is None:
            for label in (self.name_label, self.reason_label, self.overdue_label,
                          self.script_label, self.problem_label):
                label.clear()
            self.message_edit.clear()
            return
        self.name_label.setText(f"<h3>{escape(self.model.name_of(task))}"
                                f"{level_badge(self.context, task.customer_id)}</h3>")
        self.reason_label.setText(task.reason(self.context.language, self.order))
        self.overdue_label.setText(overdue_text(task.overdue_days) if task.overdue else "")
        self._render(task)
        channel = task.channel
        can_open = bool(channel) and has_channel(channel, self._recipient(task)) and channel in (
            Channel.WHATSAPP, Channel.TELEGRAM, Channel.SMS, Channel.EMAIL)
        self.open_button.setEnabled(can_open)
        self.open_button.setText(self.tr("Open in %1").replace("%1", channel_label(channel))
                                 if can_open else self.tr("Open"))

    def _render(self, task: TaskItem) -> None:
        self.problem_label.clear()
        self._rendered = (None, "", "")
        if not task.template_key:
            self.script_label.clear()
            self.message_edit.setPlainText("")
            return
        from app.services.messages.context import message_language
        from app.services.messages.library import render_for_customer
        from app.services.reminders.reasons import with_offer
        from app.services.reminders.restock_rule import script_values

        language = message_language(self.context.settings, self.context.language)
        rendered = render_for_customer(self.context.db, self.context.settings, task.customer_id,
                                       task.template_key, language, self.context.clock.today(),
                                       script_values(task.rule, task.params))
        self._rendered = (rendered.template_id, rendered.template_name, rendered.subject)
        self.script_label.setText(self.tr("Suggested script: %1").replace(
            "%1", rendered.template_name))
        self.message_edit.setPlainText(rendered.body)
        self.reason_label.setText(with_offer(task.reason(self.context.language, self.order),
                                             rendered.offer, self.context.language))
        if rendered.error is not None:
            self.problem_label.setText(problem_text(rendered.error))
        else:
            self.problem_label.setText(gap_warning(rendered.empty))

    @staticmethod
    def _recipient(task: TaskItem) -> Recipient:
        return Recipient(task.phone or None, task.email or None, task.telegram or None)

    def _message(self, task: TaskItem) -> OutgoingMessage:
        template_id, template_name, subject = self._rendered
        return OutgoingMessage(task.customer_id, task.channel, subject,
                             self.message_edit.toPlainText().strip(), template_id,
                             template_name or None, task.id, task.rule)

    # --- actions -------------------------------------------------------------------------------

    def copy(self) -> None:
        task = self.current_task()
        if task is not None:
            copy_message(self.context, self._message(task))
            self.status_label.setText(self.tr("Copied. Paste it into your messenger, then "
                                              "press Done."))

    def open_in_app(self) -> None:
        task = self.current_task()
        if task is not None:
            self.status_label.setText(open_message(self.context, self._message(task),
                                                   self._recipient(task)))

    def send_email(self) -> None:
        task = self.current_task()
        if task is None or not task.email or not self.claims.may_act(self, task):
            return
        self.send_button.setEnabled(False)
        self.status_label.setText(self.tr("Sending…"))

        def finished(text: str) -> None:
            self.status_label.setText(text)
            self.send_button.setEnabled(True)

        message = replace(self._message(task), name=task.name)
        if send_task_email(self, self.context, message, task.email, finished) is None:
            finished("")

    def mark_done(self) -> None:
        task = self.current_task()
        if task is None or not self.claims.may_act(self, task):
            return
        message = self._message(task)
        self._act(lambda: task_service.done(
            self.context.db, task.id, self.context.clock.now(), channel=task.channel or None,
            text=message.body, template_id=message.template_id,
            template_name=message.template_name),
            self.tr("Done: %1 — noted in the history.").replace("%1", self.model.name_of(task)))
        self.feedback.offer_answer(task.customer_id, self.model.name_of(task))

    def snooze(self, days: int) -> None:
        task = self.current_task()
        if task is None:
            return
        self._act(lambda: task_service.snooze(self.context.db, task.id, days,
                                              self.context.clock.today()),
                  self.tr("Snoozed: %1 comes back in %n day(s).", "", days)
                  .replace("%1", self.model.name_of(task)))

    def skip(self) -> None:
        task = self.current_task()
        if task is None:
            return
        self._act(lambda: task_service.skip(self.context.db, task.id, self.context.clock.now()),
                  self.tr("Skipped: %1.").replace("%1", self.model.name_of(task)))

    def _act(self, action: Callable[[], object], done_text: str) -> None:
        try:
            action()
        except UserFacingError as exc:
            self.context.signals.status_message.emit(error_message(exc))
        else:
            self.context.signals.status_message.emit(done_text)
        self.context.signals.data_changed.emit("tasks")

