"""Per-process caches of the offline path never change an output.

Variant sets drafted one after another (so every cache holds the previous brief's work) must
equal the same sets drafted from cold caches, brief by brief.  Each brief differs from
the one before it in one field, among them every field a cache key reads, so a key that missed
a field would hand one brief another brief's facts, category or findings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from variant_fakes import BRIEF, PL_BRIEF

from adsage.variants import ELEMENTS, generate_variants

CHANGES: list[dict[str, Any]] = [
    {"tone": "calm and formal"},
    {"goal": "Get 40 quotes for roof repairs by 24 December 2026", "objective": "OUTCOME_LEADS"},
    {"objective": "OUTCOME_TRAFFIC"},
    {"special_ad_category": "HOUSING"},
    {"catalog": True, "product_count": 200},
    {"offer": ""},
    {"benefits": ["Hand-pressed poplar core"]},
    {"audience": {**BRIEF["audience"], "interests": ["yoga"]}},
    {"audience": {**BRIEF["audience"], "description": "Families who ski twice a year"}},
    {"placements": ["stories"]},
    {"language": "pl"},
    dict(PL_BRIEF),
    {**PL_BRIEF, "tone": "energetic and bold"},
]


def _cold() -> None:
    """Forget everything the offline path keeps between calls."""
    from adsage.checks import claims, copy, deadlines, policy
    from adsage.checks.goal import parse
    from adsage.drafting.offline import answer_kinds, categories, facts, objections, phrases
    from adsage.variants import offline

    claims._extract.cache_clear()
    claims._broken_cut.cache_clear()
    claims._heads.cache_clear()
    claims._recent.clear()
    copy._EMPTY.clear()
    policy._recent.clear()
    deadlines._found.clear()
    parse._PARSED.clear()
    categories._starts.cache_clear()
    categories._last.clear()
    objections._answering.cache_clear()
    answer_kinds.kinds_of.cache_clear()
    facts._last.clear()
    phrases._slot_names.cache_clear()
    offline._close_text.cache_clear()


@pytest.mark.parametrize("vary", ELEMENTS)
def test_warm_caches_draft_what_cold_caches_draft(
    vary: str, make_brief: Callable[..., Any], settings: Any
) -> None:
    # Each changed brief right after the plain one, so the two differ in that field alone.
    briefs = [make_brief(**c) for change in CHANGES for c in ({}, change)]
    _cold()
    warm = [
        generate_variants(b, vary, 4, settings=settings, name=f"b{i}").model_dump_json()
        for i, b in enumerate(briefs)
    ]
    cold = []
    for i, b in enumerate(briefs):
        _cold()
        cold.append(
            generate_variants(b, vary, 4, settings=settings, name=f"b{i}").model_dump_json()
        )
    assert warm == cold
    assert len(set(warm)) > len(CHANGES) // 2  # the changes really change the sets
