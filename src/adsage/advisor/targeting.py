"""The targeting section: who the ad set reaches, from the brief and the targeting rules.

Kept apart from the other sections because it carries its own judgement: a local business
whose audience lives in one city should not pay to reach the whole country, and special ad
categories override what the brief asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from adsage.advisor.texts import t
from adsage.checks.targeting import age_end, age_range
from adsage.models.brief import Brief
from adsage.models.plan import PlaceTarget, TargetingSpec


def restricted(category: str) -> bool:
    """Whether a special ad category limits age, gender, postcodes and lookalikes."""
    from adsage.rules.campaign import targeting_rules

    return category in targeting_rules().special_categories.restricted


def named_cities(*texts: str) -> list[str]:
    """Cities of the rule data's list named in free text, in the nominative Meta's location
    search needs ("Mieszkańcy Krakowa" -> ["Kraków"], "women in Warsaw" -> ["Warszawa"])."""
    from adsage.rules.campaign import targeting_rules

    names = targeting_rules().place_names
    if names is None:
        return []
    forms = {**names.pl_genitive, **names.aliases}
    forms.update({v: v for v in names.pl_genitive.values()})
    found: list[str] = []
    for text in texts:
        for word in re.findall(r"[^\W\d_][\w-]*", text or ""):
            city = forms.get(word)
            if city and city not in found:
                found.append(city)
    return found


def _place_role(brief: Brief) -> str:
    """What a city named in the brief is to this business: where its guests come from
    (``origin``: a hotel), where it serves (``local``: a plumber, a café), or possibly where
    it sells or delivers (``delivery``: anything else)."""
    from adsage.drafting.offline.categories import category_for

    cat = category_for(brief, brief.objective or "")
    return "origin" if cat.customers_travel else "local" if cat.serves_locally else "delivery"


def _cities_named(cities: list[str], lang: str) -> str:
    """ "the cities Warszawa, Kraków" / "miasta: Warszawa, Kraków": the names stay in the
    nominative after a colon in Polish, so no case of an arbitrary name is needed."""
    key = "targeting.cities_named.one" if len(cities) == 1 else "targeting.cities_named.many"
    return t(lang, key, place=", ".join(cities))


def _city_places(brief: Brief, places: list[PlaceTarget], notes: list[str]) -> None:
    """A country-wide brief whose audience description names a city.  A hotel's guests come
    from there: the cities are its source markets and become the locations, said as such.
    A shop, café or plumber serves there: the cities are its area.  Any other business gets
    the suggestion only, since it may deliver everywhere."""
    from adsage.rules.campaign import targeting_rules

    aud, lang = brief.audience, brief.language
    names = targeting_rules().place_names
    if places or names is None or names.country not in aud.locations:
        return
    cities = named_cities(aud.description, brief.goal)
    if not cities:
        return
    kw = {"named": _cities_named(cities, lang), "country": ", ".join(aud.locations)}
    role = _place_role(brief)
    if role != "delivery":
        places.extend(PlaceTarget(kind="city", name=c, country=names.country) for c in cities)
    notes.append(t(lang, f"targeting.cities_{role}", **kw))


def _adult_age() -> int:
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().minors
    return rule.adult_age if rule else 0


def _city_radius_ok(km: float | None) -> bool:
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().city_radius
    return not km or rule is None or rule.min_km <= km <= rule.max_km


def minors_notes(
    brief: Brief, lo: int, hi: int, removed: list[str], genders: Sequence[str]
) -> list[str]:
    """What the plan removed for the under-18s in its age range, the 18+ ad set that may
    keep it, and the adults the brief names beside the teens (parents), who need an ad set
    of their own (targeting.yaml ``minors``, UNSURE)."""
    from adsage.planning.texts import tr
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().minors
    assert rule is not None
    lang, adult = brief.language, rule.adult_age
    young = age_range(lo, adult - 1)
    out = []
    if removed or set(genders) - {"all"}:
        what = ", ".join(removed) if removed else "-"
        out.append(tr(lang, "minors_removed", young=young, removed=what))
        if hi >= adult:
            out.append(tr(lang, "minors_adult_set", adult=adult, hi=age_end(hi)))
    else:
        out.append(tr(lang, "minors_only", young=young))
    words = {w.lower() for w in rule.adult_words}
    text = " ".join([brief.audience.description, brief.goal])
    named = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in words]
    if named:
        out.append(tr(lang, "minors_parents", who=named[0].lower(), ages=age_range(lo, hi)))
    from adsage.advisor.minors import consent_notes

    return out + consent_notes(brief, lo, adult, parents_named=bool(named))


def sells_alcohol(brief: Brief) -> bool:
    """Whether what the brief sells (product or offer) is alcohol, a category Meta lets reach
    only people of legal drinking age in each country."""
    from adsage.checks.policy import restricted_categories

    return "alcohol" in restricted_categories([brief.product, brief.offer or ""])


def legal_age_floor(brief: Brief) -> dict[str, int]:
    """For an alcohol brief, the legal drinking age of each targeted country the rule data
    knows (policy.yaml ``alcohol_age``); empty for any other brief.  A country without a
    figure gets a warning in the policy findings, never a guessed age."""
    from adsage.rules.ad_text import policy_rules

    rule = policy_rules().alcohol_age
    if rule is None or not sells_alcohol(brief):
        return {}
    return {c: rule.min_age[c] for c in brief.audience.locations if c in rule.min_age}


def _legal_age_note(lang: str, asked: int, age: int, ages: dict[str, int]) -> str:
    """Says the minimum age is the law's, and that it is a control, not an Advantage+
    suggestion (knowledge/en/automation.md: a legal minimum age belongs in the minimum age)."""
    from adsage.i18n.formatting import country_name
    from adsage.planning.texts import tr

    said = ", ".join(f"{country_name(c, lang)}: {a}" for c, a in ages.items())
    key = "targeting.legal_age_raised" if asked < age else "targeting.legal_age_kept"
    return tr(lang, key, asked=asked, age=age, ages=said)


def _app_campaign(brief: Brief) -> bool:
    from adsage.planning.numbers import choose_objective

    return choose_objective(brief)[0] == "OUTCOME_APP_PROMOTION"


# Inside :func:`targeting_memo`: each brief's targeting (as a dict), by the brief's JSON.
_MEMO: ContextVar[dict[str, dict[str, Any]] | None] = ContextVar("targeting_memo", default=None)


@contextmanager
def targeting_memo() -> Iterator[None]:
    """Within the block, :func:`targeting_section` works a brief's targeting out once: a
    variant set reads it twice (the audience variants and the A/B sizing).  Scoped to the
    caller's block (and thread), so no rule or brief edited later meets a stale answer; each
    call still gets its own copy, which it may change freely."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def targeting_section(brief: Brief) -> TargetingSpec:
    """Who the ad set reaches (see :func:`_targeting`), worked out once per brief inside
    :func:`targeting_memo`."""
    memo = _MEMO.get()
    if memo is None:
        return _targeting(brief)
    key = brief.model_dump_json()
    saved = memo.get(key)
    if saved is None:
        spec = _targeting(brief)
        memo[key] = spec.model_dump()
        return spec
    return TargetingSpec.model_validate(saved)


