"""Refresh resources/translations/regulars_{ru,en}.ts from the source code (pyside6-lupdate).

    python tools/update_translations.py          # update the .ts (keeps existing translations)
    python tools/update_translations.py --check  # exit 1 if the .ts lacks strings or translations

regulars_ru.ts holds every string; regulars_en.ts only the plural ("%n") ones (lupdate
-pluralonly), with the English singular and plural forms ("%n day" / "%n days").

Before lupdate runs, the English messages of the services' errors (`...Error("text", hint="...")`
in app/services) are collected into app/ui/error_texts.py, which lupdate then reads like any other
source: the UI shows those messages through QCoreApplication.translate("errors", text).
Translations themselves live in the .ts (lupdate keeps them); fill gaps with tools/ts_fill.py.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "regulars_ru.ts"
EN_TS_FILE = ROOT / "resources" / "translations" / "regulars_en.ts"
ERROR_TEXTS = ROOT / "app" / "ui" / "error_texts.py"
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en",
                   "-tr-function-alias", "QT_TRANSLATE_NOOP+=_T"]
PLURAL_FORMS = {"ru": 3, "en": 2}  # numerus forms per language (1 / 2-4 / 5+; 1 / other)


def language_of(ts_file: Path) -> str:
    """"ru" for regulars_ru.ts."""
    return ts_file.stem.rsplit("_", 1)[-1]


def lupdate_options(ts_file: Path) -> list[str]:
    language = language_of(ts_file)
    only_plurals = ["-pluralonly"] if language == "en" else []
    return [*LUPDATE_OPTIONS, "-target-language", language, *only_plurals]


def source_files() -> list[Path]:
    files = [ROOT / "main.py", *sorted((ROOT / "app").rglob("*.py"))]
    return [f for f in files if f.exists() and "__pycache__" not in f.parts]


def lupdate_command() -> list[str]:
    import PySide6

    for name in ("lupdate", "lupdate.exe"):
        binary = Path(PySide6.__file__).parent / name
        if binary.exists():
            return [str(binary)]
    script = shutil.which("pyside6-lupdate")
    if script is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6 in this environment")
    return [script]


def run_lupdate(ts_file: Path) -> None:
    """Merge the strings found in the sources into `ts_file` (created when missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(f) for f in source_files()))
    try:
        done = subprocess.run([*lupdate_command(), *lupdate_options(ts_file), f"@{lst.name}",
                               "-ts", str(ts_file)], capture_output=True, text=True, check=False)
    finally:
        Path(lst.name).unlink()
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}\n{done.stderr}")


# --- error messages of the services ----------------------------------------------------------

def error_messages(services: Path | None = None) -> tuple[list[str], list[str]]:
    """Constant texts passed to `*Error(...)` in the services, and where f-strings were used."""
    found: list[str] = []
    dynamic: list[str] = []
    trees = [(path, ast.parse(path.read_text("utf-8")))
             for path in sorted((services or ROOT / "app" / "services").rglob("*.py"))]
    user_facing = _user_facing_errors(tree for _path, tree in trees)
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _called_name(node) not in user_facing:  # ValueError, Jinja's errors: no UI
                continue
            args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "hint")]
            for arg in args:
                text = _constant_text(arg)
                if text is not None:
                    found.append(text)
                elif isinstance(arg, ast.JoinedStr):
                    dynamic.append(f"{path.relative_to(ROOT)}:{arg.lineno}")
    return sorted(set(found)), dynamic


def _user_facing_errors(trees) -> set[str]:
    """UserFacingError and the names of the classes derived from it in the services."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")
                                    for b in node.bases}
    found = {"UserFacingError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _called_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _constant_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a " "b" split by + signs
        left, right = _constant_text(node.left), _constant_text(node.right)
        return left + right if left is not None and right is not None else None
    return None


def error_texts_module(messages: list[str]) -> str:
    lines = [
        "# ruff: noqa: E501",
        '"""Generated by tools/update_translations.py: the services\' error messages, so lupdate',
        "finds them (context \"errors\"). Do not edit by hand; re-run the tool.",
        '"""',
        "",
        "from app.services.settings import QT_TRANSLATE_NOOP",
        "",
        "ERROR_TEXTS = (",
        *(f"    QT_TRANSLATE_NOOP(\"errors\", {m!r})," for m in messages),
        ")",
        "",
    ]
    return "\n".join(lines)


# --- checks ----------------------------------------------------------------------------------

def messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message> element."""
    result = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = message
    return result


def untranslated(ts_file: Path) -> list[tuple[str, str, str]]:
    missing = []
    plural_forms = PLURAL_FORMS.get(language_of(ts_file), 3)
    for key, message in messages(ts_file).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            missing.append(key)
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != plural_forms or not all(f.strip() for f in forms):
                missing.append(key)
        elif not (translation.text or "").strip():
            missing.append(key)
    return missing


def out_of_date(ts_file: Path = TS_FILE) -> tuple[set, set]:
    """(strings in the code but not in the .ts, strings in the .ts no longer in the code)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts_file.name
        shutil.copyfile(ts_file, fresh)
        run_lupdate(fresh)
        now, committed = set(messages(fresh)), set(messages(ts_file))
    return now - committed, committed - now


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report, change nothing")
    args = parser.parse_args(argv)
    found, dynamic = error_messages()
    for where in dynamic:
        print(f"note: an f-string error message cannot be translated: {where}")
    if args.check:
        stale = ERROR_TEXTS.read_text("utf-8") != error_texts_module(found)
        failed = stale
        for ts_file in (TS_FILE, EN_TS_FILE):
            new, gone = out_of_date(ts_file)
            missing = untranslated(ts_file)
            for key in sorted(new):
                print(f"not in {ts_file.name}: [{key[0]}] {key[1]!r}")
            for key in sorted(missing):
                print(f"not translated in {ts_file.name}: [{key[0]}] {key[1]!r}")
            print(f"{ts_file.name}: {len(new)} new, {len(gone)} vanished, "
                  f"{len(missing)} untranslated")
            failed = failed or bool(new or gone or missing)
        if stale:
            print("error_texts.py is out of date")
        return 1 if failed else 0
    ERROR_TEXTS.write_text(error_texts_module(found), "utf-8")
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    for ts_file in (TS_FILE, EN_TS_FILE):
        run_lupdate(ts_file)
        total, missing = len(messages(ts_file)), len(untranslated(ts_file))
        print(f"{ts_file.relative_to(ROOT)}: {total} strings, {missing} not translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
