"""Edit and show a partial brief field by field (``/set budget 200 PLN daily``).

Surfaces (chat, Slack) let people correct what extraction picked up.  Field names are flat
(``start``, ``locations``) because nobody types ``schedule.start``; each value is parsed the
forgiving way extraction does and then validated against the real Brief model, so a bad value
is refused at ``/set`` time with one line, not later when the plan is built.
"""

from __future__ import annotations

import copy
import difflib
import re
from datetime import date
from typing import Any

from adsage.advisor.brief_extract import extract_brief_fields, merge_fields
from adsage.advisor.brief_lexicon import COUNTRIES, OBJECTIVES, PLACEMENTS, TONES
from adsage.advisor.brief_parse import parse_budget, parse_date
from adsage.errors import BadInput
from adsage.i18n import t
from adsage.lang.folding import fold

__all__ = ["FIELDS", "flat_fields", "set_field", "update_from_text"]

# Flat name -> (path in the brief dict, catalogue key of its one-line help with an example).
FIELDS: dict[str, tuple[tuple[str, ...], str]] = {
    "brand": (("brand",), "brief_fields.help.brand"),
    "product": (("product",), "brief_fields.help.product"),
    "offer": (("offer",), "brief_fields.help.offer"),
    "landing_url": (("landing_url",), "brief_fields.help.landing_url"),
    "language": (("language",), "brief_fields.help.language"),
    "goal": (("goal",), "brief_fields.help.goal"),
    "objective": (("objective",), "brief_fields.help.objective"),
    "budget": (("budget", "amount"), "brief_fields.help.budget"),
    "currency": (("budget", "currency"), "brief_fields.help.currency"),
    "budget_type": (("budget", "type"), "brief_fields.help.budget_type"),
    "start": (("schedule", "start"), "brief_fields.help.start"),
    "end": (("schedule", "end"), "brief_fields.help.end"),
    "locations": (("audience", "locations"), "brief_fields.help.locations"),
    "age": (("audience", "age"), "brief_fields.help.age"),
    "genders": (("audience", "genders"), "brief_fields.help.genders"),
    "interests": (("audience", "interests"), "brief_fields.help.interests"),
    "audience": (("audience", "description"), "brief_fields.help.audience"),
    "tone": (("tone",), "brief_fields.help.tone"),
    "placements": (("placements",), "brief_fields.help.placements"),
    "benefits": (("benefits",), "brief_fields.help.benefits"),
    "special_ad_category": (("special_ad_category",), "brief_fields.help.special_ad_category"),
    "product_count": (("product_count",), "brief_fields.help.product_count"),
    "catalog": (("catalog",), "brief_fields.help.catalog"),
    "has_video": (("has_video",), "brief_fields.help.has_video"),
}
# English shorthands and the Polish names people type ("/set budżet 300 zł").
_ALIASES = {
    "url": "landing_url", "link": "landing_url", "countries": "locations", "lang": "language",
    "marka": "brand", "produkt": "product", "oferta": "offer", "strona": "landing_url",
    "jezyk": "language", "cel": "goal", "budzet": "budget", "waluta": "currency",
    "poczatek": "start", "koniec": "end", "kraje": "locations", "kraj": "locations",
    "wiek": "age", "plec": "genders", "zainteresowania": "interests", "odbiorcy": "audience",
    "ton": "tone", "umiejscowienia": "placements", "korzysci": "benefits",
}  # fmt: skip
_YES = {"yes", "y", "true", "1", "tak", "on"}
_NO = {"no", "n", "false", "0", "nie", "off"}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]


