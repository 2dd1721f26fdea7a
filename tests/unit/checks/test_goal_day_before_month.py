"""A day number before a month name is the deadline's day, whatever noun comes before it.

"przed sesją 28 stycznia 2027" is due on the 28th: reading only "stycznia 2027" would move the
deadline to the month's end, fail the goal against a schedule ending on the 27th and rewrite it
as "28 do 27 stycznia".
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.parse import parse_goal

TODAY = date(2026, 11, 30)
SMOG = (
    "Zebrać 15 000 podpisów pod apelem do radnych i dotrzeć do 400 000 mieszkańców Krakowa "
    "przed sesją 28 stycznia 2027"
)


@pytest.mark.parametrize(
    "text",
    [
        SMOG,
        "Zebrać 500 podpisów na sesji 28 stycznia 2027",
        "Zebrać 500 podpisów przed głosowaniem 28 stycznia 2027",
        "Get 500 sign-ups before the vote on 28 January 2027",
        "Get 500 sign-ups before the council session on 28 January 2027",
        "Get 500 sign-ups before the session on January 28, 2027",
    ],
)
def test_day_before_month_is_kept(text: str) -> None:
    assert parse_goal(text, today=TODAY).deadline == date(2027, 1, 28)


def test_schedule_ending_the_day_before_passes_and_keeps_the_wording() -> None:
    r = check_goal(
        SMOG,
        budget=20000,
        currency="PLN",
        start=date(2027, 1, 4),
        end=date(2027, 1, 27),
        today=TODAY,
        objective="OUTCOME_AWARENESS",
    )
    assert r.parsed.deadline == date(2027, 1, 28)
    assert r.criteria["achievable"].state != "fail"
    assert "31 stycznia" not in r.criteria["time_bound"].reason
    assert r.rewrite is None or "28 do" not in r.rewrite


def test_a_month_naming_an_edition_is_still_no_deadline() -> None:
    assert parse_goal("Zapisać 150 osób na edycję z marca 2027", today=TODAY).deadline is None
