"""Typed shape of ``knowledge/rules/launch.yaml``: what a brief implies before any ad may run.

Kept apart from the ad-text and brief-wording rules because these decide whether the plan
can run at all (and whether its bulk sheet may be written), not how one ad reads.
"""

from __future__ import annotations

from pydantic import Field

from adsage.rules.base import SourcedRule, Strict
from adsage.rules.loader import load_rules
from adsage.rules.special import TermsRule


class PoliticalBanRule(SourcedRule):
    category: str
    eu_countries: list[str] = Field(min_length=1)
    cite: dict[str, str] = Field(default_factory=dict)


class AlcoholBriefRule(SourcedRule):
    beer: list[str] = Field(min_length=1)
    other: list[str] = Field(min_length=1)
    pl_beer: list[str] = Field(default_factory=list)
    pl_other: list[str] = Field(default_factory=list)


class AlcoholBanRule(SourcedRule):
    beer_only: list[str] = Field(default_factory=list)


class DatingRule(TermsRule):
    min_age: int = Field(ge=18)


class SupplementRule(TermsRule):
    claim_phrases: list[str] = Field(default_factory=list)


class CountriesRule(SourcedRule):
    eu_countries: list[str] = Field(min_length=1)


class LaunchRules(Strict):
    eu_political_ban: PoliticalBanRule
    alcohol_brief: AlcoholBriefRule
    alcohol_country_bans: AlcoholBanRule
    dating_brief: DatingRule
    supplement_brief: SupplementRule
    dsa_fields: CountriesRule


def launch_rules() -> LaunchRules:
    return load_rules("launch.yaml", LaunchRules)
