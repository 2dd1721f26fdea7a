"""Build a campaign plan from a brief: retrieve, compute, draft, validate, record.

The order matters: the numbers (objective, targeting, budget, test size) are computed from rule
data first, the engine only drafts words on top of them, and every draft is validated here,
whatever engine wrote it, so no surface can show an unchecked plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from adsage.advisor import policy_section, sections
from adsage.advisor.ab_section import ab_section
from adsage.advisor.claims import with_claims
from adsage.advisor.grounding import citations, gather
from adsage.advisor.order_margin import margin_question
from adsage.advisor.targeting import targeting_section
from adsage.checks.claims import with_set_checks
from adsage.checks.goal import check_goal
from adsage.checks.goal.lexicon import load_lexicon
from adsage.checks.goal.parse import parse_goal
from adsage.checks.inputs import brief_copy_findings, goal_inputs
from adsage.checks.launch import launch_findings
from adsage.checks.thin_brief import thin_texts
from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.drafting.offline.categories import facts_to_add
from adsage.drafting.offline.hygiene import without_brand
from adsage.i18n import t
from adsage.models.brief import Brief
from adsage.models.findings import Finding, Report
from adsage.models.plan import (
    CampaignPlan,
    CopyDraft,
    GoalSection,
    PlanNumbers,
    Provenance,
)
from adsage.planning.numbers import choose_objective, offer_days, plan_numbers, wanted_objective
from adsage.planning.single_price import price_cap


def validate_copy(draft: CopyDraft, brief: Brief) -> Report:
    return Report.from_findings(brief_copy_findings(draft.model_dump(), brief))


def make_engine(settings: Settings, *, meter: Any = None) -> Engine:
    """Offline unless a model endpoint is configured; the model engine falls back part by part.

    ``meter`` (a :class:`~adsage.drafting.limits.TokenMeter`) is shared by every engine of a
    batch, so the batch's token budget holds across briefs.
    """
    if settings.llm == "openai":
        from adsage.drafting.llm import LLMEngine

        return LLMEngine(  # type: ignore[no-any-return]
            settings,
            timeout=settings.llm_timeout,
            max_tokens_per_plan=settings.max_tokens_per_plan,
            meter=meter,
        )
    from adsage.drafting.offline import OfflineEngine

    return OfflineEngine()  # type: ignore[no-any-return]


def default_searcher(settings: Settings) -> Any:
    from adsage.knowledge.ready import ready_searcher

    return ready_searcher(settings)


def prepare(
    brief: Brief,
    *,
    settings: Settings,
    searcher: Any | None = None,
    engine: Engine | None = None,
    verbose: bool = False,
) -> tuple[DraftContext, Engine]:
    """Engine plus drafting context (objective and retrieved knowledge) for one brief."""
    engine = engine or make_engine(settings)
    searcher = searcher or default_searcher(settings)
    objective, _ = choose_objective(brief)
    provenance = Provenance(engine="openai" if engine.name != "offline" else "offline")
    ctx = DraftContext(
        brief=brief,
        lang=brief.language,
        objective=objective,
        knowledge=gather(searcher, brief, objective),
        provenance=provenance,
        verbose=verbose,
    )
    return ctx, engine


def draft_copy(ctx: DraftContext, engine: Engine, n: int) -> list[CopyDraft]:
    """Copy drafts with the link filled in and each one's validation report attached."""
    brief = ctx.brief
    drafts = engine.copy(ctx, engine.personas(ctx), n)
    return with_set_checks(
        [
            d.model_copy(
                update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
            )
            for d in drafts
        ],
        brief.language,
    )


