"""The eleven RFM segments: stable keys, English names, what they mean and what to do about them.

Keys are stored in the database (customer_stats.segment, segment_snapshots.segment) and printed by
the CLI, so they never change. Names, explanations and actions are English source strings marked for
Qt's translator (context "segments"); the UI translates them. Only the names also carry their
Russian form (`name_in`), for the reasons and messages the services word themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.settings import QT_TRANSLATE_NOOP

_T = QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SegmentInfo:
    key: str
    name: str
    # The Russian name, for the text services finish themselves (task reasons, the message
    # variable `segment`), which must also print where Qt's translator is not running (the CLI).
    # A test checks that the translation file agrees.
    name_ru: str
    explanation: str
    action: str
    template_key: str
    # Higher is healthier: orders the table and tells "moved down" from "came back".
    health: int


CATALOG: tuple[SegmentInfo, ...] = (
    SegmentInfo(
        "champions", _T("segments", "Champions"), "Чемпионы",
        _T("segments", "Bought recently and often: your best customers."),
        _T("segments", "Thank them personally, give early access to new arrivals and ask "
                       "them to recommend you."),
        "referral", 11),
    SegmentInfo(
        "loyal", _T("segments", "Loyal"), "Лояльные",
        _T("segments", "Buy regularly, although not always very recently."),
        _T("segments", "Keep in touch, ask for a review and invite them to bring a friend."),
        "upsell", 10),
    SegmentInfo(
        "potential_loyalist", _T("segments", "Potential loyalist"), "Потенциально лояльные",
        _T("segments", "Recent customers with two or three orders: on their way to becoming "
                       "regulars."),
        _T("segments", "Suggest what goes well with what they bought and make the next order "
                       "easy."),
        "upsell", 9),
    SegmentInfo(
        "new", _T("segments", "New"), "Новички",
        _T("segments", "Made their first order very recently."),
        _T("segments", "Say thank you, check they are happy and give a useful tip about the "
                       "purchase."),
        "thank_you_day_3", 8),
    SegmentInfo(
        "promising", _T("segments", "Promising"), "Перспективные",
        _T("segments", "Bought once, fairly recently, and have not come back yet."),
        _T("segments", "Send a helpful tip or a small reason to come back before they forget "
                       "you."),
        "tip_day_14", 7),
    SegmentInfo(
        "need_attention", _T("segments", "Need attention"), "Требуют внимания",
        _T("segments", "Bought a few times, but the last order was a while ago."),
        _T("segments", "Ask how they are doing and mention something new that suits them."),
        "soft_reminder", 6),
    SegmentInfo(
        "about_to_sleep", _T("segments", "About to sleep"), "Засыпающие",
        _T("segments", "Bought once or twice some time ago and are going quiet."),
        _T("segments", "Send a friendly reminder with something relevant to what they bought."),
        "soft_reminder", 5),
    SegmentInfo(
        "at_risk", _T("segments", "At risk"), "Под угрозой",
        _T("segments", "Used to buy often but have been silent for a long time."),
        _T("segments", "Write personally, ask what went wrong and offer something useful."),
        "winback", 4),
    SegmentInfo(
        "cant_lose", _T("segments", "Can't lose them"), "Нельзя потерять",
        _T("segments", "Were among your most frequent customers and have stopped buying."),
        _T("segments", "Call or write yourself, today: find out why and win them back."),
        "winback", 3),
    SegmentInfo(
        "hibernating", _T("segments", "Hibernating"), "Спящие",
        _T("segments", "Bought once or twice long ago."),
        _T("segments", "Try one good offer; do not write to them often."),
        "winback", 2),
    SegmentInfo(
        "lost", _T("segments", "Lost"), "Потерянные",
        _T("segments", "Have not bought for longer than the limit set in Settings."),
        _T("segments", "One win-back message at most; otherwise focus on the others."),
        "winback", 1),
)

BY_KEY: dict[str, SegmentInfo] = {info.key: info for info in CATALOG}
KEYS: tuple[str, ...] = tuple(info.key for info in CATALOG)

# Segments of customers who have stopped buying: leaving them for any other is "came back".
DORMANT = frozenset({"at_risk", "cant_lose", "hibernating", "lost"})

# The widely used 5x5 map: rows R5..R1, columns F1..F5.
_ROWS = {
    5: ("new", "potential_loyalist", "potential_loyalist", "champions", "champions"),
    4: ("promising", "potential_loyalist", "potential_loyalist", "loyal", "loyal"),
    3: ("about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"),
    2: ("hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"),
    1: ("hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"),
}


def segment_for(r_score: int, f_score: int) -> str:
    """The map's segment for an R and an F score (both 1..5); Lost is decided separately."""
    return _ROWS[r_score][f_score - 1]


def name_of(key: str | None) -> str:
    """English display name of a segment key ("" for none), for the CLI and exports."""
    return BY_KEY[key].name if key in BY_KEY else ""


def name_in(key: str | None, language: str) -> str:
    """The segment's name in "ru" (Russian) or any other language (English); "" for none."""
    info = BY_KEY.get(key) if key else None
    if info is None:
        return ""
    return info.name_ru if language == "ru" else info.name
