"""Checks for one ad of a test and for the test as a whole.

Every ad is checked in full (copy and policy, plus the creative brief or the targeting it
carries), whatever element it varies: a variant that would be rejected at review loses the
test for a reason that has nothing to do with the idea being tested.
"""

from __future__ import annotations

from typing import Any

from adsage.checks.abtest import AbTest, Variant, check_abtest
from adsage.checks.claims import brief_facts
from adsage.checks.inputs import COPY_FIELDS, copy_findings
from adsage.checks.policy import check_policy
from adsage.models.brief import Brief
from adsage.models.findings import Finding, Report
from adsage.variants.models import AdVariant

MAX_IMAGE_BRIEF = 400


def ad_findings(ad: AdVariant, brief: Brief) -> list[Finding]:
    """Copy, policy, creative-brief and targeting findings for one ad on every placement."""
    out = copy_findings(
        {k: getattr(ad, k) for k in COPY_FIELDS},  # all it reads: no dump of the whole ad
        placements=brief.placements,
        lang=brief.language,
        facts=brief_facts(brief),
    )
    if ad.image:
        out += image_findings(ad.image, brief.language)
    if ad.audience:
        out += audience_findings(ad.audience, brief.language)
    return out


def image_findings(text: str, lang: str) -> list[Finding]:
    out = [f.model_copy(update={"field": "image"}) for f in check_policy({"image": text}, lang)]
    if len(text) > MAX_IMAGE_BRIEF:
        out.append(
            Finding(
                rule="variants.image_brief_length",
                severity="warning",
                message=f"The creative brief has {len(text)} characters; a designer reads "
                f"{MAX_IMAGE_BRIEF} at most.",
                field="image",
                suggestion="Describe one visual idea in two sentences.",
            )
        )
    return out


def audience_findings(audience: dict[str, Any], lang: str = "en") -> list[Finding]:
    from pydantic import ValidationError

    from adsage.checks.targeting import Lookalike, Targeting, check_targeting

    look = audience.get("lookalike")
    try:
        spec = Targeting(
            age_min=audience.get("age_min"),
            age_max=audience.get("age_max"),
            genders=audience.get("genders"),
            countries=list(audience.get("countries") or []),
            custom_audiences=list(audience.get("custom_audiences") or []),
            lookalike=Lookalike(size_percent=look["size_percent"]) if look else None,
            special_ad_category=audience.get("special_ad_category") or "NONE",
        )
    except (ValidationError, KeyError, TypeError) as exc:
        return [
            Finding(
                rule="variants.audience_invalid",
                severity="error",
                message=f"The audience cannot be read: {str(exc).splitlines()[0]}.",
                field="audience",
            )
        ]
    return [
        f.model_copy(update={"field": f"audience.{f.field}" if f.field else "audience"})
        for f in check_targeting(spec, lang)
    ]


def set_findings(
    vary: str, ads: list[AdVariant], ab_plan: dict[str, Any], brief: Brief
) -> list[Finding]:
    """The ``abtest.*`` rules over the set, sized with the plan's numbers, so an unreachable
    sample or a too-short schedule shows up next to the ads it concerns."""
    daily_impr = None
    cpm, daily = ab_plan.get("cpm"), ab_plan.get("daily_budget")
    if cpm and daily:
        daily_impr = max(1, int(daily / cpm * 1000))
    test = AbTest(
        vary=vary,  # type: ignore[arg-type]
        variants=[to_abtest_variant(a) for a in ads],
        duration_days=ab_plan.get("duration_days") or brief.days,  # the plan's test length
        baseline_rate=ab_plan.get("baseline_rate"),
        mde=ab_plan.get("mde"),
        daily_impressions=daily_impr,
    )
    return check_abtest(test, brief.language)


def to_abtest_variant(ad: AdVariant) -> Variant:
    return Variant(
        name=ad.name,
        primary_text=ad.primary_text,
        headline=ad.headline,
        description=ad.description,
        cta=ad.cta,
        link=ad.link,
        image=ad.image,
        audience=ad.audience,
    )


def report(findings: list[Finding]) -> Report:
    return Report.from_findings(findings)
