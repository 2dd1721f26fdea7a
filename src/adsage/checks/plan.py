"""Check a whole campaign plan by running every relevant checker on its parts.

Used on every plan adsage produces (and on plans users edit by hand): a plan passes only when
each draft, the targeting, the budget, the goal and the A/B design pass on their own.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Literal

from pydantic import ValidationError

from adsage.i18n import t
from adsage.lang.dates import today as calendar_today
from adsage.models.findings import Finding
from adsage.models.plan import CampaignPlan


def _prefixed(prefix: str, findings: list[Finding]) -> list[Finding]:
    return [
        f.model_copy(update={"field": f"{prefix}.{f.field}" if f.field else prefix})
        for f in findings
    ]


def _invalid(prefix: str, exc: ValidationError, lang: str = "en") -> Finding:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"])
    return Finding(
        rule="plan.invalid_part",
        severity="error",
        message=t("plancheck.invalid_part", lang, field=f"{prefix}.{loc}", error=err["msg"]),
        field=f"{prefix}.{loc}",
        suggestion=t("plancheck.invalid_part.fix", lang),
    )


def _goal(plan: CampaignPlan) -> list[Finding]:
    """The plan works towards the SMART rewrite when the brief's goal was not SMART.

    A vague goal in the brief is the user's to fix, so it is reported as a warning; the goal the
    plan actually uses (the rewrite) must pass on its own.
    """
    from adsage.checks.goal import check_goal

    given = [Finding.model_validate(f) for f in plan.goal.findings if f.get("severity") == "error"]
    if not given:
        return []
    if not plan.goal.rewrite:
        return given
    from adsage.checks.goal.share import has_placeholder

    softened = [
        f.model_copy(
            update={
                "severity": "warning",
                "message": t("plancheck.brief_goal", plan.lang, message=f.message),
            }
        )
        for f in given
    ]
    if has_placeholder(plan.goal.rewrite) or plan.goal.rewrite_estimated:
        # a share goal's rewrite waits for the marketer's own percentages, and one with no
        # number from the client for their own count (N): neither can be re-checked yet
        return softened
    b = plan.budget
    report = check_goal(
        plan.goal.rewrite,
        objective=plan.objective.objective,
        budget=b.total,
        currency=b.currency,
        start=date.fromisoformat(b.start),
        end=date.fromisoformat(b.end),
        today=max(date.fromisoformat(b.start), calendar_today()),
        lang=plan.lang,
        market=plan.numbers.benchmark.market if plan.numbers and plan.numbers.benchmark else None,
    )
    return softened + _prefixed("goal.rewrite", report.errors)


def _unit_cost(plan: CampaignPlan) -> float | None:
    n = plan.numbers
    if n is None or not n.cost_per_result:
        return None
    return n.cost_per_result / n.cost_unit


def _daily_impressions(plan: CampaignPlan) -> int | None:
    n = plan.numbers
    if n is None or not n.cpm or plan.ab_test.metric != "ctr":
        return None
    return max(1, int(n.ab.daily_budget / n.cpm * 1000)) if n.ab.daily_budget else None


def _reach(plan: CampaignPlan) -> list[Finding]:
    """The plan's own test sizing (``numbers.ab``, the figures its A/B section shows),
    judged by the A/B checker's duration and sample rules."""
    from adsage.checks.abtest import check_reach

    ab = plan.numbers.ab if plan.numbers is not None else None
    if ab is None:
        return []
    unit: Literal["impressions", "clicks"] = "impressions" if ab.metric == "ctr" else "clicks"
    found = check_reach(
        ab.sample_size_per_variant, ab.days_needed, ab.duration_days, unit, plan.lang
    )
    return _prefixed("ab_test", found)


