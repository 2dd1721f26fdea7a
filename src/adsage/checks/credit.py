"""Consumer credit ads that state a cost ("no fees", "0%", "bez prowizji") without the
standard information (a representative example with the APR / RRSO), or that suggest income
or the credit record does not matter ("Bez zaświadczeń o dochodach", "no credit check").

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


class IncomeClaimsRule(SourcedRule):
    categories: list[str]
    terms: list[str]


class CreditRules(Strict):
    cost_terms: CostTermsRule
    income_claims: IncomeClaimsRule | None = None
    mortgage_housing: IncomeClaimsRule | None = None


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


@lru_cache(maxsize=1)
def _income() -> tuple[IncomeClaimsRule, re.Pattern[str]] | None:
    rule = load_rules("credit.yaml", CreditRules).income_claims
    if rule is None:
        return None
    words = "|".join(f"(?:{p})" for p in rule.terms)
    return rule, re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def income_claim(text: str | None, category: str | None) -> str | None:
    """The words of a credit ad's claim that income or the credit record does not matter
    ("Bez zaświadczeń o dochodach"), under a financial special ad category; else None."""
    found = _income()
    if found is None or not text or category not in found[0].categories:
        return None
    m = found[1].search(text)
    return m.group(0) if m else None


def check_income_claims(
    texts: Mapping[str, str | None], category: str | None, lang: str | None
) -> list[Finding]:
    """A warning for the first ad field that suggests income does not matter to the credit
    decision: the plan's own personas rule that out, and the lender must assess it."""
    found = _income()
    if found is None:
        return []
    rule = found[0]
    for field, value in texts.items():
        said = income_claim(value, category)
        if said:
            lang = lang or "en"
            return [
                finding(
                    "copy.credit_income_claim",
                    rule.severity,
                    t("copy.credit_income_claim", lang, term=said),
                    rule,
                    field=field,
                    suggestion=t("copy.credit_income_claim.fix", lang),
                )
            ]
    return []


def income_benefits(benefits: Sequence[str], category: str | None) -> list[str]:
    """The benefits that claim income or the credit record does not matter: the drafts leave
    them out (see :func:`undisclosed_benefits`) and the copy notes say why."""
    return [b for b in benefits if income_claim(b, category)]


def undisclosed_benefits(
    benefits: Sequence[str], others: Sequence[str | None], category: str | None
) -> list[str]:
    """The benefits the drafts leave out of a credit ad because an ad that quotes one carries
    a warning, so the plan says why instead: a credit cost without the representative example
    ("Raty 0%" at a clinic whose brief gives no RRSO; none when any brief text, ``others`` or
    a benefit, gives the example), and a claim that income does not matter ("Bez zaświadczeń
    o dochodach"), which no example can fix.  In the brief's order."""
    every: dict[str, str | None] = {f"b{i}": b for i, b in enumerate(benefits)}
    every.update({f"o{i}": o for i, o in enumerate(others)})
    costs = bool(check_credit_terms(every, category, None))
    income = set(income_benefits(benefits, category))
    return [
        b
        for b in benefits
        if b in income or (costs and check_credit_terms({"b": b}, category, None))
    ]


def housing_question(
    texts: Mapping[str, str | None], category: str | None, lang: str = "en"
) -> list[Finding]:
    """A question for the client when a financial campaign sells a mortgage: Meta lists
    mortgages under HOUSING as well, so the client decides whether to declare it too.  A
    warning (UNSURE), never a category the plan sets by itself."""
    rule = load_rules("credit.yaml", CreditRules).mortgage_housing
    if rule is None or category not in rule.categories:
        return []
    words = "|".join(f"(?:{p})" for p in rule.terms)
    pattern = re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    for field, value in texts.items():
        m = pattern.search(value or "")
        if m:
            return [
                finding(
                    "policy.mortgage_housing",
                    rule.severity,
                    t("policy.mortgage_housing", lang, term=m.group(0), category=category),
                    rule,
                    field=field,
                    suggestion=t("policy.mortgage_housing.ask", lang),
                )
            ]
    return []
