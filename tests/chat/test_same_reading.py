"""Chat and Slack read the same message the same way: language, request, brief and verdict.

Both surfaces run the conversation core (``understand``) and the same checks, so for every
line below the reading (language, kind, intent, working brief, missing fields) and, for checks,
the verdict must agree.  The Slack side runs its real request handler in this process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from chat_support import Driver

CHECKS = [
    "check goal: Get 1000 leads by 31 March 2027",
    "sprawdź cel: 500 nowych klientów do końca marca 2027",
    "check this goal: more followers",
    "sprawdz cel: wiecej fanow",
    "is this goal SMART: double our sales",
    "oceń cel: 2000 zamówień w ciągu 3 miesięcy",
    "check copy: Buy now!!! 100% guaranteed results, lose 10 kg in a week",
    "sprawdź tekst: Kup teraz!!! Gwarantujemy 100% efektów, schudniesz 10 kg w tydzień",
    "check copy: Fresh sourdough every morning. Order online for pickup.",
    "sprawdz tekst: Swieze pieczywo codziennie rano. Zamow online z odbiorem.",
]
LINES = [
    *CHECKS,
    # brief details
    "We sell handmade candles, budget 500 PLN daily",
    "Sprzedajemy ręcznie robione świece, budżet 500 zł dziennie",
    "sprzedajemy buty, budzet 3000 zl",
    "our landing page is https://example.com/shoes and we target women 25-40",
    "kampania od 1 grudnia do 24 grudnia, cel: 300 zamówień",
    "budget 2000 EUR lifetime, campaign from 1 to 20 December",
    "do 24 grudnia",
    # questions
    "how long should a headline be?",
    "ile znakow moze miec naglowek?",
    "is 50 zł a day enough?",
    "czy 50 zł dziennie wystarczy?",
    "What is a lookalike audience",
    "co to jest grupa podobnych odbiorcow",
    "kup teraz",
    "plan an A/B test",
    # requests
    "write three headlines",
    "napisz trzy nagłówki",
    "plan kampanii",
    "give me a campaign plan",
    "A/B test three headlines",
    "przygotuj dwie wersje grafiki do testu A/B",
    "A/B test with baseline CTR 1.2% and MDE 15%, 3 variants",
    "zaplanuj test A/B: CTR 1,2%, wzrost 15%",
]


def _reading(turn: Any) -> dict[str, Any]:
    assert turn is not None
    intent = turn.intent
    return {
        "lang": turn.lang,
        "kind": turn.kind,
        "intent": None if intent is None else (intent.command, intent.args),
        "brief": turn.brief,
        "changed": turn.changed,
        "missing": turn.missing,
    }


def _verdict(text: str) -> bool | None:
    """Pass/fail of a check as the user sees it (None when the reply holds no verdict)."""
    from adsage.i18n import t
    from adsage.slack.texts import t as slack_t

    langs = ("en", "pl")
    fails = [f": {t('chat.report.errors', g)}" for g in langs]
    fails += [slack_t(g, k) for g in langs for k in ("goal_bad", "check_bad")]
    passes = [f": {t('chat.report.ok', g)}" for g in langs]
    passes += [slack_t(g, k) for g in langs for k in ("goal_ok", "check_ok")]
    if any(m in text for m in fails):
        return False
    if any(m in text for m in passes):
        return True
    return None


@pytest.mark.parametrize("line", LINES)
def test_chat_and_slack_read_a_line_alike(
    line: str, make_chat: Callable[..., Driver], slack: Any
) -> None:
    chat = make_chat()
    chat_out = chat.send(line)
    outcome = slack.handle(line, "T1:C1:1.0", lambda lang: None)
    slack_out = json.dumps([[m.text, m.blocks] for m in outcome.messages], ensure_ascii=False)
    assert _reading(chat.chat.last_turn) == _reading(slack.last_turn)
    if line in CHECKS:
        verdict = _verdict(chat_out)
        assert verdict is not None, chat_out
        assert verdict == _verdict(slack_out), (chat_out, slack_out)


def test_the_lines_cover_both_languages() -> None:
    from adsage.lang import detect_lang

    langs = [detect_lang(line) for line in LINES]
    assert len(LINES) >= 30
    assert langs.count("pl") >= 12 and langs.count("en") >= 12


@pytest.mark.parametrize(
    ("n", "word"), [(2, "2 warianty"), (5, "5 wariantów"), (22, "22 warianty")]
)
def test_polish_chat_pluralises_and_groups_numbers(
    n: int, word: str, make_chat: Callable[..., Driver]
) -> None:
    chat = make_chat(lang="pl")
    out = chat.send(f"/abplan --baseline-ctr 0.012 --mde 0.15 --variants {n}")
    assert f"Test A/B: {word}" in out, out
    assert "próba na wariant" in out
    assert "\u00a0" in out and not re.search(r"\d,\d{3}", out), out
