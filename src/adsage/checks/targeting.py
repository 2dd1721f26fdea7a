"""Targeting checks: age range, locations, special ad categories and lookalikes.

Special ad categories (housing, employment, credit, financial products) exist to prevent
discrimination, so the options they forbid are errors even when the rest is fine.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.campaign import TargetingRules, targeting_rules

_COUNTRY = re.compile(r"[A-Z]{2}")
_KM_PER_MILE = 1.609344


class Lookalike(BaseModel):
    model_config = ConfigDict(extra="forbid")

    size_percent: float = Field(gt=0, description="Audience size as a percent of the country")
    source_size: int | None = Field(default=None, ge=0)
    country: str | None = None


class Targeting(BaseModel):
    model_config = ConfigDict(extra="forbid")

    age_min: int | None = None
    age_max: int | None = None
    genders: list[Literal["male", "female", "all"]] | None = None
    countries: list[str] = Field(default_factory=list)
    cities: list[str] = Field(default_factory=list)
    postal_codes: list[str] = Field(default_factory=list)
    radius: float | None = Field(default=None, gt=0)
    radius_unit: Literal["mile", "km"] = "mile"
    custom_audiences: list[str] = Field(default_factory=list)
    interests: list[str] = Field(default_factory=list)
    lookalike: Lookalike | None = None
    special_ad_category: str = "NONE"

    @field_validator("special_ad_category")
    @classmethod
    def _known_category(cls, v: str) -> str:
        value = v.strip().upper()
        allowed = targeting_rules().special_categories.values
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}")
        return value


def age_end(hi: int) -> str:
    """The top of an age range as a reader sees it: Meta's highest age_max (65) means 65 and
    older, so it reads "65+"; the bulk sheet keeps the number Ads Manager expects."""
    return f"{hi}+" if hi >= targeting_rules().age.max else str(hi)


def age_range(lo: int, hi: int) -> str:
    """ "30–65+", "18–24", or one age ("17") when the range is a single year: every range in
    a plan's text is written with an en dash (the bulk sheet keeps Meta's numeric columns)."""
    return age_end(hi) if lo == hi else f"{lo}–{age_end(hi)}"


def check_targeting(t: Targeting, lang: str = "en") -> list[Finding]:
    rules = targeting_rules()
    out = _age(rules, t) + _location(rules, t) + _special(rules, t, lang)
    out += minors_findings(rules, t, lang) + city_radius_findings(rules, t, lang)
    if t.lookalike is not None:
        out += _lookalike(rules, t.lookalike)
    return out


def minors_findings(rules: TargetingRules, t: Targeting, lang: str = "en") -> list[Finding]:
    """Under-18s in the age range with options Meta allows only for adults (UNSURE rule:
    a warning), so the ad set would be restricted or rejected for its youngest part."""
    from adsage.i18n import t as msg

    m = rules.minors
    if m is None or t.age_min is None or t.age_min >= m.adult_age:
        return []
    used = [
        name
        for name, on in (
            ("interests", bool(t.interests)),
            ("genders", set(t.genders or ["all"]) not in ({"all"}, {"male", "female"})),
            ("custom_audiences", bool(t.custom_audiences)),
            ("lookalike", t.lookalike is not None),
        )
        if on
    ]
    if not used:
        return []
    return [
        finding(
            "targeting.minors",
            m.severity,
            msg(
                "targeting.minors",
                lang,
                young=age_range(t.age_min, m.adult_age - 1),
                options=", ".join(msg(f"targeting.option.{u}", lang) for u in used),
            ),
            m,
            field=used[0],
            suggestion=msg("targeting.minors.fix", lang, adult=m.adult_age),
        )
    ]


def city_radius_findings(rules: TargetingRules, t: Targeting, lang: str = "en") -> list[Finding]:
    """A radius around a city outside the range Ads Manager offers for cities (UNSURE rule:
    a warning); a smaller radius needs an address or a dropped pin."""
    from adsage.i18n import t as msg

    r = rules.city_radius
    if r is None or t.radius is None or not t.cities:
        return []
    km = t.radius * _KM_PER_MILE if t.radius_unit == "mile" else t.radius
    if r.min_km <= km <= r.max_km:
        return []
    return [
        finding(
            "targeting.city_radius",
            r.severity,
            msg(
                "targeting.city_radius", lang, km=f"{km:g}", lo=f"{r.min_km:g}", hi=f"{r.max_km:g}"
            ),
            r,
            field="radius",
            suggestion=msg("targeting.city_radius.fix", lang, km=f"{km:g}"),
        )
    ]


def _age(rules: TargetingRules, t: Targeting) -> list[Finding]:
    age = rules.age
    out: list[Finding] = []
    if t.age_min is not None and not age.min <= t.age_min <= age.max:
        out.append(
            finding(
                "targeting.age_range",
                age.severity,
                f"Minimum age {t.age_min} is outside {age.min}-{age.max}.",
                age,
                field="age_min",
                suggestion=f"Use {max(age.min, min(t.age_min, age.max))}.",
            )
        )
    if t.age_max is not None and not age.min <= t.age_max <= age.max:
        out.append(
            finding(
                "targeting.age_range",
                age.severity,
                f"Maximum age {t.age_max} is outside {age.min}-{age.max} ({age.max} means "
                f"{age.max}+).",
                age,
                field="age_max",
                suggestion=f"Use {max(age.min, min(t.age_max, age.max))}.",
            )
        )
    if t.age_min is not None and t.age_max is not None and t.age_min > t.age_max:
        out.append(
            finding(
                "targeting.age_range",
                age.severity,
                f"Minimum age {t.age_min} is above maximum age {t.age_max}.",
                age,
                field="age_min",
                suggestion="Swap the two values.",
            )
        )
    return out


def _location(rules: TargetingRules, t: Targeting) -> list[Finding]:
    loc = rules.location
    out: list[Finding] = []
    if not t.countries and not t.custom_audiences and not t.cities and not t.postal_codes:
        out.append(
            finding(
                "targeting.location",
                loc.severity,
                "No location: at least one country is required unless a custom audience is used.",
                loc,
                field="countries",
                suggestion='Add countries, e.g. ["PL"].',
            )
        )
    bad = [c for c in t.countries if not _COUNTRY.fullmatch(c)]
    if bad:
        out.append(
            finding(
                "targeting.location",
                loc.severity,
                f'"{bad[0]}" is not a two-letter country code.',
                loc,
                field="countries",
                suggestion="Use ISO codes such as PL, DE, US.",
            )
        )
    for name, limit in (("cities", loc.max_cities), ("postal_codes", loc.max_postal_codes)):
        n = len(getattr(t, name))
        if n > limit:
            out.append(
                finding(
                    "targeting.location",
                    loc.severity,
                    f"{n} {name.replace('_', ' ')} exceeds the limit of {limit:,}.",
                    loc,
                    field=name,
                    suggestion="Target a region or country instead.",
                )
            )
    return out


def _eu_ban(cat: str, countries: list[str]) -> bool:
    """Whether Meta runs this category nowhere the targeting reaches in the EU: then the
    plan's "before launch" stop speaks, not an authorisation hint."""
    from adsage.rules.launch import launch_rules

    ban = launch_rules().eu_political_ban
    return cat == ban.category and any(c in ban.eu_countries for c in countries)


