"""A cost clause on a result ("cost per lead below 25 GBP", "under 40 GBP each", "at under 25
GBP per assessment", "maks. 60 zł za lead") caps the cost of that result: the goal's count
stays its target, and the cap is kept as a constraint, however the client words it. A price
("at 25 EUR each" with no cap word) is no cap."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal.parse import analyse

TODAY = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("goal", "target", "cap", "currency"),
    [
        # review6 01: the unfamiliar noun's count stays the target, the CPL is the cap
        (
            "Book 120 initial assessments by 31 May 2027 at a cost per lead below 25 GBP",
            120,
            25,
            "GBP",
        ),
        (
            "Book 120 initial assessments by 31 May 2027 at under 25 GBP per assessment",
            120,
            25,
            "GBP",
        ),
        # a noun the lexicon does not know, capped by a cost it does
        (
            "Book 120 initial consults by 31 May 2027 at a cost per lead below 25 GBP",
            120,
            25,
            "GBP",
        ),
        # review6 03: "each" prices the goal's own result
        (
            "Generate 200 mortgage enquiries at under 40 GBP each, with at least 30 becoming "
            "full applications, by 30 September 2027",
            200,
            40,
            "GBP",
        ),
        ("Get 200 leads at no more than 40 GBP each by June 2027", 200, 40, "GBP"),
        ("Pozyskać 200 leadów po maks. 40 zł za każdy do czerwca 2027", 200, 40, "PLN"),
    ],
)
def test_a_cost_clause_caps_the_result_and_keeps_the_count(
    goal: str, target: int, cap: float, currency: str
) -> None:
    p = analyse(goal, today=TODAY)
    assert (p.metric, p.target, p.target_kind) == ("leads", target, "absolute"), p
    caps = [c for c in p.constraints if c.bound == "max"]
    assert [(c.metric, c.value, c.currency) for c in caps] == [("cpl", cap, currency)], p


def test_a_price_each_is_no_cap() -> None:
    p = analyse("Sell 300 boxes at 25 EUR each by June 2027", today=TODAY)
    assert p.metric == "purchases" and p.target == 300
    assert p.constraints == ()


def test_a_cap_with_no_count_still_caps() -> None:
    p = analyse("Chcemy dużo leadów na audyty, maks. 60 zł za lead, do końca czerwca", today=TODAY)
    assert p.metric == "leads" and p.target is None
    assert [(c.metric, c.value, c.bound) for c in p.constraints] == [("cpl", 60, "max")]
