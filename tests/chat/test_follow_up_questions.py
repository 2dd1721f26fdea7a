"""A short follow-up ("And for Stories?", "A dla Reels?") is answered about the topic of the
question before it, in the chat and in a Slack thread; a new question starts a new topic."""

from __future__ import annotations

from typing import Any

import pytest
from chat_support import SLACK_KEY, Driver, slack_say

from adsage.advisor.conversation.follow_up import anchor, in_context


@pytest.mark.parametrize(
    ("question", "previous", "expected"),
    [
        ("And for Stories?", "How long should an A/B test run?", "How long should an A/B test run? And for Stories?"),
        ("what about reels", "How long should an A/B test run?", "How long should an A/B test run? what about reels"),
        ("A dla Reels?", "Jak długo trwa test A/B?", "Jak długo trwa test A/B? A dla Reels?"),
        ("A co z Advantage+?", "Jak działa faza uczenia?", "Jak działa faza uczenia? A co z Advantage+?"),
        ("What is the learning phase?", "How long should an A/B test run?", "What is the learning phase?"),
        ("And how should I split the budget between prospecting and retargeting ad sets?", "How long should an A/B test run?",
         "And how should I split the budget between prospecting and retargeting ad sets?"),
        ("And for Stories?", "", "And for Stories?"),
        ("Antwerp audiences?", "How long should an A/B test run?", "Antwerp audiences?"),
    ],
)  # fmt: skip
def test_only_a_short_question_opening_as_a_follow_up_leans_on_the_last(
    question: str, previous: str, expected: str
) -> None:
    assert in_context(question, previous) == expected


def test_the_topic_question_is_kept_through_several_follow_ups() -> None:
    first = "How long should an A/B test run?"
    assert anchor(first, None) == first
    assert anchor("And for Stories?", first) == first
    assert anchor("And for Reels?", anchor("And for Stories?", first)) == first
    assert anchor("What is CPM?", first) == "What is CPM?"


def _sections(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("[")]


def test_a_chat_follow_up_is_answered_about_the_same_topic(chat: Driver) -> None:
    alone = chat.chat.searcher.search("And for Stories?", 3, lang="en")
    first = chat.send("How long should an A/B test run?")
    follow = chat.send("And for Stories?")
    assert _sections(first) and _sections(follow)
    # the follow-up's sources are about testing, as the first answer's are
    assert any("test" in line.lower() for line in _sections(follow)), follow
    assert not any("test" in h.section.lower() for h in alone), "the probe must need context"
    assert chat.chat.session.last_question == "How long should an A/B test run?"


def test_a_slack_follow_up_is_answered_about_the_same_topic(slack: Any) -> None:
    first = slack_say(slack, "Jak długo powinien trwać test A/B?")
    follow = slack_say(slack, "A dla Reels?")
    assert "test" in first.lower()
    assert "test" in follow.lower(), follow
    assert slack.threads.load(SLACK_KEY)["last_question"] == "Jak długo powinien trwać test A/B?"