def lock_unsure_findings(rules: TargetingRules, t: Targeting, lang: str = "en") -> list[Finding]:
    """A warning when an ad set of a category whose age and gender lock is unconfirmed
    (social issues) narrows either: the plan does not state the lock, it asks to check it."""
    from adsage.i18n import t as msg

    sc, unsure, cat = rules.special_categories, rules.special_lock_unsure, t.special_ad_category
    if unsure is None or cat not in unsure.categories:
        return []
    narrowed = (t.age_min is not None and t.age_min != sc.fixed_age_min) or (
        t.age_max is not None and t.age_max != sc.fixed_age_max
    )
    given = {str(g) for g in t.genders or []}
    gendered = bool(given) and given not in ({"all"}, {"male", "female"})
    if not (narrowed or gendered):
        return []
    return [
        finding(
            "targeting.special_category_lock",
            unsure.severity,
            msg("targeting.special.lock_unsure", lang, cat=cat),
            unsure,
            field="age_min" if narrowed else "genders",
            suggestion=msg("targeting.special.lock_unsure_fix", lang),
        )
    ]


def _special(rules: TargetingRules, t: Targeting, lang: str = "en") -> list[Finding]:
    from adsage.i18n import t as msg

    sc = rules.special_categories
    cat = t.special_ad_category
    out: list[Finding] = []
    if cat in sc.authorisation and not _eu_ban(cat, list(t.countries)):
        out.append(
            finding(
                "targeting.special_category",
                "info",
                msg("targeting.special.authorisation", lang, cat=cat),
                sc,
                field="special_ad_category",
            )
        )
    if cat in sc.replaced:
        new = sc.replaced[cat]
        out.append(
            finding(
                "targeting.special_category",
                "warning",
                msg("targeting.special.replaced", lang, cat=cat, new=new, when=sc.replaced_as_of),
                sc,
                field="special_ad_category",
                suggestion=msg("targeting.special.replaced_fix", lang, new=new),
            )
        )
    out += lock_unsure_findings(rules, t, lang)
    if cat not in sc.restricted:
        return out

    def violation(field: str, key: str, **kw: object) -> None:
        out.append(
            finding(
                "targeting.special_category",
                sc.severity,
                f"{cat}: {msg(f'targeting.special.{key}', lang, **kw)}",
                sc,
                field=field,
                suggestion=msg(f"targeting.special.{key}_fix", lang, **kw),
            )
        )

    lo, hi = sc.fixed_age_min, sc.fixed_age_max
    if (t.age_min is not None and t.age_min != lo) or (t.age_max is not None and t.age_max != hi):
        violation("age_min", "age", lo=lo, hi=hi)
    if t.genders and set(t.genders) != {"all"} and set(t.genders) != {"male", "female"}:
        violation("genders", "gender")
    if t.postal_codes:
        violation("postal_codes", "postal")
    if t.lookalike is not None:
        violation("lookalike", "lookalike")
    rad = rules.special_radius
    if t.radius is not None:
        miles = t.radius / _KM_PER_MILE if t.radius_unit == "km" else t.radius
        if miles < rad.min_radius_miles:
            out.append(
                finding(
                    "targeting.special_category",
                    rad.severity,
                    f"{cat}: a radius of {t.radius:g} {t.radius_unit}(s) is below the "
                    f"{rad.min_radius_miles:g}-mile minimum.",
                    rad,
                    field="radius",
                    suggestion=f"Use at least {rad.min_radius_miles:g} miles "
                    f"({rad.min_radius_miles * _KM_PER_MILE:.0f} km).",
                )
            )
    return out


