"""Typed rule data for ad text: lengths, CTA values, links (copy.yaml) and policy lexicons
(policy.yaml).

The models only check shape; turning lexicon entries into fast matchers is the checkers'
job (``adsage.checks.lexicon``), so a rule file can be validated without compiling anything.
"""

from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator

from adsage.models.findings import Severity
from adsage.rules.base import SourcedRule, Strict
from adsage.rules.loader import load_rules
from adsage.rules.special import (
    AlcoholAgeRule,
    BeforeAfterRule,
    CategoryWordsRule,
    HealthAppearanceRule,
    SocialIssueRule,
    TermsRule,
    WeightLossRule,
    WordingRule,
)

TEXT_FIELDS = ("primary_text", "headline", "description")


class LengthLimits(SourcedRule):
    primary_text: int = Field(gt=0)
    headline: int = Field(gt=0)
    description: int = Field(gt=0)

    def limit(self, field: str) -> int:
        return int(getattr(self, field))


class PlacementLengths(Strict):
    primary_text: int | None = Field(default=None, gt=0)
    headline: int | None = Field(default=None, gt=0)
    description: int | None = Field(default=None, gt=0)


class Lengths(Strict):
    recommended: LengthLimits
    ceiling: LengthLimits
    placements: dict[str, PlacementLengths]

    def recommended_for(self, field: str, placement: str) -> int:
        override = self.placements.get(placement)
        value = getattr(override, field, None) if override else None
        return int(value) if value is not None else self.recommended.limit(field)


class RequiredFields(SourcedRule):
    fields: list[str]


class UnconfirmedCtas(SourcedRule):
    values: list[str] = Field(min_length=1)


class CtaRule(SourcedRule):
    values: list[str] = Field(min_length=1)
    unconfirmed: UnconfirmedCtas | None = None
    aliases: dict[str, str] = {}

    @field_validator("aliases")
    @classmethod
    def _aliases_point_at_values(cls, v: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        values = set(info.data.get("values", ()))
        bad = [target for target in v.values() if values and target not in values]
        if bad:
            raise ValueError(f"alias target {bad[0]!r} is not a valid CTA value")
        return v


class LinkRule(SourcedRule):
    schemes: list[str]
    insecure_severity: Severity = "warning"


class ClaimRule(SourcedRule):
    """Words that promise a guarantee; a draft may use one only when the brief does."""

    guarantee_words: list[str] = Field(min_length=1)


class RepetitionRule(SourcedRule):
    opener_words: int = Field(ge=2, le=12)


class CopyRules(Strict):
    lengths: Lengths
    required: RequiredFields
    cta: CtaRule
    link: LinkRule
    claims: ClaimRule
    repetition: RepetitionRule


class AttributeCategory(Strict):
    label: str
    possessive: bool = False
    tight: bool = False
    terms: list[str] = Field(min_length=1)


class PersonalAttributes(SourcedRule):
    window: int = Field(ge=0, le=6)
    cues: list[str] = Field(min_length=1)
    tight_cues: list[str] = []
    possessive_cues: list[str] = []
    categories: dict[str, AttributeCategory]
    standalone: dict[str, list[str]] = {}


class CapsRule(SourcedRule):
    max_consecutive_words: int = Field(ge=1)
    min_letters_for_ratio: int = Field(ge=1)
    max_ratio: float = Field(gt=0, le=1)
    ignore_words_up_to: int = Field(ge=0)
    acronyms: list[str] = []
    brands: list[str] = []


class PatternRule(SourcedRule):
    patterns: list[str] = Field(min_length=1)


class NonstandardRule(SourcedRule):
    separators: str = Field(min_length=1)
    min_spaced_letters: int = Field(ge=3)
    fancy_ranges: list[tuple[int, int]]
    native_letters: str
    decorated_words: list[str]
    min_decorated_words: int = Field(ge=1)
    symbol_letters: str


class LexiconRule(SourcedRule):
    terms: list[str] = Field(min_length=1)


class RestrictedCategory(Strict):
    label: str
    terms: list[str] = Field(min_length=1)


class RestrictedRule(SourcedRule):
    categories: dict[str, RestrictedCategory]


class PolicyRules(Strict):
    personal_attributes: PersonalAttributes
    excessive_caps: CapsRule
    excessive_punctuation: PatternRule
    nonstandard_characters: NonstandardRule
    misleading_claim: LexiconRule
    profanity: LexiconRule
    restricted_category: RestrictedRule
    # brief-level rules (adsage.rules.special); optional so an older rule file still loads
    health_appearance: HealthAppearanceRule | None = None
    weight_loss_brief: WeightLossRule | None = None
    before_after: BeforeAfterRule | None = None
    prescription_drugs: TermsRule | None = None
    alcohol_age: AlcoholAgeRule | None = None
    social_issue: SocialIssueRule | None = None
    category_words: CategoryWordsRule | None = None
    discriminatory_wording: WordingRule | None = None


def copy_rules() -> CopyRules:
    return load_rules("copy.yaml", CopyRules)


def policy_rules() -> PolicyRules:
    return load_rules("policy.yaml", PolicyRules)
