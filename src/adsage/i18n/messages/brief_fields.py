"""What ``/set`` says when a value cannot be used (chat, Slack and the model's brief patches)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "brief_fields.negative_budget": (
        "budget: '{value}' is negative; give an amount above 0, e.g. /set budget 200 PLN daily",
        "budget: '{value}' to kwota ujemna; podaj kwotę powyżej 0, np. /set budget 200 PLN daily",
    ),
    "brief_fields.no_amount": (
        "budget: give an amount, e.g. /set budget 200 PLN daily",
        "budget: podaj kwotę, np. /set budget 200 PLN daily",
    ),
    "brief_fields.not_a_date": (
        "{name}: not a date; use e.g. 2026-12-01 or 1 December",
        "{name}: to nie jest data; podaj np. 2026-12-01 albo 1 grudnia",
    ),
    "brief_fields.age_range": (
        "age: use a range such as 18-35",
        "age: podaj przedział, np. 18-35",
    ),
    "brief_fields.yes_no": ("{name}: answer yes or no", "{name}: odpowiedz tak albo nie"),
    "brief_fields.whole_number": (
        "product_count: give a whole number, e.g. 12",
        "product_count: podaj liczbę całkowitą, np. 12",
    ),
    "brief_fields.unknown": (
        "unknown field '{name}'; {hint}fields: {fields}",
        "nieznane pole '{name}'; {hint}pola: {fields}",
    ),
    "brief_fields.did_you_mean": ("did you mean '{close}'? ", "czy chodziło o '{close}'? "),
    "brief_fields.value_needed": ("/set {name} VALUE: {help}", "/set {name} WARTOŚĆ: {help}"),
    "brief_fields.help.brand": ("brand name, e.g. SnowPeak", "nazwa marki, np. SnowPeak"),
    "brief_fields.help.product": (
        "what you sell, e.g. freeride snowboards",
        "co sprzedajesz, np. deski freeride",
    ),
    "brief_fields.help.offer": (
        "the offer, e.g. 30% off until 24 December",
        "oferta, np. 30% taniej do 24 grudnia",
    ),
    "brief_fields.help.landing_url": (
        "landing page, e.g. https://shop.example/sale",
        "strona docelowa, np. https://sklep.example/wyprzedaz",
    ),
    "brief_fields.help.language": ("ad language: en or pl", "język reklam: en albo pl"),
    "brief_fields.help.goal": (
        "goal with a number and a deadline, e.g. Sell 300 boards by 24 Dec",
        "cel z liczbą i terminem, np. Sprzedać 300 desek do 24 grudnia",
    ),
    "brief_fields.help.objective": (
        "sales, traffic, leads, awareness, engagement, app promotion",
        "sales, traffic, leads, awareness, engagement, app promotion",
    ),
    "brief_fields.help.budget": (
        "amount [currency] [daily|lifetime], e.g. 200 PLN daily",
        "kwota [waluta] [daily|lifetime], np. 200 PLN daily",
    ),
    "brief_fields.help.currency": ("three-letter code, e.g. PLN", "trzyliterowy kod, np. PLN"),
    "brief_fields.help.budget_type": ("daily or lifetime", "daily albo lifetime"),
    "brief_fields.help.start": (
        "start date, e.g. 2026-12-01 or 1 grudnia",
        "data startu, np. 2026-12-01 albo 1 grudnia",
    ),
    "brief_fields.help.end": ("end date, e.g. 2026-12-24", "data końca, np. 2026-12-24"),
    "brief_fields.help.locations": (
        "countries, e.g. PL, DE or Polska, Niemcy",
        "kraje, np. PL, DE albo Polska, Niemcy",
    ),
    "brief_fields.help.age": ("age range, e.g. 18-35", "przedział wieku, np. 18-35"),
    "brief_fields.help.genders": ("all, female or male", "all, female albo male"),
    "brief_fields.help.interests": (
        "comma-separated, e.g. snowboarding, freeride",
        "po przecinku, np. snowboard, freeride",
    ),
    "brief_fields.help.audience": (
        "who they are, in a sentence",
        "kim są odbiorcy, jednym zdaniem",
    ),
    "brief_fields.help.tone": (
        "e.g. friendly, energetic, professional",
        "np. przyjazny, energiczny, profesjonalny",
    ),
    "brief_fields.help.placements": (
        "feed, stories, reels, in_stream, right_column",
        "feed, stories, reels, in_stream, right_column",
    ),
    "brief_fields.help.benefits": (
        "comma-separated product benefits",
        "korzyści produktu, po przecinku",
    ),
    "brief_fields.help.special_ad_category": (
        "NONE, CREDIT, EMPLOYMENT, HOUSING, ...",
        "NONE, CREDIT, EMPLOYMENT, HOUSING, ...",
    ),
    "brief_fields.help.product_count": ("number of products, e.g. 12", "liczba produktów, np. 12"),
    "brief_fields.help.catalog": (
        "yes or no: a product catalogue exists",
        "yes albo no: czy jest katalog produktów",
    ),
    "brief_fields.help.has_video": (
        "yes or no: video assets exist",
        "yes albo no: czy są materiały wideo",
    ),
}
