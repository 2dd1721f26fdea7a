"""Creative and format checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from adsage.checks.creative import Creative, check_creative


def found(**data: object) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in check_creative(Creative.model_validate(data)):
        out.setdefault(f.rule, []).append(f.severity)
    return out


SQUARE = {"width": 1080, "height": 1080}
PORTRAIT = {"width": 1080, "height": 1350}
VERTICAL = {"width": 1080, "height": 1920}


@pytest.mark.parametrize("img", [SQUARE, PORTRAIT, {"width": 1200, "height": 628}])
def test_feed_images_within_range(img: dict[str, int]) -> None:
    assert found(format="image", image=img) == {}


def test_feed_image_too_tall_is_an_error() -> None:
    assert found(format="image", image=VERTICAL)["format.image.aspect_ratio"] == ["error"]


def test_ratio_tolerance_applies() -> None:
    assert found(format="image", image={"width": 1080, "height": 1100}) == {}  # within 3%
    assert "format.image.aspect_ratio" in found(
        format="image", placement="stories", image={"width": 1080, "height": 1850}
    )  # 1% tolerance on stories


def test_resolution_minimum_and_recommendation() -> None:
    assert found(format="image", image={"width": 500, "height": 500})[
        "format.image.resolution"
    ] == ["error"]
    assert found(format="image", image={"width": 800, "height": 800})[
        "format.image.resolution"
    ] == ["warning"]


def test_each_placement_is_checked() -> None:
    result = found(format="image", placements=["feed", "stories"], image=VERTICAL)
    assert result["format.image.aspect_ratio"] == ["error"]  # only feed rejects 9:16
    assert found(format="image", placements=["stories", "reels"], image=VERTICAL) == {}


@pytest.mark.parametrize("placement", ["stories", "reels"])
def test_non_vertical_image_on_full_screen_placement_is_padded_not_rejected(
    placement: str,
) -> None:
    found_ = check_creative(
        Creative.model_validate({"format": "image", "placement": placement, "image": SQUARE})
    )
    ratio = [f for f in found_ if f.rule == "format.image.aspect_ratio"]
    assert [f.severity for f in ratio] == ["warning"]
    assert "padding" in ratio[0].message and "9:16" in ratio[0].message


def test_video_durations() -> None:
    vid = {"duration_s": 120, **VERTICAL}
    assert found(format="video", placement="reels", video=vid)["format.video.duration"] == [
        "warning"  # reels maximum is UNSURE
    ]
    long_story = {"duration_s": 180, **VERTICAL}
    assert found(format="video", placement="stories", video=long_story)[
        "format.video.duration"
    ] == ["warning"]  # the 120 s Stories limit is UNSURE (some pages say 60 s)
    assert found(
        format="video",
        placement="in_stream",
        video={"duration_s": 3, "width": 1920, "height": 1080},
    )["format.video.duration"] == ["warning"]  # in-stream limits come from a third party
    assert found(format="video", placement="stories", video={"duration_s": 15, **VERTICAL}) == {}


def test_video_aspect_ratio() -> None:
    wide = {"duration_s": 20, "width": 1920, "height": 1080}
    assert found(format="video", placement="stories", video=wide)["format.video.aspect_ratio"] == [
        "warning"  # shown with padding
    ]
    assert found(format="video", video=wide)["format.video.aspect_ratio"] == ["warning"]


def _zone(placement: str, **area: float) -> list[str]:
    image = {**VERTICAL, "text_areas": [area]}
    return found(format="image", placement=placement, image=image).get("format.safe_zone", [])


def test_reels_safe_zone_bottom_35_and_sides_6_percent() -> None:
    # A caption band at 60-70% height is clear of Stories' bottom 20% but inside Reels' 35%.
    band = {"top": 0.6, "left": 0.1, "width": 0.8, "height": 0.1}
    assert _zone("reels", **band) == ["warning"]
    assert _zone("stories", **band) == []
    # Text hugging the left edge: only Reels covers the sides.
    edge = {"top": 0.3, "left": 0.02, "width": 0.5, "height": 0.1}
    assert _zone("reels", **edge) == ["warning"]
    assert _zone("stories", **edge) == []
    middle = {"top": 0.2, "left": 0.1, "width": 0.8, "height": 0.4}
    assert _zone("reels", **middle) == [] and _zone("stories", **middle) == []


def test_stories_safe_zone_top_14_and_bottom_20_percent() -> None:
    assert _zone("stories", top=0.05, left=0.1, width=0.8, height=0.1) == ["warning"]
    assert _zone("stories", top=0.7, left=0.1, width=0.8, height=0.15) == ["warning"]
    assert _zone("stories", top=0.15, left=0.1, width=0.8, height=0.6) == []
    assert _zone("feed", top=0.0, left=0.0, width=1.0, height=1.0) == []  # no overlay in feed


def test_text_area_outside_the_frame_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Creative.model_validate(
            {
                "format": "image",
                "image": {
                    **VERTICAL,
                    "text_areas": [{"top": 0.9, "left": 0, "width": 1, "height": 0.2}],
                },
            }
        )


def test_media_missing() -> None:
    assert "format.media.missing" in found(format="image")
    assert "format.media.missing" in found(format="video")


@pytest.mark.parametrize(("n", "bad"), [(0, True), (1, True), (2, False), (10, False), (11, True)])
def test_carousel_card_count(n: int, bad: bool) -> None:
    cards = [{"image": SQUARE, "link": "https://example.com"}] * n
    assert ("format.carousel.cards" in found(format="carousel", cards=cards)) is bad


def test_carousel_cards_need_links() -> None:
    cards = [{"image": SQUARE}, {"image": SQUARE}]
    assert "format.carousel.link" in found(format="carousel", cards=cards)
    assert "format.carousel.link" not in found(
        format="carousel", cards=cards, link="https://example.com"
    )


def test_carousel_card_images_checked() -> None:
    cards = [
        {"image": VERTICAL, "link": "https://e.com"},
        {"image": SQUARE, "link": "https://e.com"},
    ]
    assert "format.image.aspect_ratio" in found(format="carousel", cards=cards)


def test_collection_rules() -> None:
    result = found(format="collection", products=["a", "b", "c"])
    assert {"format.collection.cover", "format.collection.products"} <= set(result)
    ok = found(format="collection", cover={"image": SQUARE}, products=["a", "b", "c", "d"])
    assert ok == {}
    assert "format.collection.placement" in found(
        format="collection",
        placement="right_column",
        cover={"image": SQUARE},
        products=["a", "b", "c", "d"],
    )


def test_dynamic_needs_catalog_and_set() -> None:
    assert found(format="dynamic")["format.dynamic.catalog"] == ["error", "error"]
    assert found(format="dynamic", catalog_id="1", product_set_id="2") == {}


def test_unknown_field_rejected() -> None:
    with pytest.raises(ValidationError):
        Creative.model_validate({"format": "image", "imgae": SQUARE})


@settings(max_examples=100, deadline=None)
@given(
    w=st.integers(1, 100_000),
    h=st.integers(1, 100_000),
    d=st.floats(0.01, 1e6),
    fmt=st.sampled_from(["image", "video", "carousel", "collection", "dynamic"]),
    places=st.lists(st.sampled_from(["feed", "stories", "reels", "in_stream", "right_column"])),
)
def test_never_crashes(w: int, h: int, d: float, fmt: str, places: list[str]) -> None:
    creative = Creative.model_validate(
        {
            "format": fmt,
            "placements": places,
            "image": {"width": w, "height": h},
            "video": {"duration_s": d, "width": w, "height": h},
            "cards": [{"image": {"width": w, "height": h}}],
        }
    )
    check_creative(creative)