def _place_radii(plan: CampaignPlan) -> list[Finding]:
    """Each radius around a place, against the radius Ads Manager offers around a city."""
    from adsage.checks.targeting import Targeting, city_radius_findings
    from adsage.rules.campaign import targeting_rules

    rules, out = targeting_rules(), []
    for p in plan.targeting.places:
        if p.kind in ("city", "radius") and p.radius_km:
            spec = Targeting(cities=[p.name], radius=p.radius_km, radius_unit="km")
            out += city_radius_findings(rules, spec, plan.lang)
    return out


def check_plan(plan: CampaignPlan) -> list[Finding]:
    from adsage.checks.abtest import AbTest, Variant, check_abtest
    from adsage.checks.budget import Budget, check_budget
    from adsage.checks.inputs import copy_findings
    from adsage.checks.plan_consistency import check_consistency
    from adsage.checks.targeting import Targeting, check_targeting

    out: list[Finding] = []
    out += _goal(plan)
    out += check_consistency(plan)
    out += plan.brief_checks.findings  # the brief's dates: the plan cannot re-read the brief
    out += plan.launch.findings  # what the brief implies before launch, for the same reason
    lang = plan.lang
    if len(plan.copy_drafts) < 3:
        out.append(
            Finding(
                rule="plan.copy_count",
                severity="error",
                message=t("plancheck.copy_count", lang, n=len(plan.copy_drafts)),
                field="copy",
                suggestion=t("plancheck.copy_count.fix", lang),
            )
        )
    placements = plan.targeting.placements or ["feed"]
    for i, d in enumerate(plan.copy_drafts):
        try:  # every placement the plan runs on, as every surface checks it
            found = copy_findings(d.model_dump(), placements=placements, lang=plan.lang)
        except ValidationError as exc:
            out.append(_invalid(f"copy[{i}]", exc, lang))
            continue
        out += _prefixed(f"copy[{i}]", found)
    from adsage.checks.claims import check_repetition

    out += check_repetition([d.primary_text for d in plan.copy_drafts], plan.lang)
    tg = plan.targeting
    try:
        out += _prefixed(
            "targeting",
            check_targeting(
                Targeting(
                    age_min=tg.age_min,
                    age_max=tg.age_max,
                    genders=tg.genders,
                    countries=tg.countries,
                    custom_audiences=tg.custom_audiences,
                    interests=tg.interests,
                    special_ad_category=tg.special_ad_category,
                ),
                lang,
            ),
        )
    except ValidationError as exc:
        out.append(_invalid("targeting", exc, lang))
    out += _prefixed("targeting", _place_radii(plan))
    b = plan.budget
    # currencies without rule data cannot be checked; the plan says so in budget.report
    with contextlib.suppress(ValidationError):
        out += _prefixed(
            "budget",
            check_budget(
                Budget(
                    currency=b.currency,
                    daily_budget=b.total / b.days if b.type == "daily" else None,
                    lifetime_budget=b.total if b.type == "lifetime" else None,
                    optimization_goal=plan.objective.optimization_goal,
                    start=date.fromisoformat(b.start),
                    end=date.fromisoformat(b.end),
                    expected_cost_per_result=_unit_cost(plan),
                    lang=plan.lang,
                )
            ),
        )
    ab = plan.ab_test
    variants = [Variant(name=f"v{i}", headline=v) for i, v in enumerate(ab.variants)]
    if not ab.planned:  # the plan says the budget cannot pay for a test: nothing to size
        return out
    out += _reach(plan)
    if ab.variable == "headline":
        found = check_abtest(
            AbTest(
                vary="headline",
                variants=variants,
                duration_days=ab.duration_days,
                # the checker counts impressions: only a CTR test is sized in them
                baseline_rate=ab.baseline_rate if ab.metric == "ctr" else None,
                mde=ab.mde,
                daily_impressions=_daily_impressions(plan),
            ),
            plan.lang,
        )
        if plan.numbers is not None:  # the sizing is judged above from the plan's own figures
            found = [f for f in found if f.rule != "abtest.sample_size"]
        out += _prefixed("ab_test", found)
    return out
