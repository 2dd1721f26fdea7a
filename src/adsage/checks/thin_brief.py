"""Whether a brief is too thin to plan, and the questions that block a real plan.

A brief with no offer, almost no benefits and no number in its goal still yields every
section of a plan, but its copy can only repeat the product's name and its targets are the
budget divided by a benchmark. Asking the client the few missing facts first is the useful
output; the plan shows them at its top and the bulk sheet marks each row not ready. Rule
data: ``knowledge/rules/thin_brief.yaml``. Pure: a brief in, question keys out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field

from adsage.i18n import t
from adsage.models.brief import Brief
from adsage.rules.base import SourcedRule, Strict
from adsage.rules.loader import load_rules


class ThinBriefRule(SourcedRule):
    min_benefits: int = Field(ge=1)
    min_product_words: int = Field(ge=1)
    tracking_words: list[str] = Field(min_length=1)


class ThinBriefRules(Strict):
    thin_brief: ThinBriefRule


@lru_cache(maxsize=1)
def thin_brief_rule() -> ThinBriefRule:
    return load_rules("thin_brief.yaml", ThinBriefRules).thin_brief


def _has_target(brief: Brief) -> bool:
    from adsage.checks.goal.parse import parse_goal

    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    return parsed.target is not None or parsed.value_target is not None


def _has_price(brief: Brief) -> bool:
    from adsage.planning.single_price import any_price

    return any_price([brief.product, brief.offer, brief.goal, *brief.benefits])


def is_thin(brief: Brief) -> bool:
    """No offer, fewer benefits than the rule's minimum and no number in the goal."""
    rule = thin_brief_rule()
    return (
        not brief.offer.strip()
        and len(brief.benefits) < rule.min_benefits
        and not _has_target(brief)
    )


def thin_questions(brief: Brief) -> list[str]:
    """The catalogue keys of the questions a thin brief leaves open, in the order a client
    answers them; empty when the brief is not thin."""
    if not is_thin(brief):
        return []
    rule = thin_brief_rule()
    text = " ".join([brief.product, brief.goal, brief.audience.description]).casefold()
    asked = {
        "thin.sold": len(brief.product.split()) < rule.min_product_words
        and not brief.audience.places,
        "thin.offer": not brief.offer.strip(),
        "thin.benefits": len(brief.benefits) < rule.min_benefits,
        "thin.target": not _has_target(brief),
        "thin.price": not _has_price(brief),
        "thin.pixel": not any(
            re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", text) for w in rule.tracking_words
        ),
    }
    return [key for key, missing in asked.items() if missing]


def thin_texts(brief: Brief) -> list[str]:
    """The questions in the brief's language (see :func:`thin_questions`)."""
    return [t(key, brief.language) for key in thin_questions(brief)]
