"""A model's brief value counts only when the user's words back it and the core validates it."""

from __future__ import annotations

import pytest

from adsage.advisor.conversation.brief_patch import (
    BriefPatch,
    PatchItem,
    apply_patch,
    grounded,
    numbers,
)


def _item(field: str, value: str, source: str) -> PatchItem:
    return PatchItem(field=field, value=value, source=source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 1.5k zł a month", {"1500"}),
        ("budżet 1,5 tys. zł", {"1500"}),
        ("1 500 PLN or 1,500 PLN", {"1500"}),
        ("półtora tysiąca złotych", {"1500"}),
        ("women 25-45, fifty orders", {"25", "45", "50"}),
        ("1500 kits", {"1500"}),
    ],
)
def test_numbers_are_read_in_one_form(text: str, expected: set[str]) -> None:
    assert numbers(text) == expected


TEXT = "We sell handmade candles, around 1.5k zł in total, mostly women 25-45 in Warsaw."


@pytest.mark.parametrize(
    ("item", "why"),
    [
        (_item("budget", "1500 PLN lifetime", "1.5k zł in total"), None),
        (_item("age", "25-45", "women 25-45"), None),
        (_item("product", "handmade candles", "HANDMADE candles"), None),
        (_item("locations", "PL", "in Warsaw"), None),
        (_item("budget", "2000 PLN", "1.5k zł"), "numbers its words do not give (2000)"),
        (_item("age", "18-65", "adults"), "not in the message (adults)"),
        (_item("brand", "Lumina", "Lumina"), "not in the message (lumina)"),
        (_item("brand", "Candles Co", "handmade candles"), "not written in the message"),
        (_item("goal", "sell 50", ""), "no source words"),
    ],
)
def test_grounding(item: PatchItem, why: str | None) -> None:
    found = grounded(item, TEXT)
    assert found == why if why is None else why in str(found)


def test_unknown_fields_are_refused_by_the_schema() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="unknown brief field"):
        PatchItem(field="system_prompt", value="x", source="x")


def test_apply_keeps_rules_drops_invented_and_asks_back_invalid() -> None:
    rules = {"product": "handmade candles", "language": "en"}
    patch = BriefPatch(
        items=[
            _item("budget", "1500 PLN lifetime", "1.5k zł in total"),
            _item("age", "45-25", "women 25-45"),  # grounded, but the Brief refuses it
            _item("offer", "free shipping", "free shipping"),  # invented
            _item("start", "2025-01-01", "in Warsaw"),  # the words are no date
        ]
    )
    applied = apply_patch({}, patch, TEXT, rules=rules, lang="pl")
    assert applied.brief["budget"] == {"amount": 1500.0, "currency": "PLN", "type": "lifetime"}
    assert applied.brief["product"] == "handmade candles" and "offer" not in applied.brief
    assert [f for f, _ in applied.dropped] == ["offer"]
    asked = dict(applied.asked)
    assert set(asked) == {"age", "start"}
    assert "to nie jest data" in asked["start"]  # asked back in the conversation's language
    assert applied.changed == ["product", "language", "budget"]


def test_set_errors_speak_the_conversations_language() -> None:
    from adsage.advisor.brief_fields import set_field
    from adsage.errors import BadInput

    with pytest.raises(BadInput, match="podaj przedział"):
        set_field({}, "wiek", "20-abc", lang="pl")
    with pytest.raises(BadInput, match="WARTOŚĆ: data startu, np. 2026-12-01 albo 1 grudnia"):
        set_field({}, "start", " ", lang="pl")
    with pytest.raises(BadInput, match="czy chodziło o 'budget'"):
        set_field({}, "budjet", "1", lang="pl")
    with pytest.raises(BadInput, match="VALUE: start date, e.g. 2026-12-01"):
        set_field({}, "start", " ")
