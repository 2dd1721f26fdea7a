"""Offline answers keep the sentence that answers the question directly (bundled knowledge)."""

from __future__ import annotations

import re
from typing import Any

import pytest

CASES = [
    ("How long should an A/B test run?", "en", r"7 days.*30 days"),
    ("Jak długo powinien trwać test A/B?", "pl", r"7 dni.*30 dni"),
    ("How long does the learning phase take?", "en", r"7 days"),
]


@pytest.mark.parametrize(("question", "lang", "expected"), CASES)
def test_the_direct_answer_is_in_the_extractive_answer(
    plan_settings: Any, question: str, lang: str, expected: str
) -> None:
    from adsage.knowledge.answer import answer_question
    from adsage.knowledge.search import Searcher

    ans = answer_question(Searcher(plan_settings), question)
    assert ans.lang == lang
    assert re.search(expected, ans.answer), ans.answer
    # the sentence is cited like every other one
    assert all(p["citation"] in {c.n for c in ans.citations} for p in ans.sentences)
