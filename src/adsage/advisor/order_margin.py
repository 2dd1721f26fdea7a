"""Whether the market's typical cost per purchase leaves room for a margin at the brief's
price, and the question the plan asks the client when it may not.

A Sales plan judged on cost per purchase alone looks fine until the cost per purchase is
most of the price: each order then pays for the ad and the product and leaves little or
nothing. Only the client knows the margin and the average order value, so the plan states
the two figures it has (typical cost, lowest price), computed once here, and asks for the
rest. Rule data: ``knowledge/rules/order_margin.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from adsage.i18n import t
from adsage.models.brief import Brief
from adsage.models.plan import PlanNumbers
from adsage.rules.base import Sourced, Strict
from adsage.rules.loader import load_rules


class OrderMarginRule(Sourced):
    min_share: float = Field(gt=0)


class OrderMarginRules(Strict):
    order_margin: OrderMarginRule


@lru_cache(maxsize=1)
def order_margin_rule() -> OrderMarginRule:
    return load_rules("order_margin.yaml", OrderMarginRules).order_margin


def margin_question(brief: Brief, nums: PlanNumbers | None) -> str:
    """The note under the KPI table when the typical cost per purchase is at least the rule's
    share of the brief's (lowest) price in the budget's currency; "" otherwise."""
    from adsage.planning.single_price import entry_price, sold_price
    from adsage.planning.texts import money

    if nums is None or nums.metric != "purchases" or not nums.cost_per_result:
        return ""
    if nums.cost_unit != 1:
        return ""
    texts = [brief.product, brief.offer, *brief.benefits]
    price = entry_price(texts)
    if price is None or price.currency != nums.currency.upper():
        return ""
    share = nums.cost_per_result / price.amount
    if share < order_margin_rule().min_share:
        return ""
    lang = brief.language
    key = "plan.margin.at" if sold_price(texts) is not None else "plan.margin.from"
    return t(
        key,
        lang,
        cost=money(nums.cost_per_result, nums.currency, lang),
        price=money(price.amount, price.currency, lang),
        share=round(share * 100),
    )