def _parse(name: str, value: str, lang: str = "en") -> Any:
    f = fold(value.strip())
    if name == "budget":
        if re.match(r"\s*(?:[-\u2212\u2013]|minus(?!\w))", f):
            raise BadInput(t("brief_fields.negative_budget", lang, value=value.strip()))
        budget = parse_budget(value, explicit=True)
        if budget is None:
            raise BadInput(t("brief_fields.no_amount", lang))
        return budget
    if name in ("start", "end"):
        day = parse_date(value)
        if day is None:
            raise BadInput(t("brief_fields.not_a_date", lang, name=name))
        return day.isoformat()
    if name == "locations":
        codes = [COUNTRIES.get(fold(v), v.upper()) for v in _split(value)]
        return list(dict.fromkeys(codes))
    if name == "age":
        parts = [p for p in f.replace("–", "-").replace(" to ", "-").split("-") if p.strip()]
        try:
            return [int(p.strip().rstrip("+")) for p in parts] if len(parts) == 2 else None
        except ValueError:
            raise BadInput(t("brief_fields.age_range", lang)) from None
    if name in ("interests", "benefits", "genders"):
        return _split(value)
    if name == "placements":
        return [PLACEMENTS.get(fold(v), fold(v)) for v in _split(value)]
    if name == "language":
        return "pl" if f.startswith(("pl", "pol")) else "en" if f.startswith(("en", "ang")) else f
    if name == "objective":
        return OBJECTIVES.get(f, value.strip().upper())
    if name == "tone":
        return TONES.get(f, value.strip())
    if name in ("catalog", "has_video"):
        if f in _YES | _NO:
            return f in _YES
        raise BadInput(t("brief_fields.yes_no", lang, name=name))
    if name == "product_count":
        if not f.isdigit():
            raise BadInput(t("brief_fields.whole_number", lang))
        return int(f)
    if name in ("currency", "budget_type", "special_ad_category"):
        return value.strip().upper() if name != "budget_type" else f
    return value.strip()


def _probe(partial: dict[str, Any]) -> None:
    """Validate what is set so far against the Brief model, filling gaps with placeholders."""
    from pydantic import TypeAdapter

    from adsage.models.brief import Brief
    from adsage.models.validation import validate_or_bad_input

    base: dict[str, Any] = {
        "brand": "x",
        "product": "x",
        "landing_url": "https://x.example",
        "goal": "x",
        "budget": {"amount": 1},
        "schedule": {"start": "2000-01-01", "end": "2000-01-02"},
        "audience": {"locations": ["PL"]},
    }
    data = merge_fields(base, partial)
    schedule = partial.get("schedule", {})
    if bool(schedule.get("start")) != bool(schedule.get("end")):
        # Half a schedule: validate the date alone, the order is checked once both are set.
        data["schedule"] = {"start": "2000-01-01", "end": "2000-01-02"}
        TypeAdapter(date).validate_python(schedule.get("start") or schedule.get("end"))
    validate_or_bad_input(Brief, data, "/set")


def set_field(
    partial: dict[str, Any], name: str, value: str, *, lang: str = "en"
) -> dict[str, Any]:
    """A copy of ``partial`` with one field set; BadInput (one line, with a hint, in
    ``lang``) otherwise."""
    folded = fold(name.strip().lower())
    key = _ALIASES.get(folded, folded)
    if key not in FIELDS:
        close = difflib.get_close_matches(key, list(FIELDS), n=1)
        hint = t("brief_fields.did_you_mean", lang, close=close[0]) if close else ""
        raise BadInput(
            t("brief_fields.unknown", lang, name=name, hint=hint, fields=", ".join(FIELDS))
        )
    if not value.strip():
        raise BadInput(t("brief_fields.value_needed", lang, name=key, help=t(FIELDS[key][1], lang)))
    parsed = _parse(key, value, lang)
    out = copy.deepcopy(partial)
    path = FIELDS[key][0]
    if key == "budget":
        out.setdefault("budget", {}).update(parsed)
    elif len(path) == 2:
        out.setdefault(path[0], {})[path[1]] = parsed
    else:
        out[key] = parsed
    _probe(out)
    return out


def flat_fields(partial: dict[str, Any]) -> dict[str, str]:
    """Every set field as ``name -> text`` in /set's vocabulary, for showing the brief."""
    out: dict[str, str] = {}
    for name, (path, _) in FIELDS.items():
        value: Any = partial
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if value in (None, "", []):
            continue
        if name == "budget":
            budget = partial["budget"]
            value = f"{budget['amount']:g} {budget.get('currency', '')} {budget.get('type', '')}"
        elif name in ("currency", "budget_type"):
            continue
        elif name == "age":
            value = f"{value[0]}-{value[1]}"
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out[name] = " ".join(str(value).split())
    return out


def update_from_text(
    partial: dict[str, Any], text: str, *, lang: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """Extraction plus the names of the fields it changed, for "I picked up: ..." replies."""
    merged = extract_brief_fields(text, partial, lang=lang)
    before, after = flat_fields(partial), flat_fields(merged)
    changed = [k for k, v in after.items() if before.get(k) != v]
    return merged, changed
