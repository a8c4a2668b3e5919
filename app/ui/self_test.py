"""`regulars --self-test`: prove a build works without a user (CI runs it on the frozen app).

It opens the database (done by the caller), checks the bundled resources and the translation,
builds the main window, renders the Customers page offscreen to a PNG and exits 0; any failure
prints why and exits 1.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.services import migrations, paths
from app.services.database import schema_version
from app.services.resources import resource_path
from app.ui.context import AppContext

log = logging.getLogger(__name__)

REQUIRED_RESOURCES = ("icons/regulars.svg", "icons/regulars.png")


def run_self_test(context: AppContext, output: Path | None = None) -> int:
    try:
        problems = check(context, output or paths.data_dir() / "self-test.png")
    except Exception:  # the point is to report anything at all
        log.exception("self-test crashed")
        if sys.stderr is not None:
            traceback.print_exc()
        return 1
    for problem in problems:
        _say(f"FAIL {problem}")
    if not problems:
        _say("ok")
    return 1 if problems else 0


def check(context: AppContext, png: Path) -> list[str]:
    problems = []
    version = schema_version(context.db.path)
    _say(f"Regulars {__version__}, database {context.db.path} (schema v{version})")
    if version != migrations.LATEST_VERSION:
        problems.append(f"schema v{version}, expected v{migrations.LATEST_VERSION}")
    for relative in REQUIRED_RESOURCES:
        if not resource_path(relative).exists():
            problems.append(f"missing resource {relative}")
    from app.ui import i18n

    if i18n.qm_file("ru") is None:
        problems.append("no Russian translation (.qm) found or built")
    if i18n.qm_file("en") is None:
        problems.append("no English plural forms (.qm) found or built")
    if context.language == "ru":
        translated = QCoreApplication.translate("MainWindow", "Customers")
        _say(f"language ru: 'Customers' -> {translated!r}")
        if translated == "Customers":
            problems.append("the Russian translation did not load")

    from app.services.importing import platforms

    # Platforms are found by listing their package: a frozen build must still list them all.
    known = len(platforms.all_formats())
    _say(f"known platform exports: {known}")
    if known == 0:
        problems.append("no known platform export formats found")

    from app.ui.main_window import MainWindow

    window = MainWindow(context)
    window.resize(1200, 760)
    page = window.show_page("customers")
    context.jobs.wait(30_000)
    QCoreApplication.processEvents()  # deliver finished jobs' results before painting
    png.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(png)):
        problems.append(f"could not save {png}")
    elif png.stat().st_size < 2_000:
        problems.append(f"{png} looks empty")
    _say(f"rendered page {type(page).__name__} to {png} ({png.stat().st_size} bytes)")
    window.close()
    return problems


def _say(text: str) -> None:
    log.info("self-test: %s", text)
    if sys.stdout is not None:  # a windowed Windows build has no console
        print(f"self-test: {text}", flush=True)
