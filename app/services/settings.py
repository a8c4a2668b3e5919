"""Typed settings declared once (key, default, type, label, help), stored as JSON in the database.

The settings dialog is generated from SPECS; services read values through `Settings.get`, given a
spec: `settings.get(CURRENCY)` is a `str` to the type checker, as a spec's type is its default's.
Labels and help texts are English source strings marked for Qt's translator (context "settings");
the UI translates them. Secrets never live here: the SMTP password is in the OS keyring
(services.secrets).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, overload

from app.services.currencies import currency_codes
from app.services.database import Database
from app.services.regions import FALLBACK_REGION, region_codes

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation without importing Qt into the services layer."""
    del context
    return text


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    default: T
    group: str
    label: str
    help: str
    kind: str = ""  # "str" | "int" | "bool" | "float" | "choice" | "int_list" | "json"
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int | float | None = None
    maximum: int | float | None = None

    @property
    def type_name(self) -> str:
        if self.kind:
            return self.kind
        return type(self.default).__name__


class ReadableSpec(Protocol[T_co]):
    """What `Settings.get` needs of a spec. Read-only, so a list[str] setting also serves where an
    Iterable[str] is expected (a SettingSpec itself is invariant, which keeps `set` strict)."""

    @property
    def key(self) -> str: ...
    @property
    def default(self) -> T_co: ...


_T = QT_TRANSLATE_NOOP
G_SHOP = _T("settings", "Shop")
G_RFM = _T("settings", "Segments")
G_REMIND = _T("settings", "Reminders")
G_MAIL = _T("settings", "E-mail")
G_BACKUP = _T("settings", "Backups")
G_POINTS = _T("settings", "Points")
# The mailbox read for STOP replies: its own tab, so the E-mail tab fits a laptop screen.
G_REPLIES = _T("settings", "STOP replies")

# Shop
SHOP_NAME = SettingSpec(
    "shop_name", "", G_SHOP, _T("settings", "Shop name"),
    _T("settings", "Used in messages as {{ shop_name }}."))
OWNER_NAME = SettingSpec(
    "owner_name", "", G_SHOP, _T("settings", "Your name"),
    _T("settings", "Used in messages as {{ owner_name }}, so they sound personal."))
SHOP_CONTACTS = SettingSpec(
    "shop_contacts", "", G_SHOP, _T("settings", "How to reach you"),
    _T("settings", "Phone, address or site for a customer's friends. Used in messages as "
                   "{{ shop_contacts }}."))
CURRENCY = SettingSpec(
    "currency", "RUB", G_SHOP, _T("settings", "Currency"),
    _T("settings", "How amounts are shown. Imported amounts are not converted."),
    kind="choice", choices=tuple((code, code) for code in currency_codes()))
PHONE_REGION = SettingSpec(
    "phone_region", FALLBACK_REGION, G_SHOP, _T("settings", "Phone region"),
    _T("settings", "Country assumed for phone numbers written without a country code."),
    kind="choice", choices=tuple((code, code) for code in region_codes()))
LANGUAGE = SettingSpec(
    "language", "system", G_SHOP, _T("settings", "Language"),
    _T("settings", "Language of the app. Takes effect after a restart."),
    kind="choice", choices=(("system", "System / Системный"), ("ru", "Русский"),
                            ("en", "English")))
MESSAGE_LANGUAGE = SettingSpec(
    "message_language", "app", G_SHOP, _T("settings", "Language of messages"),
    _T("settings", "The language customers are written to; it may differ from the app's."),
    kind="choice", choices=(("app", _T("settings", "Same as the app")), ("ru", "Русский"),
                            ("en", "English")))
BUSINESS_TYPE = SettingSpec(
    "business_type", "shop", G_SHOP, _T("settings", "Kind of business"),
    _T("settings", "Sets the words the app uses (customers, clients or students) and which "
                   "built-in scripts the reminders use."),
    kind="choice", choices=(("shop", _T("settings", "Shop (goods)")),
                            ("tutor", _T("settings", "Tutor / courses")),
                            ("salon", _T("settings", "Beauty salon")),
                            ("coach", _T("settings", "Coach / consultant")),
                            ("studio", _T("settings", "Studio (classes)"))))
