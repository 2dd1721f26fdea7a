"""One numbers model per plan: every figure computed once from one benchmark entry.

The goal check, the KPIs, the budget split, the learning-phase estimate and the A/B sizing
all read the same market table entry (market group of the first targeted country, the plan's
objective), so no section can say "about 1 result a week" while another says 3.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from adsage.checks.goal.costs import affordable_count
from adsage.models.brief import Brief
from adsage.models.plan import ABNumbers, BenchmarkUsed, PlanNumbers
from adsage.planning.abdecision import settled
from adsage.planning.abplan import plan_ab_test
from adsage.planning.data import SplitLine, planning_data
from adsage.planning.pace import floor_cents
from adsage.planning.rounding import round_count
from adsage.planning.split import plan_split, unreachable, with_surplus, without_test
from adsage.planning.structure import books_or_calls
from adsage.planning.structure import choose_structure as choose_structure
from adsage.planning.structure import converts_on_site as converts_on_site
from adsage.planning.volume import ceiling, volume_cost
from adsage.rules.objectives import BenchmarksData, load_benchmarks

LEARNING_EVENTS = 50  # about 50 optimisation events in 7 days (budget.yaml learning_phase, COPY)
# Objectives whose A/B test reads clicks per impression; the others read results per click.
CTR_TESTS = {"OUTCOME_AWARENESS", "OUTCOME_TRAFFIC", "OUTCOME_ENGAGEMENT"}


def choose_objective(brief: Brief) -> tuple[str, bool]:
    """The objective the brief asks for or implies (:func:`wanted_objective`), except that a
    business whose sale closes offline (a car dealer) gets Leads for Sales: it has no online
    purchase to optimise for."""
    from adsage.drafting.offline.sales import sold_offline

    objective, inferred = wanted_objective(brief)
    if objective == "OUTCOME_SALES" and sold_offline(brief):
        return "OUTCOME_LEADS", inferred
    return objective, inferred


def wanted_objective(brief: Brief) -> tuple[str, bool]:
    """The brief's objective, or one inferred from the goal's metric, else from the action the
    offer names, else from the metric a vague word points to ("more customers" -> leads);
    traffic when nothing is named."""
    from adsage.checks.goal.parse import parse_goal
    from adsage.errors import BadInput
    from adsage.rules.objectives import infer_objective

    if brief.objective:
        return brief.objective, False
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    metric = parsed.metric
    if metric is None and parsed.vague_hint in (None, "leads"):
        # "more patients" / "fill the calendar": the offer says which action ("free
        # consultation" -> leads, "order online" -> purchases) before a guess does
        from adsage.checks.goal.intent import offer_metric, thin_brief_metric

        metric = offer_metric(brief.offer, brief.product, landing_url=brief.landing_url)
        if metric is None and not books_or_calls(brief):
            shop = brief.catalog or brief.product_count > 1
            metric = thin_brief_metric(brief.offer, brief.landing_url, shop)
    metric = metric or parsed.vague_hint
    if metric:
        try:
            return infer_objective(metric), True
        except BadInput:
            pass
    return "OUTCOME_TRAFFIC", True


def total_budget(brief: Brief) -> float:
    b = brief.budget
    return b.amount if b.type == "lifetime" else b.amount * brief.days


@dataclass(frozen=True)
class Figures:
    cpm: float | None
    ctr_link: float | None  # percent
    cpc: float | None
    cost: float | None
    low: float | None
    high: float | None
    used: BenchmarkUsed | None
    per: int = 1  # the cost buys this many results (1,000 for reach)


def _money(bench: BenchmarksData, market: str, objective: str, key: str, cur: str) -> float | None:
    e = bench.entry(market, objective, key)
    return None if e is None else bench.convert(e.figure.typical, e.currency, cur)


def figures(brief: Brief, objective: str, metric: str) -> Figures:
    """The plan's benchmark figures. The cost per result is the SMART check's own
    (:func:`adsage.checks.goal.assess.cost_range`, same market, objective and metric), so the
    goal verdict, the KPIs and the forecast quote one figure."""
    from adsage.checks.goal.assess import cost_range

    bench = load_benchmarks()
    cur = brief.budget.currency
    market = bench.market_for(brief.audience.locations)
    found = bench.cost_for(metric)
    entry = bench.entry(market, objective, found[0]) if found else None
    per = found[1].per if found else 1
    cost = low = high = None
    used = None
    rng = cost_range(bench, metric, cur, market, objective) if entry is not None else None
    if entry is not None and rng is not None:
        f = entry.figure
        cost, low, high = rng.typical, rng.low, rng.high
        used = BenchmarkUsed(
            market=market,
            objective=entry.objective,
            ref=entry.ref,
            currency=entry.currency,
            source=f.source,
            as_of=f.as_of,
            confidence=f.confidence,
        )
    ctr = bench.entry(market, objective, "ctr_link")
    cpm = _money(bench, market, objective, "cpm", cur)
    cpc = _money(bench, market, objective, "cpc", cur)
    if cpc is None and cpm and ctr:
        cpc = cpm / (10 * ctr.figure.typical)
    return Figures(cpm, ctr.figure.typical if ctr else None, cpc, cost, low, high, used, per)


def split_lines(brief: Brief, structure: str, daily: float) -> list[SplitLine]:
    """The structure's lines that the daily budget can fund, each at the per-ad-set minimum
    (:func:`adsage.planning.split.plan_split`)."""
    from adsage.planning.split import plan_split

    return plan_split(brief, structure, daily)[0]


_RADIUS = re.compile(
    r"(?P<km>\d+(?:[.,]\d+)?)\s*km\s+(?:around|of|from|wokół|wokol|od)\s+(?P<place>[^\W\d_][\w-]*)"
    r"|w\s+promieniu\s+(?P<km2>\d+(?:[.,]\d+)?)\s*km\s+(?:od|wokół|wokol)\s+(?P<place2>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)


def radius_places(*texts: str) -> list[tuple[str, float]]:
    """ "8 km around Kraków" / "w promieniu 8 km od Krakowa" -> [("Kraków", 8.0)]."""
    out: list[tuple[str, float]] = []
    for text in texts:
        for m in _RADIUS.finditer(text or ""):
            km = float((m["km"] or m["km2"]).replace(",", "."))
            place = m["place"] or m["place2"]
            if not any(p == place for p, _ in out):
                out.append((place, km))
    return out


def _size(
    brief: Brief,
    metric: str,
    baseline: float,
    ctr: float,
    fig: Figures,
    daily: float,
    days: int,
    variants: int = 2,
) -> tuple[int, int, float, int | None]:
    """(sample per variant, impressions, budget, days) for a test of ``variants`` ads."""
    d = planning_data().ab_defaults
    ab = plan_ab_test(
        baseline,
        d.mde_relative,
        metric=metric,  # type: ignore[arg-type]
        variants=variants,
        alpha=d.alpha,
        power=d.power,
        cpm=fig.cpm,
        daily_budget=daily or None,
        ctr_for_cvr=ctr,
        min_days=d.min_days,
        max_days=d.max_days,
        lang=brief.language,
        available_days=days,
    )
    return (
        ab.sample_size_per_variant,
        ab.impressions_needed,
        ab.budget_needed or 0.0,
        ab.days_needed,
    )


def test_window(days: int) -> int:
    """The days an A/B test can run: the flight, at most the test's own limit (30)."""
    return min(days, planning_data().ab_defaults.max_days)


