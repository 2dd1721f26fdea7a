"""A brief too thin to plan asks only the questions it leaves open; a brief with an offer,
benefits or a number in its goal is planned as usual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.checks.thin_brief import is_thin, thin_questions, thin_texts
from adsage.models.brief import Brief, load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review7_briefs"


def _brief(name: str, **update: Any) -> Brief:
    return load_brief(BRIEFS / f"{name}.yaml").model_copy(update=update)


def test_a_bare_coffee_brief_asks_every_blocking_question() -> None:
    brief = _brief("07_thin_coffee_en")
    assert is_thin(brief)
    assert thin_questions(brief) == [
        "thin.sold",
        "thin.offer",
        "thin.benefits",
        "thin.target",
        "thin.price",
        "thin.pixel",
    ]
    texts = thin_texts(brief)
    assert len(texts) == 6 and all(x.endswith("?") for x in texts)


@pytest.mark.parametrize(
    "update",
    [
        {"offer": "Free delivery on the first bag"},
        {"benefits": ["Roasted weekly in Portland", "Ships in 24 hours"]},
        {"goal": "120 online orders by 10 February 2027"},
    ],
)
def test_one_real_fact_is_enough_to_plan_as_usual(update: dict[str, Any]) -> None:
    brief = _brief("07_thin_coffee_en", **update)
    assert not is_thin(brief)
    assert thin_questions(brief) == []


def test_only_what_the_brief_lacks_is_asked() -> None:
    brief = _brief(
        "07_thin_coffee_en",
        product="Specialty coffee beans roasted to order",
        benefits=["Bags from 12 USD"],
        goal="get more customers; the Meta pixel is installed",
    )
    assert thin_questions(brief) == ["thin.offer", "thin.benefits", "thin.target"]


def test_a_full_brief_is_not_thin() -> None:
    assert thin_questions(_brief("05_kwiaciarnia_pl")) == []


def test_the_questions_come_in_the_brief_language() -> None:
    brief = _brief("07_thin_coffee_en", language="pl", goal="więcej klientów")
    assert thin_texts(brief)[0].startswith("Co dokładnie sprzedajesz")
