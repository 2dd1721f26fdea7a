"""The SMART table of a plan whose goal Ads Manager does not count itself agrees with the
plan's KPI rows and notes: a booked call or an enrolment is named as the client names it and
measured after the lead; a tax allocation is money the ad account never sees, with the page
views to measure instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"


def _smart_rows(md: str) -> dict[str, str]:
    table = md.split("| SMART |", 1)[1].split("\n\n", 1)[0]
    rows = [r.strip("|").split("|") for r in table.splitlines()[2:]]
    return {name.strip(): cell.strip() for name, cell in rows}


@pytest.mark.parametrize(
    ("name", "step", "rate"),
    [
        ("06_biuro_rachunkowe_pl", "umówione rozmowy", "31,2%"),
        ("07_szkola_jazdy_pl", "zapisy na kurs", "33,3%"),
    ],
)
def test_the_smart_table_names_the_step_the_kpi_row_names(
    plan_settings: Any, name: str, step: str, rate: str
) -> None:
    plan = build_plan(load_brief(BRIEFS / f"{name}.yaml"), settings=plan_settings)
    rows = _smart_rows(plan_markdown(plan))
    assert plan.objective.kpis[0].name == step
    assert step in rows["konkretny"] and "po leadzie" in rows["konkretny"]
    assert "(leady)" not in rows["konkretny"] + rows["mierzalny"]
    assert step in rows["mierzalny"]
    # the share of leads the goal needs is the one the plan's after-lead note gives
    assert rate in rows["osiągalny"]
    # after the verdict's colon the sentence goes on in lower case (an acronym stays)
    after = [cell.split(": ", 1)[1] for cell in rows.values() if ": " in cell]
    assert not [c for c in after if c[:1].isupper() and c[1:2].islower()]


def test_a_tax_allocation_is_said_to_be_unseen_by_ads_manager(plan_settings: Any) -> None:
    plan = build_plan(load_brief(BRIEFS / "08_opp_pl.yaml"), settings=plan_settings)
    rows = _smart_rows(plan_markdown(plan))
    assert "Menedżer reklam nie zmierzy" in rows["konkretny"]
    assert "po rozliczeniu roku podatkowego" in rows["konkretny"]
    assert "wyświetlenia strony docelowej" in rows["mierzalny"]
    assert "nie mówi, czego ona dotyczy" not in rows["konkretny"]
