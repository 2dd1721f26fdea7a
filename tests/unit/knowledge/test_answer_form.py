"""The answer form a question asks for, and which sentences give it on the question's topic."""

from __future__ import annotations

import pytest

from adsage.knowledge.answer_form import asked_form


@pytest.mark.parametrize(
    "question",
    ["How long should an A/B test run?", "Jak długo powinien trwać test A/B?"],
)
def test_how_long_asks_for_a_duration_on_the_questions_topic(question: str) -> None:
    asked = asked_form(question)
    assert asked is not None and asked.form == "duration"
    assert "test" in asked.topic
    assert not asked.topic & {"long", "długo"}  # the form words are not the topic


def test_a_duration_in_a_section_on_the_topic_answers_without_repeating_its_words() -> None:
    asked = asked_form("How long should an A/B test run?")
    assert asked is not None
    duration = "Duration: at least 7 days, to cover a full weekly cycle, and at most 30 days."
    assert asked.answers(duration, "A/B tests in Meta Experiments")
    # same form, another topic: a video length is not how long a test runs
    video = "Practical advice: long limits do not mean long videos perform; stay under 30 seconds."
    assert not asked.answers(video, "Video specifications per placement")
    # on topic, but no duration in it
    assert not asked.answers("Decide the sample size in advance.", "Testing pitfalls to avoid")


def test_polish_durations_are_recognised() -> None:
    asked = asked_form("Jak długo powinien trwać test A/B?")
    assert asked is not None
    assert asked.answers(
        "Zalecany czas trwania to co najmniej 7 dni i maksymalnie 30 dni.", "Testy A/B"
    )
    assert not asked.answers("Test kończ po tygodniu.", "Testy A/B")  # no figure given


def test_open_questions_ask_for_no_form() -> None:
    assert asked_form("Why did Meta spend more than my daily budget?") is None
    assert asked_form("Which objective should I choose for sales?") is None


def test_how_many_is_not_read_as_a_duration() -> None:
    """Any figure would pass as "how many"; only durations earn the bonus."""
    assert asked_form("How many people do I need for a lookalike audience?") is None
    asked = asked_form("How many days should a test run?")
    assert asked is not None and asked.form == "duration"


@pytest.mark.parametrize(
    "question",
    [
        "What daily budget should a local bakery start with on Facebook?",
        "How much should I spend on ads for a car repair shop?",
        "Jaki budżet na reklamy dla warsztatu samochodowego w Rzeszowie?",
        "Ile wydać na reklamy piekarni?",
    ],
)
def test_what_budget_asks_for_a_budget_with_budget_as_its_topic(question: str) -> None:
    asked = asked_form(question)
    assert asked is not None and asked.form == "budget"
    assert asked.topic & {"budget", "budżet"}
    assert asked.cue("en") and asked.cue("pl")


def test_a_question_about_what_a_budget_is_asks_for_no_figure() -> None:
    assert asked_form("What is a daily budget?") is None
    assert asked_form("Jaki jest budżet dzienny?") is None


def test_the_sizing_rule_beats_an_amount_and_a_worked_example_loses() -> None:
    asked = asked_form("Jaki budżet na reklamy dla warsztatu?")
    assert asked is not None
    section = "Jak dobrać budżet do fazy uczenia się"
    rule = (
        "Budżet dzienny można oszacować wzorem: 50 zdarzeń × przewidywany koszt zdarzenia ÷ 7 dni."
    )
    minimum = "Zestaw sprzedażowy ma minimum 5 zł dziennie na budżet."
    worked = "50 × 45 zł = 2250 zł tygodniowo, czyli około 320 zł dziennie na jeden zestaw."
    definition = "Budżet dzienny to średnia kwota, jaką system wydaje każdego dnia."
    assert asked.strength(rule, section) == 1.0
    assert 0 < asked.strength(minimum, section) < 1.0
    assert asked.strength(worked, section) < 0
    assert asked.strength(definition, section) == 0
    en = asked_form("What daily budget should a bakery start with?")
    assert en is not None
    sizing = "Budget needed per ad set is roughly 50 events times the expected cost per event."
    assert en.strength(sizing, "Sizing the budget") == 1.0
    assert en.strength("Weekly need: 50 x 20 = 1,000 USD.", "Sizing the budget") < 0
