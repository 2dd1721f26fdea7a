"""A four-digit year next to a year word is a calendar year, never a count of years.

"w rozliczeniu za 2026 rok" (in the settlement for tax year 2026) once became a 2026-year window
ending in 4053, and "w roku 2027" a yearly rate. A deadline that far out is a misreading: the
goal then names no date of its own and the campaign's schedule stands in for it.
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.parse import parse_goal

TODAY = date(2026, 11, 30)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse_goal(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Zebrać 180 000 zł z 1,5% podatku w rozliczeniu za 2026 rok",
        "Zebrać 500 leadów za rok 2026",
        "Zebrać 500 leadów za 2026 r.",
        "Raise 20,000 GBP in Gift Aid claims for the 2026 tax year",
        "Get 300 leads for the year 2026",
    ],
)
def test_a_year_the_result_belongs_to_is_no_deadline(text: str) -> None:
    g = _p(text)
    assert g.deadline is None
    assert g.period_days is None
    assert g.period_kind is None
    assert g.target in {180_000, 500, 20_000, 300}  # the year is never the target either


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Zebrać 500 leadów w roku 2027", date(2027, 12, 31)),
        ("300 leadów w roku podatkowym 2027", date(2027, 12, 31)),
        ("Zebrać 500 leadów przed rokiem 2027", date(2026, 12, 31)),
        ("300 leadów do końca roku 2027", date(2027, 12, 31)),
        ("Get 300 leads in the year 2027", date(2027, 12, 31)),
        ("Get 300 leads by the end of the year 2027", date(2027, 12, 31)),
    ],
)
def test_a_year_after_a_year_word_ends_with_that_year(text: str, deadline: date) -> None:
    g = _p(text)
    assert (g.deadline, g.period_kind) == (deadline, "deadline")
    assert g.target in {300, 500}


@pytest.mark.parametrize(
    "text",
    ["Get 300 leads within 2026 years", "300 leadów w ciągu 2026 lat", "Get 300 leads by 2090"],
)
def test_a_deadline_decades_away_is_left_unparsed(text: str) -> None:
    g = _p(text)
    assert (g.deadline, g.period_days, g.target) == (None, None, 300)


def test_a_real_ten_year_window_is_still_read() -> None:
    assert _p("Get 300 leads within 2 years").deadline == date(2028, 11, 29)


def test_the_tax_year_goal_takes_the_schedule_not_4053() -> None:
    """The charity's 1.5% goal: no deadline of its own, so the campaign's end is used."""
    report = check_goal(
        "Zebrać 180 000 zł z 1,5% podatku w rozliczeniu za 2026 rok",
        budget=9000,
        currency="PLN",
        start=date(2027, 2, 15),
        end=date(2027, 4, 30),
        today=TODAY,
    )
    text = " ".join(c.reason for c in report.criteria.values())
    assert "4053" not in text and "739982" not in text
    assert report.criteria["time_bound"].passed
    assert "30 kwietnia 2027" in report.criteria["time_bound"].reason
    assert "rocznie" not in text
