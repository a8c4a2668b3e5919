"""One small function per reminder rule: which occasions are due today, for every customer at once.

Each rule reads RuleInputs (pandas frames, days as integers) and returns an occasions frame with
OCCASION_COLUMNS: the customer, the rule key, the occasion key (what makes two reminders "the same":
generation inserts each (customer_id, rule, occasion_key) once), the due day, the purchase day the
occasion hangs on (anchor_day; -1 when none), the message template and the reason parameters (JSON).
Rules never look at do-not-contact or the frequency cap: generate.py applies those to all of them.

Two kinds of rule. An *event* fell due on one day (a day-3 thank-you, a birthday, a 3rd order, a
big order, a referral ask): it is suggested only within the catch-up window after that day, so a
thank-you is not sent on day 40 because the app was closed for a month. A *state* holds until the
customer buys or is contacted (not bought for N days and the win-back levels, later than their
own rhythm, the owner's own "not bought in N days", a move into At risk / Can't lose them): it is
due on any day while it holds, however long ago it began, so a first import of a long history
lists everyone who has lapsed (the daily capacity in tasks.py spreads them over the days).

An event is also only true for a while: each event occasion carries `until` (ISO date, the last
day it may be on the list) in its parameters, and the start of the day closes an open one past it
as missed (generate.expire; timing.py words the fallback for tasks stored without it):
- birthday greeting: due on the birthday and valid that day only (a greeting in advance is bad
  luck in Russia, and "happy birthday" a week late is not the same message);
- birthday heads-up ("prepare a gift", optional, no script): from N days before until the eve;
- after-purchase step day N: until the day before the next step falls due, and at most the
  catch-up window after its own day (the day-3 thank-you is gone when the day-14 tip is due);
- 3rd / 5th order, big order, referral: the catch-up window after their day.
States carry no `until`: they hold until a purchase or a contact retires them.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from app.services import day_numbers
from app.services.day_numbers import as_datetime64, to_iso
from app.services.loyalty.ladder import DEFAULT_LADDER, Ladder, reach_days
from app.services.reminders.config import CustomRule, RuleConfig
from app.services.reminders.inputs import RuleInputs

# Level key -> the reminder rule (and its script) that greets a customer reaching it.
LEVEL_RULES = {"vip": "milestone_3", "ambassador": "milestone_5"}

OCCASION_COLUMNS = ["customer_id", "rule", "occasion_key", "due_day", "anchor_day", "template",
                    "params"]


def empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c.endswith(("_id", "_day")) else "object")
                         for c in OCCASION_COLUMNS})


def occasions(customer_id: ArrayLike, rule: object, key_prefix: str,
              key_days: np.ndarray | pd.Series | None, due_day: ArrayLike, anchor_day: ArrayLike,
              template: object, **params: Any) -> pd.DataFrame:
    """Assemble an occasions frame; `params` columns become the reason_params JSON."""
    ids = np.asarray(customer_id, dtype="int64")
    if len(ids) == 0:
        return empty()
    anchor = np.broadcast_to(np.asarray(anchor_day, dtype="int64"), ids.shape)
    return pd.DataFrame({
        "customer_id": ids,
        "rule": _plain(rule, len(ids)),
        "occasion_key": [f"{key_prefix}{d}" for d in to_iso(key_days)]
        if key_days is not None else [key_prefix] * len(ids),
        "due_day": np.asarray(due_day, dtype="int64"),
        "anchor_day": anchor,
        "template": _plain(template, len(ids)),
        "params": encode_params(len(ids), params),
    })


def encode_params(n: int, params: dict[str, Any]) -> list[str]:
    """JSON objects, one per row, built column-wise (a json.dumps per row is the slow part)."""
    parts = []
    for name, value in params.items():
        if isinstance(value, np.ndarray) and value.dtype.kind in "iu":
            text = value.astype(str).astype(object)
        elif isinstance(value, np.ndarray) and value.dtype.kind == "f":
            text = np.array([repr(float(v)) for v in value], dtype=object)
        elif isinstance(value, np.ndarray) and value.dtype.kind == "M":  # dates -> "YYYY-MM-DD"
            text = '"' + value.astype("datetime64[D]").astype(str).astype(object) + '"'
        elif isinstance(value, str | int | float) or value is None:
            text = np.full(n, json.dumps(value, ensure_ascii=False), dtype=object)
        else:
            text = np.array([json.dumps(v, ensure_ascii=False) for v in value], dtype=object)
        parts.append(f"{json.dumps(name)}: " + text)
    if not parts:
        return ["{}"] * n
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + ", " + part
    objects: list[str] = ("{" + joined + "}").tolist()
    return objects


def _plain(value: object, n: int) -> list[Any]:
    if isinstance(value, str | int | float) or value is None:
        return [value] * n
    values: list[Any] = np.asarray(value).tolist()
    return values


def _fresh(inp: RuleInputs, cfg: RuleConfig, due: np.ndarray) -> np.ndarray:
    """An event: due, and not longer ago than the catch-up window."""
    return (due <= inp.today) & (inp.today - due <= cfg.catch_up_days)


def _holds(inp: RuleInputs, due: np.ndarray) -> np.ndarray:
    """A state: due from its first day for as long as it holds (no catch-up cutoff)."""
    return due <= inp.today


def not_bought(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """No order for N days (default 60), then win-back levels (90/180/365): a state.

    A contact restarts the N-day wait; only the highest level reached is suggested (generate.py
    turns an open lower level of the same lapse into it). A lapse whose reminder the owner skipped
    stays quiet until the customer buys again or someone contacts them (inputs.skipped_lapses).
    """
    base = int(cfg.value("not_bought", "days"))
    levels = [base] + [lv for lv in cfg.value("not_bought", "levels") if lv > base]
    s = inp.summary
    last = s["last_day"].to_numpy(dtype="int64")
    touch = np.maximum(last, inp.contact_days(s.index))
    since = inp.today - last
    level = np.zeros(len(s), dtype="int64")
    for lv in levels:
        level = np.where(since >= lv, lv, level)
    due = np.maximum(last + level, touch + base)
    hit = (level > 0) & _holds(inp, due) & ~inp.lapse_skipped(s.index, last)
    level, last = level[hit], last[hit]
    rule = np.where(level == base, "not_bought", np.char.add("not_bought_", level.astype(str)))
    template = np.where(level == base, cfg.value("not_bought", "template"),
                        cfg.value("not_bought", "level_template"))
    return occasions(s.index[hit], rule, "lapse:", last, due[hit], last, template,
                     days=since[hit], level=level, since=as_datetime64(last))


def rhythm(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """>= 3 orders and overdue: a state, once per lapse.

    Overdue is the predictions' own verdict where there is one for the customer (the day after
    the upper end of her next order's range; under a fitted model, from the day the model stops
    expecting her next order within that range), so the reminder and the Customers page never
    disagree; without a prediction, silent for more than 1.5x her own median interval."""
    o = inp.orders
    gaps = o["day"].diff().where(o["customer_id"].eq(o["customer_id"].shift()))
    by_customer = gaps.groupby(o["customer_id"]).median()
    s = inp.summary
    median: np.ndarray = by_customer.reindex(s.index).to_numpy(dtype="float64")
    ok = (s["orders_count"].to_numpy() >= int(cfg.value("rhythm", "min_orders"))) & (median >= 1)
    median = np.where(ok, median, 1.0)
    last = s["last_day"].to_numpy(dtype="int64")
    interval = np.rint(median).astype("int64")
    # days since > factor * median  <=>  days since >= floor(factor * median) + 1
    factor = float(cfg.value("rhythm", "factor"))
    overdue_from = last + np.floor(factor * median).astype("int64") + 1
    expected = last + interval
    if inp.predictions is not None:
        overdue_from, expected = _predicted_overdue(inp, s.index, overdue_from, expected)
    due = np.maximum(overdue_from, inp.contact_days(s.index) + interval)
    hit = ok & _holds(inp, due)
    last = last[hit]
    return occasions(s.index[hit], "rhythm", "since:", last, due[hit], last,
                     cfg.value("rhythm", "template"), interval=interval[hit],
                     days=inp.today - last, expected=as_datetime64(expected[hit]),
                     since=as_datetime64(last))


def _predicted_overdue(inp: RuleInputs, index: pd.Index, overdue_from: np.ndarray,
                       expected: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first overdue day and the expected day from the stored predictions, where a customer
    has one: the day after the range's upper end; overdue without an upper end (a fitted
    model no longer expecting her) from today; neither: never."""
    assert inp.predictions is not None
    p = inp.predictions.reindex(index)
    has = p["overdue"].notna().to_numpy()
    high = p["high_day"].to_numpy(dtype="float64")
    overdue = p["overdue"].eq(True).to_numpy(dtype=bool)
    never = inp.today + 10**6
    predicted = np.where(~np.isnan(high), np.nan_to_num(high) + 1,
                         np.where(overdue, inp.today, never)).astype("int64")
    next_day = p["next_day"].to_numpy(dtype="float64")
    return (np.where(has, predicted, overdue_from),
            np.where(has & ~np.isnan(next_day), np.nan_to_num(next_day), expected).astype("int64"))


