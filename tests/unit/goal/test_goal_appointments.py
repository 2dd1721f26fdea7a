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
        ("Umówić 60 konsultacji implantologicznych w 6 tygodni", "pl", "leads"),
        ("Book 40 free consultations by 31 March 2027", "en", "leads"),
        # visits to a website stay traffic; a restaurant's table booking is a lead (a
        # booking the pixel reports), a paid room reservation stays a sale
        ("Zdobyć 3000 wizyt na stronie do 31 marca 2027", "pl", "traffic"),
        ("Get 40 table bookings by 31 March 2027", "en", "leads"),
        ("Get 40 hotel room reservations by 31 March 2027", "en", "purchases"),
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


@pytest.mark.parametrize(
    ("goal", "lang", "kept"),
    [
        ("Get 60 tastings booked in 6 weeks", "en", "Get 60 "),
        ("Zdobyć 60 degustacji w 6 tygodni", "pl", " 60 "),
    ],
)
def test_a_count_of_unknown_things_keeps_the_clients_number(
    goal: str, lang: str, kept: str
) -> None:
    """The rewrite named the metric but resized 60 into "220 qualified leads" from the budget;
    it must keep the client's target and change only what failed."""
    report = check_goal(
        goal,
        lang=lang,
        today=date(2027, 2, 1),
        start=date(2027, 2, 1),
        end=date(2027, 3, 14),
        objective="OUTCOME_LEADS",
        budget=4500,
        currency="GBP" if lang == "en" else "PLN",
    )
    assert report.rewrite and kept in report.rewrite, report.rewrite
