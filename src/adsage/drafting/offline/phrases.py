"""The phrase banks (``knowledge/frameworks/<lang>.yaml``) as typed data, plus slot filling.

Copy lives in data so a copywriter can improve it without touching code, and the models
reject a malformed bank with a message naming the file, the same way rule files are handled.
Templates are filled with ``str.format_map``; a template whose slots are empty is skipped
rather than rendered with a hole, which is how lines choose between richer and plainer forms.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from adsage.models.validation import validate_or_bad_input
from adsage.paths import knowledge_dir, project_root
from adsage.rules.loader import read_yaml_mapping

Lang = Literal["en", "pl"]
ANGLES = ("value", "quality", "trust", "experience")
TONES = ("energetic", "playful", "premium", "professional", "friendly")
FRAMEWORKS = ("AIDA", "PAS", "BAB", "FAB", "4U")
OBJECTIVES = (
    "OUTCOME_AWARENESS",
    "OUTCOME_TRAFFIC",
    "OUTCOME_ENGAGEMENT",
    "OUTCOME_LEADS",
    "OUTCOME_APP_PROMOTION",
    "OUTCOME_SALES",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AngleLines(_Strict):
    hooks: list[str] = Field(min_length=1)
    problem: list[str] = Field(min_length=1)
    agitate: list[str] = Field(min_length=1)
    before: list[str] = Field(min_length=1)
    after: list[str] = Field(min_length=1)
    payoff: list[str] = Field(min_length=1)
    headline: list[str] = Field(min_length=1)
    description: list[str] = Field(min_length=1)


class Line(_Strict):
    """One sentence of a primary text: priority 0 is always kept, any other may be dropped
    (a lower number is worth more); alternatives go from richest to plainest."""

    priority: int = Field(ge=0, le=9)
    alternatives: tuple[str, ...] = Field(min_length=1)


class Variant(_Strict):
    primary: list[Line] = Field(min_length=1)

    @field_validator("primary", mode="before")
    @classmethod
    def _lines(cls, v: object) -> object:
        if not isinstance(v, list):
            return v
        out: list[object] = []
        for item in v:
            if isinstance(item, list) and item and isinstance(item[0], int):
                out.append({"priority": item[0], "alternatives": tuple(item[1:])})
            else:
                out.append(item)
        return out


class PersonaBank(_Strict):
    """Language pieces of a persona; who the personas are comes from the category files."""

    names: dict[str, list[str]]
    ages: str
    genders: dict[str, str]
    proof_brief: str
    proof_show: str
    # An objection whose proof needs a fact the brief does not give (a bonus, an offline
    # mode): a question for the client, never a claim.
    proof_ask: str
    special: str
    surfaces: dict[str, str]


class FormatBank(_Strict):
    dynamic: str
    carousel_catalog: str
    carousel_products: str
    carousel_benefits: str
    carousel_plain: str
    # one card of a benefit carousel ("card 1: ..."), and its last card: the offer, else
    # the brand, with the button
    carousel_card: str
    carousel_last_offer: str
    carousel_last_brand: str
    collection: str
    video_high: str
    video_low: str
    video_why_vertical: str
    video_why_goal: str
    video_why_young: str
    video_hooks: dict[Literal["problem", "demo", "testimonial", "ugc", "walkthrough"], str]
    image_older: str
    image_plain: str
    # what the single image shows, by the category's image_subject; then its one line of text
    image_subjects: dict[Literal["product", "place", "person", "team", "cause"], str]
    image_offer: str
    placement_names: dict[str, str]
    specs: dict[str, str]


class Bank(_Strict):
    lang: Lang
    tone_keywords: dict[str, list[str]]
    angles: dict[str, AngleLines]
    close: dict[str, dict[str, list[str]]]
    close_short: dict[str, str]
    frameworks: dict[str, list[Variant]]
    headline_fallback: list[str] = Field(min_length=1)
    description_fallback: list[str] = Field(min_length=1)
    # Words that tie a date to the end of an offer ("until", "do"); a date without one
    # ("System 3/1", a rota) is not a deadline and never reaches an urgency line.
    deadline_words: list[str] = Field(min_length=1)
    personas: PersonaBank
    formats: FormatBank

    @field_validator("angles")
    @classmethod
    def _all_angles(cls, v: dict[str, AngleLines]) -> dict[str, AngleLines]:
        missing = [a for a in ANGLES if a not in v]
        if missing:
            raise ValueError(f"missing angle '{missing[0]}'")
        return v

    @field_validator("frameworks")
    @classmethod
    def _all_frameworks(cls, v: dict[str, list[Variant]]) -> dict[str, list[Variant]]:
        missing = [f for f in FRAMEWORKS if not v.get(f)]
        if missing:
            raise ValueError(f"missing framework '{missing[0]}'")
        return v

    @field_validator("close_short")
    @classmethod
    def _all_short_closes(cls, v: dict[str, str]) -> dict[str, str]:
        missing = [o for o in OBJECTIVES if not v.get(o)]
        if missing:
            raise ValueError(f"missing short close for {missing[0]}")
        return v

    @field_validator("close")
    @classmethod
    def _all_closes(cls, v: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        for objective in OBJECTIVES:
            tones = v.get(objective, {})
            missing = [t for t in TONES if not tones.get(t)]
            if missing:
                raise ValueError(f"missing close lines for {objective}/{missing[0]}")
        return v


def bank_path(lang: str) -> Path:
    """The bank in the configured knowledge folder, else the one shipped with the source
    (a test or install may point ADSAGE_KNOWLEDGE_DIR at a folder without frameworks)."""
    own = knowledge_dir() / "frameworks" / f"{lang}.yaml"
    return own if own.is_file() else project_root() / "knowledge" / "frameworks" / f"{lang}.yaml"


def load_bank(lang: str) -> Bank:
    return _load(str(bank_path("pl" if lang == "pl" else "en")))


@lru_cache(maxsize=4)
def _load(path: str) -> Bank:
    data = read_yaml_mapping(Path(path), "phrase bank")
    return validate_or_bad_input(Bank, data, f"phrase bank {path}")


def slots_of(template: str) -> list[str]:
    return list(_slot_names(template))


@lru_cache(maxsize=4096)
def _slot_names(template: str) -> tuple[str, ...]:
    # Parsed once per template: drafting fills the same few hundred templates all the time.
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def fill(template: str, slots: Mapping[str, str]) -> str | None:
    """The filled template, or ``None`` when a slot it needs is empty or unknown."""
    names = slots_of(template)
    if any(not slots.get(name) for name in names):
        return None
    return template.format_map(dict(slots))


def first_filled(templates: list[str], slots: Mapping[str, str]) -> str | None:
    for template in templates:
        out = fill(template, slots)
        if out:
            return out
    return None


def pick(options: list[str], index: int) -> str:
    """Deterministic rotation through a list of alternatives."""
    return options[index % len(options)]


def rotate(options: list[str], by: int) -> list[str]:
    if not options:
        return options
    k = by % len(options)
    return options[k:] + options[:k]