# Set once the first-run questions were answered or skipped, so they are asked only once.
FIRST_RUN_DONE = SettingSpec(
    "first_run_done", False, G_SHOP, "", "", kind="hidden")

# Segments (RFM)
RFM_RECENCY_MODE = SettingSpec(
    "rfm_recency_mode", "bands", G_RFM, _T("settings", "Recency scoring"),
    _T("settings", "Fixed day ranges, or your customers split into 5 equal groups."),
    kind="choice", choices=(("bands", _T("settings", "fixed bands")),
                            ("quantiles", _T("settings", "5 equal groups"))))
RFM_RECENCY_BANDS = SettingSpec(
    "rfm_recency_bands", [30, 60, 90, 180], G_RFM,
    _T("settings", "Recency bands, days"),
    _T("settings", "Upper limits for scores 5, 4, 3 and 2; older is score 1."),
    kind="int_list")
RFM_FREQUENCY_BANDS = SettingSpec(
    "rfm_frequency_bands", [1, 2, 3, 5], G_RFM,
    _T("settings", "Frequency bands, orders"),
    _T("settings", "Upper limits for scores 1, 2, 3 and 4; more orders is score 5."),
    kind="int_list")
RFM_MONETARY_MODE = SettingSpec(
    "rfm_monetary_mode", "quantiles", G_RFM, _T("settings", "Money scoring"),
    _T("settings", "Your customers split into 5 equal groups, or fixed amount ranges."),
    kind="choice", choices=(("quantiles", _T("settings", "5 equal groups")),
                            ("bands", _T("settings", "fixed bands"))))
RFM_MONETARY_BANDS = SettingSpec(
    "rfm_monetary_bands", [1000, 3000, 7000, 15000], G_RFM,
    _T("settings", "Money bands"),
    _T("settings", "Upper limits of money spent for scores 1, 2, 3 and 4."),
    kind="int_list")
LOST_AFTER_DAYS = SettingSpec(
    "lost_after_days", 365, G_RFM, _T("settings", "Lost after (days without a purchase)"),
    _T("settings", "Customers who have not bought for longer than this are counted as Lost."),
    minimum=30, maximum=3650)
ACTIVE_DAYS = SettingSpec(
    "active_days", 180, G_RFM, _T("settings", "Active customer: bought within (days)"),
    _T("settings", "The dashboard counts a customer as active (for retention and reactivation) "
                   "when the last purchase is this recent."),
    minimum=7, maximum=3650)

INSTALMENT_DAYS = SettingSpec(
    "instalment_days", 0, G_SHOP,
    _T("settings", "Join instalments within (days)"),
    _T("settings", "A customer's payments for one product this close to the first are one "
                   "order. 0: off."),
    minimum=0, maximum=365)

# Reminders
REMINDER_RULES: SettingSpec[dict[str, Any]] = SettingSpec(
    "reminder_rules", {}, G_REMIND, _T("settings", "Reminder rules"),
    _T("settings", "Which reminders are on and their days."), kind="json")
FREQUENCY_CAP_DAYS = SettingSpec(
    "frequency_cap_days", 7, G_REMIND, _T("settings", "Days between messages"),
    _T("settings", "To the same person, at least."),
    minimum=0, maximum=90)
DAILY_CAPACITY = SettingSpec(
    "daily_capacity", 15, G_REMIND, _T("settings", "People on Today's list per day"),
    _T("settings", "The most important first, the rest wait; 0 = no limit."),
    minimum=0, maximum=1000)
CONVERSION_WINDOW_DAYS = SettingSpec(
    "conversion_window_days", 14, G_REMIND,
    _T("settings", "Purchase credited within (days)"),
    _T("settings", "A purchase this soon after a message counts for it."),
    minimum=1, maximum=90)

