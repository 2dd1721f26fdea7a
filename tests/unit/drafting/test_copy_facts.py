"""A thin brief is told which facts would make its copy convincing, never given invented ones.

A driver job with no pay, routes or bonus can only get "Truck driver jobs. Apply today.";
the plan must say what to add (in the plan's language) instead of filling the gap itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from test_offline_copy import SNOWPEAK, brief_of, variant

from adsage.drafting.offline.categories import facts_to_add, load_categories

BRIEFS = Path(__file__).resolve().parents[3] / "evals" / "datasets" / "copy_briefs"
TRUCKS_PL: dict[str, Any] = yaml.safe_load((BRIEFS / "trucking_thin_pl.yaml").read_text("utf-8"))
TRUCKS_EN = variant(
    TRUCKS_PL,
    language="en",
    product="Truck driver jobs",
    goal="80 driver applications by 31 March 2027",
)


def test_thin_job_brief_is_asked_for_pay_routes_bonus_and_schedule_in_polish() -> None:
    asks = facts_to_add(brief_of(TRUCKS_PL), "OUTCOME_LEADS", "pl")
    text = " ".join(asks)
    for word in ("wynagrodzenie", "trasy", "premia", "system pracy"):
        assert word in text, asks


def test_thin_job_brief_is_asked_in_english() -> None:
    text = " ".join(facts_to_add(brief_of(TRUCKS_EN), "OUTCOME_LEADS", "en"))
    for word in ("pay", "routes", "bonus", "schedule"):
        assert word in text, text


def test_a_fact_the_brief_gives_is_not_asked_for() -> None:
    data = variant(TRUCKS_PL, benefits=["Wynagrodzenie 9000 zł netto"])
    asks = " ".join(facts_to_add(brief_of(data), "OUTCOME_LEADS", "pl"))
    assert "wynagrodzenie" not in asks and "trasy" in asks


def test_a_full_brief_gets_no_request() -> None:
    assert facts_to_add(brief_of(SNOWPEAK), "OUTCOME_SALES", "en") == []


def test_every_category_lists_facts_in_both_languages() -> None:
    for cat in load_categories():
        assert cat.copy_facts, cat.id
        for fact in cat.copy_facts:
            assert fact.en and fact.pl and all(isinstance(w, str) and w for w in fact.words)
