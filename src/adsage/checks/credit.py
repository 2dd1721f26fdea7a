"""Consumer credit ads that state a cost ("no fees", "0%", "bez prowizji") without the
standard information (a representative example with the APR / RRSO).

The law is the advertiser's (the EU directive, Poland's consumer credit act, the UK's CONC),
and Meta asks ads to follow it; whether one ad needs the full example is a lawyer's call,
so this only warns.  Under a financial special ad category any cost term counts; in any other
vertical ("Raty 0%" at a clinic, "0% instalments" in a shop) a cost term counts when a field
also names the credit itself, so "20% off" stays clean.
The rule and its word lists are data: ``knowledge/rules/credit.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from adsage.i18n import t
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, Strict, finding
from adsage.rules.loader import load_rules


class CostTermsRule(SourcedRule):
    categories: list[str]
    credit_words: list[str] = []
    cost_terms: list[str]
    disclosure_terms: list[str]


class CreditRules(Strict):
    cost_terms: CostTermsRule


@lru_cache(maxsize=1)
def _compiled() -> tuple[CostTermsRule, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    rule = load_rules("credit.yaml", CreditRules).cost_terms
    cost = re.compile("|".join(f"(?:{p})" for p in rule.cost_terms), re.IGNORECASE)
    told = re.compile("|".join(f"(?:{p})" for p in rule.disclosure_terms), re.IGNORECASE)
    words = "|".join(f"(?:{p})" for p in rule.credit_words)
    credit = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None
    return rule, cost, told, credit


def check_credit_terms(
    texts: Mapping[str, str | None], category: str | None, lang: str | None
) -> list[Finding]:
    """A warning for the first field that states a cost when no field carries the
    representative example; outside the financial categories only for a field that also
    names the credit ("Raty 0%")."""
    rule, cost, told, credit = _compiled()
    financial = category in rule.categories
    present = {f: v for f, v in texts.items() if isinstance(v, str) and v.strip()}
    if any(told.search(v) for v in present.values()):
        return []
    for field, value in present.items():
        m = cost.search(value)
        if m and (financial or (credit is not None and credit.search(value))):
            lang = lang or "en"
            return [
                finding(
                    "copy.credit_cost_terms",
                    rule.severity,
                    t("copy.credit_cost_terms", lang, term=m.group(0)),
                    rule,
                    field=field,
                    suggestion=t("copy.credit_cost_terms.fix", lang),
                )
            ]
    return []


def undisclosed_benefits(
    benefits: Sequence[str], others: Sequence[str | None], category: str | None
) -> list[str]:
    """The benefits that would state a credit cost in an ad without the representative
    example ("Raty 0%" at a clinic whose brief gives no RRSO): an ad that quotes one carries
    a warning, so the drafts leave it out and the plan says why.  None when any brief text
    (``others`` or a benefit) gives the example."""
    every: dict[str, str | None] = {f"b{i}": b for i, b in enumerate(benefits)}
    every.update({f"o{i}": o for i, o in enumerate(others)})
    if not check_credit_terms(every, category, None):
        return []
    return [b for b in benefits if check_credit_terms({"b": b}, category, None)]
