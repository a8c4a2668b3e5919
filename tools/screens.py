"""Screenshots of every page, the customer card and the settings of the demo shop.

    QT_QPA_PLATFORM=offscreen python tools/screens.py [--out FOLDER] [--sizes 960x600,1366x768]
        [--languages en,ru] [--today 2026-11-27]

Writes FOLDER/<language>-<size>-<screen>.png (e.g. ru-960x600-today.png). A size names a screen;
the main window is rendered as a maximised window there (without a taskbar and title bar), the
minimum size as itself; the dialogs at their own default size, cut to that room.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZES = "960x600,1366x768,1920x1080"
TASKBAR_AND_TITLE = 70  # what a maximised window loses on a real screen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("screens"))
    parser.add_argument("--sizes", default=SIZES)
    parser.add_argument("--languages", default="en,ru")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 27))
    parser.add_argument("--business", default="shop",
                        help="the kind of business: shop, tutor, salon, coach or studio")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="regulars-screens-"))
    os.environ["REGULARS_DATA_DIR"] = str(folder)  # logs and QSettings stay out of the user's

    from PySide6.QtCore import QSettings

    from app.services.clock import FixedClock
    from app.ui.application import create_qt_app

    app = create_qt_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    clock = FixedClock.on(args.today)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    for language in args.languages.split(","):  # each with its own shop, as the app has it
        shop = _demo_database(folder / f"demo-{language}.sqlite3", clock, args.business,
                              language)
        _shoot_language(app, shop, clock, language, sizes, args.out)
    print(f"screens written to {args.out}")
    return 0


def _demo_database(path: Path, clock: object, business: str,
                   language: str = "ru") -> tuple[object, int]:
    """The demo shop with a dozen reminders done 20 days ago: the card and the dashboard show
    contacts; returns the database and a contacted customer with the most orders."""
    from app.services.customers import load_customer_table
    from app.services.database import open_database
    from app.services.day import refresh_day
    from app.services.demo import create_demo_shop
    from app.services.messages.library import ensure_builtin_templates
    from app.services.reminders import tasks
    from app.services.reminders.config import business_type_values
    from app.services.settings import Settings

    db = open_database(path)
    today, now = clock.today(), clock.now()  # type: ignore[attr-defined]
    create_demo_shop(db, today, seed=7, language=language)
    ensure_builtin_templates(db)
    settings = Settings(db)
    settings.set_many(business_type_values(settings, business))
    refresh_day(db, settings, today - dt.timedelta(days=20), now - dt.timedelta(days=20),
                recompute_figures=True)
    done = tasks.today_list(db, settings, today - dt.timedelta(days=20)).items[:12]
    for item in done:
        tasks.done(db, item.id, now - dt.timedelta(days=20), channel="whatsapp", text="…")
    refresh_day(db, settings, today, now, recompute_figures=True)
    orders = load_customer_table(db).set_index("id")["orders"]
    return db, max((item.customer_id for item in done), key=lambda c: int(orders[c]))


def _shoot_language(app: object, shop: tuple[object, int], clock: object, language: str,
                    sizes: list[tuple[int, ...]], out: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSize

    from app.ui import i18n
    from app.ui.application import build_context
    from app.ui.dialogs.customer_card import CustomerCardDialog
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.main_window import PAGE_CLASSES, MainWindow

    db, customer = shop
    i18n.install(app, language)  # type: ignore[arg-type]
    context = build_context(db, language, clock=clock)  # type: ignore[arg-type]
    window = MainWindow(context)
    window.show()

    def settle() -> None:
        for _ in range(3):
            context.jobs.wait(30_000)
            QCoreApplication.processEvents()

    for width, height in sizes:
        room = QSize(width, height if width <= 960 else height - TASKBAR_AND_TITLE)
        window.resize(room)
        for key, _module, _class in PAGE_CLASSES:  # every page the window has
            window.show_page(key)
            settle()
            window.grab().save(str(out / f"{language}-{width}x{height}-{key}.png"))
        for name, dialog in (("card", CustomerCardDialog(context, customer, window)),
                             ("settings", SettingsDialog(context, window))):
            dialog.show()
            settle()
            # As on a screen of that size (the offscreen one is small).
            wanted = getattr(dialog, "unscrolled_size", dialog.size)()
            dialog.resize(wanted.boundedTo(room))
            for tab in range(dialog.tabs.count()):  # every tab: each must fit as it opens
                dialog.tabs.setCurrentIndex(tab)
                settle()
                suffix = f"-{tab + 1}" if tab else ""
                dialog.grab().save(str(out / f"{language}-{width}x{height}-{name}{suffix}.png"))
            dialog.hide()
            dialog.deleteLater()
    window.hide()
    context.jobs.cancel_all()
    context.jobs.wait(10_000)


if __name__ == "__main__":
    raise SystemExit(main())
