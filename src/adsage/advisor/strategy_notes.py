"""Strategy notes a plan adds from the brief's own facts: ad sets per language when the
countries speak different languages, a regional benchmark said to be one, the app campaign's
set-up checklist, and the fix for a goal the budget cannot reach.

Each note rests on data (``planning.yaml``, ``benchmarks.yaml``) or on the brief's words, never
on a guess about the business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.models.brief import Brief
from adsage.models.plan import KPI, PlanNumbers
from adsage.planning.data import planning_data

if TYPE_CHECKING:
    from adsage.checks.goal.lexicon import AfterLeadStep

STORES = ("apps.apple.com", "itunes.apple.com", "play.google.com")
# which platform a store link belongs to, and the names a plan gives the store and platform
STORE_HOSTS = {"apps.apple.com": "ios", "itunes.apple.com": "ios", "play.google.com": "android"}
STORE_NAMES = {"ios": "App Store", "android": "Google Play"}
PLATFORM_NAMES = {
    "en": {"ios": "iOS", "android": "Android"},
    "pl": {"ios": "iOS", "android": "Androida"},  # "kampania na Androida"
}


def store_of(url: str) -> str | None:
    """``ios`` or ``android`` for an app-store link, ``None`` for any other link."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return STORE_HOSTS.get(host)


def language_note(brief: Brief) -> str | None:
    """Countries that read different languages. The sheet builds one ad set in the brief's
    language, so the note says whom that reaches and one way to reach the rest (translations
    as multi-language ads, keeping the plan's one budget line), and when language ad sets
    are worth their split budget instead."""
    from adsage.planning.texts import tr

    data = planning_data().languages
    groups = data.groups(brief.audience.locations)
    if len(groups) < 2:
        return None
    lang = brief.language
    names = {code: data.names.get(code, {}).get(lang, code) for code in groups}
    own = data.names.get(lang, {}).get(lang, lang)
    return tr(
        lang,
        "languages",
        langs=_and(list(names.values()), lang),
        own=own,
        others=_and([n for c, n in names.items() if c != lang], lang),
        groups="; ".join(f"{names[c]}: {', '.join(cs)}" for c, cs in groups.items()),
    )


def _and(items: list[str], lang: str) -> str:
    """ "Dutch, French and German" / "niderlandzki, francuski i niemiecki"."""
    last = " i " if lang == "pl" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def benchmark_note(brief: Brief, nums: PlanNumbers) -> str | None:
    """A market entry shared by many countries is a regional average: say so."""
    from adsage.planning.texts import tr
    from adsage.rules.objectives import load_benchmarks

    if nums.benchmark is None:
        return None
    bench = load_benchmarks()
    mixed = _other_markets(brief, nums.benchmark.market)
    if mixed:
        from adsage.i18n import country_name

        lang = brief.language
        return tr(
            lang,
            "bench_mixed",
            market=country_name(nums.benchmark.market, lang),  # a name, never the code
            country=country_name(brief.audience.locations[0], lang),
            others=_and([country_name(c, lang) for c in mixed], lang),
        )
    group = bench.markets.get(nums.benchmark.market)
    if group is None or len(group.countries) <= 2:
        return None
    countries = brief.audience.locations
    key = "bench_regional" if len(countries) > 1 else "bench_regional_one"
    from adsage.i18n import country_name

    lang = brief.language
    market, country = country_name(nums.benchmark.market, lang), country_name(countries[0], lang)
    return tr(lang, key, market=market, country=country)


def all_industry_note(brief: Brief, nums: PlanNumbers) -> str | None:
    """The lead benchmark is one average over all industries (goal_lexicon.yaml
    ``all_industry_benchmark``): said so, and the client's past cost per lead asked for,
    so a solar installer or a nurse recruiter never takes it for their own figure."""
    from adsage.checks.goal.lexicon import load_lexicon
    from adsage.i18n import country_name
    from adsage.planning.texts import money, tr

    generic = load_lexicon().data.all_industry_benchmark
    if generic is None or nums.metric not in generic.metrics or nums.benchmark is None:
        return None
    if not nums.cost_per_result or nums.cost_unit != 1:
        return None
    lang = brief.language
    return tr(
        lang,
        "bench_all_industry",
        market=country_name(nums.benchmark.market, lang),
        cpr=money(nums.cost_per_result, nums.currency, lang),
    )


def _other_markets(brief: Brief, used: str) -> list[str]:
    """Targeted countries that have a benchmark table other than the one the plan uses."""
    from adsage.rules.objectives import load_benchmarks

    bench = load_benchmarks()
    tabled = {c for group in bench.markets.values() for c in group.countries}
    return [
        c for c in brief.audience.locations if c.upper() in tabled and bench.market_for([c]) != used
    ]


def app_setup_note(brief: Brief, structure: str = "advantage_plus_app") -> str:
    """The app campaign's set-up checklist (knowledge: Advantage+ app campaigns). "Separate
    campaigns per store" only when the budget table has a line for each store; a brief for
    both stores whose budget funds one campaign is told to start with one store."""
    from adsage.planning.split import floor_for
    from adsage.planning.structure import APP_PLATFORMS, both_platforms
    from adsage.planning.texts import money, tr

    lang = brief.language
    steps = [tr(lang, "app_step.store"), tr(lang, "app_step.sdk")]
    if structure == APP_PLATFORMS:
        steps.append(tr(lang, "app_step.platforms"))
        if (store := store_of(brief.landing_url)) is not None:
            other = "android" if store == "ios" else "ios"
            steps.append(
                tr(
                    lang,
                    "app_step.other_store",
                    url=brief.landing_url,
                    store=STORE_NAMES[store],
                    other=STORE_NAMES[other],
                    other_platform=PLATFORM_NAMES[lang][other],
                )
            )
    elif both_platforms(brief):
        cur = brief.budget.currency
        steps.append(tr(lang, "app_step.one_store", floor=money(floor_for(cur), cur, lang)))
    if not any(store in brief.landing_url for store in STORES):
        steps.append(tr(lang, "app_step.link", url=brief.landing_url))
    return tr(lang, "app_setup", steps="; ".join(steps))


