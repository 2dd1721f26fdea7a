"""An app's objections fit the app the brief describes: a language app is not asked about a
watch, and nobody is asked whether "the free version" is enough when the brief names no free
version; the question a language learner has ("Will I actually speak?") is answered from the
brief's own benefit."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_review5_categories import data, persona_text, personas

from adsage.drafting.offline.categories import load_categories


def objections(d: dict[str, Any], lang: str | None = None) -> str:
    return " ".join(o for p in personas(d, lang) for o in p.objections).casefold()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_language_app_gets_no_fitness_or_freemium_questions(lang: str) -> None:
    text = objections(data("03_language_app_en"), lang)
    assert not re.search(r"watch|zegark|device|urządze", text)
    assert not re.search(r"premium|free version|darmowa wersja|płatna wersja|paid version", text)


def test_language_app_is_asked_whether_it_makes_you_speak() -> None:
    text = objections(data("03_language_app_en"))
    assert "“will i actually speak?” answer from the brief: speak out loud" in text


def test_polish_language_app_is_asked_whether_it_makes_you_speak() -> None:
    d = data(
        "03_language_app_en",
        language="pl",
        product="Lingomo - aplikacja do nauki języków z 10-minutowymi lekcjami",
        benefits=["Mówisz na głos i od razu dostajesz ocenę wymowy", "12 języków"],
    )
    text = objections(d, "pl")
    assert "„czy naprawdę zacznę mówić?” odpowiedź z briefu: mówisz na głos" in text


def test_step_counter_that_names_health_apps_keeps_the_device_question() -> None:
    from test_review3_categories import brief_data

    d = brief_data("review_briefs/09_app_pl")
    text = objections(d)
    assert "zegarkiem?” odpowiedź z briefu: działa z apple health" in text
    # its offer names Premium: the free-version question fits, and a free first month of
    # Premium is a trial, not the free version, so the plan shows what the paid one adds
    assert "„czy darmowa wersja wystarczy?” pokaż: co daje płatna wersja" in text
    assert "mówić" not in text


def test_step_counter_without_a_device_loses_the_watch_question() -> None:
    from test_review3_categories import brief_data

    d = brief_data(
        "review_briefs/09_app_pl",
        benefits=["Wyzwania krokowe z przyjaciółmi", "Odznaki i serie dni"],
    )
    assert "zegark" not in objections(d)
    assert "zegark" not in persona_text(personas(d))


def test_every_app_persona_keeps_a_question_that_needs_nothing() -> None:
    """A persona whose conditional questions all drop still has one that fits any app."""
    for cat in load_categories():
        for spec in cat.personas:
            for lang in ("en", "pl"):
                assert any(not o.needs for o in spec.text(lang).objections), (cat.id, lang)
