"""The Russian translation is complete and matches the code, English plurals have their forms;
the translators really load.

When these fail after adding UI strings: run `python tools/update_translations.py`, then translate
the new entries (`python tools/ts_fill.py --dump-missing`, fill the JSON, `tools/ts_fill.py FILE`).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def _describe(keys) -> str:
    return "\n".join(f"  [{c}] {s!r}" for c, s, _ in sorted(keys)[:40])


def test_every_string_has_a_russian_translation():
    missing = tool.untranslated(tool.TS_FILE)
    assert not missing, f"{len(missing)} strings without Russian:\n{_describe(missing)}"


def test_the_ts_file_holds_every_string_in_the_code():
    new, gone = tool.out_of_date(tool.TS_FILE)
    assert not new, (f"{len(new)} strings in the code are missing from regulars_ru.ts (run "
                     f"tools/update_translations.py):\n{_describe(new)}")
    assert not gone, f"{len(gone)} strings in regulars_ru.ts are no longer used:\n{_describe(gone)}"


def test_no_string_is_extracted_without_a_context():
    """A module-level `def tr(text)` helper makes lupdate file strings under an empty context,
    which the running app never looks up: use QCoreApplication.translate("Context", "text")."""
    with_empty = [key for key in tool.messages(tool.TS_FILE) if not key[0]]
    new, _gone = tool.out_of_date(tool.TS_FILE)
    with_empty += [key for key in new if not key[0]]
    assert not with_empty, _describe(with_empty)


def test_translation_calls_are_visible_to_lupdate():
    """lupdate reads `self.tr("text")` and `QCoreApplication.translate("Context", "text")`; a
    helper such as `t("text")`, `_tr("text")` or `tr = QCoreApplication.translate` hides the
    string (never translated) or files it under an empty context (never found at run time)."""
    import ast

    hidden = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in {"tr", "_tr", "t", "_t", "_"} and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}(...)")
    assert not hidden, "\n".join(hidden[:40])


def test_every_literal_translation_call_is_in_the_ts():
    """lupdate does not look inside f-strings (`f"<b>{self.tr('Text')}</b>"`): such a string is
    never extracted, so it stays English. Every literal tr()/translate() must reach the .ts."""
    import ast

    known = {(c, s) for c, s, _ in tool.messages(tool.TS_FILE)}
    lost = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for key, line in _literal_translations(ast.parse(path.read_text("utf-8"))):
            if key not in known:
                lost.append(f"{path.relative_to(ROOT)}:{line} [{key[0]}] {key[1]!r}")
    assert not lost, "\n".join(lost[:40])


def _literal_translations(tree):
    """((context, source), line) of self.tr("...") (context: the class) and translate/NOOP."""
    import ast

    def text(node):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        return node.value if is_text else None

    def visit(node, cls):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            owner = (func.value.id if isinstance(func, ast.Attribute)
                     and isinstance(func.value, ast.Name) and func.value.id != "self" else cls)
            if (name == "tr" and isinstance(func, ast.Attribute) and owner and args
                    and text(args[0]) is not None):  # self.tr: the class; Name.tr: Name
                yield (owner, text(args[0])), node.lineno
            elif (name in {"translate", "QT_TRANSLATE_NOOP", "_T"} and len(args) >= 2
                  and text(args[0]) is not None and text(args[1]) is not None):
                yield (text(args[0]), text(args[1])), node.lineno
        for child in ast.iter_child_nodes(node):
            yield from visit(child, cls)

    yield from visit(tree, None)


def test_service_error_messages_are_collected():
    found, _dynamic = tool.error_messages()
    assert tool.ERROR_TEXTS.read_text("utf-8") == tool.error_texts_module(found), (
        "app/ui/error_texts.py is out of date: run tools/update_translations.py")


def test_service_error_messages_are_constant():
    """An f-string message cannot be looked up in the translation: put the variable parts in
    `params=(...)` and `%1`, `%2`… in the text."""
    _found, dynamic = tool.error_messages()
    assert not dynamic, dynamic


def test_error_parameters_are_filled_in_after_translation(russian):
    from app.services.importing.reading import UnreadableFileError
    from app.ui.crash_dialog import error_message

    error = UnreadableFileError("The file %1 is empty.", params=("sales.csv",))
    assert str(error) == "The file sales.csv is empty."
    assert error_message(error) == "Файл sales.csv пустой."


def test_placeholders_survive_translation():
    broken = []
    for (context, source, _), message in tool.messages(tool.TS_FILE).items():
        translation = message.find("translation")
        if translation is None:
            continue
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        expected = set(re.findall(r"%\d", source))
        for text in texts:
            if text and set(re.findall(r"%\d", text)) != expected:
                broken.append((context, source, text))
    assert not broken, broken[:10]


def test_plural_messages_have_three_russian_forms():
    for (_c, source, _), message in tool.messages(tool.TS_FILE).items():
        if message.get("numerus") == "yes":
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")]
            assert len(forms) == 3, source


@pytest.fixture
def russian(qapp):
    language = i18n.install(qapp, "ru")
    yield language
    i18n.install(qapp, "en")


def test_russian_translator_translates_our_and_qts_strings(russian):
    assert russian == "ru"
    assert QCoreApplication.translate("settings", "Shop name") == "Название магазина"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    assert QLocale().language() == QLocale.Language.Russian
    source = ("Their contact details, purchases, messages and reminders are removed for good and "
              "disappear from lists, exports and reminders. Copies in automatic backups are "
              "deleted with those backups, after %n day(s).")
    forms = [QCoreApplication.translate("PrivacyActions", source, None, n) for n in (1, 3, 14, 21)]
    assert [f.rsplit(" ", 2)[-2:] for f in forms] == [
        ["1", "день."], ["3", "дня."], ["14", "дней."], ["21", "день."]]


def test_english_removes_the_russian_translator(qapp):
    i18n.install(qapp, "ru")
    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("settings", "Shop name") == "Shop name"


def test_every_english_plural_has_its_two_forms():
    """English source texts say "%n day(s)"; regulars_en.ts turns them into "1 day" / "5 days"."""
    missing = tool.untranslated(tool.EN_TS_FILE)
    assert not missing, (f"{len(missing)} plural strings without English forms (fill them with "
                         f"tools/ts_fill.py --ts {tool.EN_TS_FILE.name}):\n{_describe(missing)}")


def test_the_english_ts_holds_every_plural_in_the_code():
    new, gone = tool.out_of_date(tool.EN_TS_FILE)
    assert not new, f"{len(new)} plural strings missing from regulars_en.ts:\n{_describe(new)}"
    assert not gone, f"{len(gone)} strings in regulars_en.ts are no longer used:\n{_describe(gone)}"
    assert all(m.get("numerus") == "yes" for m in tool.messages(tool.EN_TS_FILE).values())


def test_english_plurals_read_naturally(qapp):
    assert i18n.install(qapp, "en") == "en"
    forms = [QCoreApplication.translate("DashboardPage", "%n day(s)", None, n) for n in (1, 5)]
    assert forms == ["1 day", "5 days"]
    from app.ui.rule_names import rule_label

    assert rule_label("not_bought_1") == "Win-back after 1 day"
    assert rule_label("not_bought_90") == "Win-back after 90 days"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_qm_is_compiled_into_the_cache_when_missing(language):
    shipped = i18n.ts_file(language).with_suffix(".qm")
    qm = i18n.qm_file(language)
    assert qm is not None and qm.exists()
    if not shipped.exists():
        assert qm.parent == i18n.cache_dir()
    assert qm.stat().st_mtime >= i18n.ts_file(language).stat().st_mtime


@pytest.mark.parametrize(("preferred", "system", "expected"), [
    ("ru", QLocale.Language.English, "ru"), ("en", QLocale.Language.Russian, "en"),
    ("system", QLocale.Language.Russian, "ru"), ("system", QLocale.Language.Kazakh, "ru"),
    ("system", QLocale.Language.German, "en"),
])
def test_language_follows_the_setting_then_the_system(preferred, system, expected):
    assert i18n.choose_language(preferred, QLocale(system)) == expected


def test_plural_strings_are_written_so_lupdate_sees_them_as_plurals():
    """`QCoreApplication.translate(context, text, None, n)` is filed by pyside6-lupdate as a
    plain message, so its plural forms are never used: plurals go through `self.tr(text, "", n)`
    or a `PluralContext` subclass (`Name.tr(text, "", n)`)."""
    import ast

    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name == "i18n.py":  # PluralContext itself
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and (len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords))):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_a_plural_context_gives_the_plural_forms(qapp):
    from app.ui.importing.summary import ImportSummary

    assert i18n.install(qapp, "ru") == "ru"
    try:
        assert [ImportSummary.tr("%Ln purchase(s)", "", n) for n in (1, 3, 5)] == [
            "1 покупка", "3 покупки", "5 покупок"]
    finally:
        i18n.install(qapp, "en")
    assert [ImportSummary.tr("%Ln purchase(s)", "", n) for n in (1, 2)] == [
        "1 purchase", "2 purchases"]
