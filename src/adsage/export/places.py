"""A plan's places (cities, radii, regions, postal areas) as bulk-sheet location cells.

Ads Manager adds every location of an ad set together, so a sheet that keeps "Countries: PL"
next to "Gdańsk +30km" would still reach all of Poland: a country whose places the sheet
writes is left out of Countries. Cities and radii go to the Cities column in the form
export.yaml gives ("Kraków, Poland +8km", English country names as Ads Manager's import reads
them); a radius outside what Ads Manager offers around a city (targeting.yaml ``city_radius``)
needs a pin or an address, so it is a note, not a Cities cell. Regions and postal areas have
no sourced cell format, so they are not guessed: the
country stays and the working notes tell the buyer to narrow it in Ads Manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adsage.export.spec import as_text, export_rules
from adsage.i18n import country_name, t


@dataclass(frozen=True)
class Where:
    countries: tuple[str, ...]
    cities: tuple[str, ...]
    notes: tuple[str, ...]  # places the sheet cannot carry, in the plan's language


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


def _radius_ok(km: Any) -> bool:
    """Whether a radius fits the range Ads Manager offers around a city (no radius does)."""
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().city_radius
    if not km or rule is None:
        return True
    return bool(rule.min_km <= float(km) <= rule.max_km)


def where(places: list[Any], countries: tuple[str, ...], lang: str) -> Where:
    """``places`` are plan or brief places (``kind`` or ``type``, ``name``, ``country``,
    ``radius_km``); a place without a country belongs to the only targeted one."""
    radius = export_rules().values.radius
    cities: list[str] = []
    notes: list[str] = []
    covered: set[str] = set()
    only = countries[0] if len(countries) == 1 else None
    for place in places:
        kind = as_text(_get(place, "kind") or _get(place, "type") or "city")
        name = as_text(_get(place, "name")).strip()
        country = (as_text(_get(place, "country")) or only or "").upper()
        km = _get(place, "radius_km")
        if not name:
            continue
        if kind in ("city", "radius") and country and not _radius_ok(km):
            # a radius Ads Manager does not offer around a city: a pin or address, by hand
            notes.append(
                t(
                    "sheet.radius_by_hand",
                    lang,
                    place=name,
                    km=f"{float(km):g}",
                    country=country_name(country, lang),
                )
            )
            continue
        if kind in ("city", "radius") and country:
            cell = f"{name}, {country_name(country, 'en')}"
            cities.append(f"{cell} {radius.format(km=f'{float(km):g}')}" if km else cell)
            covered.add(country)
            continue
        label = f"{name} (+{float(km):g} km)" if km else name
        notes.append(
            t(
                "sheet.place_not_written",
                lang,
                place=label,
                country=country_name(country, lang) if country else "-",
            )
        )
    kept = tuple(c for c in countries if c.upper() not in covered)
    return Where(countries=kept, cities=tuple(cities), notes=tuple(notes))
