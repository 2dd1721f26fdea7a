"""The variant phrase banks (``knowledge/frameworks/variants_<lang>.yaml``) and their slots.

Angles live in data so a copywriter can add one without touching code; the slots are built
from the same cleaned brief facts the offline copywriter uses, so a mention or an
instruction-like sentence in the brief cannot reach a variant through a template.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.hygiene import capitalise, clause_cut, decapitalise
from adsage.drafting.offline.phrases import Lang
from adsage.models.brief import Brief
from adsage.models.validation import validate_or_bad_input
from adsage.paths import knowledge_dir, project_root
from adsage.rules.loader import read_yaml_mapping


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ImageAngle(_Strict):
    label: str
    text: str


class AudienceAngle(_Strict):
    label: str
    note: str


class AudienceBank(_Strict):
    interests: AudienceAngle
    broad: AudienceAngle
    lookalike_1: AudienceAngle
    lookalike_5: AudienceAngle
    visitors_30: AudienceAngle
    engagers: AudienceAngle
    customer_list: AudienceAngle
    visitors_180: AudienceAngle
    default_source: str


class VariantBank(_Strict):
    source: str
    as_of: str
    lang: Lang
    headline: dict[str, list[str]] = Field(min_length=5)
    description: dict[str, list[str]] = Field(min_length=5)
    cta: dict[str, str]
    image: dict[str, ImageAngle] = Field(min_length=5)
    audience: AudienceBank


def bank_path(lang: str) -> Path:
    name = f"variants_{'pl' if lang == 'pl' else 'en'}.yaml"
    own = knowledge_dir() / "frameworks" / name
    return own if own.is_file() else project_root() / "knowledge" / "frameworks" / name


def load_variant_bank(lang: str) -> VariantBank:
    return _load(str(bank_path(lang)))


@lru_cache(maxsize=4)
def _load(path: str) -> VariantBank:
    data = read_yaml_mapping(Path(path), "phrase bank")
    data["as_of"] = str(data.get("as_of", ""))
    return validate_or_bad_input(VariantBank, data, f"phrase bank {path}")


def slots(facts: Facts, brief: Brief, *, cap: int = 0) -> dict[str, str]:
    """Template slots from cleaned brief facts; ``cap`` shortens fragments for short fields."""

    def fit(text: str) -> str:
        # Cut only where a clause ends; a phrase cut mid-way leaves the template unfilled.
        return clause_cut(text, cap) if cap and text else text

    out = {
        "brand": fit(facts.brand),
        "product": capitalise(fit(facts.product)),
        "product_l": decapitalise(fit(facts.product)),
        "offer": capitalise(fit(facts.offer)),
        "offer_deadline": facts.offer_deadline,
        "offer_ends": facts.offer_ends,
        "interest": decapitalise(fit(facts.interests[0])) if facts.interests else "",
        "interests": ", ".join(facts.interests[:4]),
        "audience": audience_text(brief, facts),
    }
    name = f"{facts.product} by {facts.brand}" if facts.lang == "en" else facts.product
    out["name"] = capitalise(fit(name)) if facts.brand.casefold() not in name.casefold() else ""
    if facts.brand.casefold() in facts.product.casefold():
        out["name"] = out["product"]
    for i in range(3):
        b = facts.benefits[i] if i < len(facts.benefits) else ""
        out[f"b{i + 1}"] = capitalise(fit(b))
    return out


def audience_text(brief: Brief, facts: Facts) -> str:
    lo, hi = brief.audience.age
    parts = [f"{lo}-{hi}"]
    if facts.interests:
        parts.append(", ".join(facts.interests[:2]))
    return "; ".join(parts)
