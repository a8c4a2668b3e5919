"""Fill untranslated entries of resources/translations/regulars_ru.ts from a JSON file.

    python tools/ts_fill.py --dump-missing > /tmp/missing.json   # what still needs Russian
    python tools/ts_fill.py /tmp/missing.json                    # write the translations in
    python tools/ts_fill.py --ts resources/translations/regulars_en.ts --dump-missing  # English

The JSON maps context -> English source -> Russian text, or a list of three forms for "%n"
messages (1 / 2-4 / 5+: "%n покупатель", "%n покупателя", "%n покупателей"; two for English:
"%n customer", "%n customers"). Entries that
are already translated are left alone unless --overwrite is given. Translations live in the .ts
(lupdate keeps them), the JSON is a throwaway work file.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import PLURAL_FORMS, TS_FILE, language_of, run_lupdate, untranslated


def dump_missing(ts_file: Path) -> dict[str, dict[str, object]]:
    missing = set(untranslated(ts_file))
    plural_forms = PLURAL_FORMS.get(language_of(ts_file), 3)
    result: dict[str, dict[str, object]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if (name, source, message.findtext("comment") or "") in missing:
                result.setdefault(name, {})[source] = (
                    [""] * plural_forms if message.get("numerus") == "yes" else "")
    return result


def fill(ts_file: Path, translations: dict[str, dict[str, object]], overwrite: bool = False) -> int:
    tree = ET.parse(ts_file)
    filled = 0
    plural_forms = PLURAL_FORMS.get(language_of(ts_file), 3)
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "")
            if not text:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") != "unfinished" and not overwrite and _has_text(translation):
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text] * plural_forms
                if len(forms) != plural_forms or not all(forms):
                    raise SystemExit(f"need {plural_forms} plural forms for "
                                     f"{message.findtext('source')!r}")
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if not isinstance(text, str):
                    raise SystemExit(f"need one text for {message.findtext('source')!r}")
                translation.text = text
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    run_lupdate(ts_file)  # lupdate rewrites the file in its own layout
    return filled


def _has_text(translation: ET.Element) -> bool:
    return bool((translation.text or "").strip()) or any(
        (f.text or "").strip() for f in translation.iter("numerusform"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_file", nargs="?", type=Path)
    parser.add_argument("--dump-missing", action="store_true")
    parser.add_argument("--overwrite", action="store_true")
    parser.add_argument("--ts", type=Path, default=TS_FILE)
    args = parser.parse_args(argv)
    if args.dump_missing:
        json.dump(dump_missing(args.ts), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.json_file is None:
        parser.error("give a JSON file or --dump-missing")
    filled = fill(args.ts, json.loads(args.json_file.read_text("utf-8")), args.overwrite)
    left = len(untranslated(args.ts))
    print(f"filled {filled}; {left} still not translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
