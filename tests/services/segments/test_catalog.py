"""The segment catalogue: one home for every segment's names, and the Russian translation file
agrees with it (the UI shows the .ts translation, task reasons and messages the catalogue's)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.services.messages.context import segment_name
from app.services.reminders.reasons import format_reason
from app.services.segments.catalog import CATALOG, KEYS, name_in, name_of

TS_FILE = Path(__file__).resolve().parents[3] / "resources" / "translations" / "regulars_ru.ts"


def _russian(context: str) -> dict[str, str]:
    """Finished translations of one context: source -> translation."""
    found: dict[str, str] = {}
    for ctx in ET.parse(TS_FILE).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete",
                                                                  "vanished"}:
                continue
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_keys_are_unique_and_every_segment_has_both_names() -> None:
    assert len(set(KEYS)) == len(KEYS) == 11
    assert all(info.name and info.name_ru for info in CATALOG)


@pytest.mark.parametrize("info", CATALOG, ids=lambda info: info.key)
def test_the_russian_translation_agrees_with_the_catalogue(info) -> None:
    russian = _russian("segments")
    assert russian.get(info.name) == info.name_ru
    assert russian.get(info.explanation), f"explanation of {info.key} is not translated"
    assert russian.get(info.action), f"action of {info.key} is not translated"


def test_name_in_a_language() -> None:
    assert name_in("cant_lose", "ru") == "Нельзя потерять"
    assert name_in("cant_lose", "en") == name_of("cant_lose") == "Can't lose them"
    assert name_in("cant_lose", "de") == "Can't lose them"
    assert name_in(None, "ru") == name_in("nonsense", "ru") == ""


def test_reasons_and_messages_use_the_catalogue() -> None:
    for info in CATALOG:
        assert segment_name(info.key, "ru") == info.name_ru
        assert segment_name(info.key, "en") == info.name
        reason = format_reason("segment_at_risk", {"segment": info.key, "days": 3}, "ru")
        assert f"«{info.name_ru}»" in reason
    assert segment_name("some_new_key", "ru") == "some new key"
    assert "«mystery»" in format_reason("segment_at_risk", {"segment": "mystery", "days": 3}, "ru")
