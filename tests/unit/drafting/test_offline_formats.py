"""Offline format picks (decision rules, placements, specs from the rule data) and the goal
rewrite, the two non-copy parts of the offline engine."""

from __future__ import annotations

from typing import Any

import pytest
from test_offline_copy import ALL, SNOWPEAK, ZAKWAS, context, variant

from adsage.checks.goal import check_goal
from adsage.drafting.base import DraftContext, Snippet
from adsage.drafting.offline import OfflineEngine
from adsage.models.plan import FormatPick

SNIPPETS = [
    Snippet(n=1, id="formats-en", title="Formats", section="Carousel", text="...", topic="formats"),
    Snippet(n=2, id="content-en", title="Content", section="CTA", text="...", topic="content"),
    Snippet(n=3, id="formats-en", title="Formats", section="Video", text="...", topic="formats"),
]


def formats_for(data: dict[str, Any]) -> list[FormatPick]:
    return OfflineEngine().formats(context(data, SNIPPETS))


@pytest.mark.parametrize("name", sorted(ALL))
def test_picks_are_ranked_and_placed_within_the_brief(name: str) -> None:
    picks = formats_for(ALL[name])
    assert 2 <= len(picks) <= 4
    assert [p.rank for p in picks] == list(range(1, len(picks) + 1))
    assert len({p.format for p in picks}) == len(picks)
    for p in picks:
        assert p.placements and set(p.placements) <= set(ALL[name]["placements"])
        assert p.reason and p.specs
        assert p.sources == [1, 3]


def test_catalog_puts_dynamic_ads_first() -> None:
    picks = formats_for(ALL["catalog_en"])
    assert picks[0].format == "dynamic"
    assert "catalog" in picks[0].reason


def test_many_products_without_catalog_get_a_carousel_and_a_catalog_hint() -> None:
    picks = formats_for(variant(SNOWPEAK, product_count=60))
    assert "dynamic" not in {p.format for p in picks}
    assert picks[0].format == "carousel"
    assert "catalog" in picks[0].reason


def test_a_few_products_fit_a_carousel() -> None:
    picks = formats_for(variant(SNOWPEAK, product_count=6, has_video=False))
    assert picks[0].format == "carousel"
    assert "2-10" in picks[0].specs[0]


def test_sales_on_mobile_with_products_offers_a_collection() -> None:
    picks = formats_for(variant(SNOWPEAK, product_count=8))
    collection = next(p for p in picks if p.format == "collection")
    assert "right_column" not in collection.placements
    assert not {p.format for p in formats_for(variant(SNOWPEAK, objective="OUTCOME_LEADS"))} & {
        "collection"
    }


def test_vertical_video_leads_for_a_young_audience() -> None:
    picks = formats_for(SNOWPEAK)
    assert picks[0].format == "video"
    assert any("9:16" in s for s in picks[0].specs)


def test_older_audience_gets_simple_formats_first() -> None:
    picks = formats_for(ALL["older_en"])
    assert picks[0].format in {"image", "carousel"}
    video = next(p for p in picks if p.format == "video")
    assert video.placements[0] != "reels" and "reels" not in video.placements
    assert video.rank > picks[0].rank


def test_no_video_without_footage() -> None:
    assert "video" not in {p.format for p in formats_for(variant(SNOWPEAK, has_video=False))}


def test_specs_come_from_the_rule_data() -> None:
    picks = {p.format: p for p in formats_for(variant(SNOWPEAK, product_count=8))}
    image = " ".join(picks["image"].specs)
    assert "1080x1080" in image and "9:16" in image and "600x600" in image
    assert "4:5 at 1080x1350 px recommended (at least 1080x1080 px)" in image
    assert any("90 s" in s for s in picks["video"].specs)
    assert any("4" in s for s in picks["collection"].specs)


def test_polish_brief_gets_polish_reasons() -> None:
    picks = formats_for(ZAKWAS)
    for p in picks:
        assert not any(w in p.reason.split() for w in ("the", "and", "with", "for"))
    assert any("Wideo" in s or "Obraz" in s for p in picks for s in p.specs)


def test_formats_are_deterministic() -> None:
    assert formats_for(ALL["catalog_en"]) == formats_for(ALL["catalog_en"])