def reach_note(brief: Brief, nums: PlanNumbers, metric_label: str) -> str | None:
    """A counted goal the budget cannot buy at the benchmark: the reachable count for the
    budget and the budget for the count, from the numbers model's one cost."""
    from adsage.checks.goal.assess import limits
    from adsage.i18n import plural
    from adsage.planning.texts import count, money, tr

    target, expected, cpr = nums.goal_target, nums.results_expected, nums.cost_per_result
    if not target or expected is None or not cpr or nums.cost_unit != 1:
        return None
    # judged on the whole count, as the SMART check judges it; said as the rounded figure
    if int(nums.total * nums.cost_unit / cpr) >= target * limits().reachable_share:
        return None
    lang, cur = brief.language, nums.currency
    return tr(
        lang,
        "reach_fix",
        budget=money(nums.total, cur, lang),
        reachable=f"{plural('unit.result', expected, lang)} ({metric_label})",
        cpr=money(cpr, cur, lang),
        target=count(target, lang),
        needed=money(target * cpr, cur, lang),
    )


def after_lead_note(brief: Brief, nums: PlanNumbers) -> str | None:
    """A goal counted in a step after the lead (booked calls, course enrolments): the plan
    forecasts leads at the lead benchmark, and the share of leads that reach the step is the
    client's own figure, asked for and never assumed; with a count in the goal, the share it
    would need is worked out from the plan's own lead forecast."""
    from adsage.checks.goal.lexicon import load_lexicon
    from adsage.checks.goal.parse import parse_goal
    from adsage.i18n import percent
    from adsage.planning.texts import count, money, tr

    if nums.metric not in ("leads", "calls") or not nums.cost_per_result:
        return None
    found = load_lexicon().step_in(brief.goal, brief.language)
    leads = nums.results_expected
    if found is None or not leads:
        return None
    lang, cur = brief.language, nums.currency
    kw = {
        "step": found[1].name[lang],
        "cpl": money(nums.cost_per_result, cur, lang),
        "leads": count(leads, lang),
    }
    text = tr(lang, "after_lead", **kw)
    # the goal's own count of the step (the numbers model holds no lead target for it)
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=lang)
    target = parsed.target if parsed.target_kind == "absolute" else None
    if target:
        key = "after_lead_rate" if target <= leads else "after_lead_short"
        text += " " + tr(
            lang, key, target=count(target, lang), rate=percent(target / leads, lang), **kw
        )
    return text


def step_of(brief: Brief) -> tuple[str, AfterLeadStep] | None:
    """The step after the lead the goal counts, when its count is read as leads: a goal
    whose count is of something else ("hire 3 waiters and sell 500 tickets") names none."""
    from adsage.checks.goal.lexicon import load_lexicon
    from adsage.checks.goal.parse import parse_goal

    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    if parsed.metric not in ("leads", "calls"):
        return None
    return load_lexicon().step_in(brief.goal, brief.language)


def after_lead_name(brief: Brief) -> str | None:
    """The name of the step after the lead the goal counts ("booked calls"), if it names one."""
    found = step_of(brief)
    return found[1].name["pl" if brief.language == "pl" else "en"] if found else None


def step_kpis(brief: Brief, nums: PlanNumbers | None, row: KPI) -> list[KPI]:
    """The goal's KPI row, and for a step after the lead (hires, booked calls) that row said
    to be counted outside Ads Manager and followed by the lead row before it: with no
    target, since the leads per step are the client's figure (asked, never assumed), and
    never fewer than the step's own count."""
    from adsage.planning.texts import count, tr

    found = step_of(brief)
    if found is None or row.target is None:
        return [row]
    lang, (key, step) = brief.language, found
    lead = step.lead[lang] if step.lead else tr(lang, "kpi_step_lead_name")
    outside = row.model_copy(update={"note": tr(lang, "kpi_step_outside")})
    target = count(row.target, lang)
    note = tr(lang, f"kpi_step_ask.{key}", target=target)
    if nums is not None and nums.results_expected and nums.metric in ("leads", "calls"):
        note += tr(lang, "kpi_step_forecast", leads=count(nums.results_expected, lang))
    return [outside, KPI(name=lead, note=note)]


EVENT_METRIC = "event_responses"


def event_kpis(brief: Brief, metric: str) -> list[KPI]:
    """An event's cost per response, with no target: no benchmark is recorded for it, so
    the client's past events set it (never a borrowed engagement cost)."""
    from adsage.planning.texts import tr

    if metric != EVENT_METRIC:
        return []
    lang = brief.language
    return [KPI(name=tr(lang, "kpi_event_cost"), note=tr(lang, "kpi_event_note"))]


def event_note(brief: Brief, nums: PlanNumbers) -> str | None:
    """A goal of people coming to an event: what Meta counts instead (responses to the
    Facebook event), the website alternative, and the rate to learn after the event."""
    from adsage.planning.texts import tr

    if nums.metric != EVENT_METRIC:
        return None
    return tr(brief.language, "event_note", url=brief.landing_url)
