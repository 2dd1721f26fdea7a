"""Variants come from the same engine as plan drafts and pass the same checks: no claim the
brief lacks, the offer's figure in Polish typography, no "fans of health" for a clinic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.checks.claims import brief_facts, unsupported
from adsage.models.brief import load_brief
from adsage.variants import generate_variants

BRIEFS = Path(__file__).resolve().parents[2] / "evals" / "datasets" / "copy_briefs"


@pytest.mark.parametrize("brief_id", ["dentist_pl", "trucking_en", "coffee_pl"])
@pytest.mark.parametrize("vary", ["primary_text", "headline", "description"])
def test_variants_state_only_brief_facts(brief_id: str, vary: str, settings: Any) -> None:
    brief = load_brief(BRIEFS / f"{brief_id}.yaml")
    vs = generate_variants(brief, vary, 4, settings=settings)
    facts = brief_facts(brief)
    for ad in vs.variants:
        texts = {"p": ad.primary_text, "h": ad.headline, "d": ad.description or ""}
        assert not unsupported(texts, facts), ad
        assert not [f for f in ad.report.findings if f.rule == "copy.unsupported_claim"]


def test_clinic_headlines_keep_the_offer_figure_and_skip_fan_lines(settings: Any) -> None:
    brief = load_brief(BRIEFS / "dentist_pl.yaml")
    heads = [
        ad.headline for ad in generate_variants(brief, "headline", 5, settings=settings).variants
    ]
    assert "Przegląd i higienizacja za 99\u00a0zł" in heads
    assert not [h for h in heads if "fanów" in h or "z myślą o:" in h]


REVIEWED = Path(__file__).resolve().parents[1] / "data" / "review7_briefs"


@pytest.mark.parametrize("name", ["03_smog_pl", "07_thin_coffee_en", "08_suplementy_pl"])
def test_headline_variants_prefer_any_other_line_to_a_label_template(
    name: str, settings: Any
) -> None:
    # "Dla fanów: ekologia" on a civic appeal, "Looking for coffee?": a label dropped into a
    # template names nothing the brief offers, and comes only when no other line is left
    brief = load_brief(REVIEWED / f"{name}.yaml")
    vs = generate_variants(brief, "headline", 3, settings=settings)
    assert not [a for a in vs.variants[1:] if a.angle in ("interest", "question")], vs.variants


def test_headline_variants_take_an_offer_part_before_the_brand(settings: Any) -> None:
    brief = load_brief(REVIEWED / "05_kwiaciarnia_pl.yaml")
    heads = [
        a.headline for a in generate_variants(brief, "headline", 3, settings=settings).variants
    ]
    assert not [h for h in heads if h.startswith(("Poznaj", "Dla fanów"))]
    assert any("24 maja" in h or "89" in h for h in heads), heads
