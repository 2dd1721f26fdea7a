"""A booked call or a course enrolment is a step after the lead: the plan prices leads at the
one lead benchmark and asks the client for the lead-to-step rate (it never assumes one)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from adsage.checks.goal.lexicon import load_lexicon
from adsage.checks.goal.parse import parse_goal
from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_step_word_reads_as_a_lead_in_the_goal_parser(lang: str) -> None:
    """goal_lexicon.yaml's step words and its lead words must agree: a step the
    note names is a goal the check prices as leads."""
    after = load_lexicon().data.after_lead
    assert after is not None
    for key, step in after.steps.items():
        for pattern in step.pl if lang == "pl" else step.en:
            phrase = " ".join(w.replace("*", "") for w in pattern.split())
            goal = (
                f"40 {phrase} by 31 March 2027" if lang == "en" else f"40 {phrase} do 31 marca 2027"
            )
            parsed = parse_goal(goal, today=datetime.date(2027, 1, 7), lang=lang)
            assert parsed.metric == "leads", (key, goal, parsed.metric)
            assert load_lexicon().step_in(goal, lang) is not None, goal


def test_a_plain_lead_goal_names_no_step() -> None:
    after = load_lexicon()
    assert after.step_in("Get 40 qualified leads by March 2027", "en") is None
    assert after.step_in("200 rozmów w Messengerze do marca 2027", "pl") is None


def _numbers(name: str):  # type: ignore[no-untyped-def]
    from adsage.advisor.plan import numbers_for
    from adsage.planning.numbers import choose_objective

    brief = load_brief(BRIEFS / f"{name}.yaml")
    objective, _ = choose_objective(brief)
    return brief, numbers_for(brief, objective)[3][0]


def test_booked_calls_use_the_lead_benchmark_and_ask_for_the_rate() -> None:
    from adsage.advisor.strategy_notes import after_lead_name, after_lead_note

    brief, nums = _numbers("06_biuro_rachunkowe_pl")
    # one benchmark: the Polish lead cost (25 zł), the figure the cap is compared with too,
    # never the 8 zł messaging-conversation cost
    assert nums.metric == "leads" and nums.cost_per_result == 25
    # 40 booked calls are not 40 leads: no lead target is made up from them
    assert nums.goal_target is None
    note = _plain(after_lead_note(brief, nums) or "")
    assert "umówione rozmowy" in note and "25 zł za lead, ok. 128 leadów" in note
    assert "potwierdź go z klientem" in note and "zna tylko klient" in note
    # the share the goal would need, worked out from the plan's own forecast (40 / 128)
    assert "wymaga, by do tego kroku doszło 31,2% z nich" in note
    assert after_lead_name(brief) == "umówione rozmowy"


def test_course_enrolments_are_not_priced_as_cheap_sign_ups() -> None:
    from adsage.advisor.strategy_notes import after_lead_note

    brief, nums = _numbers("07_szkola_jazdy_pl")
    assert nums.metric == "leads" and nums.cost_per_result == 25  # not the 15 zł sign-up
    note = _plain(after_lead_note(brief, nums) or "")
    assert "zapisy na kurs" in note and "ok. 180 leadów" in note and "33,3%" in note


def test_a_goal_beyond_every_lead_says_so() -> None:
    from adsage.advisor.strategy_notes import after_lead_note

    brief = load_brief(BRIEFS / "06_biuro_rachunkowe_pl.yaml")
    brief = brief.model_copy(update={"goal": "400 umówionych rozmów do 28 lutego 2027"})
    from adsage.advisor.plan import numbers_for
    from adsage.planning.numbers import choose_objective

    nums = numbers_for(brief, choose_objective(brief)[0])[3][0]
    note = _plain(after_lead_note(brief, nums) or "")
    assert "nawet gdyby każdy lead doszedł do tego kroku" in note
