"""The client's own target survives parsing: a year or a cost cap is never read as the
target, a count before a cost cap stays the count, and a result noun the advertiser uses
("signatures", "kalkulacji", "oglądań") keeps their number."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal.intent import offer_metric
from adsage.checks.goal.parse import parse_goal
from adsage.models.brief import Brief
from adsage.planning.numbers import choose_objective

TODAY = date(2026, 11, 30)


def _p(text: str):
    return parse_goal(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Zapełnić kalendarz na sezon 2027",
        "Fill the diary for the 2027 season",
        "Book the 2027/28 season",
    ],
)
def test_a_season_year_is_no_target(text: str) -> None:
    p = _p(text)
    assert p.target is None
    assert p.vague_time is not None and "2027" in p.vague_time


def test_count_before_a_cost_cap_is_the_target() -> None:
    p = _p(
        "60 new recurring cleaning customers in Dublin by end of April 2027, "
        "cost per booking under 35 EUR"
    )
    assert (p.metric, p.target, p.metric_text) == ("purchases", 60.0, "customers")
    assert [(c.metric, c.value, c.bound, c.currency) for c in p.constraints] == [
        ("cpa", 35.0, "max", "EUR")
    ]
    assert p.vague_terms == ()  # "customers" is what the 60 counts, not a vague outcome


def test_clients_under_a_cpl_cap_are_leads() -> None:
    p = _p("Win 40 new clients with CPL below 50 EUR by June 2027")
    assert (p.metric, p.target) == ("leads", 40.0)
    assert [(c.metric, c.value) for c in p.constraints] == [("cpl", 50.0)]


def test_a_cost_target_alone_stays_a_cost_target() -> None:
    p = _p("Keep CPC below 2 PLN across 3 ad sets")
    assert (p.metric, p.target) == ("cpc", 2.0)


def test_polish_calculations_under_cpl_cap() -> None:
    p = _p("500 wypełnionych kalkulacji w lutym 2027 przy CPL do 25 zł")
    assert (p.metric, p.target) == ("leads", 500.0)
    assert [(c.metric, c.value, c.currency) for c in p.constraints] == [("cpl", 25.0, "PLN")]


def test_polish_sign_up_cost_is_a_cap() -> None:
    p = _p("80 zapisów na lekcję próbną do 15 września 2027 przy koszcie zapisu poniżej 40 zł")
    assert (p.metric, p.target) == ("signups", 80.0)
    assert [(c.metric, c.value, c.bound) for c in p.constraints] == [("cpa", 40.0, "max")]


@pytest.mark.parametrize(
    ("text", "metric", "target"),
    [
        (
            "100,000 signatures before the parliamentary debate on 30 April 2027",
            "signatures",
            100000.0,
        ),
        ("50 umówionych oglądań mieszkań do końca maja 2027", "leads", 50.0),
        ("Zebrać 20 000 podpisów pod petycją do 30 kwietnia 2027", "signatures", 20000.0),
        ("200 quote requests by March 2027", "leads", 200.0),
    ],
)
def test_result_nouns_keep_the_clients_number(text: str, metric: str, target: float) -> None:
    p = _p(text)
    assert (p.metric, p.target) == (metric, target)


def test_cost_per_booking_is_a_cost() -> None:
    p = _p("Keep cost per booking under 35 EUR")
    assert (p.metric, p.target, p.direction) == ("cpa", 35.0, "decrease")


def test_offer_names_the_action() -> None:
    assert offer_metric("Bezpłatna konsultacja z lekarzem") == "leads"
    assert offer_metric("Sesja gratis przy rezerwacji terminu na sezon 2027") == "leads"
    assert offer_metric("", landing_url="https://x.example/wycena") == "leads"
    assert offer_metric("Half-price first pint on Thursdays") is None


def _brief(goal: str, offer: str, url: str) -> Brief:
    return Brief.model_validate(
        {
            "brand": "B",
            "product": "Usługa",
            "offer": offer,
            "landing_url": url,
            "language": "pl",
            "goal": goal,
            "budget": {"amount": 6000, "currency": "PLN", "type": "lifetime"},
            "schedule": {"start": "2027-03-01", "end": "2027-04-30"},
            "audience": {"locations": ["PL"]},
        }
    )


def test_vague_service_goal_is_planned_as_leads_from_the_offer() -> None:
    brief = _brief(
        "Zapełnić kalendarz na sezon 2027", "Sesja gratis", "https://x.example/konsultacja"
    )
    assert choose_objective(brief) == ("OUTCOME_LEADS", True)
    brief = _brief("Więcej pacjentek", "Bezpłatna konsultacja z lekarzem", "https://x.example/")
    assert choose_objective(brief) == ("OUTCOME_LEADS", True)


def test_awareness_words_are_not_overridden_by_the_offer() -> None:
    brief = _brief("Większa rozpoznawalność marki", "Bezpłatna konsultacja", "https://x.example/")
    assert choose_objective(brief) == ("OUTCOME_AWARENESS", True)
