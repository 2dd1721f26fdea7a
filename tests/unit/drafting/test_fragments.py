"""A shortened fact still says something: no participle without its object ("Recipes made"),
no stray quotation mark from a cut title, no dropped word that says what is sold ("Used"),
and a promo code named by "code"/"kod" keeps its capitals wherever it appears."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.checks.claims import broken_cut
from adsage.drafting.offline.hygiene import clause_cut, clean_fragment, safe_cuts, shorten_name

REVIEW = Path(__file__).resolve().parents[2] / "data" / "review_briefs"


@pytest.mark.parametrize(
    ("fact", "fragment"),
    [
        ("Recipes made with human-grade meat and vegetables", "Recipes made"),
        ("Boards handcrafted in our Innsbruck workshop", "Boards handcrafted"),
        ("Swetry uszyte z wełny merino", "Swetry uszyte"),
        ("Chleb pieczony na zakwasie", "Chleb pieczony"),
    ],
)
def test_a_participle_without_its_object_is_a_broken_cut(fact: str, fragment: str) -> None:
    assert broken_cut(fragment, [fact])
    assert fragment not in [fact[:c] for c in safe_cuts(fact)]
    for limit in range(8, len(fact)):
        assert clause_cut(fact, limit) != fragment


@pytest.mark.parametrize(
    ("fact", "fragment"),
    [
        ("Fast speed with every plan", "Fast speed"),
        ("Skórzane torby z Krakowa", "Skórzane torby"),
        ("Used cars, approved and inspected", "Used cars"),
    ],
)
def test_ordinary_words_before_a_preposition_may_end_a_cut(fact: str, fragment: str) -> None:
    assert not broken_cut(fragment, [fact])


def test_a_quoted_title_is_the_name_and_no_quote_is_left_alone() -> None:
    name = 'Free live webinar "Cutting employee turnover with stay interviews"'
    for limit in range(12, len(name)):
        short = shorten_name(name, limit, "en")
        assert short.count('"') % 2 == 0, (limit, short)
        assert len(short) <= limit
    assert shorten_name(name, 50, "en") == "Cutting employee turnover with stay interviews"
    polish = "Bezpłatny webinar „Jak zatrzymać pracowników w firmie”"
    for limit in range(12, len(polish)):
        short = shorten_name(polish, limit, "pl")
        assert short.count("„") == short.count("”"), (limit, short)


@pytest.mark.parametrize(
    ("name", "limit", "expected"),
    [
        ("Used cars, approved and inspected", 30, "Used cars"),
        ("Refurbished laptops with a two-year warranty", 25, "Refurbished laptops"),
        ("all-mountain freeride snowboards", 22, "freeride snowboards"),
    ],
)
def test_a_word_that_says_what_is_sold_stays(name: str, limit: int, expected: str) -> None:
    assert shorten_name(name, limit, "en") == expected


@pytest.mark.parametrize(
    ("offer", "code"),
    [
        ("50% off your first box with code HALFBOWL", "HALFBOWL"),
        ("Rabat 20% z kodem ZIMA na cały asortyment", "ZIMA"),
        ("Use code: SPRING on any order", "SPRING"),
    ],
)
def test_a_named_code_keeps_its_capitals_and_is_never_cut_away(offer: str, code: str) -> None:
    assert code in clean_fragment(offer)
    for limit in range(8, len(offer)):
        cut = clause_cut(offer, limit)
        assert not cut or code in cut, (limit, cut)
    assert clean_fragment("HUGE SALE NOW on boards") == "huge sale now on boards"


def test_the_dog_food_drafts_keep_the_code_and_say_what_the_recipes_are() -> None:
    from test_offline_copy import context

    from adsage.drafting.offline import OfflineEngine
    from adsage.drafting.offline.copywriter import draft_copy

    data = {
        "brand": "Bowlful",
        "product": "Fresh dog food subscription",
        "offer": "50% off your first box with code HALFBOWL",
        "landing_url": "https://bowlful.example/start",
        "language": "en",
        "goal": "Get 1000 new subscribers by 31 March 2027",
        "objective": "OUTCOME_SALES",
        "budget": {"amount": 350, "currency": "GBP", "type": "daily"},
        "schedule": {"start": "2027-01-10", "end": "2027-03-31"},
        "audience": {"locations": ["GB"], "age": [25, 60], "interests": ["dogs", "pet food"]},
        "benefits": [
            "Recipes made with human-grade meat and vegetables",
            "Portions sized to your dog",
            "Pause or cancel online",
        ],
        "tone": "warm",
        "special_ad_category": "NONE",
        "placements": ["feed", "stories", "reels"],
    }
    ctx = context(data)
    drafts = draft_copy(ctx, OfflineEngine().personas(ctx), 3)
    texts = [t for d in drafts for t in (d.headline, d.primary_text, d.description) if t]
    joined = " ".join(texts)
    assert "HALFBOWL" in joined and "halfbowl" not in joined
    assert not any(broken_cut(t, data["benefits"]) for t in texts), texts
    assert "Recipes made." not in joined and "Recipes made" not in texts
