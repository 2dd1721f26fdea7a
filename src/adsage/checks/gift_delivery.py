"""A gift occasion at the end of the flight, for a shop that delivers.

"Dostawa kurierem w 2 dni robocze" in a Christmas flight to 23 December: an order placed on
the 22nd arrives after Wigilia, so the last days' ads sell a gift that comes too late.  When
the brief states its delivery time in working days, the plan works out the last order day
that still arrives the day before the occasion (weekends skipped; holidays and couriers'
breaks not modelled, so it says it is an estimate) and advises to stop or change the message
after it.  When the brief gives no delivery time the plan never assumes one: it asks the
client for the last order day.

Pure: brief in, findings out.  Occasions, cues and the delivery-time patterns live in
``knowledge/rules/gift_delivery.yaml``; the occasions' dates come from ``brief_dates.yaml``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from adsage.checks.brief_dates import brief_dates_rule, day_in
from adsage.i18n.catalogue import t
from adsage.i18n.formatting import date as fmt_date
from adsage.lang.folding import fold
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, Strict, finding
from adsage.rules.loader import load_rules

if TYPE_CHECKING:
    from adsage.models.brief import Brief

RULE = "brief.gift_delivery_cutoff"


class Occasion(Strict):
    day: str
    markets: list[str] = []
    cues: list[str]


class GiftDeliveryRule(SourcedRule):
    delivery_cues: dict[str, list[str]]
    working_days: dict[str, str]
    occasions: dict[str, Occasion]


class GiftDeliveryRules(Strict):
    version: int
    gift_delivery: GiftDeliveryRule


def gift_delivery_rule() -> GiftDeliveryRule:
    return load_rules("gift_delivery.yaml", GiftDeliveryRules).gift_delivery


def _starts(text: str, cues: list[str]) -> bool:
    return any(re.search(rf"(?<![^\W_]){re.escape(fold(c))}", text) for c in cues)


def add_working_days(day: date, n: int) -> date:
    """The ``n``-th Monday-to-Friday day after ``day`` (the order day itself not counted)."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def last_order_day(occasion: date, n: int) -> date:
    """The latest day an order still arrives by the day before ``occasion``, ``n`` working
    days after it is placed."""
    day = occasion - timedelta(days=1)
    while add_working_days(day, n) >= occasion:
        day -= timedelta(days=1)
    return day


def delivery_days(texts: list[str], rule: GiftDeliveryRule) -> tuple[int, str] | None:
    """The brief's own delivery time in working days (the longest of a range) and its words
    as written, or None when the brief states none."""
    for text in texts:
        low = fold(text)
        for pattern in rule.working_days.values():
            m = re.search(pattern, low)
            if m:
                days = max(int(g) for g in m.groups() if g)
                return days, text[m.start() : m.end()]
    return None


def _occasion(brief: Brief, rule: GiftDeliveryRule, ahead: int) -> tuple[str, date] | None:
    """The first occasion the brief is about whose date falls in the flight or at most
    ``ahead`` days after it (a flight to 23 December runs into Wigilia)."""
    days = brief_dates_rule().days
    first = (brief.audience.locations or [""])[0].upper()
    words = fold(
        " ".join(
            [brief.product, brief.offer or "", brief.goal, brief.audience.description or ""]
            + list(brief.benefits)
        )
    )
    start, end = brief.schedule.start, brief.schedule.end
    for key, occ in rule.occasions.items():
        if occ.markets and first not in occ.markets:
            continue
        if occ.day not in days or not _starts(words, occ.cues):
            continue
        for year in range(start.year, end.year + 2):
            when = day_in(days[occ.day], year)
            if start < when <= end + timedelta(days=ahead):
                return key, when
    return None


def gift_delivery_findings(brief: Brief) -> list[Finding]:
    """One warning per plan: the last order day before the occasion, or the question for it."""
    rule = gift_delivery_rule()
    lang = brief.language
    sold = [brief.offer or "", *brief.benefits, brief.product]
    if not _starts(fold(" ".join(sold)), [c for cs in rule.delivery_cues.values() for c in cs]):
        return []
    stated = delivery_days(sold, rule)
    # with a stated time, an occasion a few days after the flight still counts (its last
    # order day may fall inside the flight); without one, only the day after the flight
    found = _occasion(brief, rule, 1 if stated is None else 7 + 2 * stated[0])
    if found is None:
        return []
    key, when = found
    end = brief.schedule.end
    names = {
        "occasion": t(f"gift_delivery.day.{key}", lang),
        "name": t(f"gift_delivery.name.{key}", lang),
        "date": fmt_date(when, lang),
        "last": fmt_date(end, lang),
    }
    if stated is None:
        return [
            finding(
                RULE,
                rule.severity,
                t("gift_delivery.unknown", lang, **names),
                rule,
                field="benefits",
                suggestion=t("gift_delivery.unknown.fix", lang, **names),
            )
        ]
    n, said = stated
    order = last_order_day(when, n)
    if order >= end:
        return []
    return [
        finding(
            RULE,
            rule.severity,
            t(
                "gift_delivery.cutoff",
                lang,
                said=said,
                order=fmt_date(order, lang),
                **names,
            ),
            rule,
            field="benefits",
            suggestion=t(
                "gift_delivery.cutoff.fix",
                lang,
                after=fmt_date(order + timedelta(days=1), lang),
                **names,
            ),
        )
    ]
