"""Typed shape of the brief-level policy rules in ``knowledge/rules/policy.yaml``: restricted
categories read from what the brief sells (aesthetic medicine, alcohol), advice that must
never be given (before-and-after images), social-issue and special-category words, and
discriminatory wording in job, housing and credit briefs.

Kept apart from :mod:`adsage.rules.ad_text` (the ad-text lexicons) because these rules read
the brief and the plan's advice, not one ad.
"""

from __future__ import annotations

from pydantic import Field

from adsage.rules.base import SourcedRule


class TermsRule(SourcedRule):
    """A list of whole-word, case-insensitive regular expressions."""

    terms: list[str] = Field(min_length=1)


class HealthAppearanceRule(TermsRule):
    min_age: int = Field(ge=13)


class WeightLossRule(TermsRule):
    """What the brief sells is weight loss or weight management (``terms``); ``audience_words``
    describe people by body weight and map to a neutral replacement ("" drops the word)."""

    min_age: int = Field(ge=13)
    audience_words: dict[str, str] = Field(default_factory=dict)


class BeforeAfterRule(TermsRule):
    # words in the brief that put it in health, cosmetics or appearance
    context: list[str] = Field(min_length=1)
    # words that turn a mention into a prohibition ("no before-and-after images", "bez zdjęć
    # przed i po"): such advice follows the rule, so it is never flagged
    negations: list[str] = Field(default_factory=list)


class AlcoholAgeRule(SourcedRule):
    min_age: dict[str, int]
    law_notes: list[str] = []


class SocialIssueRule(SourcedRule):
    category: str
    strong: list[str] = Field(min_length=1)
    weak: list[str] = []
    eu_countries: list[str] = []


class CategoryWordsRule(SourcedRule):
    categories: dict[str, list[str]]


class WordingRule(SourcedRule):
    categories: list[str]
    people: list[str] = []
    # group (age, sex, health) -> term -> neutral replacement ("" drops the word)
    terms: dict[str, dict[str, str]]
