"""Variant sets as an Ads Manager bulk sheet: one row per ad, every value a string.

Audience is an ad-set setting, so an audience test puts each ad in its own ad set (the test
budget shared equally); every other test keeps the ads of one brief in one ad set, which is
how Meta compares them. The ad set's budget is the testing line of the plan's split (the
daily figure the set's test plan was sized with), so the sheet and the plan agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from adsage.export import names
from adsage.export.by_hand import form_note
from adsage.export.files import neutralise
from adsage.export.frame import (
    Audience,
    Frame,
    ad_cells,
    ad_set_cells,
    as_test_ad_set,
    campaign_cells,
    floor_cents,
    in_test_window,
    locations,
    media_for,
    with_audience,
)
from adsage.export.places import where
from adsage.export.spec import ExportRules, SheetOptions, columns, export_rules, url_tags

if TYPE_CHECKING:
    from adsage.advisor.optimisation import Delivery
    from adsage.models.brief import Brief
    from adsage.variants.models import AdVariant, VariantSet

__all__ = ["Sheet", "ads_manager_rows", "columns", "variant_sheet"]


@dataclass
class Sheet:
    """The import rows (Ads Manager columns only) and our working notes, both neutralised."""

    rows: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)

    def extend(self, other: Sheet) -> None:
        self.rows += other.rows
        self.notes += other.notes


def ads_manager_rows(
    sets: list[VariantSet],
    *,
    campaign: str | None = None,
    briefs: Sequence[Brief | None] | None = None,
    options: SheetOptions | None = None,
) -> list[dict[str, str]]:
    """The import rows of :func:`variant_sheet` (kept for callers that write one file)."""
    opts = options or SheetOptions(campaign=campaign)
    if campaign is not None and opts.campaign is None:
        opts = opts.model_copy(update={"campaign": campaign})
    return variant_sheet(sets, briefs, opts).rows


def variant_sheet(
    sets: list[VariantSet],
    briefs: Sequence[Brief | None] | None = None,
    options: SheetOptions | None = None,
) -> Sheet:
    """Rows in set order, ads in control-first order. ``briefs`` (one per set) give the
    product, schedule, budget type and placements; without a brief those cells stay empty
    and ``adsage check sheet`` reports them."""
    from adsage.checks.launch import launch_findings
    from adsage.export.by_hand import launch_notes

    launch = [
        launch_notes(launch_findings(b), b.language) if b is not None else ([], [])
        for b in briefs or []
    ]
    rules = export_rules()
    opts = options or SheetOptions()
    sheet = Sheet()
    seen: dict[str, int] = {}
    for i, s in enumerate(sets):
        brief = briefs[i] if briefs is not None and i < len(briefs) else None
        frame = frame_for_set(s, brief, opts)
        camp = opts.campaign or names.join(
            rules,
            frame.brand,
            frame.product,
            names.test_label(rules, s.vary, s.lang),
            names.day(frame.start) if frame.start else "",
        )
        # Two briefs with the same brand, product, test and day: number the later ones so
        # their ad sets and ads never merge on import.
        key = f"{camp}|{names.join(rules, frame.brand, frame.product)}"
        seen[key] = seen.get(key, 0) + 1
        tag = f"#{seen[key]}" if seen[key] > 1 else ""
        if tag and not opts.campaign:
            camp = names.join(rules, camp, tag)
        hand = launch[i] if i < len(launch) else ([], [])
        sheet.extend(_set_sheet(s, frame, camp, tag, opts, rules, hand))
    return sheet


def set_delivery(objective: str, brief: Brief | None) -> Delivery:
    """The optimisation goal, bid strategy and billing of a variant set's campaign, decided
    by the function the plan uses (:func:`adsage.advisor.optimisation.delivery`): from the
    brief's goal when there is a brief, else for the objective's default result."""
    from adsage.advisor.optimisation import Delivery, brief_delivery, delivery
    from adsage.rules.objectives import load_objectives

    known = load_objectives().objectives.get(objective)
    if known is None:  # a set of copy drafts names no objective: the sheet's check says so
        return Delivery("", "LOWEST_COST_WITHOUT_CAP", "IMPRESSIONS")
    if brief is not None:
        return brief_delivery(brief, objective)
    return delivery(objective, known.default_metric, None, "", "")


def frame_for_set(s: VariantSet, brief: Brief | None, opts: SheetOptions) -> Frame:
    """Every ad set of a variants sheet is a test arm: it runs in the test's window and is
    set up as the plan's own test ad set is (:func:`as_test_ad_set`, on the set's metric),
    so the two sheets of one brief never optimise, bid or bill differently."""
    settings = set_delivery(s.objective, brief)
    aud: dict[str, Any] = s.control.audience or {}
    regions, cities = locations(brief.audience) if brief is not None else ((), ())
    countries = tuple(aud.get("countries") or (brief.audience.locations if brief else ()))
    places = where(brief.audience.places if brief else [], countries, s.lang)
    audience = Audience(
        countries=places.countries,
        regions=regions,
        cities=cities + places.cities,
        age_min=aud.get("age_min"),
        age_max=aud.get("age_max"),
        genders=tuple(g for g in aud.get("genders") or [] if g != "all"),
    )
    advantage = export_rules().values.advantage_audience
    frame = in_test_window(
        Frame(
            brand=brief.brand if brief else s.brand or s.brief_name,
            product=names.short_product(export_rules(), brief.product, brief.brand)
            if brief
            else "",
            lang=s.lang,
            objective=s.objective,
            start=brief.schedule.start if brief else None,
            end=brief.schedule.end if brief else None,
            budget_type=brief.budget.type if brief else "daily",
            optimization_goal=settings.optimization_goal,
            billing_event=settings.billing_event,
            bid_strategy=settings.bid_strategy,
            special_ad_category=brief.special_ad_category if brief else "NONE",
            placements=tuple(brief.placements) if brief else (),
            audience=audience,
            advantage_audience=advantage["audience_test" if s.vary == "audience" else "default"],
            url_tags=url_tags(opts, brief.landing_url if brief else s.control.link),
            page=opts.page,
            pixel=opts.pixel,
        )
    )
    return as_test_ad_set(frame, str(s.ab_plan.get("metric") or "ctr"), export_rules())


def test_budget(s: VariantSet, frame: Frame, ad_sets: int) -> float | None:
    """Each ad set's share of the testing line: daily, or daily times the days for a
    lifetime budget; rounded down so the arms never add up to more than the line."""
    daily = s.ab_plan.get("ad_set_daily") or s.ab_plan.get("daily_budget")
    if not daily:
        return None
    amount = float(daily) * (frame.days if frame.budget_type == "lifetime" and frame.days else 1)
    spend = s.ab_plan.get("test_spend")
    if frame.budget_type == "lifetime" and spend:
        amount = float(spend)  # what the plan's test ad set spends, not its pace times the flight
    return floor_cents(amount / ad_sets)


def _set_sheet(
    s: VariantSet,
    frame: Frame,
    camp: str,
    tag: str,
    opts: SheetOptions,
    rules: ExportRules,
    hand: tuple[list[str], list[str]] = ([], []),
) -> Sheet:
    """One variant set's rows; ``hand``: the brief's launch notes and "Checks" marks."""
    sheet = Sheet()
    date_part = names.day(frame.start) if frame.start else ""
    per_ad_set = s.vary == "audience"
    budget = test_budget(s, frame, len(s.variants) if per_ad_set else 1)
    test = names.test_label(rules, s.vary, s.lang)
    for i, ad in enumerate(s.variants):
        letter = names.variant(rules, s.vary, i, s.lang)
        ad_frame = with_audience(frame, ad.audience) if per_ad_set else frame
        aud_label = str((ad.audience or {}).get("label", ""))
        ad_set = names.join(
            rules,
            frame.brand,
            frame.product,
            *((letter, aud_label) if per_ad_set else (test,)),
            date_part,
            tag,
        )
        ad_name = names.join(rules, frame.brand, frame.product, letter, date_part, tag)
        row = {
            **campaign_cells(frame, camp, rules),
            **ad_set_cells(ad_frame, ad_set, budget, rules),
            **ad_cells(ad_name, ad, media_for(opts.images, opts.videos, i), frame, ad.link),
        }
        sheet.rows.append(ordered(row, columns()))
        notes = {
            "Campaign Name": camp,
            "Ad Set Name": ad_set,
            "Ad Name": ad_name,
            "Brief": s.brief_name,
            "Test Variable": s.vary,
            "Variant": chr(ord("A") + i),
            "Test Angle": ad.angle,
            "Budget Line": "testing",
            **_audience_notes(ad),
            "Set Up By Hand": " ".join([*hand[0], form_note(ad_frame, ad_set, s.lang)]).strip(),
            "Checks": " ".join([*hand[1], _badge(ad)]),
        }
        sheet.notes.append(ordered(notes, rules.working))
    return sheet


def ordered(row: dict[str, str], header: list[str]) -> dict[str, str]:
    return {name: neutralise(row.get(name, "")) for name in header}


def _audience_notes(ad: AdVariant) -> dict[str, str]:
    aud: dict[str, Any] = ad.audience or {}
    look = aud.get("lookalike") or {}
    return {
        "Image Brief": ad.image or "",
        "Interests": ", ".join(aud.get("interests") or []),
        "Brief Audiences": ", ".join(aud.get("custom_audiences") or []),
        "Lookalike": f"{look.get('size_percent', 0):g}% {look.get('source', '')}".strip()
        if look
        else "",
        "Audience Notes": str(aud.get("note", "")),
    }


def _badge(ad: AdVariant) -> str:
    if not ad.report.findings:
        return "ok"
    rules = ", ".join(dict.fromkeys(f.rule for f in ad.report.findings))
    return f"{'warnings' if ad.report.ok else 'errors'}: {rules}"
