"""A Polish thread reads Polish plurals and Polish number formatting."""

from __future__ import annotations

import json
import re

import pytest

NBSP = "\u00a0"


def _text(messages: list) -> str:  # type: ignore[type-arg]
    return json.dumps([[m.text, m.blocks] for m in messages], ensure_ascii=False)


@pytest.mark.parametrize(
    ("n", "word"), [(2, "2 warianty"), (4, "4 warianty"), (5, "5 wariantów"), (22, "22 warianty")]
)
def test_abplan_in_polish(n: int, word: str) -> None:
    from adsage.slack.quick import abplan

    out = _text(abplan(["baseline=1.2%", "mde=15%", f"variants={n}", "cpm=25", "daily=200"], "pl"))
    assert f"Test A/B: {word}," in out
    assert not re.search(r"\d,\d{3}", out), out  # no English thousands separator
    assert re.search(rf"\d{NBSP}\d{{3}} na wariant", out), out
    assert "wyświetle" in out


def test_abplan_in_english_keeps_english_format() -> None:
    from adsage.slack.quick import abplan

    out = _text(abplan(["baseline=1.2%", "mde=15%", "variants=5"], "en"))
    assert "A/B test: 5 variants," in out
    assert re.search(r"\d,\d{3} per variant", out), out


def test_cvr_assumption_is_a_polish_percentage() -> None:
    from adsage.planning.abplan import plan_ab_test

    plan = plan_ab_test(0.03, 0.2, metric="cvr", lang="pl")
    assert any("CTR 1,71%" in w for w in plan.warnings), plan.warnings
