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
