"""The settings every row of one campaign repeats, and the cells they become.

A plan export and a variants export differ in how they choose ad sets and ads, not in how a
campaign, an ad set or an ad is written, so both build a :class:`Frame` and use the same cell
builders here. Every row is PAUSED: an import creates drafts, never spending ads.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from adsage.export.spec import ExportRules, as_text, export_rules

# re-exported: the plan's budget notes and the sheet round ad-set budgets the same way
from adsage.planning.pace import floor_cents as floor_cents


@dataclass(frozen=True)
class Audience:
    """Ad set targeting as the sheet writes it."""

    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    genders: tuple[str, ...] = ()


@dataclass(frozen=True)
class Frame:
    brand: str
    product: str  # as names show it (names.short_product), not the brief's whole line
    lang: str
    objective: str
    start: date | None
    end: date | None
    budget_type: str = "lifetime"
    optimization_goal: str = ""
    billing_event: str = ""
    bid_strategy: str = "LOWEST_COST_WITHOUT_CAP"
    bid_amount: float | None = None  # the cap of a capped strategy, in the budget's currency
    roas_floor: float | None = None  # the goal's minimum ROAS, for a ROAS goal strategy
    special_ad_category: str = "NONE"
    placements: tuple[str, ...] = ()
    audience: Audience = field(default_factory=Audience)
    advantage_audience: str = ""
    url_tags: str = ""
    page: str | None = None
    pixel: str | None = None

    @property
    def days(self) -> int:
        if self.start is None or self.end is None:
            return 0
        return (self.end - self.start).days + 1


def locations(targeting: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Regions and cities (with radius) of a targeting object that has them.

    Accepts plain names or items with ``name`` and ``radius_km`` (objects or mappings), so a
    richer targeting model can be exported without changing the writer.
    """
    radius = export_rules().values.radius

    def name_of(item: Any) -> str:
        if isinstance(item, str):
            return item.strip()

        def get(key: str) -> Any:
            return item.get(key) if isinstance(item, dict) else getattr(item, key, None)

        text = as_text(get("name") or get("label")).strip()
        km = get("radius_km")
        return f"{text} {radius.format(km=f'{float(km):g}')}" if text and km else text

    regions = tuple(n for n in map(name_of, getattr(targeting, "regions", None) or []) if n)
    cities = tuple(n for n in map(name_of, getattr(targeting, "cities", None) or []) if n)
    return regions, cities


def campaign_cells(frame: Frame, name: str, rules: ExportRules) -> dict[str, str]:
    v = rules.values
    return {
        "Campaign Name": name,
        "Campaign Objective": v.objective.get(frame.objective, frame.objective),
        "Buying Type": v.buying_type,
        "Special Ad Categories": v.special_ad_categories.get(
            frame.special_ad_category, frame.special_ad_category
        ),
        **_paused(rules),
    }


def ad_set_cells(
    frame: Frame, name: str, budget: float | None, rules: ExportRules
) -> dict[str, str]:
    """Ad set settings; the budget sits on the ad set (each test arm and split line has its
    own), so the bid strategy is the ad set's too."""
    v = rules.values
    aud = frame.audience
    amount = "" if budget is None else f"{budget:.2f}"
    kind = "Lifetime" if frame.budget_type == "lifetime" else "Daily"
    facebook = [v.placements.get(p, {}).get("facebook") for p in frame.placements]
    instagram = [v.placements.get(p, {}).get("instagram") for p in frame.placements]
    platforms = [p for p, used in (("facebook", facebook), ("instagram", instagram)) if any(used)]
    return {
        "Ad Set Name": name,
        "Ad Set Time Start": _time(frame.start, v.start_time, rules),
        "Ad Set Time Stop": _time(frame.end, v.stop_time, rules),
        f"Ad Set {kind} Budget": amount,
        "Ad Set Bid Strategy": v.bid_strategy.get(frame.bid_strategy, frame.bid_strategy),
        "Bid Amount": "" if frame.bid_amount is None else f"{frame.bid_amount:.2f}",
        **_roas_floor(frame, rules),
        "Optimization Goal": frame.optimization_goal,
        "Billing Event": frame.billing_event,
        "Link Object ID": v.page.format(id=frame.page) if frame.page else "",
        **_conversion(frame, rules),
        "Countries": ", ".join(aud.countries),
        "Regions": "; ".join(aud.regions),
        "Cities": "; ".join(aud.cities),
        "Gender": ", ".join(v.gender[g] for g in aud.genders if g in v.gender),
        "Age Min": as_text(aud.age_min),
        "Age Max": as_text(aud.age_max),
        "Advantage Audience": frame.advantage_audience,
        "Publisher Platforms": ", ".join(platforms),
        "Facebook Positions": ", ".join(dict.fromkeys(p for p in facebook if p)),
        "Instagram Positions": ", ".join(dict.fromkeys(p for p in instagram if p)),
    }


