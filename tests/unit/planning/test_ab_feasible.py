"""When a small budget cannot read the result metric in time, the plan tests the metric that
gets closest, and never asks for more a day than the whole campaign spends."""

from __future__ import annotations

from typing import Any

from adsage.advisor.ab_section import ab_section
from adsage.models.brief import load_brief_data
from adsage.planning.numbers import plan_numbers


def _jobs(**over: Any) -> Any:
    data: dict[str, Any] = {
        "brand": "Northline Freight",
        "product": "Regional CDL-A truck driver jobs",
        "language": "en",
        "landing_url": "https://northline.example/apply",
        "goal": "Get 80 driver applications by 31 January 2027",
        "objective": "OUTCOME_LEADS",
        "budget": {"amount": 4000, "currency": "USD", "type": "lifetime"},
        "schedule": {"start": "2026-12-07", "end": "2027-01-31"},
        "audience": {"locations": ["US"], "age": [23, 60]},
        "benefits": ["Home every weekend", "No-touch freight"],
        "offer": "$2,500 sign-on bonus",
        "special_ad_category": "EMPLOYMENT",
    }
    data.update(over)
    return load_brief_data(data, "brief")


def test_neither_fits_the_cheaper_ctr_test_is_chosen() -> None:
    nums, _ = plan_numbers(_jobs(), "OUTCOME_LEADS", "leads")
    ab = nums.ab
    assert ab.metric == "ctr" and not ab.fits
    assert ab.result_metric_days is not None and ab.days_needed is not None
    assert ab.days_needed < ab.result_metric_days  # closer to a readable result


def _advice(brief: Any) -> str:
    nums, _ = plan_numbers(brief, "OUTCOME_LEADS", "leads")
    ads: list[dict[str, object]] = [{"headline": "Home every weekend"}, {"headline": "Bonus"}]
    ab = ab_section(brief, nums, ads, reserved=nums.total * 0.2, single_ad_set=False)
    return " ".join([ab.verdict, *ab.warnings]).replace("\xa0", " ")


def test_the_test_budget_asked_for_stays_within_the_campaign() -> None:
    text = _advice(_jobs())
    # USD 4,000 over 56 days is USD 71.43 a day; the CTR test needs less than that
    assert "raise the test budget to about USD 53.97 a day" in text
    # the test line is spent within its 30 days (USD 26.67 a day), not over all 56
    assert "61 days at USD 26.67 a day of the USD 800 reserved" in text
    assert "A test judged on results per click would need 832 days" in text


def test_beyond_the_whole_budget_the_plan_says_so_instead() -> None:
    text = _advice(_jobs(budget={"amount": 600, "currency": "USD", "type": "lifetime"}))
    assert "raise the test budget" not in text
    # the test costs more than the whole campaign: no test is planned, and the plan says so
    assert "No A/B test at this budget" in text
    assert "more than the whole campaign's USD 600" in text


def test_polish_wording_of_the_same_advice() -> None:
    text = _advice(
        _jobs(language="pl", budget={"amount": 600, "currency": "USD", "type": "lifetime"})
    )
    assert "Bez testu A/B przy tym budżecie" in text and "zwiększ budżet testu" not in text
