"""Per-claim citations: every marker points at a listed source, every listed source is cited,
numbered 1..n in the order the document first cites them, on every surface (Markdown, HTML,
JSON claims, Slack blocks)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.claims import citation_problems
from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.models.plan import CampaignPlan, Claim
from adsage.render.plan_md import plan_html, plan_markdown

ROOT = Path(__file__).resolve().parents[3]
BRIEFS = [
    "examples/brief.yaml",
    "examples/brief.pl.yaml",
    "tests/data/review_briefs/15_hotel_pl.yaml",
    "tests/data/review_briefs/09_app_pl.yaml",
    "tests/data/review_briefs/11_multicountry_en.yaml",
    "tests/data/review_briefs/19_pozyczka_pl.yaml",
    "tests/data/review2_briefs/14_webinar_en.yaml",
    "tests/data/review2_briefs/17_hydraulik_pl.yaml",
]
_MARK = re.compile(r"(?<![\w\]])\[(\d+)\]")


def _split(markdown: str, heading: str) -> tuple[str, list[int]]:
    """The body before the sources section, and the numbers the sources section lists."""
    body, _, tail = markdown.partition(f"\n## {heading}\n")
    listed = [int(n) for n in re.findall(r"^- \[(\d+)\] ", tail, re.M)]
    return body, listed


@pytest.fixture(scope="module")
def plans(plan_home: Path) -> dict[str, CampaignPlan]:
    import os

    from adsage.config import load_settings

    os.environ["ADSAGE_TODAY"] = "2026-11-30"
    try:
        settings = load_settings(home=plan_home)
        return {b: build_plan(load_brief(ROOT / b), settings=settings) for b in BRIEFS}
    finally:
        del os.environ["ADSAGE_TODAY"]


@pytest.mark.parametrize("brief", BRIEFS)
def test_markers_and_sources_match_in_every_rendering(plans: dict[str, Any], brief: str) -> None:
    from adsage.render.doc import labels
    from adsage.slack.blocks import plan_messages

    plan = plans[brief]
    assert citation_problems(plan) == []
    assert plan.claims, "a plan with guidance cites it"
    heading = labels(plan.lang)["sources"]
    body, listed = _split(plan_markdown(plan), heading)
    assert listed == list(range(1, len(listed) + 1))
    marks = [int(n) for n in _MARK.findall(body)]
    assert set(marks) == set(listed), "a marker without a source, or a source never cited"
    # numbered as first cited
    first = list(dict.fromkeys(marks))
    assert first == sorted(first)
    html = plan_html(plan)
    assert set(int(n) for n in _MARK.findall(html.split(f"<h2>{heading}</h2>")[0])) == set(listed)
    slack = "\n".join(
        str(b.get("text", {}).get("text", ""))
        for msg in plan_messages(plan, [], lang=plan.lang, key="k", set_id="s")
        for b in msg.blocks
    )
    assert set(int(n) for n in _MARK.findall(slack)) == set(listed)
    data = plan.to_json_dict()
    assert {n for c in data["claims"] for n in c["sources"]} == {c["n"] for c in data["citations"]}


@pytest.mark.parametrize("brief", BRIEFS)
def test_notes_from_guidance_carry_markers_and_computed_ones_do_not(
    plans: dict[str, Any], brief: str
) -> None:
    plan = plans[brief]
    cited = {c.at for c in plan.claims}
    b = plan.budget
    assert "budget.learning_phase" in cited  # the learning phase rests on its section
    run = next(i for i, n in enumerate(b.schedule_notes) if b.start in n and b.end in n)
    assert f"budget.schedule_notes.{run}" not in cited  # flight dates come from the brief
    for claim in plan.claims:
        assert claim.sources and all(isinstance(n, int) for n in claim.sources)


def test_the_check_finds_orphan_sources_and_markers_pointing_at_nothing(
    plans: dict[str, Any],
) -> None:
    plan = plans[BRIEFS[0]]
    last = plan.citations[-1].n
    orphan = plan.model_copy(update={"claims": [c for c in plan.claims if last not in c.sources]})
    assert any("cited by no claim" in p for p in citation_problems(orphan))
    dangling = plan.model_copy(
        update={"claims": [*plan.claims, Claim(at="budget.pace", sources=[last + 1])]}
    )
    assert any("not a listed source" in p for p in citation_problems(dangling))
    shuffled = plan.model_copy(update={"claims": list(reversed(plan.claims))})
    assert any("order" in p for p in citation_problems(shuffled))


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_every_kind_of_claim_finds_its_section_in_the_bundled_knowledge(
    plan_settings: Any, lang: str
) -> None:
    """A kind whose heading is not found would leave its claims uncited without a sign."""
    from adsage.advisor.claim_kinds import KINDS
    from adsage.advisor.claims import _Finder
    from adsage.knowledge.search import Searcher

    find = _Finder(Searcher(plan_settings), [], lang)
    missing = [kind for kind in KINDS if not find(kind)]
    assert missing == []
    # each kind its own section: two kinds on one chunk would be one kind
    assert len({s.id for s in find.snippets}) == len(KINDS)
    assert all(s.source.startswith(f"knowledge/{lang}/") for s in find.snippets)
