"""A goal that names no time is bounded by the schedule's end when the brief has one: the
time-bound criterion passes and says the deadline came from the schedule (an app brief that
runs to 15 March read "fail: no deadline" while its schedule ended that day)."""

from __future__ import annotations

from datetime import date

from adsage.checks.goal import check_goal

START, END = date(2027, 2, 1), date(2027, 3, 15)
CTX = {
    "objective": "OUTCOME_APP_PROMOTION",
    "budget": 30000.0,
    "currency": "USD",
    "start": START,
    "today": date(2027, 1, 10),
}
GOAL = "20,000 installs in the US and Canada at under 1.50 USD per install"


def test_the_schedules_end_is_the_implicit_deadline() -> None:
    report = check_goal(GOAL, **CTX, end=END, lang="en")  # type: ignore[arg-type]
    tb = report.criteria["time_bound"]
    assert tb.state == "pass"
    assert "15 March 2027" in tb.reason and "schedule" in tb.reason
    assert "43 days" in tb.reason  # 1 February to 15 March, both days counted
    assert not any(f.rule == "goal.time_bound" for f in report.findings)


def test_polish_names_the_schedule_too() -> None:
    goal = "20 000 instalacji w USA i Kanadzie"
    report = check_goal(goal, **CTX, end=END, lang="pl")  # type: ignore[arg-type]
    tb = report.criteria["time_bound"]
    assert tb.state == "pass" and "harmonogramu" in tb.reason and "15 marca 2027" in tb.reason


def test_without_a_schedule_end_a_goal_with_no_time_still_fails() -> None:
    report = check_goal(GOAL, **CTX, lang="en")  # type: ignore[arg-type]
    assert report.criteria["time_bound"].state == "fail"


def test_a_vague_time_word_is_not_replaced_by_the_schedule() -> None:
    report = check_goal("Zapełnić kalendarz na sezon 2027", **CTX, end=END, lang="pl")  # type: ignore[arg-type]
    tb = report.criteria["time_bound"]
    assert tb.state == "fail" and "sezon 2027" in tb.reason
