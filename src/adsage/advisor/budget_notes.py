"""Budget notes on how the split was made: lines left out and why, the test's surplus, one
ad set under the guide, and calendar notes keyed to the flight's own dates.

Every amount comes from the numbers model, so the budget section says what the A/B section
says (the test's surplus is one figure, computed once).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from adsage.models.brief import Brief
from adsage.models.findings import Report
from adsage.models.plan import PlanNumbers
from adsage.planning.data import SplitLine, planning_data
from adsage.planning.pace import Pace, daily_pace
from adsage.planning.seasons import overlaps
from adsage.planning.split import main_group

KNOWN = ("prospecting", "retargeting", "testing")


def line_name(lang: str, key: str) -> str:
    """The display name of a split line (Prospecting, Advantage+ sales campaign, ...)."""
    from adsage.advisor.texts import t

    return t(lang, key)


def main_name(lang: str, lines: list[SplitLine]) -> str:
    """The main line's name; one app campaign per store is named as the pair, since money
    freed or moved goes to both."""
    from adsage.planning.texts import tr

    if len(main_group(lines)) > 1:
        return tr(lang, "app_platforms_main")
    return line_name(lang, lines[0].key)


def split_notes(brief: Brief, nums: PlanNumbers, lines: list[SplitLine]) -> list[str]:
    from adsage.planning.split import floor_for
    from adsage.planning.texts import cents, count, money, tr

    lang, cur = brief.language, nums.currency
    floor = floor_for(cur)
    main = main_name(lang, lines)
    out: list[str] = []
    for d in nums.dropped_lines:
        if d.reason == "no_audience":
            people = planning_data().warm_audience.min_people
            out.append(tr(lang, "split_no_audience", people=count(people, lang), main=main))
        elif d.reason == "no_sample":
            window = nums.ab.available_days
            out.append(
                tr(lang, "split_no_sample", window=window, main=main, test=line_name(lang, d.key))
            )
        elif len(lines) == 1:
            continue  # the one-ad-set note below says why
        elif d.key == "testing":
            out.append(
                tr(
                    lang,
                    "split_test_inside",
                    daily=money(d.daily, cur, lang),
                    floor=money(floor, cur, lang),
                    main=main,
                )
            )
        else:
            out.append(
                tr(
                    lang,
                    "split_under_floor",
                    line=line_name(lang, d.key),
                    daily=money(d.daily, cur, lang),
                    floor=money(floor, cur, lang),
                    main=main,
                )
            )
    ab = nums.ab
    if ab.surplus >= 1:
        # only figures the table shows: the test line's amount and where the rest stays (the
        # split's default test share is in no row, so naming it would show a phantom reserve)
        out.append(
            tr(
                lang,
                "split_surplus_pair" if len(main_group(lines)) > 1 else "split_surplus",
                spend=money(ab.test_spend, cur, lang),
                main=main,
                test=line_name(lang, "testing"),
            )
        )
    pace = main_pace(brief, nums, lines)
    if pace is not None and pace.changes:
        # the test's days carry its own pace; the main ad set takes what is left of the day
        # the sheet runs the test beside an Advantage+ campaign as a campaign of its own:
        # the note names the campaigns it builds, not ad sets of one campaign
        key = "split_daily"
        if len(pace.group) > 1:
            key = "split_daily_each"
        elif test_has_own_campaign(lines):
            key = "split_daily_campaigns"
        out.append(
            tr(
                lang,
                key,
                daily=money(nums.daily, cur, lang),
                main=main,
                during=cents(pace.main_during, cur, lang),
                after=cents(pace.main_after, cur, lang),
                test=cents(pace.others.get("testing", 0.0), cur, lang),
                days=pace.test_days,
            )
        )
    # a plan that drops its test for the sample keeps one ad set by choice, not for the floor
    no_sample = any(d.reason == "no_sample" for d in nums.dropped_lines)
    if len(lines) == 1 and floor and not no_sample:
        key = "only_ad_set" if nums.daily >= floor else "only_ad_set_below"
        out.append(tr(lang, key, daily=money(nums.daily, cur, lang), floor=money(floor, cur, lang)))
    return out


def audience_purpose(brief: Brief, key: str, lines: list[SplitLine], why: str) -> str:
    """A split line's purpose with the brief's custom audiences named: retargeting targets
    them, every other ad set excludes them so it reaches new people only (the sheet's
    Custom Audiences / Excluded Custom Audiences cells say the same)."""
    from adsage.planning.texts import tr

    named = ", ".join(brief.audience.custom_audiences)
    if not named or not any(ln.key == "retargeting" for ln in lines):
        return why
    lang = brief.language
    if key == "retargeting":
        return tr(lang, "retargeting_why_named", names=named)
    if why == tr(lang, "prospecting_why"):  # its lookalikes are seeded from these audiences
        return tr(lang, "prospecting_why_seeded", names=named)
    return tr(lang, "excluding", why=why, names=named)


def learning_advice(lang: str, nums: PlanNumbers, lines: list[SplitLine], ok: bool) -> str:
    """What to do about a slow learning phase, for the ad sets this plan has: "keep one ad
    set" only where there is one; with a test ad set, fold the winner into the main one."""
    from adsage.planning.texts import tr

    if ok:
        return tr(lang, "learn_ok")
    if len(lines) == 1:
        return tr(lang, "learn_low")
    main = main_name(lang, lines)
    if any(ln.key == "testing" for ln in lines) and nums.ab.duration_days < nums.days:
        return tr(lang, "learn_low_split", test_days=nums.ab.duration_days, main=main)
    return tr(lang, "learn_low_sets", sets=len(lines), main=main)