def ad_cells(
    name: str, copy: Any, media: tuple[str, str] | None, frame: Frame, link: str
) -> dict[str, str]:
    """``copy`` has primary_text, headline, description and cta; ``media`` is the column and
    the file name of the creative, when one was given."""
    cells = {
        "Ad Name": name,
        "Title": copy.headline,
        "Body": copy.primary_text,
        "Link Description": copy.description,
        "Link": without_utm(link) if frame.url_tags else link,
        "Call to Action": copy.cta,
        "URL Tags": frame.url_tags,
    }
    if media is not None:
        cells[media[0]] = media[1]
    return cells


def without_utm(link: str) -> str:
    """The link without UTM parameters: Ads Manager appends URL Tags to it, so tags left in
    the link would be sent twice."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(link)
    if "utm_" not in parts.query:
        return link
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.startswith("utm_")
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def media_for(images: tuple[str, ...], videos: tuple[str, ...], i: int) -> tuple[str, str] | None:
    """The creative of the ``i``-th ad: its own file in an image test, else the one file."""
    column, files = ("Image File Name", images) if images else ("Video File Name", videos)
    if not files:
        return None
    return column, files[i] if len(files) > 1 else files[0]


def in_test_window(frame: Frame, days: int | None = None) -> Frame:
    """The frame of an A/B test's ad set: it stops when the test ends (``days``, the plan's
    test duration) or at the test's window (at most 30 days), so its budget is spent while
    the test runs, as the plan's numbers assume."""
    from adsage.planning.numbers import test_window

    if frame.start is None or frame.end is None:
        return frame
    run = min(days or frame.days, test_window(frame.days))
    if frame.days <= run:
        return frame
    return replace(frame, end=frame.start + timedelta(days=run - 1))


def with_audience(frame: Frame, audience: dict[str, Any] | None) -> Frame:
    """The frame with an audience variant's targeting (an audience test's ad set)."""
    if not audience:
        return frame
    genders = tuple(g for g in audience.get("genders") or [] if g != "all")
    aud = replace(
        frame.audience,
        countries=tuple(audience.get("countries") or frame.audience.countries),
        age_min=audience.get("age_min", frame.audience.age_min),
        age_max=audience.get("age_max", frame.audience.age_max),
        genders=genders,
    )
    flags = export_rules().values.advantage_audience
    flag = flags["broad_arm"] if audience.get("kind") == "broad" else frame.advantage_audience
    return replace(frame, audience=aud, advantage_audience=flag)


def _roas_floor(frame: Frame, rules: ExportRules) -> dict[str, str]:
    """A ROAS goal ad set's floor (the goal's minimum ROAS); nothing for other strategies."""
    if frame.bid_strategy != "LOWEST_COST_WITH_MIN_ROAS" or frame.roas_floor is None:
        return {}
    goal = rules.roas_goal
    return {goal.column: goal.cell(frame.roas_floor)}


def as_test_ad_set(frame: Frame, metric: str, rules: ExportRules) -> Frame:
    """The A/B test's ad set: judged on its own metric (link CTR or conversion rate), so it
    bids at lowest cost with no cap or ROAS floor; in a Sales or app campaign it optimises
    for the main ad sets' conversion event (the metric is read from the report), elsewhere a
    CTR test optimises for link clicks where the campaign optimises for website conversions
    (``test_ad_set`` in ``export.yaml``)."""
    goal = rules.test_ad_set.goal(metric, frame.optimization_goal, frame.objective)
    return replace(
        frame,
        bid_strategy=rules.test_ad_set.bid_strategy,
        bid_amount=None,
        roas_floor=None,
        optimization_goal=goal,
    )


def _conversion(frame: Frame, rules: ExportRules) -> dict[str, str]:
    """Pixel and event for an ad set that optimises for conversions on the website."""
    v = rules.values
    if frame.optimization_goal not in ("OFFSITE_CONVERSIONS", "VALUE") or not frame.pixel:
        return {}
    return {
        "Optimized Conversion Tracking Pixels": v.pixel.format(id=frame.pixel),
        "Optimized Event": v.optimized_event.get(frame.objective, ""),
    }


def _paused(rules: ExportRules) -> dict[str, str]:
    return {col: rules.statuses.value for col in rules.statuses.columns}


def _time(day: date | None, clock: str, rules: ExportRules) -> str:
    if day is None:
        return ""
    hh, mm = (int(x) for x in clock.split(":"))
    return rules.format_time(datetime.combine(day, time(hh, mm)))
