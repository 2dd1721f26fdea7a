"""Typed rule data for media files (knowledge/rules/media.yaml).

Ratios, sizes, video lengths and safe zones per placement stay in creative.yaml, shared with
``adsage check creative``; this file adds what only the file itself can show.
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from adsage.rules.base import SourcedRule, Strict
from adsage.rules.loader import load_rules


class ImageFileRule(SourcedRule):
    max_bytes: int = Field(gt=0)
    formats: list[str] = Field(min_length=1)


class ColourRule(SourcedRule):
    modes: list[str] = Field(min_length=1)


class TextShareRule(SourcedRule):
    max_share: float = Field(gt=0, lt=1)


class VideoFileRule(SourcedRule):
    max_bytes: int = Field(gt=0)
    containers: list[str] = Field(min_length=1)


class CodecRule(SourcedRule):
    video: list[str] = Field(min_length=1)
    audio: list[str] = Field(min_length=1)


class EncodeRule(SourcedRule):
    min_fps: float = Field(gt=0)
    max_fps: float = Field(gt=0)
    min_kbps_per_megapixel: float = Field(gt=0)


class TolerancedRule(SourcedRule):
    tolerance: float = Field(ge=0, lt=0.5)


class Limits(Strict):
    """adsage's own guards, not Meta rules: files past them are refused before decoding."""

    source: str = Field(min_length=3)
    as_of: date
    max_image_pixels: int = Field(gt=0)
    max_image_read_bytes: int = Field(gt=0)
    sample_frames: int = Field(ge=1, le=10)


class Detection(SourcedRule):
    """Parameters of the text-like detail estimate (a heuristic, so its findings only warn)."""

    analysis_width: int = Field(ge=32, le=1080)
    cell: int = Field(ge=2, le=64)
    edge_threshold: float = Field(gt=0, lt=255)
    cell_density: float = Field(gt=0, lt=1)
    band_min_share: float = Field(gt=0, lt=1)


class MediaRules(Strict):
    image_file: ImageFileRule
    image_colour: ColourRule
    animated_gif: SourcedRule
    text_share: TextShareRule
    video_file: VideoFileRule
    video_codecs: CodecRule
    video_audio: SourcedRule
    video_encode: EncodeRule
    carousel_ratio: TolerancedRule
    limits: Limits
    detection: Detection


def media_rules() -> MediaRules:
    return load_rules("media.yaml", MediaRules)