def test_has_own_campaign(lines: list[SplitLine]) -> bool:
    """Whether the bulk sheet builds the A/B test as a campaign of its own: an Advantage+
    main line takes no manual ad set beside it (the sheet's rule, read from the export)."""
    from adsage.export.lines import ADVANTAGE_LINES

    keys = [ln.key for ln in lines]
    return len(keys) > 1 and "testing" in keys and keys[0] in ADVANTAGE_LINES


def main_pace(brief: Brief, nums: PlanNumbers, lines: list[SplitLine]) -> Pace | None:
    """The main ad set's daily budget while the test runs and after it (daily budgets with
    a test ad set only), from the same line amounts the budget table shows."""
    if brief.budget.type != "daily" or len(lines) < 2 or not nums.ab.reserved:
        return None
    amounts = [(ln.key, round(nums.total * ln.share, 2)) for ln in lines]
    return daily_pace(nums.daily, nums.days, amounts, nums.ab.duration_days)


def season_notes(brief: Brief, test: bool = True) -> list[str]:
    """Calendar notes for the days the flight covers: before Christmas CPMs peak, after it
    they fall (planning.yaml ``calendar``, third-party CPM averages). A flight that spans both
    gets one note with the day the costs turn, never two that read as opposites."""
    from adsage.planning.texts import tr

    start, end = brief.schedule.start, brief.schedule.end
    own = business_seasons(brief)
    periods = [p for p in planning_data().calendar.periods if overlaps(start, end, p.start, p.end)]
    if any(s.costs_rise for s in own):
        # Valentine's week or the school year's start raise costs for this business: the
        # generic "January is cheap" line would contradict the season's own note
        periods = [p for p in periods if p.key != "low"]
    keys = [p.key for p in periods]
    if keys == ["peak", "low"] or keys == ["low", "peak"]:
        span = _span(brief, {p.key: p for p in periods})
        if span is not None:
            return [span, *season_texts(brief, own)]
    tail = "" if test else "_no_test"  # no test planned: no advice on when to run it
    return [tr(brief.language, f"season_{key}{tail}") for key in keys] + season_texts(brief, own)


def business_seasons(brief: Brief) -> list[Any]:
    """The seasons of the brief's business its flight overlaps (``seasons.yaml``)."""
    from adsage.drafting.offline.categories import category_for
    from adsage.planning.numbers import choose_objective
    from adsage.planning.seasons import seasons_for

    return seasons_for(brief, category_for(brief, choose_objective(brief)[0]).id)


def season_texts(brief: Brief, seasons: list[Any]) -> list[str]:
    """Each season's note; Valentine's week also asks for the last order date when the brief
    gives a made-to-order lead time (its own words, no date is worked out here)."""
    from adsage.planning.seasons import made_to_order
    from adsage.planning.texts import tr

    lang, out = brief.language, []
    for s in seasons:
        text = tr(lang, f"season.{s.key}")
        lead = made_to_order(brief) if s.key.startswith("valentines") else None
        if lead:
            text += " " + tr(lang, "season.order_by", lead=lead)
        out.append(text)
    return out


def _span(brief: Brief, periods: dict[str, Any]) -> str | None:
    """The flight's last peak day and first low day, when the peak comes first."""
    from adsage.i18n import date as long_date
    from adsage.planning.texts import tr

    start, end = brief.schedule.start, brief.schedule.end
    last_peak = first_low = None
    day = start
    while day <= end:
        if overlaps(day, day, periods["peak"].start, periods["peak"].end):
            last_peak = day
        elif first_low is None and overlaps(day, day, periods["low"].start, periods["low"].end):
            first_low = day
        day += timedelta(days=1)
    if last_peak is None or first_low is None or first_low < last_peak:
        return None
    lang = brief.language
    return tr(
        lang,
        "season_span",
        peak_days=(last_peak - start).days + 1,
        peak_end=long_date(last_peak, lang),
        low_start=long_date(first_low, lang),
    )