def offer_days(brief: Brief, tested: Sequence[str]) -> int | None:
    """Days from the flight's start to the offer's end, when a tested text states a deadline
    or the offer itself and that end comes before the flight's; else ``None``.  The date is
    the deadline's own, or the offer's, resolved forward from the start."""
    from adsage.checks.deadlines import deadlines_in
    from adsage.lang.dates import make_date

    offer = " ".join(brief.offer.casefold().split()[:3])
    stated = [d for text in tested for d in deadlines_in(text)]
    if not stated and (not offer or not any(offer in t.casefold() for t in tested)):
        return None
    dates = [dm for d in stated for dm in d.dates] or [
        dm for d in deadlines_in(brief.offer) for dm in d.dates
    ]
    start = brief.schedule.start
    ends = [e for day, month in dates if (e := make_date(None, month, day, start)) is not None]
    if not ends:
        return None
    days = (min(ends) - start).days + 1
    return days if days < brief.days else None


def ab_numbers(
    brief: Brief,
    objective: str,
    fig: Figures,
    test_budget: float,
    days: int,
    *,
    own_line: bool = True,
    variants: int = 2,
    offer_days: int | None = None,
) -> ABNumbers:
    """The test is sized on the metric the objective optimises: clicks per impression for
    awareness, traffic and engagement; results per click (from this entry's CPC and cost per
    result) for leads, app and sales. The CTR alternative is sized too, for when the result
    metric cannot finish within the flight.

    A test with its own budget line spends that line within the test's window (a longer
    flight does not thin the test out), never under the per-ad-set minimum a day (the window
    shortens instead); a test inside an ad set runs at that ad set's pace.  The test runs one
    length, ``duration_days``: the days the sample needs, at least the minimum length, and
    its line spends only what those days need (``test_spend``; the rest is ``surplus``).
    The plan tests two ads; ``adsage variants`` sizes its own count the same way.  With
    ``offer_days`` (a tested ad names an offer that ends before the flight) the test runs
    only within them: after the offer ends, that ad would state something false."""
    from adsage.planning.split import floor_for

    d = planning_data().ab_defaults
    metric = "ctr" if objective in CTR_TESTS or not fig.cost or not fig.cpc else "cvr"
    ctr = (fig.ctr_link or 1.0) / 100
    unit_cost = (fig.cost or 1) / fig.per
    baseline = ctr if metric == "ctr" else min(0.9, (fig.cpc or 0) / unit_cost)
    if offer_days is not None and offer_days < days:
        days = offer_days
    else:
        offer_days = None
    available = test_window(days)
    limit = "offer" if offer_days is not None else "flight"
    if available < days:
        limit = "max"
    floor = floor_for(brief.budget.currency) if own_line else 0.0
    if floor and test_budget / available < floor:
        shorter = max(1, min(available, int(test_budget // floor)))
        limit = "budget" if shorter < available else limit
        available = shorter
    spread = available if own_line else days
    daily_test = test_budget / spread if spread else 0.0
    sized = _size(brief, metric, baseline, ctr, fig, daily_test, days, variants)
    result_days: int | None = None
    if metric == "cvr" and (sized[3] is None or sized[3] > available):
        # results per click cannot be read within the flight: test link CTR instead, which
        # needs far fewer impressions, and say how long the result metric would have taken
        # (when neither fits, the CTR test is still the one closest to a readable result)
        alt = _size(brief, "ctr", ctr, ctr, fig, daily_test, days, variants)
        if alt[3] is not None and (sized[3] is None or alt[3] < sized[3]):
            result_days, metric, baseline, sized = sized[3], "ctr", ctr, alt
    sample, impressions, needed, days_needed = sized
    fits = days_needed is not None and days_needed <= available
    pace = daily_test
    if fits and days_needed is not None:
        duration = max(days_needed, min(d.min_days, days))
        if own_line and needed:
            # spend what the sample needs over the test's days, never under the minimum
            pace = min(daily_test, max(needed / duration, floor))
            days_needed = min(duration, math.ceil(round(needed / pace, 6)))
    else:
        duration = available
    spend = round(pace * duration, 2) if own_line else 0.0
    if own_line and fits and duration:
        # the test ad set's daily budget to the cent, as the bulk sheet and the A/B text hold it
        pace = floor_cents(spend / duration)
    return ABNumbers(
        metric=metric,  # type: ignore[arg-type]
        baseline_rate=round(baseline, 4),
        sample_size_per_variant=sample,
        impressions_needed=impressions,
        budget_needed=round(needed, 2),
        daily_budget=round(pace, 2),
        days_needed=days_needed,
        duration_days=duration,
        fits=fits,
        available_days=available,
        result_metric_days=result_days,
        reserved=round(test_budget, 2) if own_line else 0.0,
        test_spend=spend,
        surplus=round(max(0.0, test_budget - spend), 2) if own_line else 0.0,
        offer_days=offer_days,
        window_limit=limit,  # type: ignore[arg-type]
        variants=variants,
    )


def plan_numbers(
    brief: Brief,
    objective: str,
    metric: str,
    *,
    local: bool = False,
    target: float | None = None,
    cap: float | None = None,
    variants: int = 2,
    offer_days: int | None = None,
) -> tuple[PlanNumbers, list[SplitLine]]:
    """The numbers and the split lines they rest on; ``target`` is the goal's count of
    ``metric`` results and ``cap`` its most per result (in the budget's currency), when it
    names them.  One cost KPI comes out: the lower of the budget's limit and the cap."""
    total = total_budget(brief)
    days = brief.days
    daily = total / days
    fig = figures(brief, objective, metric)
    structure = choose_structure(brief, objective, local, metric)
    lines, dropped = plan_split(brief, structure, daily)
    # every line buys results at the same typical cost; the main ad set's share is what
    # decides whether it leaves the learning phase
    test_line = next((ln for ln in lines if ln.key == "testing"), None)
    # without a line of its own the test runs inside the main ad set, at its pace
    test_budget = total * (test_line.share if test_line else lines[0].share)
    own = test_line is not None
    sizing = (brief, objective, fig)
    ab = ab_numbers(
        *sizing, test_budget, days, own_line=own, variants=variants, offer_days=offer_days
    )
    # the plan's own test (two ads) decides the split, whatever count ``adsage variants`` sizes
    plan_ab = (
        ab
        if variants == 2
        else ab_numbers(*sizing, test_budget, days, own_line=own, offer_days=offer_days)
    )
    if (own or len(lines) > 1) and unreachable(plan_ab):
        # a test that cannot reach its sample within its window is not planned (as in a plan
        # whose budget carries one ad set): its share stays in the main line, never cut from it
        lines, dropped = without_test(lines, dropped, total, test_budget, plan_ab.available_days)
        test_budget = total * lines[0].share
        ab = ab_numbers(
            *sizing, test_budget, days, own_line=False, variants=variants, offer_days=offer_days
        )
    lines = with_surplus(lines, total, ab.test_spend) if ab.surplus else lines
    cur = brief.budget.currency
    ab = settled(ab, total=total, days=days, currency=cur, ad_sets=len(lines), dropped=dropped)
    main_share = lines[0].share
    # the count the goal rewrite suggests too: one rounding for both (three significant digits)
    cost, at_cap = volume_cost(fig.cost, cap if fig.per == 1 else None)
    results = affordable_count(total, fig.per, cost) if cost else None
    per_week = round_count(daily * 7 * fig.per / cost) if cost else None
    learning = round_count(daily * 7 * main_share * fig.per / cost) if cost else None
    nums = PlanNumbers(
        currency=brief.budget.currency,
        total=round(total, 2),
        days=days,
        weeks=round(days / 7, 1),
        daily=round(daily, 2),
        metric=metric,
        cost_per_result=None if fig.cost is None else round(fig.cost, 2),
        cost_unit=fig.per,
        cost_low=None if fig.low is None else round(fig.low, 2),
        cost_high=None if fig.high is None else round(fig.high, 2),
        results_expected=results,
        results_per_week=per_week,
        cpm=None if fig.cpm is None else round(fig.cpm, 2),
        ctr_link=fig.ctr_link,
        cpc=None if fig.cpc is None else round(fig.cpc, 2),
        structure=structure,
        ad_sets=len(lines),  # the split's lines, after any dropped test was folded in
        learning_events_per_week=learning,
        benchmark=fig.used,
        ab=ab,
        goal_target=target,
        cost_ceiling=ceiling(total, target, cap if fig.per == 1 else None, fig.per),
        cost_cap=round(cap, 2) if cap and fig.per == 1 else None,
        volume_at_cap=at_cap,
        dropped_lines=dropped,
    )
    return nums, lines
