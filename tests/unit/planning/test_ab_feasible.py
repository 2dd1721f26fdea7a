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
    from adsage.planning.numbers import ab_numbers, figures

    brief = _jobs()
    fig = figures(brief, "OUTCOME_LEADS", "leads")
    # the split's 20% test line of USD 4,000, spent within the test's 30 days
    ab = ab_numbers(brief, "OUTCOME_LEADS", fig, 800.0, brief.days)
    assert ab.metric == "ctr" and not ab.fits
    assert ab.result_metric_days is not None and ab.days_needed is not None
    assert ab.days_needed < ab.result_metric_days  # closer to a readable result


def test_a_test_that_cannot_finish_is_not_planned_and_keeps_the_main_line_whole() -> None:
    """A test line that cannot reach its sample in its window would cut the main ad set for
    a result that never comes: the plan drops it, as it does when the budget carries one ad
    set, and the main line keeps the test's share."""
    nums, lines = plan_numbers(_jobs(), "OUTCOME_LEADS", "leads")
    assert [ln.key for ln in lines] == ["prospecting"] and lines[0].share == 1.0
    dropped = [(d.key, d.reason) for d in nums.dropped_lines]
    assert ("testing", "no_sample") in dropped
    assert nums.ab.reserved == 0.0 and nums.ab.test_spend == 0.0
    # the learning estimate counts the whole budget in the only ad set
    assert nums.learning_events_per_week == nums.results_per_week


def test_a_test_that_can_finish_keeps_its_line() -> None:
    nums, lines = plan_numbers(
        _jobs(budget={"amount": 12000, "currency": "USD", "type": "lifetime"}),
        "OUTCOME_LEADS",
        "leads",
    )
    assert "testing" in [ln.key for ln in lines] and nums.ab.fits
    assert not any(d.reason == "no_sample" for d in nums.dropped_lines)


def _advice(brief: Any) -> str:
    nums, lines = plan_numbers(brief, "OUTCOME_LEADS", "leads")
    ads: list[dict[str, object]] = [{"headline": "Home every weekend"}, {"headline": "Bonus"}]
    ab = ab_section(
        brief,
        nums,
        ads,
        reserved=nums.total * 0.2,
        single_ad_set=len(lines) == 1,
        main_key=lines[0].key,
    )
    return " ".join([ab.verdict, *ab.warnings]).replace("\xa0", " ")


def test_the_plan_says_why_no_test_and_what_one_would_need() -> None:
    text = _advice(_jobs())
    # USD 4,000 over 56 days is USD 71.43 a day; the CTR test needs USD 53.97 a day for 30
    # days, more than a test line beside Prospecting can take: no test, and no advice to
    # "raise the test budget" of a test the plan does not run
    assert "No A/B test in this plan" in text
    assert "needs about USD 1,619 within 30 days (USD 53.97 a day)" in text
    assert "beside Prospecting" in text
    assert "raise the test budget" not in text and "reserved for it" not in text


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
