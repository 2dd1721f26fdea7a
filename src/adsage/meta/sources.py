"""Which objects a plan or an A/B set becomes: one campaign, its ad sets, an ad per draft.

The structure, names, budgets and copy come from the same sheet builders the bulk export
uses, so a published campaign and an imported sheet of the same plan are the same campaign;
:mod:`adsage.meta.build` turns each object into its request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.errors import BadInput
from adsage.meta.build import BUDGET_CELLS, Builder, Options, Request, content_hash

if TYPE_CHECKING:
    from adsage.export.frame import Frame
    from adsage.models.brief import Brief
    from adsage.models.plan import CampaignPlan
    from adsage.variants.models import VariantSet


def grouped(rows: list[dict[str, str]]) -> list[tuple[str, list[dict[str, str]]]]:
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(row["Ad Set Name"], []).append(row)
    return list(groups.items())


def emit(b: Builder, rows: list[dict[str, str]], frames: list[Frame], multi: set[str]) -> None:
    """Campaign, then per ad set: the ad set, its creatives and ads (``multi``: ad sets whose
    drafts go into one creative with several text options)."""
    camp = b.campaign(rows[0]["Campaign Name"])
    for i, (name, group) in enumerate(grouped(rows), start=1):
        adset = b.ad_set(f"adset:{i}", name, camp, group[0], frames[min(i - 1, len(frames) - 1)])
        ads = [[r] for r in group] if name not in multi else [group]
        for j, ad_rows in enumerate(ads, start=1):
            ad_name = ad_rows[0]["Ad Name"]
            creative = b.creative(f"creative:{i}.{j}", ad_name, ad_rows)
            b.ad(f"ad:{i}.{j}", ad_name, adset, creative)


def plan_requests(plan: CampaignPlan, opts: Options) -> Request:
    """A campaign plan: an ad set per budget line, an ad per draft (the test line: its A/B ads)."""
    from adsage.export import SheetOptions
    from adsage.export.plan_rows import line_frame_of, plan_frame, plan_sheet

    sheet_opts = SheetOptions(
        images=tuple(p.name for p in opts.images), utm=opts.utm, page=opts.page, pixel=opts.pixel
    )
    rows = plan_sheet(plan, sheet_opts).rows
    if not rows:
        raise BadInput("the plan has no ads to publish (no copy drafts); regenerate the plan")
    frame = plan_frame(plan, sheet_opts)
    b = Builder(opts, frame, plan.budget.currency, list(plan.targeting.places), _caps(plan))
    multi: set[str] = set()
    if opts.text_options:  # every ad set but the A/B test's, whose ads must stay single
        multi = {n for n, g in grouped(rows) if not _is_test(g)}
    # one frame per ad set, in the sheet's order: the test line's stops with its window
    days = plan.ab_test.duration_days
    metric = plan.ab_test.metric  # the test line bids for its own metric, as in the sheet
    emit(b, rows, [line_frame_of(frame, line, days, metric) for line in plan.budget.split], multi)
    if plan.targeting.interests:
        b.notes.append(
            "interests are not sent (the API needs Meta's interest ids): "
            + ", ".join(plan.targeting.interests)
        )
    if plan.targeting.custom_audiences:
        b.notes.append(
            "custom audiences are left to the buyer: " + ", ".join(plan.targeting.custom_audiences)
        )
    elif any(line.key == "retargeting" for line in plan.budget.split):
        # as the bulk sheet's working notes say: a retargeting ad set needs its audience
        b.notes.append(
            "retargeting ad set: attach a custom audience before it runs; the plan names none, "
            "so without one it reaches the same people as prospecting"
        )
    data = plan.to_json_dict()
    return Request(content_hash(data, opts), b.steps, b.notes, plan.budget.currency)


def _caps(plan: CampaignPlan) -> dict[str, float]:
    """The goal's limits: the first maximum cost, the first minimum ROAS, and the plan's own
    cost cap when the goal gives none (a ROAS floor at one price, price / floor)."""
    caps: dict[str, float] = {}
    for c in plan.goal.parsed.get("constraints") or []:
        if not isinstance(c, dict) or not isinstance(c.get("value"), int | float):
            continue
        if c.get("currency") not in (None, plan.budget.currency):
            continue  # a cap in another currency is never converted
        if c.get("metric") == "roas" and c.get("bound") == "min":
            caps.setdefault("roas", float(c["value"]))
        elif c.get("metric") != "roas" and c.get("bound") == "max":
            caps.setdefault("cost", float(c["value"]))
    amount = plan.bid_amount()
    if "cost" not in caps and amount is not None:
        caps["cost"] = amount  # a ROAS floor at one price: the cap the bulk sheet carries
    return caps


def _is_test(group: list[dict[str, str]]) -> bool:
    """Whether an ad set's ads are named as A/B variants (the plan's test line)."""
    from adsage.export.names import parse_variant
    from adsage.export.spec import export_rules

    rules = export_rules()
    return any(parse_variant(rules, r["Ad Name"]) for r in group)


def variant_requests(vs: VariantSet, brief: Brief, opts: Options) -> Request:
    """An A/B set: one campaign, one ad set per variant with equal budgets and one schedule,
    named for the tested element and control/variant letter."""
    from adsage.export import SheetOptions
    from adsage.export.frame import with_audience
    from adsage.export.names import test_label, variant
    from adsage.export.rows import frame_for_set, test_budget, variant_sheet
    from adsage.export.spec import export_rules

    sheet_opts = SheetOptions(
        images=tuple(p.name for p in opts.images), utm=opts.utm, page=opts.page, pixel=opts.pixel
    )
    rows = variant_sheet([vs], [brief], sheet_opts).rows
    frame = frame_for_set(vs, brief, sheet_opts)
    rules = export_rules()
    budget = test_budget(vs, frame, len(vs.variants))
    if budget is None:
        raise BadInput("the variants set has no ab_plan.daily_budget; regenerate it")
    test = test_label(rules, vs.vary, vs.lang)
    frames = []
    for i, (row, ad) in enumerate(zip(rows, vs.variants, strict=True)):
        letter = variant(rules, vs.vary, i, vs.lang)
        row["Ad Set Name"] = " | ".join(
            p for p in (row["Campaign Name"], letter, (ad.audience or {}).get("label", "")) if p
        )
        cell = (
            "Ad Set Lifetime Budget" if frame.budget_type == "lifetime" else "Ad Set Daily Budget"
        )
        for c in BUDGET_CELLS:
            row.pop(c, None)
        row[cell] = f"{budget:.2f}"
        frames.append(with_audience(frame, ad.audience) if vs.vary == "audience" else frame)
    b = Builder(opts, frame, brief.budget.currency, list(brief.audience.places))
    emit(b, rows, frames, set())
    b.notes.append(f"{test}: {len(rows)} ad sets, {budget:.2f} {brief.budget.currency} each")
    # the brief gives schedule, budget and places: a changed brief is a new run
    data = {"set": vs.model_dump(mode="json"), "brief": brief.model_dump(mode="json")}
    return Request(content_hash(data, opts), b.steps, b.notes, brief.budget.currency)
