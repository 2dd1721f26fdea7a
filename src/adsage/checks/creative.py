"""Creative and format checks: media specs per placement and format structure.

A creative often runs on several placements at once, so each piece of media is checked
against every placement it will appear in; the message names the placement.  Full-screen
placements also cover parts of the frame with their own buttons, so text areas the brief
declares are checked against each placement's safe zone.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_validator

from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.campaign import CreativeRules, ImageSpec, SafeZone, VideoSpec, creative_rules

Placement = Literal["feed", "stories", "reels", "in_stream", "right_column"]
_LABELS = {"catalog_id": "product catalog", "product_set_id": "product set"}


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextArea(_Input):
    """Where text, a logo or an offer sits, as shares of the frame (0 = top/left edge)."""

    top: float = Field(ge=0, le=1)
    left: float = Field(ge=0, le=1)
    width: float = Field(gt=0, le=1)
    height: float = Field(gt=0, le=1)

    @model_validator(mode="after")
    def _inside_frame(self) -> TextArea:
        if self.top + self.height > 1.0001 or self.left + self.width > 1.0001:
            raise ValueError(
                "the area must lie inside the frame (top + height and left + width <= 1)"
            )
        return self


class Image(_Input):
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    text_areas: list[TextArea] = Field(default_factory=list)


class Video(_Input):
    duration_s: float = Field(gt=0)
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    text_areas: list[TextArea] = Field(default_factory=list)


class Card(_Input):
    image: Image | None = None
    video: Video | None = None
    headline: str | None = None
    link: str | None = None


class Cover(_Input):
    image: Image | None = None
    video: Video | None = None


class Creative(_Input):
    format: Literal["image", "video", "carousel", "collection", "dynamic"]
    placement: Placement | None = None
    placements: list[Placement] = Field(default_factory=list)
    image: Image | None = None
    video: Video | None = None
    cards: list[Card] | None = None
    cover: Cover | None = None
    products: list[JsonValue] | None = None
    catalog_id: str | None = None
    product_set_id: str | None = None
    link: str | None = None

    def all_placements(self) -> list[str]:
        chosen: list[str] = list(self.placements)
        if self.placement and self.placement not in chosen:
            chosen.append(self.placement)
        return chosen or ["feed"]


def check_creative(creative: Creative) -> list[Finding]:
    rules = creative_rules()
    out = _structure(rules, creative)
    placements = creative.all_placements()
    for path, media in _media(creative):
        for placement in placements:
            if isinstance(media, Image):
                spec = rules.images.get(placement)
                if spec:
                    out += _check_image(spec, media, path, placement)
            else:
                vspec = rules.videos.get(placement)
                if vspec:
                    out += _check_video(vspec, media, path, placement)
            zone = rules.safe_zones.get(placement)
            if zone:
                out += _check_safe_zone(zone, media, path, placement)
    return out


def _check_safe_zone(
    zone: SafeZone, media: Image | Video, path: str, placement: str
) -> list[Finding]:
    """One finding per text area that reaches into the covered edges of the frame."""
    out: list[Finding] = []
    where = placement.replace("_", " ")
    for i, area in enumerate(media.text_areas):
        edges = []
        if area.top < zone.top:
            edges.append(f"top {zone.top:.0%}")
        if area.top + area.height > 1 - zone.bottom:
            edges.append(f"bottom {zone.bottom:.0%}")
        if zone.sides and (area.left < zone.sides or area.left + area.width > 1 - zone.sides):
            edges.append(f"{zone.sides:.0%} on each side")
        if edges:
            out.append(
                finding(
                    "format.safe_zone",
                    zone.severity,
                    f"Text area {i + 1} reaches into the {' and '.join(edges)} of the frame, "
                    f"which {where} covers with its own buttons and captions.",
                    zone,
                    field=f"{path}.text_areas[{i}]",
                    suggestion=f"Keep text, logos and the offer inside the middle of the frame "
                    f"for {where}.",
                )
            )
    return out


def _media(creative: Creative) -> list[tuple[str, Image | Video]]:
    found: list[tuple[str, Image | Video]] = []
    for name in ("image", "video"):
        value = getattr(creative, name)
        if value is not None:
            found.append((name, value))
    for i, card in enumerate(creative.cards or []):
        for name in ("image", "video"):
            value = getattr(card, name)
            if value is not None:
                found.append((f"cards[{i}].{name}", value))
    if creative.cover:
        for name in ("image", "video"):
            value = getattr(creative.cover, name)
            if value is not None:
                found.append((f"cover.{name}", value))
    return found


def _structure(rules: CreativeRules, c: Creative) -> list[Finding]:
    fmt = rules.formats
    out: list[Finding] = []
    if c.format == "image" and c.image is None:
        out.append(_missing("image", "An image ad needs an image."))
    if c.format == "video" and c.video is None:
        out.append(_missing("video", "A video ad needs a video."))
    if c.format == "carousel":
        cards = c.cards or []
        car = fmt.carousel
        if not car.min_cards <= len(cards) <= car.max_cards:
            out.append(
                finding(
                    "format.carousel.cards",
                    car.severity,
                    f"A carousel needs {car.min_cards} to {car.max_cards} cards; this one has "
                    f"{len(cards)}.",
                    car,
                    field="cards",
                    suggestion="Add or remove cards."
                    if cards
                    else f"Add at least {car.min_cards} cards.",
                )
            )
        for i, card in enumerate(cards):
            if not (card.link or c.link):
                out.append(
                    finding(
                        "format.carousel.link",
                        car.severity,
                        f"Card {i + 1} has no link and the ad has no default link.",
                        car,
                        field=f"cards[{i}].link",
                        suggestion="Give each card a link or set the ad's link.",
                    )
                )
            if card.image is None and card.video is None:
                out.append(_missing(f"cards[{i}]", f"Card {i + 1} has no image or video."))
    if c.format == "collection":
        out += _collection(rules, c)
    if c.format == "dynamic":
        dyn = fmt.dynamic
        for name in ("catalog_id", "product_set_id"):
            if not getattr(c, name):
                out.append(
                    finding(
                        "format.dynamic.catalog",
                        dyn.severity,
                        f"A catalog (dynamic) ad needs a {_LABELS[name]}; {name} is missing.",
                        dyn,
                        field=name,
                        suggestion="Connect a product catalog and choose a product set.",
                    )
                )
    return out


def _collection(rules: CreativeRules, c: Creative) -> list[Finding]:
    col = rules.formats.collection
    out: list[Finding] = []
    if c.cover is None or (c.cover.image is None and c.cover.video is None):
        out.append(
            finding(
                "format.collection.cover",
                col.severity,
                "A collection ad needs a cover image or video.",
                col,
                field="cover",
                suggestion="Add a cover image or video.",
            )
        )
    n = len(c.products or [])
    if n < col.min_products:
        out.append(
            finding(
                "format.collection.products",
                col.severity,
                f"A collection ad needs at least {col.min_products} products; it has {n}.",
                col,
                field="products",
                suggestion="Add products or choose a product set with enough items.",
            )
        )
    for placement in c.all_placements():
        if placement in col.unsupported_placements:
            out.append(
                finding(
                    "format.collection.placement",
                    col.severity,
                    f"Collection ads are mobile only and cannot run in {placement}.",
                    col,
                    field="placements",
                    suggestion=f"Remove {placement} from the placements.",
                )
            )
    return out


def _missing(field: str, message: str) -> Finding:
    return Finding(
        rule="format.media.missing",
        severity="error",
        message=message,
        field=field,
        suggestion="Add the media or change the format.",
    )


_NAMED_RATIOS = {"9:16": 9 / 16, "4:5": 0.8, "1:1": 1.0, "16:9": 16 / 9, "1.91:1": 1.91}


def _ratio_name(value: float) -> str:
    """Marketers think in "9:16", not "0.5625"."""
    for name, ratio in _NAMED_RATIOS.items():
        if abs(value - ratio) < 0.005:
            return name
    return f"{value:.2f}:1"


def _ratio_text(spec: ImageSpec | VideoSpec) -> str:
    if spec.ratio_min == spec.ratio_max:
        return _ratio_name(spec.ratio_min)
    return f"{_ratio_name(spec.ratio_min)} to {_ratio_name(spec.ratio_max)}"


def _off_ratio_text(spec: ImageSpec | VideoSpec, where: str) -> str:
    if spec.off_ratio == "padded":
        return (
            f"{where} shows it with padding around it instead of full screen; "
            f"{_ratio_text(spec)} fills the screen."
        )
    return f"{where} needs {_ratio_text(spec)}."


def _check_image(spec: ImageSpec, img: Image, path: str, placement: str) -> list[Finding]:
    out: list[Finding] = []
    where = placement.replace("_", " ")
    if not spec.ratio_ok(img.width, img.height):
        out.append(
            finding(
                "format.image.aspect_ratio",
                spec.severity,
                f"The image is {img.width}x{img.height} ({_ratio_name(img.width / img.height)}); "
                + _off_ratio_text(spec, where),
                spec,
                field=path,
                suggestion=f"Crop the image to {_ratio_text(spec)} for {where}.",
            )
        )
    if (spec.min_width and img.width < spec.min_width) or (
        spec.min_height and img.height < spec.min_height
    ):
        out.append(
            finding(
                "format.image.resolution",
                spec.severity,
                f"The image is {img.width}x{img.height}, below the {spec.min_width}x"
                f"{spec.min_height} minimum for {where}.",
                spec,
                field=path,
                suggestion="Upload a larger image.",
            )
        )
    elif spec.recommended_width and img.width < spec.recommended_width:
        # Width only: the recommendation is quoted for one shape (1080x1080), and a 1200x628
        # landscape image is just as sharp.
        out.append(
            finding(
                "format.image.resolution",
                "warning",
                f"The image is {img.width}x{img.height}, below the recommended "
                f"{spec.recommended_width}x{spec.recommended_height} for {where}; it may look "
                "blurry.",
                spec,
                field=path,
                suggestion=f"Use at least {spec.recommended_width}x{spec.recommended_height}.",
            )
        )
    return out


def _check_video(spec: VideoSpec, vid: Video, path: str, placement: str) -> list[Finding]:
    out: list[Finding] = []
    where = placement.replace("_", " ")
    if not spec.min_duration_s <= vid.duration_s <= spec.max_duration_s:
        out.append(
            finding(
                "format.video.duration",
                spec.severity,
                f"The video runs {vid.duration_s:g} s; {where} takes {spec.min_duration_s:g} to "
                f"{spec.max_duration_s:g} s.",
                spec,
                field=f"{path}.duration_s",
                suggestion=f"Edit the video to at most {spec.max_duration_s:g} s for {where}."
                if vid.duration_s > spec.max_duration_s
                else f"Use a video of at least {spec.min_duration_s:g} s.",
            )
        )
    if not spec.ratio_ok(vid.width, vid.height):
        out.append(
            finding(
                "format.video.aspect_ratio",
                spec.ratio_severity,
                f"The video is {vid.width}x{vid.height} ({_ratio_name(vid.width / vid.height)}); "
                + _off_ratio_text(spec, where),
                spec,
                field=path,
                suggestion=f"Export a {_ratio_text(spec)} version for {where}.",
            )
        )
    return out