def _by_hand_places(places: list[PlaceTarget], lang: str) -> list[str]:
    """Regions and postal areas, which the bulk sheet cannot carry (no sourced cell format):
    said in the plan itself, per country, so a buyer who imports the sheet does not spend
    the budget country-wide while only the sheet's side notes mention it."""
    from adsage.i18n import country_name
    from adsage.planning.texts import tr

    by_country: dict[str, list[str]] = {}
    for p in places:
        if p.kind in ("region", "postal") and p.country:
            by_country.setdefault(p.country.upper(), []).append(p.name)
    return [
        tr(lang, "places_by_hand", places=", ".join(names), country=country_name(c, lang))
        for c, names in by_country.items()
    ]


def audience_ages(brief: Brief) -> tuple[int, int]:
    """The ages the ads are for, which persona, format and copy text name.  Mostly the ages
    the targeting reaches; an Advantage+ app campaign takes no age (its targeting reads
    18-65+), yet its ads still speak to the brief's ages, so those are kept (with the same
    special-category, legal-age and adult floors the targeting applies)."""
    spec = targeting_section(brief)
    if not _app_campaign(brief):
        return spec.age_min, spec.age_max
    own = _targeting(brief, app_open=False)
    lo = max(own.age_min, spec.age_min)
    return lo, max(lo, own.age_max)


def _app_age_note(lang: str, lo: int, hi: int) -> str | None:
    """An Advantage+ app campaign cannot hold a narrower age than 18-65+: the cost (spend on
    people outside the brief's ages), the creative that answers it and the manual campaign
    that holds the age, said once; nothing when the brief's ages are the open range."""
    from adsage.planning.texts import tr

    if (lo, hi) == (18, 65):
        return None
    return tr(lang, "app_age", ages=age_range(lo, hi))


