"""The shape of an A/B variant set: a control, the variants and the evidence for both.

Each ad carries every field (not just the tested one), because the export and the
one-variable check both need the whole ad; the set carries the test plan sized from the
brief's budget, so a reader sees up front whether the test can reach a result.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from adsage.models.findings import Report
from adsage.models.plan import Provenance

Element = Literal["primary_text", "headline", "description", "cta", "image", "audience"]
ELEMENTS: tuple[str, ...] = get_args(Element)
TEXT_ELEMENTS = ("primary_text", "headline", "description")
MIN_ADS = 2
MAX_ADS = 5


def _ok() -> Report:
    return Report(ok=True, findings=[])


class AdVariant(BaseModel):
    """One ad of the test; ``angle`` says what idea this ad's tested element carries."""

    model_config = ConfigDict(extra="forbid")

    name: str
    primary_text: str
    headline: str
    description: str
    cta: str
    link: str
    image: str | None = None
    audience: dict[str, Any] | None = None
    angle: str = ""
    report: Report = Field(default_factory=_ok)

    @property
    def is_control(self) -> bool:
        return self.name.startswith("A ")


class VariantSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    brief_name: str
    brand: str = ""
    objective: str = ""
    vary: Element
    lang: Literal["en", "pl"]
    variants: list[AdVariant]
    set_report: Report = Field(default_factory=_ok)
    ab_plan: dict[str, Any] = Field(default_factory=dict)
    provenance: Provenance = Field(default_factory=lambda: Provenance(engine="offline"))

    @property
    def ok(self) -> bool:
        """False when the set or any ad has an error-level finding (the CLI exits 1)."""
        return self.set_report.ok and all(v.report.ok for v in self.variants)

    @property
    def control(self) -> AdVariant:
        return self.variants[0]


def ad_name(i: int) -> str:
    """ "A (control)", "B", "C", ...: the names Meta's own test UI uses."""
    return "A (control)" if i == 0 else chr(ord("A") + i)
