"""Lines a new user typed that chat or Slack read wrongly, held for both surfaces.

Questions go to the knowledge unless they carry the numbers a command needs; brief details
written as plain statements set the brief without swallowing the next sentence or a link;
"write three headlines" gives three different headlines; a negative budget is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from chat_support import SLACK_KEY, TRAILBREW, Driver, slack_say


@pytest.mark.parametrize(
    "line", ["How long should an A/B test run?", "Jak długo powinien trwać test A/B?"]
)
@pytest.mark.parametrize("with_brief", [False, True])
def test_a_question_about_ab_tests_is_answered_from_the_knowledge(
    line: str, with_brief: bool, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat = make_chat()
    if with_brief:
        chat.send(TRAILBREW)
        slack_say(slack, TRAILBREW)
    chat_out = chat.send(line)
    slack_out = slack_say(slack, line)
    for turn, out in ((chat.chat.last_turn, chat_out), (slack.last_turn, slack_out)):
        assert turn.intent is None and turn.kind == "question", out
        assert "usage" not in out.lower() and "/abplan" not in out, out
        assert "[1]" in out and "testing.md" in out, out
    assert "test" in chat_out.lower()


@pytest.mark.parametrize(
    "line",
    [
        "How long should an A/B test run with a baseline CTR of 1.2% and an MDE of 15%?",
        "Jak długo potrwa test A/B przy CTR 1,2% i wzroście 15%?",
    ],
)
def test_a_question_with_the_numbers_sizes_the_test(
    line: str, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat_out = make_chat().send(line)
    slack_out = slack_say(slack, line)
    assert "-> /abplan --baseline-ctr 0.012" in chat_out and "--mde 0.15" in chat_out, chat_out
    assert slack.last_turn.intent.command == "abplan"
    assert slack.last_turn.intent.args["baseline"] == pytest.approx(0.012)
    assert "usage" not in chat_out.lower() and "usage" not in slack_out.lower()


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("The brand is TrailBrew. Goal: 300 orders by 24 December 2027", "brand", "TrailBrew"),
        ("Marka to Różany Kącik.", "brand", "Różany Kącik"),
        (
            "Sprzedajemy bukiety z dostawą na https://rozany-kacik.pl",
            "product",
            "bukiety z dostawą",
        ),
        (
            "We sell trail coffee kits at https://trailbrew.example/kits.",
            "product",
            "trail coffee kits",
        ),
    ],
)
def test_brief_statements_set_the_field_on_both_surfaces(
    line: str, field: str, value: str, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat = make_chat()
    chat.send(line)
    slack_say(slack, line)
    for turn in (chat.chat.last_turn, slack.last_turn):
        assert turn.kind == "brief", turn
        assert turn.brief[field] == value
        assert field in turn.changed
    assert chat.chat.session.brief[field] == value
    assert slack.threads.load(SLACK_KEY)["partial"][field] == value


def test_a_link_is_kept_whole_and_never_ends_the_product(make_chat: Callable[..., Driver]) -> None:
    chat = make_chat()
    chat.send("Sprzedajemy bukiety z dostawą na https://rozany-kacik.pl.")
    brief = chat.chat.session.brief
    assert brief["landing_url"] == "https://rozany-kacik.pl"
    assert brief["product"].split()[-1] not in ("na", "https", "rozany")


@pytest.mark.parametrize(
    ("line", "field"),
    [("write three headlines", "headline"), ("write three descriptions", "description")],
)
def test_three_headlines_are_three_different_lines(
    line: str, field: str, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat = make_chat()
    chat.send(TRAILBREW)
    out = chat.send(line)
    lines = [
        ln.split(". ", 1)[1].rsplit("  [", 1)[0]
        for ln in out.splitlines()[1:]
        if ln[:2] in ("1.", "2.", "3.")
    ]
    assert len(lines) == 3 and len(set(lines)) == 3, out
    slack_say(slack, TRAILBREW)
    slack_say(slack, line)
    doc = slack.threads.load(SLACK_KEY)
    sets = doc.get("sets") or {}
    latest = list(sets.values())[-1]["variants"] if sets else []
    shown = [v[field] for v in latest]
    assert len(shown) == 3 and len(set(shown)) == 3, shown
    assert shown == lines


@pytest.mark.parametrize("value", ["minus 5 zł", "-5 zł", "−5 PLN"])
def test_a_negative_budget_is_refused(value: str, make_chat: Callable[..., Driver]) -> None:
    chat = make_chat()
    chat.send("/set budget 200 PLN daily")
    out = chat.send(f"/set budget {value}")
    assert "negative" in out and "above 0" in out, out
    assert chat.chat.session.brief["budget"]["amount"] == 200


@pytest.mark.parametrize("line", ["budżet -5 zł dziennie", "budget minus 5 PLN a day"])
def test_a_negative_budget_in_prose_is_not_read_as_positive(
    line: str, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat = make_chat()
    chat.send(line)
    slack_say(slack, line)
    for turn in (chat.chat.last_turn, slack.last_turn):
        assert "budget" not in turn.brief, turn.brief
