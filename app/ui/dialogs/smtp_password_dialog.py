"""Asking for the SMTP password when it is not known yet, and the "Send test e-mail" action.

The password goes to the keyring (services.secrets); without a usable keyring it stays in memory
for this run only, and the dialog says so, so the owner is asked once per run, not per e-mail.

A login over an unencrypted connection (Encryption: none) would send the password in the clear:
before the first such send (test e-mail, one e-mail, bulk) the owner is asked once, and the
answer "Log in anyway" is stored for that login, server and port (a setting); another server
is asked about again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.messages.sending import (
    TEST_BODY,
    TEST_SUBJECT,
    SendResult,
    SmtpConfig,
    allow_plain_login,
    send_test_email,
    with_stored_consent,
)
from app.services.secrets import keyring_status, password_store
from app.services.settings import Settings
from app.ui.context import AppContext
from app.ui.jobs import Job


class SmtpPasswordDialog(QDialog):
    def __init__(self, user: str, host: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-mail password"))
        intro = QLabel(self.tr("Password for %1 on %2:").replace("%1", user).replace("%2", host))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        status = keyring_status()
        note = QLabel(self.tr("It will be kept in the system keychain.") if status.usable
                      else QCoreApplication.translate("secrets", status.reason))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.password, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(380)

    @staticmethod
    def ask(user: str, host: str, parent: QWidget | None = None) -> str | None:
        """Show the dialog modally; the password, or None when cancelled. Tests patch this."""
        dialog = SmtpPasswordDialog(user, host, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        return dialog.password.text()


def obtain_password(config: SmtpConfig, parent: QWidget | None = None) -> tuple[bool, str | None]:
    """(go on?, password). No login needs no password; a known one is not asked again."""
    if not config.user:
        return True, None
    store = password_store()
    known = store.get(config.user, config.host)
    if known is not None:
        return True, known
    password = SmtpPasswordDialog.ask(config.user, config.host, parent)
    if password is None:
        return False, None
    store.set(config.user, config.host, password)
    return True, password


def confirm_plain_login(settings: Settings, config: SmtpConfig,
                        parent: QWidget | None = None) -> SmtpConfig | None:
    """`config`, once the owner agreed to an unencrypted login (asked once); None if not."""
    config = with_stored_consent(settings, config)
    if not config.needs_plain_login_consent:
        return config
    title = QCoreApplication.translate("SmtpPasswordDialog", "Log in without encryption?")
    text = QCoreApplication.translate(
        "SmtpPasswordDialog",
        "Encryption is set to “none”, so the password for %1 would travel to %2 unprotected "
        "and could be read on the way.\n\nChoose STARTTLS or SSL/TLS in Settings → E-mail if "
        "your provider offers them. Log in without encryption anyway? You will not be asked "
        "again for this server.").replace("%1", config.user).replace("%2", config.host)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    go = box.addButton(QCoreApplication.translate("SmtpPasswordDialog", "Log in anyway"),
                       QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if ask_box(box) is not go:
        return None
    return allow_plain_login(settings, config)


def ask_box(box: QMessageBox) -> QAbstractButton | None:
    """Show the question modally; the button pressed. Tests patch this."""
    box.exec()
    return box.clickedButton()


def result_text(result: SendResult) -> str:
    """A send result's reason in the UI language."""
    if result.ok:
        return QCoreApplication.translate("sending", "Sent")
    text = QCoreApplication.translate("sending", result.reason)
    try:
        return text.format(**result.params)
    except (KeyError, IndexError, ValueError):
        return result.message


def start_test_email(context: AppContext, parent: QWidget | None,
                     config: SmtpConfig | None = None, password: str | None = None,
                     on_done: Callable[[SendResult], None] | None = None) -> Job | None:
    """Send a test e-mail to the sender's own address in the background and show the result.

    `config` defaults to the saved settings; the settings dialog passes its unsaved values (and
    the password typed there, if any). Returns the job, or None when nothing was started.
    """
    confirmed = confirm_plain_login(context.settings,
                                    config or SmtpConfig.from_settings(context.settings), parent)
    if confirmed is None:
        return None
    problem = confirmed.problem()
    if problem is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("SmtpPasswordDialog", "Test e-mail"),
                            QCoreApplication.translate("sending", problem))
        return None
    if password is None:
        go_on, password = obtain_password(confirmed, parent)
        if not go_on:
            return None

    # In the UI language, translated here on the GUI thread.
    subject = QCoreApplication.translate("sending", TEST_SUBJECT)
    body = QCoreApplication.translate("sending", TEST_BODY)

    def finished(result: SendResult) -> None:
        if on_done is not None:
            on_done(result)
        title = QCoreApplication.translate("SmtpPasswordDialog", "Test e-mail")
        if result.ok:
            QMessageBox.information(parent, title, QCoreApplication.translate(
                "SmtpPasswordDialog", "A test e-mail was sent to %1. Check that it arrived.",
            ).replace("%1", confirmed.from_address))
        else:
            QMessageBox.warning(parent, title, result_text(result))

    return context.jobs.run(
        "test e-mail",
        lambda job: send_test_email(confirmed, password, confirmed.from_address,
                                    now=context.clock.now, subject=subject, body=body),
        on_success=finished)