# Goal rewrite (kept here with the other non-copy parts of the engine).


def goal_ctx(data: dict[str, Any]) -> DraftContext:
    return context(data)


def passes(text: str, data: dict[str, Any]) -> bool:
    brief = context(data).brief
    report = check_goal(
        text,
        objective=brief.objective,
        budget=brief.budget.amount,
        currency=brief.budget.currency,
        start=brief.schedule.start,
        end=brief.schedule.end,
        today=brief.schedule.start,
        lang=brief.language,
    )
    return all(report.criteria[c].passed for c in ("specific", "measurable", "time_bound"))


def test_checker_suggestion_wins() -> None:
    engine = OfflineEngine()
    assert engine.goal_rewrite(goal_ctx(SNOWPEAK), "Sell 250 boards by 20 December 2026.") == (
        "Sell 250 boards by 20 December 2026."
    )


def test_rewrite_keeps_the_number_and_uses_the_campaign_end() -> None:
    rewrite = OfflineEngine().goal_rewrite(goal_ctx(SNOWPEAK), None)
    # no channel the brief does not name: "purchases", never "online purchases"
    assert rewrite == "Get 300 purchases by 24 December 2026."
    assert passes(rewrite, SNOWPEAK)


def test_polish_rewrite() -> None:
    rewrite = OfflineEngine().goal_rewrite(goal_ctx(ZAKWAS), None)
    assert rewrite is not None and "15 marca 2027" in rewrite
    assert rewrite.startswith("Zebrać 200")
    assert passes(rewrite, ZAKWAS)


@pytest.mark.parametrize("goal", ["More sales this winter", "Więcej klientów"])
def test_vague_goal_gets_a_smart_rewrite(goal: str) -> None:
    data = variant(SNOWPEAK, goal=goal, language="pl" if "klient" in goal else "en")
    rewrite = OfflineEngine().goal_rewrite(goal_ctx(data), None)
    assert rewrite is not None
    assert passes(rewrite, data)


def test_engine_shape() -> None:
    engine = OfflineEngine()
    assert engine.name == "offline"
    for method in ("personas", "copy", "formats", "goal_rewrite"):
        assert callable(getattr(engine, method))


@pytest.mark.parametrize(
    ("age", "special", "young"),
    [
        ([18, 30], "NONE", True),
        ([18, 44], "NONE", True),
        ([28, 60], "NONE", False),
        ([18, 65], "NONE", False),
        ([18, 30], "EMPLOYMENT", False),
    ],
)
def test_video_is_called_young_only_for_a_young_range(
    age: list[int], special: str, young: bool
) -> None:
    """ "Video suits a younger audience" for 18-65 (or a special category, which opens
    targeting to 18-65+) states something the plan's own targeting contradicts."""
    data = variant(
        SNOWPEAK,
        placements=["feed"],
        objective="OUTCOME_LEADS",
        audience={**SNOWPEAK["audience"], "age": age},
        special_ad_category=special,
    )
    reasons = " ".join(p.reason for p in formats_for(data))
    assert ("younger audience" in reasons) is young, reasons


@pytest.mark.parametrize(
    ("lang", "feed", "stories"),
    [("en", "1 s to 241 min", "1–120 s"), ("pl", "od 1 s do 241 min", "1–120 s")],
)
def test_video_lengths_read_as_ranges_with_the_rule_datas_limits(
    lang: str, feed: str, stories: str
) -> None:
    """The feed limit of creative.yaml (14,460 s) is shown as minutes with both units named,
    never as "1 s-241 min"; a limit in seconds stays one range."""
    from adsage.rules.campaign import creative_rules

    rules = creative_rules()
    assert rules.videos["feed"].max_duration_s == 241 * 60  # the sourced Feed limit
    picks = formats_for(variant(SNOWPEAK, language=lang, has_video=True))
    specs = [s for p in picks if p.format == "video" for s in p.specs]
    by_place = {s.split(":")[0]: s for s in specs}
    assert any(s.endswith(f", {feed}") for s in specs), specs
    assert any(s.endswith(f", {stories}") for s in specs), specs
    assert not any("s-" in s for s in specs), by_place