def _lookalike(rules: TargetingRules, la: Lookalike) -> list[Finding]:
    r = rules.lookalike
    out: list[Finding] = []
    if not r.min_percent <= la.size_percent <= r.max_percent:
        hint = (
            f" Did you mean {la.size_percent * 100:g}%?"
            if la.size_percent < r.min_percent and la.size_percent * 100 <= r.max_percent
            else ""
        )
        out.append(
            finding(
                "targeting.lookalike",
                r.severity,
                f"Lookalike size {la.size_percent:g}% is outside {r.min_percent:g}-"
                f"{r.max_percent:g}%.{hint}",
                r,
                field="lookalike.size_percent",
                suggestion="Sizes are percents of the country: 1 means the closest 1%.",
            )
        )
    if la.source_size is not None:
        if la.source_size < r.min_source:
            out.append(
                finding(
                    "targeting.lookalike",
                    r.severity,
                    f"The source audience has {la.source_size:,} people; at least "
                    f"{r.min_source:,} are needed.",
                    r,
                    field="lookalike.source_size",
                    suggestion=f"Grow the source to {r.recommended_source:,}+ people.",
                )
            )
        elif la.source_size < r.recommended_source:
            out.append(
                finding(
                    "targeting.lookalike",
                    "warning",
                    f"The source audience has {la.source_size:,} people; "
                    f"{r.recommended_source:,} or more give better lookalikes.",
                    r,
                    field="lookalike.source_size",
                    suggestion="Use a larger source, e.g. all purchasers of the last 180 days.",
                )
            )
    return out
