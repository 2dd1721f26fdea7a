"""Category data (knowledge/categories/*.yaml) and what the drafts take from it: the right
category for a brief, lines that state no facts of their own, Polish typography, offers used
with their figures and never a deadline the brief does not give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_offline_copy import (
    _CUES,
    DENTIST,
    SNOWPEAK,
    ZAKWAS,
    brief_of,
    context,
    drafts_for,
    variant,
)

from adsage.checks.claims import brief_facts, check_repetition, unsupported
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.hygiene import clause_cut, clean_fragment, typography

BRIEFS = Path(__file__).resolve().parents[3] / "evals" / "datasets" / "copy_briefs"
_DIGITS = re.compile(r"\d")
_SLOT = re.compile(r"\{\w+\}")


def _lines(lang: str) -> list[str]:
    out: list[str] = []
    for cat in load_categories():
        for lines in cat.lines(lang).values():
            for value in lines.model_dump().values():
                out += value
        for closes in (cat.close_pl if lang == "pl" else cat.close_en).values():
            out += closes
    return out


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_category_lines_state_no_facts_of_their_own(lang: str) -> None:
    lines = _lines(lang)
    assert lines
    assert not [t for t in lines if _DIGITS.search(_SLOT.sub("", t))]
    assert not [t for t in lines if _CUES.search(t)]
    assert not [t for t in lines if t.strip() == "{brand}"]


def test_polish_category_lines_have_no_english() -> None:
    english = re.compile(r"\b(?:the|and|with|your|free|now|home|shop|offer)\b", re.IGNORECASE)
    assert not [t for t in _lines("pl") if english.search(_SLOT.sub("", t))]


def test_every_persona_angle_has_lines_or_falls_back() -> None:
    for cat in load_categories():
        for spec in cat.personas:
            for lang in ("en", "pl"):
                text = spec.text(lang)
                assert text.who and text.job and text.trigger and text.objections
                assert spec.ages[0] <= spec.ages[1]


@pytest.mark.parametrize(
    ("brief_id", "category"),
    [
        ("saas_en", "b2b_saas"),
        ("app_pl", "app"),
        ("catalog_en", "retail_catalog"),
        ("dentist_pl", "local_clinic"),
        ("candles_pl", "small_shop"),
        ("trucking_en", "jobs"),
        ("coffee_pl", "coffee_subscription"),
        ("housing_pl", "real_estate"),
        ("housing_en", "real_estate"),
        ("course_en", "online_course"),
        ("course_pl", "online_course"),
    ],
)
def test_briefs_match_their_category(brief_id: str, category: str) -> None:
    from adsage.models.brief import load_brief

    brief = load_brief(BRIEFS / f"{brief_id}.yaml")
    assert category_for(brief, brief.objective or "").id == category


def test_unknown_business_falls_back_to_general() -> None:
    assert category_for(brief_of(SNOWPEAK), "OUTCOME_SALES").id == "general"


def test_campaign_end_is_never_an_offer_deadline() -> None:
    trial = variant(SNOWPEAK, offer="Free base waxing for the whole season")
    for d in drafts_for(trial):
        text = f"{d.primary_text} {d.headline} {d.description}"
        assert "24 December" not in text and "Offer ends" not in text
        assert not unsupported({"t": text}, brief_facts(brief_of(trial)))


def test_offer_date_from_the_brief_may_be_repeated() -> None:
    drafts = drafts_for(SNOWPEAK)
    assert not [
        u
        for d in drafts
        for u in unsupported(
            {"p": d.primary_text, "h": d.headline, "d": d.description},
            brief_facts(brief_of(SNOWPEAK)),
        )
    ]


def test_offer_figure_and_polish_typography() -> None:
    drafts = drafts_for(DENTIST, 3)
    assert any("99\u00a0zł" in f"{d.primary_text} {d.headline}" for d in drafts)
    assert not any("99 zł" in f"{d.primary_text} {d.headline}" for d in drafts)
    assert all(d.headline.casefold() != "stomatologia wawelska" for d in drafts)
    assert {d.cta for d in drafts} == {"BOOK_NOW"}
    assert not check_repetition([d.primary_text for d in drafts], "pl")


def test_three_drafts_speak_to_three_angles() -> None:
    ctx = context(ZAKWAS)
    engine = OfflineEngine()
    personas = engine.personas(ctx)
    drafts = engine.copy(ctx, personas, 3)
    assert [d.persona for d in drafts] == [p.name for p in personas]
    assert len({d.primary_text.split(".")[0] for d in drafts}) == 3


def test_clause_cut_never_cuts_inside_a_phrase() -> None:
    assert clause_cut("Subskrypcja świeżo palonej kawy", 20) == ""
    assert clause_cut("30% off all boards, plus free shipping", 25) == "30% off all boards"
    assert clause_cut("Short", 20) == "Short"


def test_typography() -> None:
    assert typography('Tylko 99 zł i "nowość"', "pl") == "Tylko 99\u00a0zł i „nowość”"
    assert typography('Only 99 zł and "new"', "en") == 'Only 99\u00a0zł and "new"'


def test_acronyms_are_not_calmed_but_shouting_is() -> None:
    assert clean_fragment("Drivers holding a CDL-A licence") == "Drivers holding a CDL-A licence"
    assert clean_fragment("FREE test ride") == "free test ride"


@pytest.mark.parametrize("brief_id", ["housing_pl", "housing_en"])
def test_housing_personas_are_home_buyers_at_the_whole_age_range(brief_id: str) -> None:
    """A developer's flats got the retail fallback ("first time in this shop", returns,
    delivery costs) and personas aged 28-50 labelled "the whole range" under HOUSING."""
    from adsage.drafting.base import DraftContext
    from adsage.models.brief import load_brief

    brief = load_brief(BRIEFS / f"{brief_id}.yaml")
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    personas = OfflineEngine().personas(ctx)
    for p in personas:
        # Polish writes the range with an en dash ("18–65+ lat")
        assert "18-65+" in p.demographics.split("·")[0].replace("–", "-"), p.demographics
        text = " ".join([p.name, *p.pains, *p.objections]).casefold()
        for word in ("sklep", "zwrot", "koszyk", "shop", "return", "basket", "deliver"):
            assert word not in text, (word, text)


@pytest.mark.parametrize("brief_id", ["course_en", "course_pl"])
def test_course_personas_are_learners_not_shoppers(brief_id: str) -> None:
    """An online course fell back to shop personas ("Will it last?", "a shop I do not know",
    the returns policy)."""
    from adsage.drafting.base import DraftContext
    from adsage.models.brief import load_brief

    brief = load_brief(BRIEFS / f"{brief_id}.yaml")
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    for p in OfflineEngine().personas(ctx):
        text = " ".join([p.name, *p.pains, *p.objections]).casefold()
        for word in ("sklep", "zwrot", "shop", "return", "last?", "wytrzyma"):
            assert word not in text, (word, text)
