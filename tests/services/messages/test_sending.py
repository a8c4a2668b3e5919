"""SMTP sending against a real local SMTP server (aiosmtpd) started by each test."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select

from app.models import Contact, Customer
from app.services.database import Database
from app.services.messages.outgoing import OutgoingMessage
from app.services.messages.sending import (
    FAILED,
    NOT_SENT,
    R_AUTH,
    R_CANCELLED,
    R_CONNECT,
    R_DISCONNECTED,
    R_PLAIN_LOGIN,
    R_RECIPIENT,
    SENT,
    SmtpConfig,
    allow_plain_login,
    send_batch,
    send_test_email,
)
from app.services.settings import Settings
from tests.smtp_server import Handler, free_port

NOW = dt.datetime(2026, 11, 27, 10, 0)


UTF8_USER, UTF8_PASSWORD = "ольга@зерно.рф", "Пароль-ёж №5 ü"


def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (auth_data.login, auth_data.password) in {
        (b"olga", b"s3cret"), (UTF8_USER.encode(), UTF8_PASSWORD.encode())}
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


@pytest.fixture
def smtp_server(request: pytest.FixtureRequest) -> Iterator[tuple[Handler, int]]:
    options = getattr(request, "param", {})
    handler = Handler(refuse=options.get("refuse", ()), drop_on=options.get("drop_on"))
    port = free_port()
    kwargs = {}
    if options.get("auth"):
        kwargs = {"authenticator": authenticator, "auth_require_tls": False,
                  "auth_required": True,
                  "auth_exclude_mechanism": options.get("exclude", [])}
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    yield handler, port
    controller.stop()


def config(port: int, user: str = "", *, plain_login_allowed: bool = True) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, security="none", user=user,
                      sender_email="shop@example.com", sender_name="Зерно и лист", timeout=5,
                      plain_login_allowed=plain_login_allowed)


@pytest.fixture
def customers(db: Database) -> list[int]:
    with db.transaction() as s:
        rows = [Customer(display_name=f"Клиент {i}", email=f"c{i}@example.com") for i in range(3)]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def emails(ids: list[int]) -> list[OutgoingMessage]:
    return [OutgoingMessage(cid, "email", "Привет 🎉",
                            f"Анна, спасибо!\nСкидка + подарок & доставка #{i}", None, "Спасибо",
                            name=f"Клиент {i}", email=f"c{i}@example.com")
            for i, cid in enumerate(ids)]


def logged(db: Database) -> list[Contact]:
    with db.session() as s:
        return list(s.scalars(select(Contact).order_by(Contact.id)))


def test_plain_server_delivers_utf8_and_logs_contacts(smtp_server, db: Database,
                                                      customers: list[int]) -> None:
    handler, port = smtp_server
    sleeps: list[float] = []
    seen: list[int] = []
    results = send_batch(db, config(port), None, emails(customers), now=lambda: NOW, delay=1.0,
                         sleep=sleeps.append, on_result=lambda i, r: seen.append(i))
    assert [r.status for r in results] == [SENT, SENT, SENT]
    assert seen == [0, 1, 2]
    assert sum(sleeps) == pytest.approx(2.0)  # a pause between messages, none before the first
    first = handler.messages[0]
    assert first["Subject"] == "Привет 🎉"
    assert first["To"].addresses[0].display_name == "Клиент 0"
    assert first["From"].addresses[0].display_name == "Зерно и лист"
    body = first.get_content().replace("\r\n", "\n").strip()
    assert body == "Анна, спасибо!\nСкидка + подарок & доставка #0"
    contacts = logged(db)
    assert [c.customer_id for c in contacts] == customers
    assert {c.outcome for c in contacts} == {"sent"} and contacts[0].channel == "email"
    assert contacts[0].template_name == "Спасибо"
    assert "Привет 🎉" in contacts[0].text and contacts[0].contacted_at == NOW


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("smtp_server", [{"auth": True}], indirect=True)
def test_auth_without_tls(smtp_server, db: Database, customers: list[int]) -> None:
    handler, port = smtp_server
    results = send_batch(db, config(port, "olga"), "s3cret", emails(customers[:1]),
                         now=lambda: NOW)
    assert results[0].status == SENT and len(handler.messages) == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("smtp_server", [{"auth": True}], indirect=True)
def test_wrong_password_fails_everything_without_logging(smtp_server, db: Database,
                                                         customers: list[int]) -> None:
    handler, port = smtp_server
    results = send_batch(db, config(port, "olga"), "wrong", emails(customers), now=lambda: NOW)
    assert results[0].status == FAILED and results[0].reason == R_AUTH
    assert [r.status for r in results[1:]] == [NOT_SENT, NOT_SENT]
    assert handler.messages == [] and logged(db) == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("smtp_server", [{"auth": True}, {"auth": True, "exclude": ["PLAIN"]}],
                         indirect=True, ids=["PLAIN", "LOGIN"])
def test_non_ascii_login_and_password_log_in_as_utf8(smtp_server, db: Database,
                                                      customers: list[int]) -> None:
    handler, port = smtp_server
    results = send_batch(db, config(port, UTF8_USER), UTF8_PASSWORD, emails(customers[:1]),
                         now=lambda: NOW)
    assert results[0].status == SENT, results[0].message
    assert len(handler.messages) == 1
    wrong = send_batch(db, config(port, UTF8_USER), "Пароль", emails(customers[:1]),
                       now=lambda: NOW)
    assert wrong[0].status == FAILED and wrong[0].reason == R_AUTH


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("smtp_server", [{"auth": True}], indirect=True)
def test_login_without_encryption_waits_for_the_owners_consent(
        smtp_server, db: Database, customers: list[int], settings: Settings) -> None:
    handler, port = smtp_server
    unconfirmed = config(port, "olga", plain_login_allowed=False)
    results = send_batch(db, unconfirmed, "s3cret", emails(customers), now=lambda: NOW)
    assert {r.status for r in results} == {NOT_SENT} and results[0].reason == R_PLAIN_LOGIN
    assert handler.messages == [] and logged(db) == []
    assert not send_test_email(unconfirmed, "s3cret", "olga@example.com", now=lambda: NOW).ok

    settings.set_many({"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none",
                       "smtp_user": "olga", "smtp_sender_email": "shop@example.com"})
    stored = SmtpConfig.from_settings(settings)
    assert stored.needs_plain_login_consent
    allow_plain_login(settings, stored)
    confirmed = SmtpConfig.from_settings(settings)
    assert not confirmed.needs_plain_login_consent  # asked once, remembered
    assert send_batch(db, confirmed, "s3cret", emails(customers[:1]),
                      now=lambda: NOW)[0].status == SENT
    # Another server or login is asked about again; encryption or no login never is.
    settings.set("smtp_host", "localhost")
    assert SmtpConfig.from_settings(settings).needs_plain_login_consent
    settings.set("smtp_security", "starttls")
    assert not SmtpConfig.from_settings(settings).needs_plain_login_consent
    assert not config(port, "", plain_login_allowed=False).needs_plain_login_consent


@pytest.mark.parametrize("smtp_server", [{"refuse": ("c1@example.com",)}], indirect=True)
def test_refused_recipient_fails_alone(smtp_server, db: Database, customers: list[int]) -> None:
    _handler, port = smtp_server
    results = send_batch(db, config(port), None, emails(customers), now=lambda: NOW)
    assert [r.status for r in results] == [SENT, FAILED, SENT]
    assert results[1].reason == R_RECIPIENT and "550" in results[1].message
    assert "c1@example.com" in results[1].message
    assert [c.customer_id for c in logged(db)] == [customers[0], customers[2]]


@pytest.mark.parametrize("smtp_server", [{"drop_on": 2}], indirect=True)
def test_dropped_connection_loses_nothing(smtp_server, db: Database,
                                          customers: list[int]) -> None:
    handler, port = smtp_server
    results = send_batch(db, config(port), None, emails(customers), now=lambda: NOW)
    assert [r.status for r in results] == [SENT, FAILED, SENT]  # reconnects for the third
    assert results[1].reason == R_DISCONNECTED
    assert [c.customer_id for c in logged(db)] == [customers[0], customers[2]]
    # Retrying the failed one sends it.
    retry = send_batch(db, config(port), None, [results[1].email], now=lambda: NOW)
    assert retry[0].status == SENT and len(handler.messages) == 3


def test_server_gone_fails_with_a_readable_reason(db: Database, customers: list[int]) -> None:
    results = send_batch(db, config(free_port()), None, emails(customers), now=lambda: NOW)
    assert results[0].status == FAILED and results[0].reason == R_CONNECT
    assert "127.0.0.1" in results[0].message
    assert [r.status for r in results[1:]] == [NOT_SENT, NOT_SENT]


def test_cancel_stops_after_the_current_message(smtp_server, db: Database,
                                                customers: list[int]) -> None:
    handler, port = smtp_server
    flag = {"cancel": False}

    def on_result(index: int, result) -> None:
        flag["cancel"] = True  # the user presses Cancel after the first message

    results = send_batch(db, config(port), None, emails(customers), now=lambda: NOW, delay=5,
                         sleep=lambda s: None, cancelled=lambda: flag["cancel"],
                         on_result=on_result)
    assert [r.status for r in results] == [SENT, NOT_SENT, NOT_SENT]
    assert results[1].reason == R_CANCELLED and len(handler.messages) == 1


def test_missing_settings_send_nothing(db: Database, customers: list[int],
                                       settings: Settings) -> None:
    results = send_batch(db, SmtpConfig.from_settings(settings), None, emails(customers),
                         now=lambda: NOW)
    assert {r.status for r in results} == {NOT_SENT}
    assert "SMTP server" in results[0].message


def test_send_test_email(smtp_server) -> None:
    handler, port = smtp_server
    result = send_test_email(config(port), None, "olga@example.com", now=lambda: NOW)
    assert result.ok and handler.messages[0]["To"] == "olga@example.com"


def test_starttls_with_auth(db: Database, customers: list[int], tmp_path: Path) -> None:
    server_ctx, client_ctx = tls_contexts(tmp_path)
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=server_ctx,
                            require_starttls=True, authenticator=authenticator,
                            auth_required=True)
    controller.start()
    try:
        cfg = SmtpConfig("127.0.0.1", port, "starttls", "olga", "shop@example.com", "", 5)
        results = send_batch(db, cfg, "s3cret", emails(customers[:1]), now=lambda: NOW,
                             ssl_context=client_ctx)
    finally:
        controller.stop()
    assert results[0].status == SENT, results[0].message
    assert len(handler.messages) == 1


def tls_contexts(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A throwaway self-signed certificate for 127.0.0.1."""
    crypto = pytest.importorskip("cryptography")
    del crypto
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(dt.datetime(2020, 1, 1)).not_valid_after(dt.datetime(2100, 1, 1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client