# Recommendations (services/referrals): the two sides of the bonus, in the owner's words.
REFERRAL_FRIEND_BONUS = SettingSpec(
    "referral_friend_bonus", "", G_SHOP, _T("settings", "Friend's bonus"),
    _T("settings", "What a friend who comes with a customer's code gets, in your words "
                   "(\"10 % off the first order\"). Used in messages as {{ friend_bonus }}."))
REFERRAL_YOUR_BONUS = SettingSpec(
    "referral_your_bonus", "", G_SHOP, _T("settings", "Your customer's bonus"),
    _T("settings", "What a customer gets for a friend's first order (\"a free coffee\"); "
                   "recorded on both cards."))

# Loyalty points (services.points): off by default; the card's Points tab and the reminder
# "points expire soon" appear only when on.
POINTS_ENABLED = SettingSpec(
    "points_enabled", False, G_POINTS, _T("settings", "Loyalty points"),
    _T("settings", "Customers earn points on every order and pay part of a later order with "
                   "them. One point is worth one unit of your currency."))
POINTS_PERCENT = SettingSpec(
    "points_percent", 5.0, G_POINTS, _T("settings", "Points per order, % of its amount"),
    _T("settings", "5 % of an order of 1,000 gives 50 points. Fractions of a point are "
                   "kept to the hundredth and rounded down."),
    minimum=0.0, maximum=100.0)
POINTS_ACTIVATION_DAYS = SettingSpec(
    "points_activation_days", 14, G_POINTS, _T("settings", "Points can be spent after (days)"),
    _T("settings", "Days after an order before its points can be spent (time for a return). "
                   "0: at once."),
    minimum=0, maximum=365)
POINTS_EXPIRY_DAYS = SettingSpec(
    "points_expiry_days", 365, G_POINTS, _T("settings", "Points expire after (days)"),
    _T("settings", "Days after points can be spent until unspent ones lapse; the oldest are "
                   "spent first. 0: they never expire."),
    minimum=0, maximum=3650)
POINTS_REMIND_DAYS = SettingSpec(
    "points_remind_days", 14, G_POINTS, _T("settings", "Remind before points expire (days)"),
    _T("settings", "Today lists the customer this many days before their points lapse."),
    minimum=1, maximum=90)
POINTS_MAX_SHARE = SettingSpec(
    "points_max_share", 30, G_POINTS, _T("settings", "Points pay at most (% of an order)"),
    _T("settings", "The largest part of one order a customer may pay with points."),
    minimum=1, maximum=100)
# The first day whose orders earn points: set when points are first used, so turning them on does
# not pay out a shop's whole history.
POINTS_SINCE = SettingSpec("points_since", "", G_POINTS, "", "", kind="hidden")

# E-mail
SMTP_HOST = SettingSpec(
    "smtp_host", "", G_MAIL, _T("settings", "SMTP server"),
    _T("settings", "For example smtp.yandex.ru or smtp.gmail.com."))
SMTP_PORT = SettingSpec(
    "smtp_port", 587, G_MAIL, _T("settings", "Port"),
    _T("settings", "587 for STARTTLS, 465 for SSL, 25 without encryption."),
    minimum=1, maximum=65535)
SMTP_SECURITY = SettingSpec(
    "smtp_security", "starttls", G_MAIL, _T("settings", "Encryption"),
    _T("settings", "Ask your mail provider if unsure; STARTTLS is the usual choice."),
    kind="choice", choices=(("starttls", "STARTTLS"), ("ssl", "SSL/TLS"),
                            ("none", _T("settings", "none"))))
SMTP_USER = SettingSpec(
    "smtp_user", "", G_MAIL, _T("settings", "Login"),
    _T("settings", "Usually your full e-mail address. The password is kept in the "
                   "system keychain, never in Regulars' files."))
SMTP_SENDER_EMAIL = SettingSpec(
    "smtp_sender_email", "", G_MAIL, _T("settings", "Sender address"),
    _T("settings", "The From address; empty means the login."))
