"""Loading the UI translation: Regulars' own strings plus Qt's (standard buttons, dialogs).

The `.ts` files in resources/translations are the source of truth. A `.qm` is compiled from them
with pyside6-lrelease when missing or older than its `.ts`, into a cache folder, so a source
checkout or `pip install -e .` works without committed binaries; a frozen build ships the `.qm`
next to the `.ts` (built by pyinstaller.spec).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.services import paths
from app.services.resources import resource_path
from app.ui import formatting

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ru")  # English is the source language: its file holds only plural forms
_installed: list[QTranslator] = []


class PluralContext(QObject):
    """A translation context for plural strings outside a widget: `Name.tr(text, "", n)`.

    pyside6-lupdate files `Name.tr(text, "", n)` as a plural message of context "Name", but
    `QCoreApplication.translate(context, text, None, n)` as a plain one, so its plural forms would
    never be used. A subclass named after the context is all a module needs.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None,
           n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def choose_language(preferred: str, system: QLocale | None = None) -> str:
    """"ru" or "en" from the `language` setting ("system", "ru", "en") and the system locale."""
    if preferred in LANGUAGES:
        return preferred
    system = system or QLocale.system()
    russian_speaking = {QLocale.Language.Russian, QLocale.Language.Belarusian,
                        QLocale.Language.Kazakh, QLocale.Language.Ukrainian}
    return "ru" if system.language() in russian_speaking else "en"


def install(app: QCoreApplication, preferred: str = "system") -> str:
    """Install translators for the chosen language (replacing earlier ones); returns it."""
    language = choose_language(preferred)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    formatting.use_system_english(QLocale.system())
    QLocale.setDefault(formatting.locale_for(language))
    if language != "en":  # Qt's own strings are English already
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"qt_{language}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
                break  # qt_ru is a meta catalogue that includes qtbase_ru: one is enough
    # English too: regulars_en holds the "%n day" / "%n days" forms of the plural messages.
    own = qm_file(language)
    translator = QTranslator(app)
    if own is not None and translator.load(str(own)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("No translation file for %r: the UI shows the English source texts", language)
    return language


def ts_file(language: str) -> Path:
    return resource_path(f"translations/regulars_{language}.ts")


def qm_file(language: str) -> Path | None:
    """A compiled translation no older than its source, compiling it if needed."""
    ts = ts_file(language)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (getattr(sys, "frozen", False) or not ts.exists()
                             or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped  # a build ships the .qm made from this very .ts
    if not ts.exists():
        return None
    cached = cache_dir() / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


def cache_dir() -> Path:
    folder = paths.data_dir() / "cache" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def lrelease_command() -> list[str] | None:
    """PySide6's bundled lrelease, wherever this Python's PySide6 lives."""
    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        binary = Path(PySide6.__file__).parent / name
        if binary.exists():
            return [str(binary)]
    script = shutil.which("pyside6-lrelease")
    if script:
        return [script]
    if not getattr(sys, "frozen", False):
        code = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
        return [sys.executable, "-c", code]
    return None


def compile_ts(ts: Path, qm: Path) -> bool:
    command = lrelease_command()
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed: %s", exc)
        return False
    if done.returncode != 0 or not qm.exists():
        log.warning("lrelease failed (%s): %s", done.returncode, done.stderr.strip()[:500])
        return False
    return True
