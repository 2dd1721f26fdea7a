"""Booked appointments are leads: a clinic's goal must not read as website visits or sales."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal


@pytest.mark.parametrize(
    ("goal", "lang", "metric"),
    [
        ("150 umówionych wizyt do 31 marca 2027", "pl", "leads"),
        ("Zdobyć 120 zapisów na wizytę do 31 marca 2027", "pl", "leads"),
        ("Get 150 booked appointments by 31 March 2027", "en", "leads"),
        ("Get 150 appointments by 31 March 2027", "en", "leads"),
        # visits to a website stay traffic, table bookings stay sales
        ("Zdobyć 3000 wizyt na stronie do 31 marca 2027", "pl", "traffic"),
        ("Get 40 table bookings by 31 March 2027", "en", "purchases"),
    ],
)
def test_appointments_are_leads(goal: str, lang: str, metric: str) -> None:
    report = check_goal(goal, lang=lang, today=date(2027, 1, 10))
    assert report.parsed.metric == metric


def test_a_clinic_goal_fits_the_leads_objective() -> None:
    report = check_goal(
        "150 umówionych wizyt do 31 marca 2027",
        lang="pl",
        today=date(2027, 1, 10),
        objective="OUTCOME_LEADS",
    )
    relevant = report.criteria["relevant"]
    assert relevant.checked and relevant.passed, relevant
