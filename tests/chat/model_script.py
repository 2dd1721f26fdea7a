"""Scripted model conversations (EN and PL) for the model-turn tests, chat and Slack alike.

Each turn is the user's message, the brief patch the fake model returns for it (value and
the words it came from) and the tool-loop replies that follow.  The patches also carry
values the message does not give, which the core must drop.
"""

from __future__ import annotations

from typing import Any

from fakes.openai_server import Scripted, json_reply, text_reply, tool_reply


def item(field: str, value: str, source: str) -> dict[str, str]:
    return {"field": field, "value": value, "source": source}


EN: list[tuple[str, list[dict[str, str]], list[Scripted]]] = [
    (
        "Hi! We sell handmade soy candles. The brand is Lumina.",
        [
            item("product", "handmade soy candles", "handmade soy candles"),
            item("brand", "Lumina", "brand is Lumina"),
        ],
        [text_reply("Thanks! Where can people buy them, and where do you sell?")],
    ),
    (
        "Our shop is https://lumina.example/candles and we ship across Poland.",
        [
            item("landing_url", "https://lumina.example/candles", "https://lumina.example/candles"),
            item("locations", "PL", "across Poland"),
        ],
        [text_reply("Got it. What budget do you have in mind?")],
    ),
    (
        "Total budget 1.5k zł for the whole campaign.",
        [
            item("budget", "1500 PLN lifetime", "Total budget 1.5k zł for the whole campaign"),
            # Invented: the message says nothing about an offer.
            item("offer", "free shipping", "free shipping"),
        ],
        [text_reply("Noted. Who should see the ads?")],
    ),
    (
        "We want to reach women aged 25-45 who like home decor.",
        [
            item("genders", "female", "women"),
            item("age", "25-45", "aged 25-45"),
            item("interests", "home decor", "home decor"),
        ],
        [text_reply("Good. What is the goal, and when should it run?")],
    ),
    (
        "Goal: 50 orders by 31 March 2027. Run it from 1 March 2027 to 31 March 2027.",
        [
            item("goal", "50 orders by 31 March 2027", "50 orders by 31 March 2027"),
            item("start", "2027-03-01", "1 March 2027"),
            item("end", "2027-03-31", "31 March 2027"),
        ],
        [
            tool_reply("search_knowledge", {"query": "learning phase conversions"}),
            text_reply("The brief is complete. Steady delivery matters for a sales goal [1]."),
        ],
    ),
    (
        "That is everything for now, go ahead.",
        [],
        [
            tool_reply("check_goal", {}, call_id="call_goal"),
            tool_reply("build_plan", {}, call_id="call_plan"),
            text_reply("Your plan for Lumina is ready; the checks are below."),
        ],
    ),
]

PL: list[tuple[str, list[dict[str, str]], list[Scripted]]] = [
    (
        "Cześć! Sprzedajemy ręcznie robione świece sojowe. Marka: Lumina.",
        [
            item("product", "ręcznie robione świece sojowe", "ręcznie robione świece sojowe"),
            item("brand", "Lumina", "Marka: Lumina"),
        ],
        [text_reply("Dzięki! Gdzie można je kupić i gdzie sprzedajecie?")],
    ),
    (
        "Nasz sklep to https://lumina.example/swiece, działamy w całej Polsce.",
        [
            item("landing_url", "https://lumina.example/swiece", "https://lumina.example/swiece"),
            item("locations", "PL", "w całej Polsce"),
        ],
        [text_reply("Jasne. Jaki jest budżet?")],
    ),
    (
        "Budżet łącznie 1,5 tys. zł na całą kampanię.",
        [
            item("budget", "1500 PLN lifetime", "Budżet łącznie 1,5 tys. zł na całą kampanię"),
            item("offer", "darmowa dostawa", "darmowa dostawa"),
        ],
        [text_reply("Zapisane. Do kogo kierujemy reklamy?")],
    ),
    (
        "Chcemy dotrzeć do kobiet w wieku 25-45 lat, które lubią wystrój wnętrz.",
        [
            item("genders", "female", "kobiet"),
            item("age", "25-45", "w wieku 25-45 lat"),
            item("interests", "wystrój wnętrz", "wystrój wnętrz"),
        ],
        [text_reply("Dobrze. Jaki jest cel i kiedy ma trwać kampania?")],
    ),
    (
        "Cel: 50 zamówień do 31 marca 2027. Kampania od 1 marca 2027 do 31 marca 2027.",
        [
            item("goal", "50 zamówień do 31 marca 2027", "50 zamówień do 31 marca 2027"),
            item("start", "2027-03-01", "1 marca 2027"),
            item("end", "2027-03-31", "31 marca 2027"),
        ],
        [
            tool_reply("search_knowledge", {"query": "faza uczenia konwersje"}),
            text_reply(
                "Brief jest kompletny. Przy celu sprzedażowym liczy się stabilna emisja [1]."
            ),
        ],
    ),
    (
        "To wszystko, działaj.",
        [],
        [
            tool_reply("check_goal", {}, call_id="call_goal"),
            tool_reply("build_plan", {}, call_id="call_plan"),
            text_reply("Plan dla marki Lumina jest gotowy; wyniki sprawdzeń są poniżej."),
        ],
    ),
]

# What each conversation must end with (flat /set names), as the user said it.
EXPECTED = {
    "en": {
        "brand": "Lumina", "product": "handmade soy candles",
        "landing_url": "https://lumina.example/candles", "locations": "PL",
        "budget": "1500 PLN lifetime", "genders": "female", "age": "25-45",
        "interests": "home decor", "goal": "50 orders by 31 March 2027",
        "start": "2027-03-01", "end": "2027-03-31", "language": "en",
    },
    "pl": {
        "brand": "Lumina", "product": "ręcznie robione świece sojowe",
        "landing_url": "https://lumina.example/swiece", "locations": "PL",
        "budget": "1500 PLN lifetime", "genders": "female", "age": "25-45",
        "interests": "wystrój wnętrz", "goal": "50 zamówień do 31 marca 2027",
        "start": "2027-03-01", "end": "2027-03-31", "language": "pl",
    },
}  # fmt: skip
CONVERSATIONS = {"en": EN, "pl": PL}


def replies(conversation: list[tuple[str, list[dict[str, str]], list[Scripted]]]) -> list[Any]:
    """Every scripted answer in order: per turn the patch, then the tool loop."""
    out: list[Any] = []
    for _, patch, loop in conversation:
        out.append(json_reply({"items": patch}))
        out.extend(loop)
    return out
