"""A Sales goal with a minimum ROAS for one product sold at one price.

Every purchase is then worth the same, so value optimisation has nothing to rank: the plan
optimises for purchases with a cost per result goal of price / ROAS, keeps the ROAS KPI, and
the Markdown, the JSON and the bulk sheet carry the one cap. A catalogue keeps value
optimisation with the ROAS floor. The A/B test ad set of a Sales campaign optimises for the
main ad sets' conversion event; its CTR is read from the report.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from adsage.export import sidecar_path, write_csv
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

DATA = Path(__file__).resolve().parents[2] / "data"
EXCEL = DATA / "review6_briefs" / "07_excel_pl.yaml"
JEWELLERY = DATA / "review3_briefs" / "02_jewellery_en.yaml"
EN_UPDATE = {
    "language": "en",
    "product": "Online Excel course from basics to pivot tables and Power Query",
    "offer": "£49 instead of £79 until 30 September 2027, lifetime access and a certificate",
    "goal": "400 course sales in September 2027 at a ROAS of at least 2.5",
    "budget": {"amount": 250, "currency": "GBP", "type": "daily"},
    "audience": {"locations": ["GB"], "age": [22, 45]},
    "benefits": ["62 video lessons with practice files"],
    "tone": "concrete",
}


class _NoKnowledge:
    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from adsage.config import load_settings

    return load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")


def _plan(settings: Any, brief: Any) -> Any:
    from adsage.advisor.plan import build_plan

    return build_plan(brief, settings=settings, searcher=_NoKnowledge())


def _excel_en() -> Any:
    from adsage.models.brief import Brief

    data = load_brief(EXCEL).model_dump()
    data.update(EN_UPDATE)
    return Brief.model_validate(data)


def _rows(plan: Any, tmp_path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    import csv

    sheet = plan_sheet(plan)
    path = tmp_path / "plan.csv"
    write_csv(sheet.rows, path, sheet.notes)
    read = [path, sidecar_path(path)]
    return tuple(  # type: ignore[return-value]
        list(csv.DictReader(p.open(encoding="utf-8-sig", newline=""))) for p in read
    )


@pytest.mark.parametrize(
    ("which", "cap", "cap_text", "rounded", "price_text"),
    [
        ("pl", 118.8, "118,80 zł", "119 zł", "297 zł"),
        ("en", 19.6, "GBP 19.60", "GBP 20 ", "GBP 49"),
    ],
)
def test_one_price_optimises_for_purchases_with_price_over_roas(
    settings: Any,
    tmp_path: Path,
    which: str,
    cap: float,
    cap_text: str,
    rounded: str,
    price_text: str,
) -> None:
    brief = load_brief(EXCEL) if which == "pl" else _excel_en()
    plan = _plan(settings, brief)
    obj = plan.objective
    assert obj.optimization_goal == "OFFSITE_CONVERSIONS"
    assert obj.bid_strategy == plan.budget.bid_strategy == "COST_CAP"
    assert plan.bid_amount() == cap
    # the ROAS KPI stays, as the goal sets it
    assert [(k.target, k.unit) for k in obj.kpis if k.name == "ROAS"] == [(2.5, "x")]
    # one sentence says why, with the price and the floor it divides
    assert f"({price_text} / 2" in obj.reason.replace("\u00a0", " ")
    md = plan_markdown(plan).replace("\u00a0", " ")
    assert "VALUE" not in md and "LOWEST_COST_WITH_MIN_ROAS" not in md
    # the cap is written to the cent wherever it stands, never rounded another way
    assert f"{cap_text} (COST_CAP)" in md and rounded not in md
    data = json.loads(json.dumps(plan.to_json_dict()))
    assert data["numbers"]["roas_cost_cap"] == cap
    assert data["objective"]["optimization_goal"] == "OFFSITE_CONVERSIONS"
    rows, _ = _rows(plan, tmp_path)
    main = [r for r in rows if "A/B" not in r["Ad Set Name"]]
    assert main and {r["Ad Set Bid Strategy"] for r in main} == {"Cost per result goal"}
    assert {r["Bid Amount"] for r in main} == {f"{cap:.2f}"}
    assert {r["Minimum ROAS"] for r in main} == {""}
    assert {r["Optimization Goal"] for r in rows} == {"OFFSITE_CONVERSIONS"}


def test_the_goal_check_says_what_the_count_at_that_price_returns(settings: Any) -> None:
    plan = _plan(settings, load_brief(EXCEL))
    reason = plan.goal.criteria["achievable"]["reason"].replace("\u00a0", " ")
    # 400 x 297 zł = 118 800 zł from 45 000 zł: ROAS 2.64, at least the 2.5 asked
    assert "400 × 297 zł = 118 800 zł" in reason and "ROAS 2,64" in reason
    assert plan.goal.criteria["achievable"]["state"] == "pass"


def test_a_count_whose_revenue_misses_the_floor_is_a_warning(settings: Any) -> None:
    brief = load_brief(EXCEL).model_copy(
        update={"goal": "300 sprzedaży kursu we wrześniu 2027 przy ROAS co najmniej 2,5"}
    )
    plan = _plan(settings, brief)
    reason = plan.goal.criteria["achievable"]["reason"].replace("\u00a0", " ")
    assert "300 × 297 zł = 89 100 zł" in reason and "ROAS 1,98" in reason
    found = [f for f in plan.goal.findings if "89 100" in f["message"].replace("\u00a0", " ")]
    assert found and all(f["severity"] == "warning" for f in found)


def test_a_catalogue_keeps_value_optimisation_with_its_floor(settings: Any) -> None:
    plan = _plan(settings, load_brief(JEWELLERY))
    assert plan.objective.optimization_goal == "VALUE"
    assert plan.budget.bid_strategy == "LOWEST_COST_WITH_MIN_ROAS"
    assert plan.numbers.roas_cost_cap is None


def test_a_price_range_keeps_value_optimisation(settings: Any) -> None:
    brief = load_brief(EXCEL).model_copy(update={"offer": "Kursy od 197 zł do 497 zł"})
    plan = _plan(settings, brief)
    assert plan.objective.optimization_goal == "VALUE"
    assert plan.budget.bid_strategy == "LOWEST_COST_WITH_MIN_ROAS"
    assert "118,80" not in plan_markdown(plan)


@pytest.mark.parametrize(("path", "goal"), [(EXCEL, "OFFSITE_CONVERSIONS"), (JEWELLERY, "VALUE")])
def test_a_sales_test_ad_set_optimises_for_the_main_event(
    settings: Any, tmp_path: Path, path: Path, goal: str
) -> None:
    plan = _plan(settings, load_brief(path))
    assert plan.ab_test.planned and plan.ab_test.metric == "ctr"
    rows, notes = _rows(plan, tmp_path)
    test = [r for r in rows if "A/B" in r["Ad Set Name"]]
    assert test and {r["Optimization Goal"] for r in test} == {goal}
    # no cap or floor on the test: its arms spend evenly
    assert {(r["Bid Amount"], r["Minimum ROAS"]) for r in test} == {("", "")}
    hand = {n["Ad Name"]: n["Set Up By Hand"] for n in notes}
    for r in test:
        assert goal in hand[r["Ad Name"]] and "LINK_CLICKS" not in hand[r["Ad Name"]]
    said = " ".join(plan.ab_test.warnings)
    assert f"({goal})" in said and ("guidance" in said or "wytyczne" in said)


def test_a_floor_tighter_than_the_market_cost_is_a_warning(settings: Any) -> None:
    # GBP 49 at a ROAS of 2.5 allows GBP 19.60 a purchase; the UK estimate is about GBP 35
    plan = _plan(settings, _excel_en())
    said = [(f["message"].replace("\u00a0", " "), f["severity"]) for f in plan.goal.findings]
    found = [level for text, level in said if "GBP 19.60 per purchase" in text]
    assert found == ["warning"]
    # the Polish brief's cap (118,80 zł) is above the market's typical cost: no such warning
    pl = _plan(settings, load_brief(EXCEL))
    assert not [f for f in pl.goal.findings if "za zakup" in f["message"]]
