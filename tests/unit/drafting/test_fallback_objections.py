"""The neutral fallback category asks only questions the brief leaves open: no "What does it
cost in total?" or "cancelling at any time" when the offer is free, the step is a signature
or a visit (``moot`` in general.yaml), and a free extra "worth" a sum is no answer to the
cost (``unless``)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_offline_copy import brief_of
from test_review3_categories import brief_data, persona_text

from adsage.drafting.offline.categories import category_for, load_categories

COST = {"en": "what does it cost in total", "pl": "ile to kosztuje w sumie"}
TRIAL = {"en": "not to be right for me", "pl": "okaże się, że to nie dla mnie"}
EXPECTED = {"en": "not what i expected", "pl": "nie będzie to, czego oczekuję"}
BRIEF = {"en": "review_briefs/11_multicountry_en", "pl": "review_briefs/12_multicountry_pl"}


# The multi-country briefs sell a bike (their own category now): the same briefs selling
# something no category covers keep testing the fallback's questions.
NICHE = {
    "en": {"product": "Telescopes for amateur astronomers", "interests": ["astronomy"]},
    "pl": {"product": "Teleskopy dla astronomów amatorów", "interests": ["astronomia"]},
}


def _general(lang: str, **changes: Any) -> dict[str, Any]:
    base = brief_data(BRIEF[lang])
    niche = NICHE[lang]
    audience = dict(base["audience"], interests=niche["interests"], description="")
    data = brief_data(BRIEF[lang], product=niche["product"], audience=audience, **changes)
    assert category_for(brief_of(data), data["objective"]).id == "general"
    return data


@pytest.mark.parametrize(
    ("lang", "offer"),
    [
        ("en", "Free entry to our summer launch on 12 June"),
        ("en", "Come and see the new range at our store"),
        ("en", "Drop in and try the new range"),
        ("pl", "Wstęp wolny na letnią premierę 12 czerwca"),
        ("pl", "Wpadnij i sprawdź nową kolekcję"),
    ],
)
def test_free_or_visit_offers_get_no_cost_or_trial_question(lang: str, offer: str) -> None:
    text = persona_text(_general(lang, offer=offer))
    assert COST[lang] not in text
    assert TRIAL[lang] not in text
    # the personas still ask something: trust and timing stay
    assert text.count("“" if lang == "en" else "„") >= 3


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_paid_offer_keeps_the_cost_and_after_purchase_questions(lang: str) -> None:
    """A one-off purchase is asked what happens if it disappoints (a refund, a replacement),
    never about a trial or cancelling: those belong to what is sold as a subscription."""
    offer = "20% off the first order" if lang == "en" else "20% taniej przy pierwszym zamówieniu"
    text = persona_text(_general(lang, offer=offer))
    assert COST[lang] in text
    assert EXPECTED[lang] in text
    assert TRIAL[lang] not in text
    assert not re.search(r"cancel|a trial|okres próbny|rezygnac", text)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_subscription_keeps_the_trial_question(lang: str) -> None:
    offer = (
        "Monthly subscription, first month 50% off"
        if lang == "en"
        else "Subskrypcja miesięczna, pierwszy miesiąc 50% taniej"
    )
    text = persona_text(_general(lang, offer=offer))
    assert TRIAL[lang] in text
    assert EXPECTED[lang] not in text


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_free_extra_worth_a_sum_does_not_answer_the_cost(lang: str) -> None:
    """The multi-country briefs' offer is an accessory pack "worth 149 EUR" for free: it
    answers "why now" (the pre-order date), never "what does it cost in total"."""
    text = persona_text(_general(lang))
    cost = re.search(rf"{COST[lang]}\?[”\"] ([^.]*)", text)
    assert cost is not None
    assert "149" not in cost.group(1)


@pytest.mark.parametrize(
    ("lang", "offer"),
    [
        ("en", "Trainers that come in three colours"),
        ("pl", "Zapraszamy do zakupów w nowym sklepie"),
    ],
)
def test_a_paid_product_with_visit_like_words_keeps_the_cost_question(
    lang: str, offer: str
) -> None:
    """Only a step that costs nothing makes the cost question moot: "come in three colours"
    or "zapraszamy do zakupów" is still something to pay for."""
    assert COST[lang] in persona_text(_general(lang, offer=offer))


@pytest.mark.parametrize(
    "name", ["09_petition_en", "10_taproom_en", "11_cleaning_en", "01_fotograf_slubny_pl"]
)
def test_reviewed_briefs_ask_questions_of_their_own_business(name: str) -> None:
    """The petition is never asked what it costs, the taproom never about a trial or
    cancelling, and no brief that fell back before gets the fallback's questions now."""
    text = persona_text(brief_data(f"review3_briefs/{name}"))
    for lang in ("en", "pl"):
        assert COST[lang] not in text
        assert TRIAL[lang] not in text
    assert not re.search(r"cancel|rezygnac", text) or name == "11_cleaning_en"
    if name == "09_petition_en":
        assert not re.search(r"\b(?:cost|price|trial)\b", text)


def test_only_the_fallback_marks_questions_moot_by_data() -> None:
    """The lists are data: general.yaml carries them in both languages."""
    general = next(c for c in load_categories() if c.id == "general")
    for lang in ("en", "pl"):
        moot = [o for p in general.personas for o in p.text(lang).objections if o.moot]
        assert len(moot) == 3, lang
