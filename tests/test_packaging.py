"""Build the one-folder app with PyInstaller and run the built binary headless with --self-test.

Slow (a few minutes: the build collects Qt, pandas and matplotlib). It runs with the whole suite;
`pytest -m "not slow"` leaves it out while working.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller")
    out = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "pyinstaller.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    folder = out / "dist" / "Regulars"
    assert folder.is_dir()
    return folder


def _run(app: Path, data: Path, lang: str) -> subprocess.CompletedProcess[str]:
    binary = app / ("Regulars.exe" if sys.platform == "win32" else "Regulars")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(REGULARS_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", LANG=lang)
    return subprocess.run([str(binary), "--demo", "--self-test"], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300, check=False)


def test_bundle_has_resources_and_compiled_translation(built_app):
    internal = next(p for p in (built_app / "_internal", built_app) if (p / "resources").is_dir())
    resources = internal / "resources"
    assert (resources / "translations" / "regulars_ru.qm").stat().st_size > 1000
    assert (resources / "translations" / "regulars_en.qm").exists()  # English plural forms
    assert (resources / "icons" / "regulars.svg").exists()
    assert list((internal / "app" / "services" / "migrations").glob("v001_*.sql"))


@pytest.mark.parametrize(("lang", "customers"), [("ru_RU.UTF-8", "Покупатели"),
                                                 ("en_US.UTF-8", None)])
def test_built_binary_passes_its_self_test(built_app, tmp_path, lang, customers):
    done = _run(built_app, tmp_path, lang)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: ok" in done.stdout
    if customers:
        assert customers in done.stdout
    assert (tmp_path / "self-test.png").stat().st_size > 10_000


def test_built_binary_reads_a_workbook_in_its_child_process(built_app, tmp_path):
    """A workbook is parsed by the app's own executable run as a child (`--workbook-child`)."""
    from tests.services.importing import samples

    book = samples.write_xlsx(tmp_path, {"Продажи": [["Дата", "ФИО", "Телефон", "Сумма"],
                                                    ["05.03.2025", "Анна", "+79123456789", 100]]})
    binary = built_app / ("Regulars.exe" if sys.platform == "win32" else "Regulars")
    env = {**os.environ, "REGULARS_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(binary), "import", str(book), "--db", str(tmp_path / "db.sqlite3"),
                           "--yes"], env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 purchases" in done.stdout or "1 purchase" in done.stdout, done.stdout