def _targeting(brief: Brief, app_open: bool = True) -> TargetingSpec:
    """Who the ad set reaches.  ``app_open=False`` stops before an app campaign's opening to
    18-65+, for :func:`audience_ages`."""
    from adsage.planning.numbers import radius_places
    from adsage.planning.texts import count, tr
    from adsage.rules.campaign import targeting_rules

    aud, lang = brief.audience, brief.language
    notes: list[str] = []
    rules_age = targeting_rules().age
    lo, hi = max(rules_age.min, aud.age[0]), min(rules_age.max, aud.age[1])
    genders = list(aud.genders)
    interests = list(aud.interests)
    cat: str = brief.special_ad_category
    rules = targeting_rules()
    min_km = rules.special_radius.min_radius_km
    if cat in rules.special_categories.replaced:
        new_cat = rules.special_categories.replaced[cat]
        notes.append(
            tr(
                lang,
                "category_replaced",
                old=cat,
                new=new_cat,
                when=rules.special_categories.replaced_as_of,
            )
        )
        cat = new_cat
    country = aud.locations[0] if aud.locations else None
    places = [
        PlaceTarget(kind=p.type, name=p.name, country=p.country or country, radius_km=p.radius_km)
        for p in aud.places
    ]
    is_restricted = restricted(cat)
    # Meta states the minimum in miles; markets that measure in miles read it that way
    miles = rules.special_radius.min_radius_miles
    min_text = (
        f"{miles:g} mi ({min_km:g} km)"
        if set(aud.locations) & set(rules.special_radius.mile_countries)
        else f"{min_km:g} km"
    )
    names = rules.place_names.pl_genitive if rules.place_names else {}
    for found, km in radius_places(brief.goal, aud.description):
        name = names.get(found, found)
        if not any(p.name == name for p in places):
            places.append(PlaceTarget(kind="radius", name=name, country=country, radius_km=km))
    _city_places(brief, places, notes)
    if is_restricted:
        lo, hi, genders = 18, 65, ["all"]
        if interests:  # said, so the marketer does not wonder where they went
            notes.append(tr(lang, "special_interests", names=", ".join(interests)))
        interests = []
        kept: list[PlaceTarget] = []
        for p in places:
            if p.kind == "postal":
                notes.append(tr(lang, "special_postal", place=p.name))
                continue
            if p.kind == "radius" and (p.radius_km or 0) < min_km:
                notes.append(
                    tr(
                        lang,
                        "special_radius",
                        place=p.name,
                        km=f"{p.radius_km:g}",
                        min=min_text,
                    )
                )
                p = p.model_copy(update={"radius_km": float(min_km)})
            kept.append(p)
        places = kept
        notes.append(tr(lang, "special", cat=cat, min=min_text))
    elif (lo, hi) != tuple(aud.age):
        notes.append(t(lang, "age_clamped", lo=lo, hi=age_end(hi)))
    # alcohol: the strictest legal drinking age of the targeted countries is a hard floor
    # (a special category's fixed 18-65+ cannot move, and its finding says so)
    legal = {} if is_restricted else legal_age_floor(brief)
    floor = max(legal.values(), default=0)
    if legal:
        asked = lo
        lo = max(lo, floor)
        notes.append(_legal_age_note(lang, asked, lo, legal))
    # a lookalike needs a source audience the brief names; none is assumed
    app = _app_campaign(brief)
    lookalikes = not is_restricted and not app and bool(aud.custom_audiences)
    custom = list(aud.custom_audiences)
    minors = not is_restricted and lo < _adult_age()
    if minors:
        # under-18s: age and location only; said with what was removed and what to add
        removed = [*interests, *custom]
        notes += minors_notes(brief, lo, hi, removed, genders)
        interests, custom, genders, lookalikes = [], [], ["all"], False
    notes += [
        tr(lang, "radius_by_hand", place=p.name, km=f"{p.radius_km:g}")
        for p in places
        if not _city_radius_ok(p.radius_km)
    ]
    notes += _by_hand_places(places, lang)
    if not is_restricted and not app and not lookalikes and not minors:
        rule = rules.lookalike
        notes.append(
            tr(
                lang,
                "no_lookalike",
                min=count(rule.min_source, lang),
                rec=count(rule.recommended_source, lang),
            )
        )
    if app and app_open:
        # Advantage+ app campaigns find the audience themselves: location and language only
        own = _app_age_note(lang, max(lo, 18), hi)
        lo, hi, genders, interests, lookalikes = max(18, floor), 65, ["all"], [], False
        notes.append(tr(lang, "app_targeting"))
        if own:
            notes.append(own)
    return TargetingSpec(
        countries=list(aud.locations),
        age_min=lo,
        age_max=max(lo, hi),
        genders=genders,  # type: ignore[arg-type]
        interests=interests,
        custom_audiences=custom,
        special_ad_category=cat,
        placements=list(brief.placements),
        places=places,
        lookalikes=lookalikes,
        notes=notes,
    )
