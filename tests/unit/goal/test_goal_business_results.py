"""Goal words are read as what the business counts: a plumber's calls, a lender's
applications, an open day's bookings are not online purchases, and "customers" names no
action at all (review 2, D3 and D5). The cost a cap is compared with is the goal's own
result's (D4)."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.planning.numbers import choose_objective
from adsage.rules.objectives import infer_objective, load_objectives

TODAY = date(2026, 11, 30)


def _plain(text: str) -> str:
    """Money is written with no-break spaces ("45\u00a0000\u00a0zł"); compare plain text."""
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("goal", "lang", "metric"),
    [
        ("Więcej telefonów od klientów", "pl", "calls"),
        ("200 połączeń od klientów do 28 lutego 2027", "pl", "calls"),
        ("Get 200 phone calls by 28 February 2027", "en", "calls"),
        ("3000 złożonych wniosków w styczniu 2027", "pl", "leads"),
        ("Zebrać 500 wniosków o pożyczkę do 31 stycznia 2027", "pl", "leads"),
        ("Get 3,000 loan applications in January 2027", "en", "leads"),
        ("600 open day bookings from prospective undergraduates", "en", "leads"),
        # "na dzień otwarty" is an open day, not "per day"
        ("300 rezerwacji na dzień otwarty do 12 marca 2027", "pl", "leads"),
        ("300 zapisów na dni otwarte do 12 marca 2027", "pl", "leads"),
        ("Book 80 test drives by 31 March 2027", "en", "leads"),
        ("40 rezerwacji jazd próbnych do 31 marca 2027", "pl", "leads"),
        # a paid subscription is bought; a newsletter subscriber signs up
        ("1,000 new subscriptions by 31 March 2027", "en", "purchases"),
        ("Get 500 newsletter subscribers by 31 March 2027", "en", "signups"),
        # a room or a ticket booked is still a sale
        ("Get 40 hotel room reservations by 31 March 2027", "en", "purchases"),
    ],
)
def test_the_goal_word_names_the_result_the_business_counts(
    goal: str, lang: str, metric: str
) -> None:
    assert check_goal(goal, lang=lang, today=TODAY).parsed.metric == metric


@pytest.mark.parametrize(
    ("goal", "lang"),
    [("More customers", "en"), ("Więcej klientów w nowym roku", "pl"), ("More clients", "en")],
)
def test_customers_name_no_action_and_point_to_leads(goal: str, lang: str) -> None:
    """A customer may call, book or buy: the goal is not specific, and the metric adsage
    proposes is a lead (a contact), never an online purchase."""
    report = check_goal(goal, lang=lang, today=TODAY)
    assert report.parsed.metric is None
    assert report.parsed.vague_hint == "leads"
    assert not report.criteria["specific"].passed


def test_calls_are_a_leads_goal_optimised_for_calls() -> None:
    from adsage.drafting.offline.facts import cta_for

    assert cta_for("OUTCOME_LEADS", "Pogotowie hydrauliczne", "calls") == "CALL_NOW"
    assert cta_for("OUTCOME_LEADS", "Webinar", "signups") == "SIGN_UP"
    assert infer_objective("calls") == "OUTCOME_LEADS"
    assert load_objectives().objectives["OUTCOME_LEADS"].goal_for("calls") == "QUALITY_CALL"
    assert load_objectives().objectives["OUTCOME_LEADS"].goal_for("leads") == "LEAD_GENERATION"


@pytest.mark.parametrize(
    ("goal", "lang", "objective"),
    [
        ("More customers", "en", "OUTCOME_LEADS"),
        ("Więcej klientów w nowym roku", "pl", "OUTCOME_LEADS"),
        ("Więcej telefonów od klientów", "pl", "OUTCOME_LEADS"),
        ("brand awareness", "en", "OUTCOME_AWARENESS"),
    ],
)
def test_a_brief_without_objective_follows_the_vague_words_hint(
    goal: str, lang: str, objective: str
) -> None:
    from adsage.models.brief import load_brief_data

    brief = load_brief_data(
        {
            "brand": "Northway",
            "product": "Used cars",
            "landing_url": "https://northway.example",
            "language": lang,
            "goal": goal,
            "budget": {"amount": 40, "currency": "GBP", "type": "daily"},
            "schedule": {"start": "2027-01-04", "end": "2027-03-31"},
            "audience": {"locations": ["GB"]},
        },
        "brief",
    )
    assert choose_objective(brief) == (objective, True)


@pytest.mark.parametrize(
    ("goal", "lang", "wanted"),
    [
        ("Więcej telefonów od klientów", "pl", "połączeń telefonicznych"),
        ("More customers", "en", "qualified leads"),
        ("Więcej klientów w nowym roku", "pl", "leadów"),
        ("More sales", "en", "purchases"),
        ("Więcej zamówień", "pl", "zamówie"),
    ],
)
def test_the_rewrite_names_the_result_and_invents_no_channel(
    goal: str, lang: str, wanted: str
) -> None:
    """No rewrite says "online" when the brief never did (a plumber's goal became "28
    zamówień online")."""
    report = check_goal(
        goal,
        lang=lang,
        today=TODAY,
        budget=1720,
        currency="PLN" if lang == "pl" else "GBP",
        start=date(2027, 1, 4),
        end=date(2027, 2, 28),
    )
    assert report.rewrite and wanted in report.rewrite, report.rewrite
    assert "online" not in report.rewrite


@pytest.mark.parametrize(
    ("goal", "lang", "budget", "currency", "market", "expected", "needed"),
    [
        # the loan plan: 45,000 PLN at 25 zł per lead buys 1,800 of 3,000 applications
        ("3000 złożonych wniosków w styczniu 2027", "pl", 45000, "PLN", "PL", "1 800", "75 000"),
        (
            "Get 3,000 loan applications in January 2027",
            "en",
            36000,
            "GBP",
            "UK",
            "1,800",
            "60,000",
        ),
    ],
)
def test_applications_are_checked_against_the_budget(
    goal: str,
    lang: str,
    budget: float,
    currency: str,
    market: str,
    expected: str,
    needed: str,
) -> None:
    report = check_goal(
        goal,
        lang=lang,
        today=TODAY,
        objective="OUTCOME_LEADS",
        budget=budget,
        currency=currency,
        market=market,
        start=date(2027, 1, 1),
        end=date(2027, 1, 31),
    )
    achievable = report.criteria["achievable"]
    assert achievable.checked and not achievable.passed, achievable
    assert expected in _plain(achievable.reason)
    assert any(needed in _plain(f.suggestion or "") for f in report.findings), report.findings


@pytest.mark.parametrize(
    ("goal", "lang", "currency", "market", "own", "other"),
    [
        (
            "1,000 sign-ups by 31 March 2027 at a cost per acquisition under 30 GBP",
            "en",
            "GBP",
            "UK",
            "GBP 12",
            "GBP 35",
        ),
        (
            "1000 rejestracji do 31 marca 2027 przy CPA poniżej 30 zł",
            "pl",
            "PLN",
            "PL",
            "to 15 zł)",
            "(60 zł)",
        ),
    ],
)
def test_a_cost_per_acquisition_cap_is_priced_as_the_goals_own_result(
    goal: str, lang: str, currency: str, market: str, own: str, other: str
) -> None:
    """The plan prices a sign-up at the sign-up benchmark; the cap's comparison must quote
    the same figure, not the purchase CPA (two benchmarks for one result in one plan)."""
    report = check_goal(
        goal,
        lang=lang,
        today=TODAY,
        objective="OUTCOME_SALES",
        budget=28350,
        currency=currency,
        market=market,
        start=date(2027, 1, 10),
        end=date(2027, 3, 31),
    )
    reason = _plain(report.criteria["achievable"].reason)
    assert own in reason and other not in reason, reason
