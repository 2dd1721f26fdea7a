"""A driving school selling a 3 400 zł course in instalments to 17-year-olds: the plan asks
the client who signs for a minor (adsage guidance, never a country's law stated as fact) and
offers the parents, who usually sign and pay, an ad set of their own where interests are
allowed.  The under-18 limits themselves stay as they were: age and location only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.advisor.targeting import targeting_section
from adsage.models.brief import Brief, load_brief_data
from adsage.rules.campaign import targeting_rules

DATA = Path(__file__).resolve().parents[2] / "data"
CONSENT = {"en": "parent's or guardian's consent", "pl": "zgody rodzica lub opiekuna prawnego"}
PARENTS_SET = {
    "en": "Option: an ad set of its own for parents and guardians aged 35–55",
    "pl": "Opcja: osobny zestaw reklam dla rodziców i opiekunów w wieku 35–55 lat",
}
GUIDANCE = {"en": "(adsage guidance, UNSURE", "pl": "(wskazówka adsage, niepotwierdzone"}


def _brief(name: str, **over: Any) -> Brief:
    data: dict[str, Any] = yaml.safe_load((DATA / name).read_text("utf-8"))
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return load_brief_data(data, "brief")


def _notes(brief: Brief) -> str:
    return " ".join(targeting_section(brief).notes)


def test_the_rule_is_sourced_guidance_that_never_fails() -> None:
    rule = targeting_rules().minors_consent
    assert rule is not None and rule.source and rule.as_of
    assert "adsage guidance" in rule.source
    assert rule.confidence == "UNSURE" and rule.severity != "error"
    assert rule.parent_ages == (35, 55)


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_driving_school_asks_who_signs_and_offers_a_parents_ad_set(lang: str) -> None:
    brief = _brief("review5_briefs/07_szkola_jazdy_pl.yaml", language=lang)
    spec = targeting_section(brief)
    notes = " ".join(spec.notes)
    assert CONSENT[lang] in notes and PARENTS_SET[lang] in notes
    consent = next(n for n in spec.notes if CONSENT[lang] in n)
    assert GUIDANCE[lang] in consent
    # a question for the client, not a statement of the law or a figure the brief lacks
    assert ("Ask the client" if lang == "en" else "Zapytaj klienta") in consent
    assert "3400" not in consent and "art." not in consent
    # the under-18 handling the plan already had is unchanged
    assert spec.interests == [] and (spec.age_min, spec.age_max) == (17, 24)
    assert ("removed: prawo jazdy" if lang == "en" else "usunięto: prawo jazdy") in notes


def test_a_free_open_day_names_the_parents_but_asks_for_no_signature() -> None:
    brief = _brief("review_briefs/22_university_en.yaml")
    notes = _notes(brief)
    assert CONSENT["en"] not in notes
    assert "The brief also names parents" in notes and PARENTS_SET["en"] in notes
    assert "campaign of its own" not in notes


def test_a_paid_course_for_teens_asks_even_when_no_parent_is_named() -> None:
    brief = _brief(
        "review5_briefs/07_szkola_jazdy_pl.yaml",
        audience={"description": "Licealiści z Łodzi, którzy chcą zrobić prawo jazdy"},
    )
    notes = _notes(brief)
    assert CONSENT["pl"] in notes and PARENTS_SET["pl"] in notes
    assert "Brief wskazuje też grupę" not in notes


def test_adults_only_get_no_consent_note() -> None:
    brief = _brief("review5_briefs/07_szkola_jazdy_pl.yaml", audience={"age": [18, 24]})
    notes = _notes(brief)
    assert CONSENT["pl"] not in notes and PARENTS_SET["pl"] not in notes


def test_a_free_offer_that_says_no_fees_asks_for_no_signature() -> None:
    brief = _brief(
        "review5_briefs/07_szkola_jazdy_pl.yaml",
        offer="Dzień otwarty bez opłat: jazda próbna po placu manewrowym",
        product="Dzień otwarty szkoły jazdy w Łodzi",
    )
    assert CONSENT["pl"] not in _notes(brief)
