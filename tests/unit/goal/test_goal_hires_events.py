"""Hires and an event's attendance are results Ads Manager does not count itself.

A hire ("Zatrudnić 25 pielęgniarek", "hire 12 electricians") is a step after the application,
which is the lead: the SMART check names hires and never calls the count a number that counts
nothing. People coming to an event read as responses to the Facebook event, never as reach."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.lexicon import load_lexicon
from adsage.checks.goal.parse import analyse

TODAY = date(2027, 5, 1)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("goal", "lang", "target"),
    [
        ("Zatrudnić 25 pielęgniarek do końca sierpnia 2027", "pl", 25),
        ("Zatrudnienie 25 pielęgniarek do końca sierpnia 2027", "pl", 25),
        ("Hire 12 electricians by 31 August 2027", "en", 12),
        ("Recruit 12 electricians by 31 August 2027", "en", 12),
        ("25 new hires by 31 August 2027", "en", 25),
    ],
)
def test_a_hire_count_is_a_step_after_the_lead(goal: str, lang: str, target: int) -> None:
    p = analyse(goal, today=TODAY, lang=lang)
    assert (p.metric, p.target, p.count_text) == ("leads", target, None), p
    found = load_lexicon().step_in(goal, lang)
    assert found is not None and found[0] == "hires"


def test_candidates_recruited_are_leads_not_hires() -> None:
    goal = "Recruit 200 candidates by 31 August 2027"
    assert analyse(goal, today=TODAY).metric == "leads"
    assert load_lexicon().step_in(goal, "en") is None


def test_the_nurse_goal_names_hires_and_no_unmapped_number() -> None:
    report = check_goal(
        "Zatrudnić 25 pielęgniarek do końca sierpnia 2027",
        lang="pl",
        today=TODAY,
        objective="OUTCOME_LEADS",
        budget=7000,
        currency="PLN",
        market="PL",
        start=date(2027, 6, 1),
        end=date(2027, 8, 31),
    )
    spec = _plain(report.criteria["specific"].reason)
    meas = _plain(report.criteria["measurable"].reason)
    assert "zatrudnienia" in spec and "nie mówi" not in spec and "nie umie" not in spec
    assert "po leadzie" in meas
    assert report.criteria["specific"].state == "pass"
    # 25 leads for 25 hires is never proposed: no rewrite of a goal that stands
    assert report.rewrite is None


@pytest.mark.parametrize(
    ("goal", "target"),
    [
        ("Get lots of people to come to our anniversary party", None),
        ("Get 500 people to come to our anniversary party", 500),
        ("Chcemy, żeby 300 osób przyszło na naszą imprezę", 300),
    ],
)
def test_coming_to_an_event_is_event_responses(goal: str, target: int | None) -> None:
    p = analyse(goal, today=TODAY)
    assert (p.metric, p.target) == ("event_responses", target), p


@pytest.mark.parametrize(
    "goal", ["Get people to come to our shop", "Reach 50,000 people in Portland by June 2027"]
)
def test_coming_without_an_event_is_not_an_event(goal: str) -> None:
    assert analyse(goal, today=TODAY).metric != "event_responses"


def test_the_party_goal_is_not_rewritten_to_reach() -> None:
    report = check_goal(
        "Get lots of people to come to our anniversary party",
        lang="en",
        today=date(2027, 7, 1),
        objective="OUTCOME_ENGAGEMENT",
        budget=1040,
        currency="USD",
        market="US",
        start=date(2027, 7, 20),
        end=date(2027, 8, 14),
    )
    assert report.criteria["relevant"].state == "pass"
    assert "event responses" in report.criteria["specific"].reason
    assert not report.rewrite or "Reach" not in report.rewrite


def test_tickets_to_an_event_stay_purchases() -> None:
    p = analyse("Sell 500 tickets for people to attend our festival by June 2027", today=TODAY)
    assert (p.metric, p.target) == ("purchases", 500)
