"""Intent rules: free-text requests in English and Polish mapped to chat commands."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.intents import Intent, parse_count, route

ROUTED: list[tuple[str, str, dict[str, Any]]] = [
    (
        "write three headlines for SnowPeak",
        "copy",
        {"n": 3, "field": "headline", "subject": "SnowPeak"},
    ),
    (
        "napisz trzy nagłówki dla SnowPeak",
        "copy",
        {"n": 3, "field": "headline", "subject": "SnowPeak"},
    ),
    ("Can you write 5 ads?", "copy", {"n": 5, "field": None}),
    ("please draft two primary texts", "copy", {"n": 2, "field": "primary_text"}),
    ("I need three headlines", "copy", {"n": 3, "field": "headline"}),
    ("napisz dwa opisy", "copy", {"n": 2, "field": "description"}),
    ("potrzebuję pięciu tekstów reklamowych", "copy", {"n": 5}),
    ("możesz wymyślić cztery nagłówki?", "copy", {"n": 4, "field": "headline"}),
    ("give me a headline", "copy", {"n": 1, "field": "headline"}),
    ("make a plan", "plan", {}),
    ("zrób plan kampanii", "plan", {}),
    ("przygotuj plan", "plan", {}),
    ("campaign plan please", "plan", {}),
    (
        "check this goal: Sell 300 boards by 24 December",
        "check",
        {"kind": "goal", "text": "Sell 300 boards by 24 December"},
    ),
    (
        "sprawdź cel: sprzedać 300 desek do 24 grudnia",
        "check",
        {"kind": "goal", "text": "sprzedać 300 desek do 24 grudnia"},
    ),
    ("oceń mój cel", "check", {"kind": "goal", "text": None}),
    ("check copy: Buy now!!", "check", {"kind": "copy", "text": "Buy now!!"}),
    ("sprawdź tekst: Kup teraz", "check", {"kind": "copy", "text": "Kup teraz"}),
    ("personas", "persona", {}),
    ("stwórz persony", "persona", {}),
    ("show me buyer personas", "persona", {}),
    ("jakie formaty", "formats", {}),
    ("which formats should I use?", "formats", {}),
    ("jakie formaty reklam polecasz dla naszej kampanii?", "formats", {}),
    ("A/B test three headlines", "variants", {"field": "headline", "n": 3}),
    ("give me 4 variants of the CTA", "variants", {"field": "cta", "n": 4}),
    ("wygeneruj 3 warianty nagłówka", "variants", {"field": "headline", "n": 3}),
    ("przygotuj dwie wersje grafiki do testu A/B", "variants", {"field": "image", "n": 2}),
    (
        "A/B test with baseline CTR 1.2% and MDE 15%, 3 variants, CPM 25, daily budget 200",
        "abplan",
        {"baseline": 0.012, "mde": 0.15, "variants": 3, "cpm": 25.0, "daily_budget": 200.0},
    ),
    ("zaplanuj test A/B: CTR 1,2%, wzrost 15%", "abplan", {"baseline": 0.012, "mde": 0.15}),
    (
        "plan an A/B test for conversion rate 3% and lift 20%",
        "abplan",
        {"metric": "cvr", "baseline": 0.03, "mde": 0.2},
    ),
    ("help", "help", {}),
    ("pomoc", "help", {}),
    ("pokaż brief", "brief", {}),
    ("show my brief", "brief", {}),
    ("sources", "sources", {}),
    ("skąd to wiesz?", "sources", {}),
    ("start over", "reset", {}),
    ("zacznij od nowa", "reset", {}),
    ("export ads.csv", "export", {"path": "ads.csv"}),
    ("wyeksportuj do reklamy.csv", "export", {"path": "reklamy.csv"}),
    ("save the brief to campaign.yaml", "save", {"path": "campaign.yaml"}),
    ("zapisz brief do kampania.yaml", "save", {"path": "kampania.yaml"}),
    ("wczytaj brief.yaml", "load", {"path": "brief.yaml"}),
    ("set budget to 200 PLN daily", "set", {"field": "budget", "value": "200 PLN daily"}),
    ("ustaw budżet na 300 zł", "set", {"field": "budzet", "value": "300 zł"}),
    ("exit", "exit", {}),
]


@pytest.mark.parametrize(("text", "command", "args"), ROUTED)
def test_routes(text: str, command: str, args: dict[str, Any]) -> None:
    intent = route(text)
    assert intent is not None, text
    assert intent.command == command
    for key, value in args.items():
        assert (
            intent.args.get(key) == pytest.approx(value)
            if isinstance(value, float)
            else intent.args.get(key) == value
        )


@pytest.mark.parametrize(
    "text",
    [
        "How do I write good headlines?",
        "What is the learning phase?",
        "Jak długo trwa faza uczenia?",
        "what format should a story image be?",
        "We sell snowboards",
        "Sprzedajemy chleb na zakwasie, budżet 50 zł dziennie",
        "Why do headlines get cut off in the feed?",
        "Czy mogę używać wykrzykników w nagłówkach?",
        "",
        "/plan",
    ],
)
def test_questions_and_details_are_not_commands(text: str) -> None:
    assert route(text) is None


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("three", 3),
        ("trzy", 3),
        ("pięć", 5),
        ("pieciu", 5),
        ("dwie", 2),
        ("7", 7),
        ("a few", 3),
        ("nope", None),
    ],
)
def test_parse_count(word: str, n: int | None) -> None:
    assert parse_count(word) == n


def test_as_command_spells_the_shortcut() -> None:
    assert Intent("copy", {"n": 3}).as_command() == "/copy 3"
    assert Intent("variants", {"field": "cta", "n": 4}).as_command() == "/variants cta 4"
    assert route("A/B test with baseline CTR 1.2% and MDE 15%").as_command() == (  # type: ignore[union-attr]
        "/abplan --baseline-ctr 0.012 --mde 0.15"
    )
