"""The plan's policy reading of the brief and of its own advice.

The targeting section carries what the brief's content implies for the campaign set-up (a
restricted category and its age limit, a special ad category the brief should declare,
wording that excludes people); the personas and formats are checked like ad copy, because
advice such as "show before-and-after photos" breaks a rule before any ad exists: the plan
replaces it with a neutral angle and says so.  The checkers are pure
(:mod:`adsage.checks.restricted`, :mod:`adsage.checks.special`); this module only feeds
them the brief and applies their suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence

from adsage.checks.credit import housing_question
from adsage.checks.policy import restricted_categories
from adsage.checks.restricted import advice_findings, alcohol_findings, health_findings
from adsage.checks.special import (
    category_word_findings,
    social_issue_findings,
    wording_findings,
)
from adsage.checks.weight import weight_findings
from adsage.i18n import t
from adsage.models.brief import Brief
from adsage.models.findings import Finding, Report
from adsage.models.plan import CopyDraft, FormatPick, Persona, TargetingSpec


def brief_texts(brief: Brief) -> dict[str, str]:
    """The brief's own words about what it sells and to whom, by field."""
    out = {
        "product": brief.product,
        "offer": brief.offer or "",
        "goal": brief.goal,
        "description": brief.audience.description,
    }
    out.update({f"benefits[{i}]": b for i, b in enumerate(brief.benefits)})
    return {k: v for k, v in out.items() if v}


def _sells_alcohol(brief: Brief) -> bool:
    """Whether the brief sells alcohol: the ad-text lexicon on product and offer, or the
    brief lexicon (Polish forms included) on brand, product, offer and benefits."""
    from adsage.checks.launch import alcohol_hit, sold_texts

    if "alcohol" in restricted_categories([brief.product, brief.offer or ""]):
        return True
    return alcohol_hit(sold_texts(brief), brief.language)[0] != "none"


def targeting_findings(brief: Brief, targeting: TargetingSpec) -> list[Finding]:
    """Findings on the set-up the brief's content implies, for the targeting section."""
    texts = brief_texts(brief)
    words = list(texts.values())
    lang, cat = brief.language, targeting.special_ad_category
    wording = {f: v for f, v in texts.items() if f == "description" or f.startswith("benefits")}
    # what the brief sells decides its category, not a benefit about the seller itself (an
    # accounting office's own liability insurance does not make it an insurer)
    sold = [v for f, v in texts.items() if not f.startswith("benefits")]
    from adsage.checks.targeting import Targeting, lock_unsure_findings
    from adsage.rules.campaign import targeting_rules

    spec = Targeting(
        age_min=targeting.age_min,
        age_max=targeting.age_max,
        genders=targeting.genders,
        countries=targeting.countries,
        special_ad_category=cat,
    )
    return [
        *lock_unsure_findings(targeting_rules(), spec, lang),
        *social_issue_findings(words, cat, targeting.countries, lang),
        *category_word_findings(sold, brief.special_ad_category, lang),
        *housing_question({f: v for f, v in texts.items() if f in ("product", "offer")}, cat, lang),
        *wording_findings(wording, cat, lang),
        *health_findings(texts, targeting.age_min, lang),
        *weight_findings(texts, targeting.age_min, lang),
        *alcohol_findings(
            _sells_alcohol(brief),
            targeting.countries,
            targeting.age_min,
            lang,
            asked=brief.audience.age[0],
        ),
    ]


def with_policy(brief: Brief, targeting: TargetingSpec) -> TargetingSpec:
    report = Report.from_findings(targeting_findings(brief, targeting))
    return targeting.model_copy(update={"report": report})


def repaired_advice(
    brief: Brief, personas: Sequence[Persona], formats: Sequence[FormatPick]
) -> tuple[list[Persona], list[FormatPick], Report]:
    """Personas and formats with advice the policy rules forbid replaced by the checker's
    neutral text, and the findings that say what was replaced."""
    lang = brief.language
    advice: dict[str, str] = {}
    for i, p in enumerate(personas):
        advice[f"personas[{i}].message_angle"] = p.message_angle
        advice.update({f"personas[{i}].objections[{j}]": o for j, o in enumerate(p.objections)})
        advice.update({f"personas[{i}].motivations[{j}]": m for j, m in enumerate(p.motivations)})
    advice.update({f"formats[{i}].reason": f.reason for i, f in enumerate(formats)})
    found = advice_findings(advice, brief_texts(brief).values(), lang)
    if not found:
        return list(personas), list(formats), Report(ok=True, findings=[])
    fixed = {f.field: f.suggestion for f in found if f.field and f.suggestion}
    new_personas = [
        p.model_copy(
            update={
                "message_angle": fixed.get(f"personas[{i}].message_angle", p.message_angle),
                "objections": [
                    fixed.get(f"personas[{i}].objections[{j}]", o)
                    for j, o in enumerate(p.objections)
                ],
                "motivations": [
                    fixed.get(f"personas[{i}].motivations[{j}]", m)
                    for j, m in enumerate(p.motivations)
                ],
            }
        )
        for i, p in enumerate(personas)
    ]
    new_formats = [
        f.model_copy(update={"reason": fixed.get(f"formats[{i}].reason", f.reason)})
        for i, f in enumerate(formats)
    ]
    note = t("policy.before_after.replaced", lang)
    shown = [f.model_copy(update={"message": f"{f.message} {note}"}) for f in found]
    return new_personas, new_formats, Report.from_findings(shown)


def without_moved(
    drafts: list[CopyDraft], targeting: TargetingSpec, launch: Sequence[Finding] = ()
) -> list[CopyDraft]:
    """Drafts without the per-ad alcohol or dating warning once the plan carries it where the
    set-up is decided (the targeting's alcohol age finding, the "before launch" dating
    permission): one finding for the campaign, not one per ad that a reworded ad would
    silence while the rule still applies."""
    moved = set()
    if any(f.rule == "policy.alcohol_age" for f in targeting.report.findings):
        moved.add("alcohol")
    if any(f.rule == "policy.dating_permission" for f in launch):
        moved.add("dating")
    if not moved:
        return drafts
    out = []
    for d in drafts:
        kept = [
            f
            for f in d.report.findings
            if not (
                f.rule == "policy.restricted_category"
                and set()
                < restricted_categories([str(getattr(d, f.field or "", "") or "")])
                <= moved
            )
        ]
        out.append(d.model_copy(update={"report": Report.from_findings(kept)}))
    return out