def sequence(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """The step of the after-purchase sequence that is due now. After the first order (the
    default) the steps count from it and stop once the customer orders again; after every order,
    each purchase starts a new sequence and the old one stops."""
    steps = cfg.steps
    if not steps:
        return empty()
    step_days = np.array([st.day for st in steps], dtype="int64")
    s = inp.summary
    last = s["last_day"].to_numpy(dtype="int64")
    if cfg.value("sequence", "after") == "first":
        # Only one order so far: its first order is its latest.
        ok = s["orders_count"].to_numpy(dtype="int64") == 1
    else:
        ok = np.ones(len(s), dtype=bool)
    since = inp.today - last
    index = np.searchsorted(step_days, since, side="right") - 1
    valid = ok & (index >= 0)
    index = np.where(valid, index, 0)
    day = step_days[index]
    next_day = np.append(step_days[1:], np.iinfo("int32").max)[index]
    due = last + day
    hit = valid & (since < next_day) & _fresh(inp, cfg, due)
    day, last, due = day[hit], last[hit], due[hit]
    until = np.minimum(last + next_day[hit] - 1, due + cfg.catch_up_days)
    templates = np.array([st.template for st in steps], dtype=object)[index[hit]]
    rule = np.char.add("sequence_day_", day.astype(str))
    return occasions(s.index[hit], rule, "order:", last, due, last, templates,
                     step=day, ordered=as_datetime64(last), since=as_datetime64(last),
                     until=as_datetime64(until))


def birthday(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """The greeting on the birthday itself (29 February -> 28 February in other years; no year
    needed), and with heads_up_days > 0 a "prepare a gift" reminder that many days before."""
    ahead = int(cfg.value("birthday", "heads_up_days"))
    c = inp.customers
    month = pd.to_numeric(c["birthday_month"], errors="coerce").to_numpy(dtype="float64")
    mday = pd.to_numeric(c["birthday_day"], errors="coerce").to_numpy(dtype="float64")
    known = ~np.isnan(month) & ~np.isnan(mday) & (month >= 1) & (month <= 12) & (mday >= 1)
    month = np.where(known, month, 1).astype("int64")
    mday = np.where(known, mday, 1).astype("int64")
    this_year = day_numbers.to_date(inp.today).year
    found_day = np.full(len(c), -1, dtype="int64")
    found_year = np.zeros(len(c), dtype="int64")
    for year in (this_year, this_year + 1):
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        d = np.where((month == 2) & (mday == 29) & (not leap), 28, mday)
        first = np.datetime64(f"{year}-01", "M") + (month - 1)
        date = first.astype("datetime64[D]") + (d - 1)
        real = known & (date.astype("datetime64[M]") == first)  # 31 April is no date
        in_days = date.astype("int64") - inp.today
        take = real & (found_day < 0) & (in_days >= 0) & (in_days <= ahead)
        found_day = np.where(take, date.astype("int64"), found_day)
        found_year = np.where(take, year, found_year)
    born = pd.to_numeric(c["birthday_year"], errors="coerce").to_numpy(dtype="float64")
    frames = []
    for rule, hit, due, template in (
        ("birthday", found_day == inp.today, found_day, cfg.value("birthday", "template")),
        ("birthday_soon", found_day > inp.today, found_day - ahead, None),
    ):
        day = found_day[hit]
        age = [None if np.isnan(b) or b <= 0 else int(y - b)
               for b, y in zip(born[hit], found_year[hit], strict=True)]
        until = day if rule == "birthday" else day - 1
        frames.append(occasions(
            c.index[hit], rule, "", None, due[hit], -1, template, date=as_datetime64(day),
            in_days=day - inp.today, age=age, until=as_datetime64(until),
        ).assign(occasion_key=[f"year:{y}" for y in found_year[hit]]))
    return _concat(frames)


def milestones(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """Reaching a loyalty level by the ladder (services.loyalty): VIP gets the welcome
    ("milestone_3"), Ambassador asks what they want next ("milestone_5"). The rule keys are
    those of the default ladder, where VIP is the 3rd order and Ambassador the 5th; an edited
    ladder moves the day (e.g. VIP at 4 orders or at a sum spent). The occasion is the order
    that reached the level, so a level reached again later (a yearly window) is a new one."""
    ladder = inp.extra.get("loyalty_ladder", DEFAULT_LADDER)
    assert isinstance(ladder, Ladder)
    frames = []
    reach = reach_days(ladder, inp.orders)
    level = reach["level"].to_numpy()
    customer = reach["customer_id"].to_numpy()
    previous = np.r_[-1, level[:-1]]
    previous[np.r_[True, customer[1:] != customer[:-1]]] = -1
    for key, rule in LEVEL_RULES.items():
        target = ladder.index_of(key)
        if target < 0 or not cfg.enabled(rule):
            continue
        crossed = (level >= target) & (previous < target)
        day = reach["day"].to_numpy(dtype="int64")[crossed]
        n = inp.orders["n"].to_numpy(dtype="int64")[crossed]
        hit = _fresh(inp, cfg, day)
        frames.append(occasions(customer[crossed][hit], rule, "order:", day[hit],
                                day[hit], day[hit], cfg.value(rule, "template"), orders=n[hit],
                                level=key, ordered=as_datetime64(day[hit]),
                                until=as_datetime64(day[hit] + cfg.catch_up_days)))
    return _concat(frames)


def big_order(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """A paid order >= factor x the customer's average of their previous paid orders: thank
    personally. Free orders are never big and do not pull the average down; without an earlier
    paid order there is nothing to compare with."""
    o = inp.orders
    amount = o["amount_minor"].to_numpy(dtype="int64")
    paid = amount > 0
    by_customer = o["customer_id"].to_numpy()
    # Free orders add 0 to the running sum, so the sum over earlier orders is over paid ones.
    before = pd.Series(amount).groupby(by_customer).cumsum().to_numpy(dtype="int64") - amount
    paid_before = pd.Series(paid.astype("int64")).groupby(by_customer).cumsum().to_numpy() - paid
    # Positive when finite, so a free order (0) never reaches factor (>= 1) times it.
    average = np.where(paid_before > 0, before / np.maximum(paid_before, 1), np.inf)
    day = o["day"].to_numpy(dtype="int64")
    hit = (amount >= float(cfg.value("big_order", "factor")) * average) & _fresh(inp, cfg, day)
    ratio = np.round(amount[hit] / average[hit], 1)
    return occasions(o["customer_id"].to_numpy()[hit], "big_order", "order:", day[hit], day[hit],
                     day[hit], cfg.value("big_order", "template"), ratio=ratio,
                     amount_minor=amount[hit], average_minor=np.rint(average[hit]).astype("int64"),
                     ordered=as_datetime64(day[hit]),
                     until=as_datetime64(day[hit] + cfg.catch_up_days))


def referral(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """A few days after a repeat purchase, ask for a recommendation; at most once per N days."""
    s = inp.summary
    last = s["last_day"].to_numpy(dtype="int64")
    count = s["orders_count"].to_numpy(dtype="int64")
    due = last + int(cfg.value("referral", "delay_days"))
    previous = inp.last_referral.reindex(s.index).fillna(-(10**6)).to_numpy(dtype="int64")
    spaced = due - previous >= int(cfg.value("referral", "every_days"))
    hit = (count >= 2) & spaced & _fresh(inp, cfg, due)
    asks = occasions(s.index[hit], "referral", "order:", last[hit], due[hit], last[hit],
                     cfg.value("referral", "template"), orders=count[hit],
                     ordered=as_datetime64(last[hit]),
                     until=as_datetime64(due[hit] + cfg.catch_up_days))
    return _referral_peaks(inp, cfg, asks)


def _referral_peaks(inp: RuleInputs, cfg: RuleConfig, asks: pd.DataFrame) -> pd.DataFrame:
    """The other peak moments (referrals.peaks: a 9-10 score, a resolved complaint): asked on
    the day, spaced like the purchase asks; one ask per customer, the latest moment winning."""
    p = inp.referral_peaks
    p = p[p["customer_id"].isin(inp.summary.index)]  # a customer who bought from us
    if p.empty:
        return asks
    day = p["day"].to_numpy(dtype="int64")
    previous = inp.last_referral.reindex(p["customer_id"]).fillna(-(10**6)).to_numpy(
        dtype="int64")
    hit = (day - previous >= int(cfg.value("referral", "every_days"))) & _fresh(inp, cfg, day)
    peak = occasions(p["customer_id"].to_numpy()[hit], "referral", "peak:", day[hit], day[hit],
                     -1, cfg.value("referral", "template"),
                     moment=p["moment"].to_numpy(dtype=object)[hit],
                     until=as_datetime64(day[hit] + cfg.catch_up_days))
    both = pd.concat([asks, peak], ignore_index=True) if len(peak) else asks
    return both.sort_values("due_day", kind="stable").drop_duplicates("customer_id", keep="last")


def segment_change(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """Customers who moved into At risk or Can't lose them during this lapse (a state: the move
    is remembered until they buy again, inputs._segment_moves): once per lapse, and not within 30
    days after someone already spoke to them."""
    moves = inp.segment_moves
    moves = moves[moves.index.isin(inp.summary.index)]
    frames = []
    for key in ("at_risk", "cant_lose"):
        rule = f"segment_{key}"
        mine = moves[moves["segment"].to_numpy() == key]
        if not cfg.enabled(rule) or mine.empty:
            continue
        ids = mine.index
        last = inp.summary.loc[ids, "last_day"].to_numpy(dtype="int64")
        quiet = inp.today - inp.contact_days(ids) >= 30
        previous = mine["previous"].to_numpy(dtype=object)
        frames.append(occasions(ids[quiet], rule, "since:", last[quiet], inp.today, last[quiet],
                                cfg.value(rule, "template"), segment=key,
                                previous=previous[quiet], days=inp.today - last[quiet],
                                since=as_datetime64(last[quiet])))
    return _concat(frames)


def custom(inp: RuleInputs, cfg: RuleConfig) -> pd.DataFrame:
    """The owner's own "not bought in N days", limited to a product category and/or a tag: a
    state, like not_bought."""
    return _concat([_custom_one(inp, cfg, rule) for rule in cfg.custom if rule.enabled])


def _custom_one(inp: RuleInputs, cfg: RuleConfig, rule: CustomRule) -> pd.DataFrame:
    if rule.category:
        cats = inp.category_last
        if cats is None:
            return empty()
        mine = cats[cats["category"].to_numpy() == rule.category.strip().casefold()]
        anchor = pd.Series(mine["day"].to_numpy(), index=pd.Index(mine["customer_id"]))
    else:
        anchor = inp.summary["last_day"]
    if rule.tag:
        wanted = rule.tag.strip().casefold()
        tags = inp.customers["tags"]
        tags = tags[tags.notna() & tags.ne("")]
        tagged = [wanted in {p.strip() for p in t.casefold().replace(";", ",").split(",")}
                  for t in tags.tolist()]
        anchor = anchor[anchor.index.isin(tags.index[np.array(tagged, dtype=bool)])]
    day = anchor.to_numpy(dtype="int64")
    touch = np.maximum(day, inp.contact_days(anchor.index))
    due = touch + rule.days
    hit = _holds(inp, due)
    return occasions(anchor.index[hit], "custom", f"custom:{rule.id}:", day[hit], due[hit],
                     day[hit], rule.template, rule_id=rule.id, days=inp.today - day[hit],
                     limit=rule.days, category=rule.category, tag=rule.tag,
                     since=as_datetime64(day[hit]))


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if not f.empty]
    return pd.concat(frames, ignore_index=True) if frames else empty()


RULES = {  # config section -> rule function
    "not_bought": not_bought,
    "rhythm": rhythm,
    "sequence": sequence,
    "birthday": birthday,
    "milestones": milestones,
    "big_order": big_order,
    "referral": referral,
    "segment_change": segment_change,
    "custom": custom,
}