def numbers_for(
    brief: Brief, objective: str, *, variants: int = 2, tested: Sequence[str] = ()
) -> tuple[Any, str, Any, tuple[PlanNumbers, list[Any]]]:
    """The parsed goal, result metric, targeting and the plan's numbers for a brief: one
    computation, shared by the plan and by ``adsage variants`` (which sizes ``variants`` ads
    with the same budget line, per-ad-set minimum, test window and surplus).  ``tested`` are
    the texts the test compares: one that names the offer's end keeps the test inside it."""
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    metric = sections.result_metric(parsed, objective)
    targeting = targeting_section(brief)
    local = any(p.kind in ("radius", "city", "postal") for p in targeting.places)
    # a target in items (2,000 doughnuts) is not a count of orders: no cost per order from it
    # and a cost target ("cost per booking under 35 EUR") is a price, not a count of results
    # a goal counted in a step after the lead (booked calls, enrolments) is no count of
    # leads: the plan forecasts leads and asks for the lead-to-step rate (after_lead_note)
    counted = (
        parsed.target_kind == "absolute"
        and parsed.metric == metric
        and parsed.unit_kind is None
        and load_lexicon().kind(metric) == "count"
        and load_lexicon().step_in(brief.goal, brief.language) is None
    )
    cap = sections.cost_cap(parsed, metric, brief.budget.currency)
    numbers = plan_numbers(
        brief,
        objective,
        metric,
        local=local,
        target=parsed.target if counted else None,
        cap=cap.value if cap else None,
        variants=variants,
        offer_days=offer_days(brief, tested),
    )
    nums, lines = numbers
    priced = price_cap(brief, parsed, objective, nums.structure)
    if priced is not None:
        nums = nums.model_copy(
            update={"unit_price": priced.price.amount, "roas_cost_cap": priced.cap}
        )
    return parsed, metric, targeting, (nums, lines)


def ab_plan_for(brief: Brief, variants: int, tested: Sequence[str] = ()) -> dict[str, Any]:
    """The A/B sizing of ``variants`` ads, from the plan's own numbers (as a dict)."""
    from adsage.advisor.ab_section import no_test
    from adsage.advisor.budget_notes import main_name
    from adsage.planning.abplan import from_numbers

    objective, _ = choose_objective(brief)
    nums, lines = numbers_for(brief, objective, variants=variants, tested=tested)[3]
    ab = from_numbers(nums, variants, brief.days, brief.language)
    if not nums.ab.planned:
        # the plan runs no test at this budget: the variants say so in the plan's own words
        # instead of sizing a test the plan has ruled out
        ab.verdict, ab.warnings = no_test(brief, nums, main_name(brief.language, lines))
        ab.planned = False
        # the drafts then run side by side in the main ad set (the verdict's "instead"): the
        # set's sheet gives its ad set that line's pace, not the test ad set proposed above
        ab.ad_set_daily = round(nums.total * lines[0].share / nums.days, 2)
    return ab.as_dict()


