"""The app's log: a rotating file in the data folder, faulthandler for hard crashes, and redaction.

Code must not log customers' phone numbers, e-mails or message texts in the first place (log ids
and counts instead). The redaction filter is defence in depth: whatever slips through is masked
before it reaches a file, including exception texts.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

from app.services import paths

LOG_NAME = "regulars.log"
FAULT_LOG_NAME = "crash-native.log"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# The local part takes the characters RFC 5322 allows that people really use (' and / too).
_EMAIL = re.compile(r"[\w.%+'/!#$&*?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits with phone-like separators, checked for its digit count below. Separators:
# any space (non-breaking and thin ones too), hyphens and dashes, dots, brackets, / and _.
# It may follow a letter's dot ("тел.8912..."), not a word, a "+", "\", "-", or a digit's dot
# or slash (a version, a path); a file extension after it means a file name.
_SEPARATORS = r"\s().\-\u2010-\u2015/_"
_PHONE_CANDIDATE = re.compile(
    rf"(?<![\w+\\-])(?<!\d[./])\+?\(?\d[\d{_SEPARATORS}]{{6,}}\d(?!\w|\.\w)")
# Dates, file time stamps and plain decimals are not phones.
_NOT_A_PHONE = re.compile(r"\d{4}[-/._]\d{1,2}[-/._]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}"
                          r"|\d{8}-\d{6}|^\d+\.\d+$")
_fault_file: IO[str] | None = None


def redact(text: str) -> str:
    """Mask e-mail addresses and phone numbers (10-15 digits) in `text`."""
    text = _EMAIL.sub("<email>", text)
    return _PHONE_CANDIDATE.sub(_mask_phone, text)


def _mask_phone(match: re.Match[str]) -> str:
    candidate = match.group(0)
    digits = sum(ch.isdigit() for ch in candidate)
    if not 10 <= digits <= 15 or _NOT_A_PHONE.search(candidate):
        return candidate
    trailing = candidate[len(candidate.rstrip(" ")):]
    return "<phone>" + trailing


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and exception text with personal data masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure(*, verbose: bool = False, console: bool = True, folder: Path | None = None,
              fault_handler: bool = True) -> Path:
    """Set up the root logger once at start-up; returns the log file's path.

    `console` adds warnings (debug with `verbose`) on stderr, for command-line use.
    """
    level = logging.DEBUG if verbose else logging.INFO
    folder = folder or paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_regulars", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    ]
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        handler._regulars = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    if fault_handler:
        enable_faulthandler(folder / FAULT_LOG_NAME)
    logging.captureWarnings(True)
    return log_file


def enable_faulthandler(path: Path) -> None:
    """Python tracebacks of all threads on a hard crash (segfault in Qt), appended to `path`."""
    global _fault_file
    if _fault_file is None:
        _fault_file = path.open("a", encoding="utf-8")  # kept open for the life of the process
        atexit.register(_close_fault_file)
    faulthandler.enable(file=_fault_file, all_threads=True)


def _close_fault_file() -> None:
    """At exit: faulthandler lets go of the file before it is closed."""
    global _fault_file
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
