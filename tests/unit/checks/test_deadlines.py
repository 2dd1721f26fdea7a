"""copy.unsourced_deadline: an ad states an end date only when the brief gives it."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.deadlines import (
    RULE_ID,
    check_deadlines,
    deadline_sources,
    deadlines_in,
    unsourced_deadlines,
)
from adsage.models.brief import Brief

NO_DEADLINE = ["Northloom", "Merino knitwear", "Free returns within 60 days"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Only until 31 March.", "Only until 31 March"),
        ("Sale ends 3/1.", "Sale ends 3/1"),
        ("Offer ends Sunday at midnight.", "Offer ends Sunday"),
        ("Order by the end of the month.", "by the end of the month"),
        ("Last day to order!", "Last day"),
        ("Donate before Christmas.", "before Christmas"),
        ("Opening 12 March, book now.", "12 March"),
        ("Tylko do 31 marca!", "Tylko do 31 marca"),
        ("Oferta do 31.03.", "do 31.03"),
        ("Promocja kończy się w niedzielę.", "kończy się w niedzielę"),
        ("Zamów do końca miesiąca.", "do końca miesiąca"),
        ("Ostatni dzień promocji.", "Ostatni dzień"),
        ("Rabat do 31 marca 2027.", "do 31 marca 2027"),
    ],
)
def test_deadlines_are_found_in_both_languages(text: str, said: str) -> None:
    found = unsourced_deadlines({"primary_text": text}, NO_DEADLINE)
    assert [s for _, s in found] == [said]


@pytest.mark.parametrize(
    "text",
    [
        "System 3/1, wynagrodzenie od 14 000 zł netto.",
        "Wsparcie 24/7.",
        "2 lata gwarancji, gwarancja do 2 lat.",
        "10 minut tramwajem do centrum.",
        "Dodaj do koszyka już dziś!",
        "Merino knitwear by Northloom.",
        "Made by hand on Sunday mornings.",
        "Check the details before you decide.",
        "Donate today.",
    ],
)
def test_no_false_deadlines(text: str) -> None:
    assert deadlines_in(text) == []


def _brief(**changes: object) -> Brief:
    data: dict[str, object] = {
        "brand": "Warm Paws",
        "product": "Winter appeal",
        "offer": "Every 25 GBP feeds one dog for a month",
        "landing_url": "https://warmpaws.example/donate",
        "language": "en",
        "goal": "Raise 15000 GBP from 400 donors before Christmas",
        "budget": {"amount": 1500, "currency": "GBP", "type": "lifetime"},
        "schedule": {"start": date(2026, 12, 1), "end": date(2026, 12, 23)},
        "audience": {"locations": ["GB"], "age": [30, 70]},
    }
    data.update(changes)
    return Brief.model_validate(data)


def test_offer_schedule_end_and_goal_are_sources() -> None:
    sources = deadline_sources(_brief())
    texts = {
        "primary_text": "Give before Christmas. Open until 23 December.",
        "headline": "Ends 24 December",
    }
    assert unsourced_deadlines(texts, sources) == [("headline", "Ends 24 December")]
    offer = deadline_sources(_brief(offer="20% off until 15 January 2027"))
    assert unsourced_deadlines({"description": "Offer ends 15 January"}, offer) == []
    assert unsourced_deadlines({"description": "Ends in January"}, offer) == []
    assert unsourced_deadlines({"description": "Ends in February"}, offer) == []
    assert unsourced_deadlines({"description": "Until February"}, offer) == [
        ("description", "Until February")
    ]


def test_finding_shape_and_polish_message() -> None:
    (f,) = check_deadlines({"headline": "Tylko do niedzieli"}, ["Pączki po 3 zł"], "pl")
    assert (f.rule, f.severity, f.field) == (RULE_ID, "warning", "headline")
    assert f.message.startswith("„Tylko do niedzieli”") and "brief" in f.message
    assert f.suggestion and "briefu" in f.suggestion


def test_check_copy_runs_it_with_brief_sources_only() -> None:
    base = {"primary_text": "Last day: order by Friday.", "headline": "Order now"}
    assert not [f for f in check_copy(AdCopy(**base)) if f.rule == RULE_ID]
    found = [f for f in check_copy(AdCopy(**base, deadlines=["Offer"])) if f.rule == RULE_ID]
    assert [f.message.split("”")[0].split('"')[1] for f in found] == ["by Friday", "Last day"]
    sourced = AdCopy(**base, facts=["Last day sale: order by Friday"])
    assert not [f for f in check_copy(sourced) if f.rule == RULE_ID]
