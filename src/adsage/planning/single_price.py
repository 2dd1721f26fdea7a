"""The one price a brief sells at, and the cost per purchase a ROAS floor means at that price.

With one price every purchase is worth the same, so optimising for conversion value has
nothing to rank between buyers; a minimum ROAS is then exactly a most-per-purchase of
price / ROAS. The plan optimises for purchases with that cost per result goal instead of value
with a ROAS floor, and shows the figure computed here everywhere (objective line, budget
header, JSON, bulk sheet). Anything short of one clear price (a range, "from", two products, a
catalogue, a discount without the price, a monthly fee, another currency) keeps value
optimisation: a wrong cap would throttle or overspend, a kept ROAS goal never does.

Wording and source: ``knowledge/rules/single_price.yaml``. Pure: brief text in, a price out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from adsage.rules.base import Sourced, Strict
from adsage.rules.loader import load_rules

if TYPE_CHECKING:
    from adsage.checks.goal.parse import ParsedGoal
    from adsage.models.brief import Brief

SALES = "OUTCOME_SALES"
CATALOGUE_STRUCTURE = "advantage_plus_sales"


class SinglePriceRule(Sourced):
    previous: list[str]
    not_single_before: list[str]
    not_single_after: list[str]
    # words before the lowest of several prices ("od 89 zł", "from $20"): the least an order
    # costs, read by :func:`entry_price`
    entry_before: list[str] = []


class SinglePriceRules(Strict):
    single_price: SinglePriceRule


@dataclass(frozen=True)
class Price:
    """A price the brief states: the amount, its currency code and the words it was read from."""

    amount: float
    currency: str
    said: str


@dataclass(frozen=True)
class PriceCap:
    """The cost per purchase a minimum ROAS means at the brief's one price (price / floor)."""

    price: Price
    floor: float
    cap: float


def single_price_rule() -> SinglePriceRule:
    return load_rules("single_price.yaml", SinglePriceRules).single_price


def _words(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The amount pattern (a figure with a currency sign or code before or after it), the
    sign-to-code table (signs in lower case), and the words read just before and just
    after an amount."""
    from adsage.checks.brief_money import brief_money_rule

    money = brief_money_rule().currency_market
    signs = {s.lower(): c for s, c in (money.signs if money is not None else {}).items()}
    rule = single_price_rule()
    sign = "|".join(re.escape(s) for s in sorted(signs, key=len, reverse=True))
    num = r"\d{1,3}(?:[ \u00a0.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
    amount = re.compile(
        rf"(?<![\w$])(?P<a>{sign})\s?(?P<n1>{num})(?![\d\w])"
        rf"|(?<![\w.,])(?P<n2>{num})\s?(?P<b>{sign})(?!\w)",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"(?:(?<!\w)(?P<prev>{_words(rule.previous)})|(?<!\w)(?P<not>"
        rf"{_words(rule.not_single_before)})|(?P<range>\d\s*[-–—]))\s*:?\s*$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"^\s*(?:(?P<not>{_words(rule.not_single_after)})(?!\w)|(?P<range>[-–—]\s*\d))",
        re.IGNORECASE,
    )
    return amount, signs, before, after


def _number(text: str) -> float | None:
    """ "1 299,00" -> 1299.0, "1,299.50" -> 1299.5, "297" -> 297.0."""
    digits = text.replace("\u00a0", " ").replace(" ", "")
    head, sep, tail = max((digits.rpartition(s) for s in ",."), key=lambda p: len(p[0]))
    if sep and len(tail) <= 2:
        whole = head.replace(",", "").replace(".", "")
        return float(f"{whole}.{tail}") if whole.isdigit() and tail.isdigit() else None
    whole = digits.replace(",", "").replace(".", "")
    return float(whole) if whole.isdigit() else None


def sold_price(texts: Sequence[str | None]) -> Price | None:
    """The one price ``texts`` (the brief's product, offer and benefits) state for what is
    sold, or None: none stated, two different ones, a range or a threshold ("from", "up to",
    "orders over"), a discount without its price ("400 GBP off") or a recurring fee. An
    earlier price ("instead of 497 zł") is not what a buyer pays, so it is skipped."""
    amount, signs, before, after = _patterns()
    found: list[Price] = []
    for text in texts:
        for m in amount.finditer(text or ""):
            lead = before.search(text[: m.start()][-30:] if text else "")
            tail = after.match(text[m.end() :] if text else "")
            if (lead and (lead.group("not") or lead.group("range"))) or tail:
                return None
            if lead and lead.group("prev"):
                continue  # the price before the cut
            code = signs.get((m.group("a") or m.group("b") or "").lower())
            value = _number(m.group("n1") or m.group("n2") or "")
            if code is None or value is None or value <= 0:
                return None
            found.append(Price(value, code, m.group(0).strip()))
    if not found or len({(p.amount, p.currency) for p in found}) != 1:
        return None
    return found[0]


def any_price(texts: Sequence[str | None]) -> bool:
    """Whether ``texts`` state any amount with a currency (a price, a range, a threshold)."""
    amount = _patterns()[0]
    return any(amount.search(x or "") for x in texts)


def entry_price(texts: Sequence[str | None]) -> Price | None:
    """The least an order costs by the brief's words: its one price (:func:`sold_price`), or
    the lowest amount after a word of ``entry_before`` ("bouquets from 89 zł"); None when
    neither is stated or the amounts differ in currency."""
    one = sold_price(texts)
    if one is not None:
        return one
    amount, signs, _, _ = _patterns()
    words = single_price_rule().entry_before
    if not words:
        return None
    lead = re.compile(rf"(?<!\w)(?:{_words(words)})\s*:?\s*$", re.IGNORECASE)
    found: list[Price] = []
    for text in texts:
        for m in amount.finditer(text or ""):
            if not lead.search((text or "")[: m.start()][-30:]):
                continue
            code = signs.get((m.group("a") or m.group("b") or "").lower())
            value = _number(m.group("n1") or m.group("n2") or "")
            if code is not None and value is not None and value > 0:
                found.append(Price(value, code, m.group(0).strip()))
    if not found or len({p.currency for p in found}) != 1:
        return None
    return min(found, key=lambda p: p.amount)


def price_cap(brief: Brief, parsed: ParsedGoal, objective: str, structure: str) -> PriceCap | None:
    """The cost per purchase a sales goal's minimum ROAS means at the brief's one price, when
    that reading is sound: a Sales plan for one product (no catalogue), a ROAS floor and no
    cost cap of the goal's own, a goal counted in orders (not items, where an order's value
    varies) and the price in the budget's currency (never converted). None otherwise, and the
    plan keeps value optimisation with the ROAS goal."""
    if objective != SALES or structure == CATALOGUE_STRUCTURE:
        return None
    if brief.catalog or brief.product_count != 1 or parsed.unit_kind == "items":
        return None
    floors = [c for c in parsed.constraints if c.metric == "roas" and c.bound == "min"]
    if len(floors) != 1 or floors[0].value <= 0:
        return None
    if any(c.bound == "max" and c.metric != "roas" for c in parsed.constraints):
        return None  # the goal's own cost cap is the bid: never two caps
    price = sold_price([brief.product, brief.offer, *brief.benefits])
    if price is None or price.currency != brief.budget.currency.upper():
        return None
    floor = floors[0].value
    return PriceCap(price, floor, roas_cap(price.amount, floor))


def roas_cap(price: float, floor: float) -> float:
    """The most a purchase may cost at ``price`` for a ROAS of ``floor``, to the cent: the
    one figure the plan bids, the sheet carries and the goal check compares."""
    return round(price / floor, 2)