def strategy_notes(brief: Brief, nums: PlanNumbers, label: str, reach_fix: bool) -> list[str]:
    """Notes from the brief's facts: app set-up, languages, regional benchmark, and the fix
    for a goal the SMART check found out of reach when it offers no rewrite."""
    from adsage.advisor import strategy_notes as sn

    found = [
        sn.app_setup_note(brief, nums.structure)
        if nums.structure.startswith("advantage_plus_app")
        else None,
        sn.language_note(brief),
        *market_notes(brief, nums),
        sn.benchmark_note(brief, nums),
        sn.all_industry_note(brief, nums),
        sn.event_note(brief, nums),
        sn.reach_note(brief, nums, label) if reach_fix else None,
        sn.after_lead_note(brief, nums),
    ]
    return [n for n in found if n]


def market_notes(brief: Brief, nums: PlanNumbers) -> list[str]:
    """Which market row priced the plan, when that is not obvious: the first country has no
    row of its own (the default market's stands in), or the row is in another currency than
    the budget (its cost is shown converted, with the rate and the fx table's date)."""
    from adsage.i18n import confidence_name, country_name
    from adsage.i18n import money as exact_money
    from adsage.planning.texts import money, tr
    from adsage.rules.fx import fx_rates
    from adsage.rules.objectives import load_benchmarks

    countries = brief.audience.locations
    if not countries:
        return []
    lang, bench, out = brief.language, load_benchmarks(), list[str]()
    first, market = countries[0].upper(), bench.market_for(countries)
    group = bench.markets.get(market)
    if group is not None and first not in group.countries:
        out.append(
            tr(
                lang,
                "bench_stand_in",
                country=country_name(first, lang),
                market=country_name(market, lang),
            )
        )
    used, cur = nums.benchmark, nums.currency.upper()
    if used is None:
        return out
    entry = bench.entry(used.market, used.objective, used.ref.rsplit(".", 1)[-1])
    if entry is not None and entry.currency.upper() != cur and nums.cost_per_result:
        fx = fx_rates()
        rate = bench.convert(1.0, entry.currency, cur)
        if rate is not None:
            out.append(
                tr(
                    lang,
                    "bench_converted",
                    market=country_name(used.market, lang),
                    src=entry.currency,
                    orig=money(entry.figure.typical, entry.currency, lang),
                    shown=money(nums.cost_per_result, cur, lang),
                    one=money(1, entry.currency, lang),
                    # to four places, so the rate times the row's figure gives the one shown
                    rate=exact_money(rate, cur, lang, 4),
                    as_of=fx.as_of.isoformat(),
                    conf=confidence_name(fx.confidence, lang),
                )
            )
    return out


def budget_report(brief: Brief, goal: str, cpr: float | None) -> Report:
    """The budget checker's findings on the brief's own budget and schedule (a budget the
    checker cannot read is an info note, never a failed plan)."""
    from pydantic import ValidationError

    from adsage.checks.budget import Budget, check_budget

    amount = brief.budget.amount
    try:
        budget = Budget(
            currency=brief.budget.currency,
            daily_budget=amount if brief.budget.type == "daily" else None,
            lifetime_budget=amount if brief.budget.type == "lifetime" else None,
            optimization_goal=goal,
            start=brief.schedule.start,
            end=brief.schedule.end,
            expected_cost_per_result=cpr,
            lang=brief.language,
        )
    except ValidationError as exc:
        from adsage.models.findings import Finding

        msg = exc.errors()[0]["msg"]
        note = Finding(rule="budget.unchecked", severity="info", message=msg, field="budget")
        return Report.from_findings([note])
    return Report.from_findings(check_budget(budget))


def pixel_notes(lang: str, objective: str, goal: str) -> list[str]:
    """Ad sets that optimise for a website event learn only from what the pixel and the
    Conversions API send: said once, before launch, with the event it must be."""
    from adsage.planning.texts import tr

    if goal not in ("OFFSITE_CONVERSIONS", "VALUE"):
        return []
    known = objective in ("OUTCOME_SALES", "OUTCOME_LEADS")
    what = tr(lang, f"pixel_event.{objective if known else 'other'}")
    return [tr(lang, "pixel_needed", event=what)]
