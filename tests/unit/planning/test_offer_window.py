"""A test that compares an ad naming the offer's end runs only while the offer does."""

from __future__ import annotations

from typing import Any

from adsage.planning.numbers import offer_days, plan_numbers

OFFER = "Free accessories pack with preorders until 15 April 2027"


def test_offer_days_only_for_a_tested_deadline_or_offer(ebike: Any) -> None:
    brief = ebike(offer=OFFER)  # flight 15 March - 30 April (47 days)
    assert offer_days(brief, ["Folds in 10 seconds", "Offer ends 15 April 2027"]) == 32
    assert offer_days(brief, ["Folds in 10 seconds", "Free accessories pack with preorders"]) == 32
    assert offer_days(brief, ["Folds in 10 seconds", "70 km range"]) is None
    # an offer that runs to the flight's end does not shorten anything
    assert offer_days(ebike(offer="Free pack until 30 April 2027"), ["Offer ends 30 April"]) is None
    # the rota "3/1" is no deadline
    assert offer_days(ebike(offer="System 3/1"), ["System 3/1"]) is None


def test_the_test_window_stops_at_the_offers_end(ebike: Any) -> None:
    brief = ebike(offer=OFFER, schedule={"start": "2027-03-15", "end": "2027-05-31"})
    free, _ = plan_numbers(brief, "OUTCOME_SALES", "purchases")
    cut, _ = plan_numbers(brief, "OUTCOME_SALES", "purchases", offer_days=32)
    assert free.ab.available_days == 30 and free.ab.offer_days is None
    assert cut.ab.offer_days == 32 and cut.ab.available_days <= 30
    assert cut.ab.duration_days <= 32
    short = ebike(offer=OFFER, budget={"amount": 3000, "currency": "EUR", "type": "lifetime"})
    nums, _ = plan_numbers(short, "OUTCOME_SALES", "purchases", offer_days=10)
    assert nums.ab.available_days <= 10 and nums.ab.duration_days <= 10
