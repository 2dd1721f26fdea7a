"""Slack does what the chat does with the same request, through the same core calls.

Personas, formats and sources requests reach the handlers the chat's /persona, /formats and
/sources use (never the question path); a configured model writes Slack's answers as it
writes the chat's; and both surfaces export a sheet built from the working brief, with the
schedule and placements `adsage plan --csv` writes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from chat_support import SLACK_KEY, TRAILBREW, Driver, slack_say

from fakes.openai_server import FakeOpenAI, json_reply, text_reply


@pytest.fixture
def both(make_chat: Callable[..., Driver], slack: Any) -> tuple[Driver, Any]:
    chat = make_chat()
    chat.send(TRAILBREW)
    slack_say(slack, TRAILBREW)
    return chat, slack


@pytest.mark.parametrize("line", ["personas", "persony", "give me personas"])
def test_slack_personas_come_from_the_chat_handler(line: str, both: tuple[Driver, Any]) -> None:
    chat, slack = both
    chat_out = chat.send("/persona")
    slack_out = slack_say(slack, line)
    assert "Sources" not in slack_out and "Źródła" not in slack_out
    names = [ln.split("**")[1] for ln in chat_out.splitlines() if ln.startswith("**")]
    if not names:  # plain output drops the markdown stars
        names = [ln.split(":")[0] for ln in chat_out.splitlines() if ln and ln[0] not in "- "]
    assert len(names) >= 2, chat_out
    for name in names:
        assert f"*{name}*" in slack_out, (name, slack_out)
    assert "wants:" in slack_out and "objections:" in slack_out


@pytest.mark.parametrize("line", ["formats", "which formats should I use"])
def test_slack_formats_come_from_the_chat_handler(line: str, both: tuple[Driver, Any]) -> None:
    chat, slack = both
    chat_out = chat.send("/formats")
    slack_out = slack_say(slack, line)
    first = chat_out.splitlines()[0]  # "1. <format> (<placements>): <reason>"
    fmt = first.split(". ", 1)[1].split(" (", 1)[0]
    assert f"1. *{fmt}*" in slack_out, (first, slack_out)
    assert "Sources" not in slack_out


def test_slack_sources_repeat_the_last_answers_citations(
    make_chat: Callable[..., Driver], slack: Any
) -> None:
    assert "No sources yet" in slack_say(slack, "sources")
    chat = make_chat()
    question = "How long is the learning phase?"
    chat_answer = chat.send(question)
    answer = slack_say(slack, question)
    listed = slack_say(slack, "sources")
    assert slack.last_turn.intent.command == "sources"
    cited = answer.split("*Sources*", 1)[1].strip()
    assert cited and cited in listed
    # the chat cites the same documents for the same question
    assert [ln.split(" (")[-1] for ln in cited.splitlines()] == [
        ln.split(" (")[-1] for ln in chat_answer.splitlines() if ln.startswith("[")
    ]


def _model_slack(searcher: Any, tmp_path: Path) -> Any:
    from adsage.cli.options import llm_settings
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor
    from adsage.state.store import StateStore

    settings = llm_settings("openai", home=tmp_path / "model-slack")
    threads = Threads(StateStore(tmp_path / "model-slack.sqlite"))
    return Advisor(settings, threads, searcher=searcher)


def test_slack_answers_with_the_model_when_one_is_configured(
    fake_model: FakeOpenAI, shared_searcher: Any, tmp_path: Path
) -> None:
    fake_model.add(json_reply({"answer": "About a week of stable delivery [1].", "sources": [1]}))
    slack = _model_slack(shared_searcher, tmp_path)
    out = slack_say(slack, "How long is the learning phase?")
    assert "About a week of stable delivery [1]." in out
    assert "[1] " in out.split("*Sources*", 1)[1]
    assert '<data name="knowledge">' in fake_model.messages()[-1]["content"]


def test_slack_falls_back_to_the_knowledge_when_the_model_answer_fails(
    fake_model: FakeOpenAI, shared_searcher: Any, tmp_path: Path
) -> None:
    fake_model.add(text_reply("I just know it."))
    slack = _model_slack(shared_searcher, tmp_path)
    out = slack_say(slack, "How long is the learning phase?")
    assert "I just know it" not in out
    assert "learning phase" in out.lower() and ".md)" in out


def _rows(data: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data)))


def _has_schedule_and_placements(rows: list[dict[str, str]]) -> None:
    ad_sets = [r for r in rows if r.get("Ad Set Time Start")]
    assert ad_sets, rows[:1]
    assert all(r["Ad Set Time Start"].startswith(("12/01/2027", "2027-12-01")) for r in ad_sets)
    assert all(r["Ad Set Time Stop"] for r in ad_sets)
    assert all(r.get("Publisher Platforms") for r in ad_sets)


def test_exports_carry_the_working_briefs_schedule_and_placements(
    both: tuple[Driver, Any], tmp_path: Path
) -> None:
    chat, slack = both
    chat.send("/variants headline 3")
    path = tmp_path / "ads.csv"
    assert "written" in chat.send(f"/export {path}")
    _has_schedule_and_placements(_rows(path.read_text("utf-8-sig")))
    slack_say(slack, "variants headline 3")
    set_id = list(slack.threads.load(SLACK_KEY)["sets"])[-1]
    outcome = slack.press("export", SLACK_KEY, set_id, 0, lambda lang: None)
    assert outcome.upload is not None
    _has_schedule_and_placements(_rows(outcome.upload.content.decode("utf-8-sig")))
