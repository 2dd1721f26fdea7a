"""Variant sets as Ads Manager bulk-import rows: one row per ad, every value a string.

Audience is an ad-set setting, so an audience test puts each ad in its own ad set; every
other test keeps the ads of one brief in one ad set, which is how Meta compares them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from adsage.export.files import neutralise
from adsage.rules.loader import load_rules

if TYPE_CHECKING:
    from adsage.variants.models import AdVariant, VariantSet


class _Columns(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    as_of: Any
    confidence: str
    ads_manager: list[str] = Field(min_length=1)
    adsage: list[str] = Field(default_factory=list)


class ExportRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    columns: _Columns


def columns() -> list[str]:
    c = load_rules("export.yaml", ExportRules).columns
    return [*c.ads_manager, *c.adsage]


def ads_manager_rows(
    sets: list[VariantSet], *, campaign: str | None = None
) -> list[dict[str, str]]:
    """Rows in set order, ads in control-first order; every cell neutralised."""
    names = columns()
    out: list[dict[str, str]] = []
    for s in sets:
        for ad in s.variants:
            row = _row(s, ad, campaign)
            out.append({name: neutralise(row.get(name, "")) for name in names})
    return out


def _row(s: VariantSet, ad: AdVariant, campaign: str | None) -> dict[str, str]:
    aud: dict[str, Any] = ad.audience or {}
    camp = campaign or f"{s.brief_name} · A/B {s.vary}"
    ad_set = f"{s.brief_name} · {s.vary} test"
    if s.vary == "audience":
        ad_set = f"{s.brief_name} · {ad.name} · {aud.get('label', '')}".rstrip(" ·")
    look = aud.get("lookalike") or {}
    genders = [g for g in aud.get("genders") or [] if g != "all"]
    return {
        "Campaign Name": camp,
        "Campaign Objective": s.objective,
        "Ad Set Name": ad_set,
        "Ad Name": f"{s.brief_name} · {s.vary} · {ad.name}",
        "Title": ad.headline,
        "Body": ad.primary_text,
        "Link Description": ad.description,
        "Call to Action": ad.cta,
        "Link": ad.link,
        "Countries": ", ".join(aud.get("countries") or []),
        "Age Min": _str(aud.get("age_min")),
        "Age Max": _str(aud.get("age_max")),
        "Gender": ", ".join(genders),
        "Image Brief": ad.image or "",
        "Interests": ", ".join(aud.get("interests") or []),
        "Custom Audiences": ", ".join(aud.get("custom_audiences") or []),
        "Lookalike": f"{look.get('size_percent', 0):g}% {look.get('source', '')}".strip()
        if look
        else "",
        "Audience Notes": str(aud.get("note", "")),
        "Test Variable": s.vary,
        "Test Angle": ad.angle,
        "Checks": _badge(ad),
    }


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _badge(ad: AdVariant) -> str:
    if not ad.report.findings:
        return "ok"
    rules = ", ".join(dict.fromkeys(f.rule for f in ad.report.findings))
    return f"{'warnings' if ad.report.ok else 'errors'}: {rules}"
