"""Special ad categories read from the brief's content, not only from what it declares.

A petition to Parliament declared NONE, a job or a flat to rent declared NONE, and a job ad
that asks for "young, fit people" all pass the targeting rules as written; Meta rejects the
first two and the third excludes people by age and health.  These checks read the brief's
words (rule data: ``knowledge/rules/policy.yaml``) and return findings; they are heuristics,
so they warn.  Pure functions: texts and codes in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from adsage.checks.restricted import compile_words
from adsage.i18n import t
from adsage.i18n.formatting import country_name
from adsage.models.findings import Finding
from adsage.rules.ad_text import policy_rules
from adsage.rules.base import finding
from adsage.rules.special import WordingRule


def _hits(pattern: re.Pattern[str], texts: Sequence[str]) -> list[str]:
    """Distinct words matched, in order, as written (lower-cased)."""
    seen: dict[str, None] = {}
    for text in texts:
        for m in pattern.finditer(text or ""):
            seen[" ".join(m.group(0).lower().split())] = None
    return list(seen)


@lru_cache(maxsize=1)
def _social() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]] | None:
    rule = policy_rules().social_issue
    if rule is None:
        return None
    return [compile_words([w]) for w in rule.strong], [compile_words([w]) for w in rule.weak]


def _per_term(patterns: list[re.Pattern[str]], texts: Sequence[str]) -> list[str]:
    """The first word each term matches ("parliament", not also "parliamentary")."""
    out: list[str] = []
    for pattern in patterns:
        hits = _hits(pattern, texts)
        if hits and hits[0] not in out:
            out.append(hits[0])
    return out


def social_issue_words(texts: Sequence[str]) -> list[str]:
    """The words that make a brief read like a social-issue, electoral or political ad:
    at least one strong word, or two different weak ones; empty otherwise."""
    pats = _social()
    if pats is None:
        return []
    strong = _per_term(pats[0], texts)
    weak = [w for w in _per_term(pats[1], texts) if w not in strong]
    if strong or len(weak) >= 2:
        return [*strong, *weak]
    return []


def social_issue_findings(
    texts: Sequence[str], declared: str, countries: Sequence[str], lang: str = "en"
) -> list[Finding]:
    """The category, authorisation and disclaimer a social-issue brief needs; in the EU,
    that Meta runs no such ads at all."""
    rule = policy_rules().social_issue
    if rule is None:
        return []
    words = social_issue_words(texts)
    eu = [c for c in countries if c in rule.eu_countries]
    quoted = ", ".join(words[:4])
    if words and eu and declared != rule.category:
        names = ", ".join(country_name(c, lang) for c in eu)
        msg = t("policy.social_issue.eu", lang, words=quoted, countries=names)
        fix = t("policy.social_issue.eu_fix", lang)
    elif words and declared != rule.category:
        msg, fix = t("policy.social_issue", lang, words=quoted), t("policy.social_issue_fix", lang)
    elif declared == rule.category and eu:
        return []  # Meta runs none there: the plan's "before launch" section says so
    elif declared == rule.category:
        msg = t("policy.social_issue.declared", lang)
        fix = t("policy.social_issue.declared_fix", lang)
    else:
        return []
    return [
        finding(
            "policy.social_issue",
            rule.severity,
            msg,
            rule,
            field="special_ad_category",
            suggestion=fix,
        )
    ]


@lru_cache(maxsize=1)
def _category_words() -> dict[str, re.Pattern[str]]:
    rule = policy_rules().category_words
    return {k: compile_words(v) for k, v in rule.categories.items()} if rule else {}


def category_word_findings(texts: Sequence[str], declared: str, lang: str = "en") -> list[Finding]:
    """A warning for each special ad category the brief's words point to while it declares
    NONE (a job, a flat to rent, a loan)."""
    rule = policy_rules().category_words
    if rule is None or declared not in ("", "NONE"):
        return []
    out: list[Finding] = []
    for code, pattern in _category_words().items():
        words = _hits(pattern, texts)
        if not words:
            continue
        out.append(
            finding(
                "policy.special_category_undeclared",
                rule.severity,
                t(
                    "policy.category_words",
                    lang,
                    label=t(f"label.category.{code}", lang),
                    words=", ".join(words[:3]),
                ),
                rule,
                field="special_ad_category",
                suggestion=t("policy.category_words_fix", lang, code=code),
            )
        )
    return out


# a dropped word takes its separator with it: "Young, fit people" -> "people"
_SEP = r"(?:\s*,\s*|\s+(?:and|or|i|oraz|lub|albo)\s+|\s+)?"


@lru_cache(maxsize=1)
def _wording() -> tuple[WordingRule, list[tuple[str, re.Pattern[str], str]]] | None:
    rule = policy_rules().discriminatory_wording
    if rule is None:
        return None
    terms: list[tuple[str, re.Pattern[str], str]] = []
    for group, table in rule.terms.items():
        for term, neutral in table.items():
            terms.append((group, compile_words([term], rule.people), neutral))
    return rule, terms


def neutral_wording(text: str, category: str) -> str:
    """``text`` with the age, sex and health words a job, housing or credit ad must not use
    dropped or replaced ("Young, fit people near X" -> "People near X"); outside those
    categories only words about body weight go (:mod:`adsage.checks.weight`)."""
    from adsage.checks.weight import without_body_weight

    text = without_body_weight(text)  # never a body-weight word, whatever the category
    found = _wording()
    if not text or found is None or category not in found[0].categories:
        return text
    out = text
    for _group, pattern, neutral in found[1]:
        if not neutral:  # a dropped word takes its separator with it
            pattern = re.compile(pattern.pattern + _SEP, re.IGNORECASE)
        out = pattern.sub(neutral, out)
    # "osoby i osoby" after two nouns became one; no separator left dangling at either end
    out = re.sub(r"\b(\w+)(?:,? (?:and|or|i|oraz|lub) \1\b)+", r"\1", out, flags=re.IGNORECASE)
    out = re.sub(r"\s{2,}", " ", out)
    out = re.sub(r"^[\s,;:–-]+|[\s,;:–-]+$", "", out)
    out = re.sub(r"\s+(?:and|or|i|oraz|lub)$", "", out)
    if not out:
        return text
    return out[:1].upper() + out[1:] if text[:1].isupper() else out


def wording_findings(
    texts: Mapping[str, str | None], category: str, lang: str = "en"
) -> list[Finding]:
    """A warning for each brief field (audience description, benefits) that describes the
    audience by age, sex or health in a job, housing or credit brief, with a neutral rewrite."""
    found = _wording()
    if found is None or category not in found[0].categories:
        return []
    rule, terms = found
    out: list[Finding] = []
    for field, text in texts.items():
        if not text:
            continue
        groups: dict[str, None] = {}
        hits: dict[str, None] = {}
        for group, pattern, _neutral in terms:
            for m in pattern.finditer(text):
                groups[group] = None
                hits[m.group(0)] = None
        if not hits:
            continue
        where = field.split("[")[0]
        out.append(
            finding(
                "policy.discriminatory_wording",
                rule.severity,
                t(
                    "policy.wording",
                    lang,
                    where=t(f"policy.wording.where.{where}", lang),
                    groups=t("policy.words_and", lang).join(
                        t(f"policy.wording.group.{g}", lang) for g in groups
                    ),
                    hits=", ".join(hits),
                    label=t(f"label.category.{category}", lang),
                ),
                rule,
                field=field,
                suggestion=t("policy.wording_fix", lang, text=neutral_wording(text, category)),
            )
        )
    return out
