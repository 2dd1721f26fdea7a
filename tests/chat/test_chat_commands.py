"""Every chat command offline, driven in process; bad input never produces a traceback."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from chat_support import BRIEF, BRIEF_PL, Driver


@pytest.fixture
def loaded(chat: Driver) -> Driver:
    assert "loaded" in chat.send(f"/load {BRIEF}")
    return chat


def test_help_lists_every_command_and_keys(chat: Driver) -> None:
    from adsage.chat.commands import COMMANDS

    out = chat.send("/help")
    for name in COMMANDS:
        assert f"/{name}" in out
    assert "Esc+Enter" in out and "Esc+M" in out


def test_plan_is_markdown_with_sources(loaded: Driver) -> None:
    out = loaded.send("/plan")
    assert "# Campaign plan: SnowPeak" in out
    assert "[1]" in loaded.send("/sources")


@pytest.mark.parametrize(
    ("line", "expect"),
    [("/copy", "3."), ("/copy 2", "2."), ("/persona", "angle:"), ("/formats", "1. ")],
)
def test_drafting_commands(loaded: Driver, line: str, expect: str) -> None:
    out = loaded.send(line)
    assert expect in out
    assert "Traceback" not in out


def test_variants_and_export(loaded: Driver, tmp_path: Path) -> None:
    out = loaded.send("/variants headline 3")
    assert "A (control)" in out
    target = tmp_path / "ads.csv"
    assert "3 ads written" in loaded.send(f"/export {target}")
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3 and rows[0]["Title"]


def test_export_without_variants_generates_them(loaded: Driver, tmp_path: Path) -> None:
    assert "ads written" in loaded.send(f"/export {tmp_path / 'x.csv'}")


def test_check_goal_and_copy(chat: Driver) -> None:
    out = chat.send("/check goal Sell 300 boards")
    assert "goal: ERRORS" in out and "goal.time_bound" in out and "Suggested rewrite" in out
    out = chat.send("/check copy Buy now!! Guaranteed results")
    assert "copy: ERRORS" in out and "policy.misleading_claim" in out


def test_abplan(chat: Driver) -> None:
    out = chat.send("/abplan --baseline-ctr 0.012 --mde 0.15 --cpm 25 --daily-budget 200")
    assert "days needed: 16" in out and "this budget can test 2 variants in 16 days" in out


def test_brief_set_save_reset(chat: Driver, tmp_path: Path) -> None:
    assert "empty" in chat.send("/brief")
    assert "budget = 200 PLN daily" in chat.send("/set budget 200 PLN daily")
    out = chat.send("/brief")
    assert "budget: 200 PLN daily" in out and "missing" in out
    target = tmp_path / "b.yaml"
    chat.send(f"/save {target}")
    assert yaml.safe_load(target.read_text("utf-8"))["budget"]["amount"] == 200
    assert "cleared" in chat.send("/reset")
    assert "empty" in chat.send("/brief")


def test_load_save_round_trip(loaded: Driver, tmp_path: Path) -> None:
    from adsage.models.brief import load_brief

    target = tmp_path / "again.yaml"
    loaded.send(f"/save {target}")
    assert load_brief(target) == load_brief(BRIEF)


def test_exit_stops(chat: Driver) -> None:
    assert "--resume" in chat.send("/exit")
    assert chat.chat.running is False


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ("/plna", "Did you mean /plan?"),
        ("/brif", "Did you mean /brief?"),
        ("/exprot x.csv", "Did you mean /export?"),
        ("/varaints headline", "Did you mean /variants?"),
    ],
)
def test_unknown_command_suggests_closest(chat: Driver, line: str, expect: str) -> None:
    assert expect in chat.send(line)


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ("/copy lots", "usage: /copy [N]"),
        ("/copy 99", "usage: /copy [N]"),
        ("/variants colour", "usage: /variants FIELD [N]"),
        ("/variants headline 9", "usage: /variants FIELD [N]"),
        ("/check", "usage: /check goal|copy TEXT"),
        ("/check banana text", "usage: /check"),
        ("/abplan --mde x", "usage: /abplan"),
        ("/abplan --mde 0.1", "--baseline-ctr and --mde are required"),
        ("/abplan --baseline-ctr 2 --mde 0.1", "baseline rate must be between 0 and 1"),
        ("/set budjet 5", "did you mean 'budget'"),
        ("/set age 50-20", "age"),
        ("/set", "usage: /set FIELD VALUE"),
        ("/load /no/such/file.yaml", "file not found"),
        ("/load", "usage: /load FILE"),
        ("/save notyaml.txt", "usage: /save FILE"),
        ("/export out.xlsx", "usage: /export FILE.csv"),
        ("/plan", "missing brand"),
        ("/copy 2", "missing brand"),
        ("/check copy 'unbalanced", "copy:"),
    ],
)
def test_bad_arguments_get_one_line(chat: Driver, line: str, expect: str) -> None:
    out = chat.send(line)
    assert expect in out
    assert "Traceback" not in out
    assert len(out.strip().splitlines()) <= 2


def test_polish_request_is_routed(chat: Driver) -> None:
    chat.send(f"/load {BRIEF_PL}")
    out = chat.send("napisz trzy nagłówki dla Piekarnia Zakwas")
    assert "-> /copy 3" in out
    lines = [line for line in out.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert len(lines) == 3 and all("[" in line for line in lines)


def test_polish_request_with_empty_brief_says_what_is_missing(chat: Driver) -> None:
    out = chat.send("napisz trzy nagłówki dla SnowPeak")
    assert "Zanotowałem: brand = SnowPeak" in out
    assert "-> /copy 3" in out and "brakuje product" in out


def test_conversation_fills_the_brief(chat: Driver) -> None:
    out = chat.send("We sell freeride snowboards, budget 200 USD a day, in Poland.")
    assert "Noted:" in out and "product = freeride snowboards" in out
    assert "Still missing" in out and "brand" in out
    out = chat.send(
        "Brand: SnowPeak. Goal: sell 300 boards by 24 December 2026. "
        "From 1 to 24 December 2026. https://snowpeak.example/sale"
    )
    assert "The brief is complete" in out
    assert "# Campaign plan" in chat.send("make a plan")


def test_question_answered_with_citations(chat: Driver) -> None:
    out = chat.send("How long is the learning phase?")
    assert "[1]" in out and ".md)" in out
    assert "budget.md" in chat.send("/sources")


def test_polish_question(chat: Driver) -> None:
    out = chat.send("Ile znaków może mieć nagłówek?")
    assert "[1]" in out


def test_ctrl_c_stops_only_the_current_work(chat: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    import adsage.chat.answer as answer

    def interrupted(*a: object, **k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(answer, "answer_offline", interrupted)
    assert "(stopped)" in chat.send("What is a good CTR?")
    assert chat.chat.running
    assert "Commands:" in chat.send("/help")


def test_history_and_brief_persist_every_turn(make_chat: Callable[..., Driver]) -> None:
    first = make_chat()
    first.send("We sell freeride snowboards.")
    first.send("/set budget 300 PLN")
    # no /exit: a kill after the turn must not lose it
    again = make_chat(resume="")
    assert again.chat.session.id == first.chat.session.id
    assert again.chat.session.brief["product"] == "freeride snowboards"
    history = again.chat.sessions.history(again.chat.session)
    assert [h["role"] for h in history][:2] == ["user", "assistant"]
    assert history[0]["text"] == "We sell freeride snowboards."
    named = make_chat(resume=first.chat.session.id)
    assert named.chat.session.brief["budget"]["amount"] == 300


def test_resume_unknown_session_is_bad_input(make_chat: Callable[..., Driver]) -> None:
    from adsage.errors import BadInput

    with pytest.raises(BadInput, match="no such session"):
        make_chat(resume="nope")
