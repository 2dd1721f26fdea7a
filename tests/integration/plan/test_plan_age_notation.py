"""One age notation per plan: every range in the plan's text has an en dash ("18–65+"), in
the targeting line, the personas, the notes and the special-category note alike, in EN and
PL; the bulk sheet keeps Meta's numeric Age Min and Age Max columns."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.export.plan_rows import plan_sheet
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

DATA = Path(__file__).resolve().parents[2] / "data"
# two ages joined by a hyphen: "18-65+", "30-65", "16-19" (a postcode "90-001" has three digits)
HYPHEN_AGES = re.compile(r"(?<![\d.,/-])(?:1[3-9]|[2-6]\d)-(?:1[3-9]|[2-6]\d)\+?(?![\d-])")


@pytest.mark.parametrize(
    ("brief", "label", "shown", "ages"),
    [
        ("review2_briefs/19b_loan_en.yaml", "age", "18–65+", ("18", "65")),
        ("review2_briefs/19_pozyczka_pl.yaml", "wiek", "18–65+", ("18", "65")),
        ("review2_briefs/17_hydraulik_pl.yaml", "wiek", "30–65+", ("30", "65")),
        ("review2_briefs/14_webinar_en.yaml", "age", "28–60", ("28", "60")),
    ],
)
def test_age_ranges_read_one_way_in_the_plan(
    plan_settings: Any, brief: str, label: str, shown: str, ages: tuple[str, str]
) -> None:
    plan = build_plan(load_brief(DATA / brief), settings=plan_settings)
    md = plan_markdown(plan)
    assert f"- {label}: {shown}\n" in md  # the targeting line
    assert not HYPHEN_AGES.search(md), HYPHEN_AGES.search(md)
    for p in plan.personas:
        first = p.demographics.split(" · ")[0]
        assert re.search(r"\d–\d", first), first  # the personas use the same dash
    if plan.targeting.special_ad_category != "NONE":
        assert shown in " ".join(plan.targeting.notes)  # the special-category note too
    rows = plan_sheet(plan).rows
    assert {(r["Age Min"], r["Age Max"]) for r in rows} == {ages}  # numbers, no dash