def build_plan(
    brief: Brief,
    *,
    settings: Settings,
    searcher: Any | None = None,
    engine: Engine | None = None,
    n_copies: int = 3,
    verbose: bool = False,
) -> CampaignPlan:
    searcher = searcher or default_searcher(settings)
    ctx, engine = prepare(
        brief, settings=settings, searcher=searcher, engine=engine, verbose=verbose
    )
    # a copy: claim sources added below must not change what the engine drafts from
    lang, objective, snippets = brief.language, ctx.objective, list(ctx.knowledge)
    inferred = brief.objective is None
    # the test's ads first: one that names the offer's end keeps the test inside the offer
    ads = _test_ads(brief, settings, searcher)
    # every text the test's ads carry: a control text that states the offer's end dates the
    # whole test, whichever element is varied
    tested = [str(a.get(k) or "") for a in ads for k in ("headline", "primary_text", "description")]
    parsed, metric, targeting, (nums, lines) = numbers_for(brief, objective, tested=tested)
    inputs = goal_inputs(brief)  # with the targeted countries' market and the category
    report = check_goal(
        brief.goal,
        **{
            **inputs,
            # the goal is judged against the objective the brief asks for: a dealer's "sell
            # more cars" is a sales goal, run as Leads for a reason the objective section gives
            "objective": wanted_objective(brief)[0],
            "budget": nums.total,
            "currency": nums.currency,
            "market": nums.benchmark.market if nums.benchmark else inputs.get("market"),
        },
    )
    dumped = report.model_dump(mode="json", by_alias=True)
    goal = GoalSection(
        text=brief.goal,
        ok=report.ok,
        criteria=dumped["criteria"],
        parsed=dumped["parsed"],
        findings=dumped["findings"],
        rewrite=engine.goal_rewrite(ctx, report.rewrite) if report.rewrite else None,
        rewrite_estimated=_estimated_target(report.rewrite, report.parsed.target, nums, lang),
    )
    if goal.rewrite and goal.rewrite_estimated:  # the client's number, never the forecast
        goal.rewrite = _ask_for_target(goal.rewrite, nums.results_expected or 0)
    # sections are cited claim by claim once the plan is assembled (advisor.claims)
    obj = sections.objective_section(brief, parsed, objective, inferred, [], nums)
    obj.margin = margin_question(brief, nums)
    targeting = policy_section.with_policy(brief, targeting)
    personas = engine.personas(ctx)
    drafts = with_set_checks(
        [
            d.model_copy(
                update={"link": d.link or brief.landing_url, "report": validate_copy(d, brief)}
            )
            for d in engine.copy(ctx, personas, n_copies)
        ],
        lang,
    )
    launch = launch_findings(brief)
    drafts = policy_section.without_moved(drafts, targeting, launch)
    personas, formats, advice = policy_section.repaired_advice(brief, personas, engine.formats(ctx))
    budget = sections.budget_section(
        brief,
        objective,
        metric,
        nums,
        lines,
        [],
        obj.bid_strategy,
        # the SMART check found the goal out of reach and offers no rewrite: give the figures
        reach_fix=goal.rewrite is None
        and goal.criteria.get("achievable", {}).get("state") == "fail",
        parsed=parsed,
    )
    ab = ab_section(
        brief,
        nums,
        ads,
        nums.ab.reserved or budget.split[0].amount,
        len(lines) == 1,
        [],
        main_key=lines[0].key,
        test_goal=_test_goal(brief, objective, metric, obj.optimization_goal, nums.ab.metric),
    )
    dated = _brief_questions(brief)
    from adsage.export.offer_split import with_offer_end

    budget = with_offer_end(brief, budget, drafts, lang)
    plan = CampaignPlan(
        lang=lang,
        brand=brief.brand,
        product=without_brand(brief.product, brief.brand),
        goal=goal,
        objective=obj,
        personas=personas,
        targeting=targeting,
        formats=formats,
        copy=drafts,
        copy_notes=_copy_notes(brief, objective, dated),
        brief_checks=Report.from_findings(dated),
        launch=Report.from_findings(launch),
        thin_brief=thin_texts(brief),
        advice=advice,
        ab_test=ab,
        budget=budget,
        citations=citations(snippets),
        provenance=ctx.provenance,
        numbers=nums,
        structure=nums.structure,
    )
    return with_claims(plan, searcher, snippets)


def _test_goal(brief: Brief, objective: str, metric: str, goal: str, test_metric: str) -> str:
    """The words for the event a Sales plan's test ad set keeps from the main ad sets (as
    the bulk sheet sets it up), for the A/B section to say why; "" elsewhere."""
    from adsage.advisor.optimisation import goal_words
    from adsage.export.spec import export_rules

    if objective != "OUTCOME_SALES":
        return ""
    if export_rules().test_ad_set.goal(test_metric, goal, objective) != goal:
        return ""
    return goal_words(brief, objective, goal, metric)


