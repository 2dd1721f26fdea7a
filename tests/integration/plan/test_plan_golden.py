"""Golden files pin one whole offline plan per language, as a reader sees it (Markdown).

Any change in structure, numbers, wording or citations shows up as a diff to review;
``UPDATE_GOLDEN=1 pytest tests/integration/plan/test_plan_golden.py`` rewrites them after a
reviewed change.  The calendar is pinned (``ADSAGE_TODAY``), because a plan judges its schedule against today.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

ROOT = Path(__file__).resolve().parents[3]
EXPECTED = Path(__file__).parent / "expected"


@pytest.mark.parametrize(
    ("name", "brief"), [("plan_en", "examples/brief.yaml"), ("plan_pl", "examples/brief.pl.yaml")]
)
def test_whole_plan_per_language(
    plan_settings, name: str, brief: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ADSAGE_TODAY", "2026-11-30")
    plan = build_plan(load_brief(ROOT / brief), settings=plan_settings)
    text = plan_markdown(plan)
    path = EXPECTED / f"{name}.md"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, "utf-8")
    assert path.exists(), f"{path} missing; run UPDATE_GOLDEN=1 pytest {__file__}"
    assert text == path.read_text("utf-8"), f"{name} changed; review, then UPDATE_GOLDEN=1"
    assert plan.copy_drafts and all(d.report.ok for d in plan.copy_drafts)


@pytest.mark.parametrize(
    ("brief", "heading"),
    [
        ("examples/brief.pl.yaml", "Wybór formatu zaczyna się od celu kampanii"),
        ("examples/brief.yaml", "Choosing a format from the campaign goal"),
    ],
)
def test_formats_cite_the_goal_led_choice(plan_settings, brief: str, heading: str) -> None:  # type: ignore[no-untyped-def]
    """The picks follow the campaign goal; a side section that only shares the word
    "Stories" (format by age) must not stand in for that guidance."""
    plan = build_plan(load_brief(ROOT / brief), settings=plan_settings)
    cited = {c.n: c.section for c in plan.citations}
    sections = {cited[n] for f in plan.formats for n in f.sources}
    assert heading in sections, sections
    assert "Dopasowanie formatu do wieku odbiorców" not in sections


def test_thin_job_brief_says_which_facts_to_add_in_every_rendering(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """No offer, no benefits: the copy section asks for pay, routes, bonus and schedule
    (Markdown and HTML alike) and the drafts still state none of them."""
    from adsage.render.plan_md import plan_html

    thin = ROOT / "evals" / "datasets" / "copy_briefs" / "trucking_thin_pl.yaml"
    plan = build_plan(load_brief(thin), settings=plan_settings)
    assert len(plan.copy_notes) == 1
    note = plan.copy_notes[0]
    for word in ("wynagrodzenie", "trasy", "premia", "system pracy"):
        assert word in note
    assert note in plan_markdown(plan) and note in plan_html(plan)
    drafts = " ".join(d.primary_text + d.headline + d.description for d in plan.copy_drafts)
    assert "zł" not in drafts and not any(c.isdigit() for c in drafts), drafts


def test_polish_plan_names_its_sources_in_polish_and_money_one_way(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """The SMART check and the budget notes leaked "adsage editorial estimate ..." into
    Polish plans and wrote "62,5 PLN" where the KPI table says "62,5 zł"."""
    import re

    plan = build_plan(load_brief(ROOT / "examples/brief.pl.yaml"), settings=plan_settings)
    text = plan_markdown(plan)
    for english in ("editorial", "estimate", "benchmark recorded", "plausibility"):
        assert english not in text, english
    assert not re.search(r"\d PLN\b", text), re.findall(r".{30}\d PLN\b", text)


def test_roas_plan_kpis_name_their_market_and_leave_no_cell_empty(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """A ROAS goal has no cost benchmark: its CTR note read "market benchmark - (-)" and
    KPIs without a target showed an empty cell."""
    from adsage.models.brief import load_brief_data

    data = {
        "brand": "Northline",
        "product": "Organic cotton basics",
        "offer": "20% off your first order",
        "landing_url": "https://northline.example/shop",
        "language": "en",
        "goal": "Reach a 4x ROAS on 30,000 USD spend in Q1 2027",
        "objective": "OUTCOME_SALES",
        "budget": {"amount": 30000, "currency": "USD", "type": "lifetime"},
        "schedule": {"start": "2027-01-05", "end": "2027-03-31"},
        "audience": {"locations": ["US"], "age": [22, 45]},
        "benefits": ["GOTS-certified organic cotton", "60-day returns"],
        "placements": ["feed", "stories"],
    }
    plan = build_plan(load_brief_data(data, "test"), settings=plan_settings)
    notes = [k.note for k in plan.objective.kpis]
    assert not any("- (-)" in n for n in notes), notes
    # named in the core (the JSON keeps the code in numbers.benchmark.market)
    assert any("United States market benchmark" in n for n in notes), notes
    assert not any(" US " in n for n in notes), notes
    rows = [line for line in plan_markdown(plan).splitlines() if line.startswith("| CPA")]
    assert rows and "|  |" not in rows[0], rows