SMTP_SENDER_NAME = SettingSpec(
    "smtp_sender_name", "", G_MAIL, _T("settings", "Sender name"),
    _T("settings", "The name customers see, for example your shop's name."))
# The login@server:port the owner agreed to log in to without encryption (asked once).
SMTP_PLAIN_LOGIN_ALLOWED = SettingSpec(
    "smtp_plain_login_allowed", "", G_MAIL, "", "", kind="hidden")
SEND_DELAY_SECONDS = SettingSpec(
    "send_delay_seconds", 2.0, G_MAIL, _T("settings", "Pause between e-mails (seconds)"),
    _T("settings", "A polite pace so your provider does not take you for a spammer."),
    minimum=0.0, maximum=60.0)
# Autopilot: automatic e-mails go out only within these hours, at most this many a day.
AUTOPILOT_SEND_FROM = SettingSpec(
    "autopilot_send_from", 9, G_MAIL, _T("settings", "Automatic e-mails: not before (hour)"),
    _T("settings", "Autopilot sends nothing earlier in the day."), minimum=0, maximum=23)
AUTOPILOT_SEND_UNTIL = SettingSpec(
    "autopilot_send_until", 20, G_MAIL, _T("settings", "Automatic e-mails: not after (hour)"),
    _T("settings", "Autopilot sends nothing from this hour on."), minimum=1, maximum=24)
AUTOPILOT_DAILY_CAP = SettingSpec(
    "autopilot_daily_cap", 50, G_MAIL, _T("settings", "Automatic e-mails per day, at most"),
    _T("settings", "The rest wait for the next day."), minimum=1, maximum=1000)
# The autopilot suggestion (day-3 thank-you and birthday) was taken or dismissed: shown once.
AUTOPILOT_HINT_DONE = SettingSpec(
    "autopilot_hint_done", False, G_MAIL, "", "", kind="hidden")
# What `send-due` (run by the system's scheduler) did last: {"at": ISO time, "sent", "failed",
# "waiting", "note"}; {} when it never ran.
AUTOPILOT_LAST_RUN: SettingSpec[dict[str, Any]] = SettingSpec(
    "autopilot_last_run", {}, G_MAIL, "", "", kind="hidden")

# STOP replies: optional; the mailbox autopilot's e-mails are answered to, read over IMAP
# before each sending run. The password is the e-mail password in the keychain (see
# services/autopilot/stop_replies.py); the last message seen is remembered per mailbox.
IMAP_ENABLED = SettingSpec(
    "imap_enabled", False, G_REPLIES, _T("settings", "Read STOP replies from the mailbox"),
    _T("settings", "Before automatic e-mails go out, customers who replied STOP are marked "
                   "\"do not contact\". Nothing on the server changes."))
IMAP_HOST = SettingSpec(
    "imap_host", "", G_REPLIES, _T("settings", "IMAP server"),
    _T("settings", "For example imap.yandex.ru or imap.gmail.com."))
IMAP_PORT = SettingSpec(
    "imap_port", 993, G_REPLIES, _T("settings", "IMAP port"),
    _T("settings", "993 for SSL, 143 for STARTTLS or without encryption."),
    minimum=1, maximum=65535)
IMAP_SECURITY = SettingSpec(
    "imap_security", "ssl", G_REPLIES, _T("settings", "IMAP encryption"),
    _T("settings", "Ask your mail provider if unsure; SSL/TLS is the usual choice."),
    kind="choice", choices=(("ssl", "SSL/TLS"), ("starttls", "STARTTLS"),
                            ("none", _T("settings", "none"))))
IMAP_USER = SettingSpec(
    "imap_user", "", G_REPLIES, _T("settings", "IMAP login"),
    _T("settings", "Empty means the SMTP login. The password is the e-mail password saved in "
                   "the system keychain."))
IMAP_SEEN: SettingSpec[dict[str, Any]] = SettingSpec(
    "imap_seen", {}, G_MAIL, "", "", kind="hidden")

