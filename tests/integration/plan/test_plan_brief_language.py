"""A Polish brief planned in English: the plan's brief checks (JSON), its copy notes
(Markdown) and ``check plan`` all carry the warning that the ads will mix languages; the
same brief planned in Polish carries none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adsage.advisor.plan import build_plan
from adsage.checks.plan import check_plan
from adsage.models.brief import load_brief
from adsage.models.plan import CampaignPlan
from adsage.render.plan_md import plan_markdown

BRIEF = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "review6_briefs"
    / "05b_fotowoltaika_pl_as_en.yaml"
)
RULE = "brief.language_mismatch"


def test_the_plan_warns_everywhere_a_reader_or_a_client_looks(plan_settings: Any) -> None:
    plan = build_plan(load_brief(BRIEF), settings=plan_settings)
    data = plan.to_json_dict()
    [found] = [f for f in data["brief_checks"]["findings"] if f["rule"] == RULE]
    assert found["severity"] == "warning" and "the plan is in English" in found["message"]
    md = plan_markdown(plan).replace("\u00a0", " ")
    assert f"{found['message']} {found['suggestion']}" in md
    # a plan read back from its JSON (as ``adsage check plan`` does) still says it
    again = CampaignPlan.model_validate(data)
    assert RULE in {f.rule for f in check_plan(again)}


def test_the_same_brief_planned_in_polish_has_no_warning(plan_settings: Any) -> None:
    brief = load_brief(BRIEF).model_copy(update={"language": "pl"})
    plan = build_plan(brief, settings=plan_settings)
    assert RULE not in {f.rule for f in plan.brief_checks.findings}
