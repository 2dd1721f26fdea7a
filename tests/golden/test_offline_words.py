"""Golden files pin the offline engine's words for the example briefs, one per language:
personas and copy drafts as the plan prints them (the plan's numbers are pinned elsewhere).
``UPDATE_GOLDEN=1 pytest tests/golden`` rewrites them after a reviewed change."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from adsage.advisor.plan import draft_copy
from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.models.brief import load_brief

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).parent / "expected"


@pytest.mark.parametrize(
    ("name", "brief"), [("words_en", "examples/brief.yaml"), ("words_pl", "examples/brief.pl.yaml")]
)
def test_offline_personas_and_drafts(name: str, brief: str) -> None:
    b = load_brief(ROOT / brief)
    ctx = DraftContext(brief=b, lang=b.language, objective=b.objective or "OUTCOME_TRAFFIC")
    engine = OfflineEngine()
    personas = [p.model_dump(mode="json") for p in engine.personas(ctx)]
    drafts = [
        {
            **d.model_dump(mode="json", exclude={"report", "link"}),
            "findings": len(d.report.findings),
        }
        for d in draft_copy(ctx, engine, 3)
    ]
    text = json.dumps({"personas": personas, "drafts": drafts}, ensure_ascii=False, indent=1)
    path = EXPECTED / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text + "\n", "utf-8")
    assert path.exists(), f"{path} missing; run UPDATE_GOLDEN=1 pytest tests/golden"
    assert text + "\n" == path.read_text("utf-8"), f"{name} changed; review, then UPDATE_GOLDEN=1"
    assert all(d["findings"] == 0 for d in drafts)