# Backups
BACKUP_DIR = SettingSpec(
    "backup_dir", "", G_BACKUP, _T("settings", "Backup folder"),
    _T("settings",
       "Where daily copies of your data go; empty means the app's folder."))
BACKUP_KEEP_DAYS = SettingSpec(
    "backup_keep_days", 14, G_BACKUP, _T("settings", "Keep backups for, days"),
    _T("settings", "Older automatic backups are deleted."), minimum=1, maximum=3650)
LAST_AUTO_BACKUP = SettingSpec(
    "last_auto_backup", "", G_BACKUP, "", "", kind="hidden")
IMPORT_MAPPINGS: SettingSpec[dict[str, Any]] = SettingSpec(
    "import_mappings", {}, G_SHOP, "", "", kind="hidden")
LAST_SNAPSHOT_ON = SettingSpec(
    "last_snapshot_on", "", G_RFM, "", "", kind="hidden")
DELETED_BUILTIN_TEMPLATES: SettingSpec[list[str]] = SettingSpec(
    "deleted_builtin_templates", [], G_MAIL, "", "", kind="hidden")
# Products: the owner's own pairs and hidden suggestions ({"owner": [[A, B], ...], "hidden":
# [[A, B], ...]}), and products written differently joined under one name ({written: canonical}).
PRODUCT_PAIRS: SettingSpec[dict[str, Any]] = SettingSpec(
    "product_pairs", {}, G_SHOP, "", "", kind="hidden")
PRODUCT_ALIASES: SettingSpec[dict[str, Any]] = SettingSpec(
    "product_aliases", {}, G_SHOP, "", "", kind="hidden")

# The loyalty ladder (services.loyalty.ladder: levels, window, grace days); {} is the built-in
# ladder. Edited on its own Settings tab, which previews who would move before saving.
LOYALTY_LADDER: SettingSpec[dict[str, Any]] = SettingSpec(
    "loyalty_ladder", {}, G_SHOP, "", "", kind="hidden")
SPECS: tuple[SettingSpec[Any], ...] = (
    SHOP_NAME, OWNER_NAME, SHOP_CONTACTS, BUSINESS_TYPE, CURRENCY, PHONE_REGION, INSTALMENT_DAYS,
    LANGUAGE,
    MESSAGE_LANGUAGE,
    RFM_RECENCY_MODE,
    RFM_RECENCY_BANDS, RFM_FREQUENCY_BANDS, RFM_MONETARY_MODE, RFM_MONETARY_BANDS, LOST_AFTER_DAYS,
    ACTIVE_DAYS,
    REMINDER_RULES, FREQUENCY_CAP_DAYS, DAILY_CAPACITY, CONVERSION_WINDOW_DAYS, SMTP_HOST,
    SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_SENDER_EMAIL, SMTP_SENDER_NAME, SEND_DELAY_SECONDS,
    IMAP_ENABLED, IMAP_HOST, IMAP_PORT, IMAP_SECURITY, IMAP_USER, IMAP_SEEN,
    BACKUP_DIR, BACKUP_KEEP_DAYS, LAST_AUTO_BACKUP, IMPORT_MAPPINGS, LAST_SNAPSHOT_ON,
    DELETED_BUILTIN_TEMPLATES, FIRST_RUN_DONE, SMTP_PLAIN_LOGIN_ALLOWED, LOYALTY_LADDER,
    REFERRAL_FRIEND_BONUS, REFERRAL_YOUR_BONUS, PRODUCT_PAIRS, PRODUCT_ALIASES,
    AUTOPILOT_SEND_FROM, AUTOPILOT_SEND_UNTIL, AUTOPILOT_DAILY_CAP, AUTOPILOT_LAST_RUN,
    AUTOPILOT_HINT_DONE,
    POINTS_ENABLED, POINTS_PERCENT, POINTS_ACTIVATION_DAYS, POINTS_EXPIRY_DAYS,
    POINTS_REMIND_DAYS, POINTS_MAX_SHARE, POINTS_SINCE,
)

SPEC_BY_KEY: dict[str, SettingSpec[Any]] = {spec.key: spec for spec in SPECS}


