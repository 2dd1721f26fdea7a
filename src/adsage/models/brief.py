"""The campaign brief: what a marketer tells adsage, validated before anything is drafted.

Unknown fields, wrong types and impossible dates are rejected with a one-line message naming
the field, because a silently ignored typo ("budjet") would produce a confidently wrong plan.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from adsage.errors import BadInput
from adsage.models.validation import validate_or_bad_input

Lang = Literal["en", "pl"]
Objective = Literal[
    "OUTCOME_AWARENESS",
    "OUTCOME_TRAFFIC",
    "OUTCOME_ENGAGEMENT",
    "OUTCOME_LEADS",
    "OUTCOME_APP_PROMOTION",
    "OUTCOME_SALES",
]
Gender = Literal["male", "female", "all"]
Placement = Literal["feed", "stories", "reels", "in_stream", "right_column"]
SpecialAdCategory = Literal[
    "NONE",
    "CREDIT",
    "EMPLOYMENT",
    "HOUSING",
    "FINANCIAL_PRODUCTS_SERVICES",
    "ISSUES_ELECTIONS_POLITICS",
    "ONLINE_GAMBLING_AND_GAMING",
]
MAX_BRIEF_BYTES = 64 * 1024
Text = Field(min_length=1, max_length=500)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class BriefBudget(_Strict):
    amount: float = Field(gt=0, le=1_000_000_000)
    currency: str = Field(default="USD", pattern=r"^[A-Za-z]{3}$")
    type: Literal["daily", "lifetime"] = "lifetime"

    @field_validator("currency")
    @classmethod
    def _upper(cls, v: str) -> str:
        return v.upper()


class BriefSchedule(_Strict):
    start: date
    end: date

    @model_validator(mode="after")
    def _order(self) -> BriefSchedule:
        if self.end <= self.start:
            raise ValueError("end must be after start")
        if (self.end - self.start).days > 366 * 2:
            raise ValueError("the schedule is longer than two years; split it into campaigns")
        return self


class BriefPlace(_Strict):
    """A location finer than a country. ``radius`` needs ``radius_km``; postal areas are
    dropped for special ad categories, and radii there are raised to the documented minimum."""

    type: Literal["city", "region", "postal", "radius"]
    name: str = Field(min_length=1, max_length=120)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    radius_km: float | None = Field(default=None, gt=0, le=80)

    @model_validator(mode="after")
    def _radius(self) -> BriefPlace:
        if self.type == "radius" and self.radius_km is None:
            raise ValueError("a radius place needs radius_km (e.g. 8)")
        return self


class BriefAudience(_Strict):
    locations: list[str] = Field(min_length=1, max_length=50)
    age: tuple[int, int] = (18, 65)
    genders: list[Gender] = Field(default_factory=lambda: list[Gender](["all"]))
    interests: list[str] = Field(default_factory=list, max_length=50)
    description: str = Field(default="", max_length=2000)
    custom_audiences: list[str] = Field(default_factory=list, max_length=20)
    places: list[BriefPlace] = Field(default_factory=list, max_length=250)

    @field_validator("locations")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        out = [x.strip().upper() for x in v]
        bad = [x for x in out if not (len(x) == 2 and x.isalpha())]
        if bad:
            raise ValueError(f"use two-letter country codes such as PL or US, not '{bad[0]}'")
        return out

    @field_validator("age")
    @classmethod
    def _age(cls, v: tuple[int, int]) -> tuple[int, int]:
        lo, hi = v
        if lo > hi:
            raise ValueError("the first age must not be larger than the second")
        return v


class Brief(_Strict):
    brand: str = Field(min_length=1, max_length=100)
    product: str = Field(min_length=1, max_length=200)
    offer: str = Field(default="", max_length=300)
    landing_url: str = Field(pattern=r"^https?://\S+$", max_length=2000)
    language: Lang = "en"
    goal: str = Field(min_length=1, max_length=1000)
    objective: Objective | None = None
    budget: BriefBudget
    schedule: BriefSchedule
    audience: BriefAudience
    benefits: list[str] = Field(default_factory=list, max_length=10)
    tone: str = Field(default="friendly", max_length=60)
    special_ad_category: SpecialAdCategory = "NONE"
    placements: list[Placement] = Field(
        default_factory=lambda: list[Placement](["feed", "stories", "reels"]), min_length=1
    )
    product_count: int = Field(default=1, ge=1, le=100_000)
    catalog: bool = False
    has_video: bool = True

    @model_validator(mode="before")
    @classmethod
    def _clean_text(cls, data: Any) -> Any:
        """A key pasted into a brief is redacted before it can reach a prompt, a plan, a
        Slack thread or the chat session store; terminal control codes (ANSI escapes, NUL)
        go too, since every surface echoes brief text somewhere."""
        from adsage.security import redact_data, strip_controls

        return strip_controls(redact_data(data)) if isinstance(data, dict) else data

    @field_validator("benefits")
    @classmethod
    def _benefits(cls, v: list[str]) -> list[str]:
        if any(len(b) > 300 for b in v):
            raise ValueError("each benefit must be at most 300 characters")
        return [b.strip() for b in v if b.strip()]

    @property
    def days(self) -> int:
        return (self.schedule.end - self.schedule.start).days + 1


def load_brief_data(data: Any, source: str) -> Brief:
    if not isinstance(data, dict):
        raise BadInput(f"{source}: a brief must be a mapping of fields (brand, product, goal, ...)")
    return validate_or_bad_input(Brief, data, source)


def load_brief(path: Path) -> Brief:
    """Read a YAML or JSON brief; every problem becomes one line naming the file and field."""
    from adsage.inputs import read_data

    data = read_data(
        path, MAX_BRIEF_BYTES, "brief", "json" if path.suffix.lower() == ".json" else "yaml"
    )
    return load_brief_data(data, str(path))
