"""A plan is priced where its ads run: the first targeted country's market row, in the budget's
currency. A GB brief with a EUR budget reads the UK row converted to EUR (and says so, with the
rate), every caller of the goal check gets that same row, and a country with no row of its own
is named with the row that stands in for it."""

from __future__ import annotations

import re
from typing import Any

import pytest

from adsage.advisor.budget_notes import market_notes
from adsage.checks.goal import check_goal
from adsage.checks.inputs import goal_inputs
from adsage.planning.numbers import choose_objective, plan_numbers
from adsage.rules.objectives import load_benchmarks


def _gb(
    ebike: Any, lang: str = "en", currency: str = "EUR", countries: tuple[str, ...] = ("GB",)
) -> Any:
    return ebike(
        language=lang,
        goal="Get 300 orders by 30 April 2027",
        budget={"amount": 6000, "currency": currency, "type": "lifetime"},
        audience={"locations": list(countries)},
    )


def _nums(brief: Any) -> Any:
    objective, _ = choose_objective(brief)
    return plan_numbers(brief, objective, "purchases")[0]


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("currency", ["EUR", "GBP"])
def test_goal_check_inputs_price_a_gb_brief_with_the_uk_row(ebike: Any, currency: str) -> None:
    brief = _gb(ebike, currency=currency)
    inputs = goal_inputs(brief)
    assert inputs["market"] == "UK"
    nums = _nums(brief)
    assert nums.benchmark is not None and nums.benchmark.market == "UK"
    # chat, Slack and `check plan` judge the goal on the plan's own cost, not the EU row's
    reason = _plain(check_goal(brief.goal, **inputs).criteria["achievable"].reason)
    shown = f"{currency} {nums.cost_per_result:,.2f}".replace(".00", "")
    assert shown in reason
    eu = load_benchmarks().entry("EU", "OUTCOME_SALES", "cpa")
    assert eu is not None and nums.cost_per_result != pytest.approx(eu.figure.typical)


def test_a_converted_row_says_its_own_currency_and_rate(ebike: Any) -> None:
    brief = _gb(ebike)
    nums = _nums(brief)
    notes = _plain(" ".join(market_notes(brief, nums)))
    uk = load_benchmarks().entry("UK", "OUTCOME_SALES", "cpa")
    assert uk is not None and uk.currency == "GBP"
    m = re.search(
        r"typical GBP ([\d.]+) per result is shown here as EUR ([\d.]+), "
        r"converted at GBP 1 = EUR ([\d.]+)",
        notes,
    )
    assert m is not None, notes
    orig, shown, rate = (float(g) for g in m.groups())
    assert orig == uk.figure.typical and shown == pytest.approx(nums.cost_per_result, abs=0.01)
    assert orig * rate == pytest.approx(shown, abs=0.01)
    assert "No benchmark for" not in notes


def test_a_budget_in_the_rows_currency_needs_no_conversion_note(ebike: Any) -> None:
    brief = _gb(ebike, currency="GBP")
    assert market_notes(brief, _nums(brief)) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "No benchmark for Canada is on file: costs here use the United States row"),
        (
            "pl",
            "Brak benchmarku dla kraju Kanada: koszty w planie pochodzą zastępczo z benchmarku rynkowego (Stany Zjednoczone)",
        ),
    ],
)
def test_a_country_without_a_row_is_named_with_its_stand_in(
    ebike: Any, lang: str, words: str
) -> None:
    brief = _gb(ebike, lang=lang, currency="USD", countries=("CA",))
    nums = _nums(brief)
    assert nums.benchmark is not None and nums.benchmark.market == "US"
    assert words in _plain(" ".join(market_notes(brief, nums)))


def test_polish_conversion_note(ebike: Any) -> None:
    brief = _gb(ebike, lang="pl")
    text = _plain(" ".join(market_notes(brief, _nums(brief))))
    assert "Benchmark rynkowy (Wielka Brytania) podano w GBP: typowy koszt wyniku 35 GBP" in text
    assert "po kursie 1 GBP = 1,1467 €" in text and "niepotwierdzone" in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Costs here use the United Kingdom benchmark (the first country, United Kingdom)"),
        ("pl", "Koszty w planie pochodzą z benchmarku rynkowego (Wielka Brytania; pierwszy kraj"),
    ],
)
def test_a_mixed_market_note_names_the_row_not_its_code(ebike: Any, lang: str, words: str) -> None:
    from adsage.advisor.strategy_notes import benchmark_note

    brief = _gb(ebike, lang=lang, countries=("GB", "IE"))
    note = _plain(benchmark_note(brief, _nums(brief)) or "")
    assert words in note and " UK " not in note