@dataclass
class Settings:
    """Reads and writes typed settings; unknown keys are a programming error."""

    db: Database
    _cache: dict[str, Any] = field(default_factory=dict)

    # Plain SQL on one small key/value table (models.Setting describes it): the command line
    # reads settings without loading SQLAlchemy.

    @overload
    def get(self, key: ReadableSpec[T]) -> T: ...
    @overload
    def get(self, key: str) -> Any: ...  # for code that walks SPECS (the dialog)

    def get(self, key: ReadableSpec[Any] | str) -> Any:
        spec = _spec(key)
        if spec.key not in self._cache:
            rows = self._query("SELECT value_json FROM settings WHERE key = ?", (spec.key,))
            self._cache[spec.key] = _usable(spec, rows[0][0]) if rows else _copy(spec.default)
        return _copy(self._cache[spec.key])

    @overload
    def set(self, key: SettingSpec[T], value: T) -> None: ...
    @overload
    def set(self, key: str, value: Any) -> None: ...

    def set(self, key: SettingSpec[Any] | str, value: Any) -> None:
        self.set_many({_spec(key).key: value})

    def set_many(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            validate(SPEC_BY_KEY[key], value)
        conn = self.db.raw_connection()
        try:
            with conn:  # one transaction for all of them
                conn.executemany(
                    "INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key)"
                    " DO UPDATE SET value_json = excluded.value_json",
                    [(k, json.dumps(v, ensure_ascii=False)) for k, v in values.items()])
        finally:
            conn.close()
        self._cache.update({k: _copy(v) for k, v in values.items()})

    def reload(self) -> None:
        """Forget cached values (the database file was replaced, e.g. by a restore)."""
        self._cache.clear()

    def all(self) -> dict[str, Any]:
        stored = dict(self._query("SELECT key, value_json FROM settings"))
        return {s.key: _usable(s, stored[s.key]) if s.key in stored else _copy(s.default)
                for s in SPECS}

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        conn = self.db.raw_connection()
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


def validate(spec: SettingSpec[Any], value: Any) -> None:
    kind = spec.type_name
    expected: dict[str, type | tuple[type, ...]] = {
        "str": str, "int": int, "bool": bool, "float": (int, float), "choice": str,
        "int_list": list, "json": (dict, list), "dict": dict, "list": list,
        "hidden": type(spec.default),
    }
    wrong_type = not isinstance(value, expected.get(kind, object))
    if wrong_type or (kind == "int" and isinstance(value, bool)):
        raise ValueError(f"setting {spec.key!r} expects {kind}, got {type(value).__name__}")
    if kind == "choice" and value not in {c for c, _ in spec.choices}:
        raise ValueError(f"setting {spec.key!r}: {value!r} is not one of its choices")
    if kind == "int_list" and not all(isinstance(v, int) for v in value):
        raise ValueError(f"setting {spec.key!r} expects whole numbers")
    if spec.minimum is not None and isinstance(value, int | float) and value < spec.minimum:
        raise ValueError(f"setting {spec.key!r} must be at least {spec.minimum}")
    if spec.maximum is not None and isinstance(value, int | float) and value > spec.maximum:
        raise ValueError(f"setting {spec.key!r} must be at most {spec.maximum}")


def _spec(key: ReadableSpec[Any] | str) -> SettingSpec[Any]:
    return SPEC_BY_KEY[key if isinstance(key, str) else key.key]


def _usable(spec: SettingSpec[T], value_json: str) -> T:
    """The stored value, or the default when it no longer fits the spec (a file edited by hand, a
    setting whose type changed): what `get` returns must be of the spec's type."""
    try:
        value: T = json.loads(value_json)
        validate(spec, value)
    except ValueError:  # json's decode error is a ValueError too
        log.warning("Stored setting %s=%r is not usable; using the default", spec.key, value_json)
        return _copy(spec.default)
    return value


def _copy(value: T) -> T:
    return json.loads(json.dumps(value)) if isinstance(value, dict | list) else value