def _brief_questions(brief: Brief) -> list[Finding]:
    """What the brief itself leaves open for the client: a named day the schedule has passed,
    an offer that ends before the flight does, an offer on a closed day, a bare "$" price
    read as several currencies, an amount in a currency some targeted market does not pay
    in, a price cut in an EU market (the lowest price of the prior 30 days), brief text in
    another language than the plan."""
    from adsage.checks.brief_dates import brief_date_findings
    from adsage.checks.brief_language import brief_language_findings
    from adsage.checks.brief_money import currency_market_findings, price_currency_findings
    from adsage.checks.gift_delivery import gift_delivery_findings
    from adsage.checks.offer_end import offer_end_findings
    from adsage.checks.price_cut import price_cut_findings

    sold = {"product": brief.product, "offer": brief.offer}
    sold.update({f"benefits[{i}]": b for i, b in enumerate(brief.benefits)})
    where, lang = brief.audience.locations, brief.language
    # the ads are drafted from these words: another language than the plan's mixes the two
    written = {**sold, "audience.description": brief.audience.description}
    return [
        *brief_date_findings(brief),
        *offer_end_findings(brief),
        *gift_delivery_findings(brief),
        *price_currency_findings(sold, where, brief.budget.currency, lang),
        *currency_market_findings(sold, where, lang),
        *price_cut_findings(sold, where, lang),
        *brief_language_findings(written, lang),
    ]


def _copy_notes(brief: Brief, objective: str, dated: list[Finding]) -> list[str]:
    """Questions for the client before the ads run: a date in the brief the schedule has
    passed or an offer on a closed day (``dated``), then which facts a thin brief should add
    (pay, routes, bonus for a job); never invented."""
    from adsage.checks.credit import income_benefits, undisclosed_benefits

    notes = [f"{f.message} {f.suggestion}" for f in dated]
    cat = brief.special_ad_category
    held = undisclosed_benefits(brief.benefits, [brief.offer, brief.product], cat)
    income = income_benefits(brief.benefits, cat)  # held too, for another reason
    for key, items in (
        ("plan.copy.credit_held", [b for b in held if b not in income]),
        ("plan.copy.income_held", income),
    ):
        if items:
            said = ", ".join(f"„{b}”" if brief.language == "pl" else f'"{b}"' for b in items)
            notes.append(t(key, brief.language, items=said))
    missing = facts_to_add(brief, objective, brief.language)
    if missing:
        notes.append(t("plan.copy.add_facts", brief.language, facts="; ".join(missing)))
    return notes


def _test_ads(brief: Brief, settings: Settings, searcher: Any | None) -> list[dict[str, Any]]:
    """Two ads identical except the headline, built by the variants logic (offline engine,
    so the test is reproducible whichever engine drafts the rest of the plan)."""
    from adsage.drafting.offline import OfflineEngine
    from adsage.variants.generate import generate_variants

    fields = ("name", "primary_text", "headline", "description", "cta", "link", "angle")
    vs = generate_variants(brief, "headline", 2, settings=settings, engine=OfflineEngine())
    return [{k: getattr(v, k) for k in fields} for v in vs.variants]


def _estimated_target(rewrite: str | None, target: float | None, nums: Any, lang: str) -> bool:
    """Whether a rewrite proposes the plan's own forecast as the target: it does not keep the
    client's own number (none, or one that counts nothing, such as "180 000 zł z 1,5%") and
    it carries the forecast count (budget over the market benchmark)."""
    import re

    if not rewrite or not nums.results_expected:
        return False
    # the numbers the rewrite states, however it groups thousands ("9 000", "9000", "9,000")
    said = {int(n) for n in re.findall(r"\d+", re.sub(r"(?<=\d)[\s,.](?=\d{3}\b)", "", rewrite))}
    if target is not None and round(target) in said:
        return False
    return round(nums.results_expected) in said


def _ask_for_target(rewrite: str, forecast: float) -> str:
    """The rewrite with the forecast count replaced by "N": a target is the client's number,
    which the brief does not give; the forecast stays in the KPI table as a forecast."""
    import re

    number = r"\d{1,3}(?:[\s\u00a0\u202f,.]\d{3})+(?!\d)|\d+"  # "9 000", "9,000", "34"
    for m in re.finditer(number, rewrite):  # the first one only: a date's day stays
        if int(re.sub(r"\D", "", m.group())) == round(forecast):
            return rewrite[: m.start()] + "N" + rewrite[m.end() :]
    return rewrite
