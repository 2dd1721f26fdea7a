"""What a media file is, as read from disk: the input of the pure media checks.

Reading (``adsage.media.probe``) and judging (``adsage.media.checks``) are apart so the
checks stay pure functions that tests can feed with hand-made facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Frame:
    """One analysed picture: a grid of cells, True where the detail looks like text."""

    mask: Mask
    time_s: float | None = None
    rotation: int = 0  # degrees counter-clockwise the player turns a sideways video


@dataclass(frozen=True)
class MediaFacts:
    label: str
    kind: Literal["image", "video"]
    size_bytes: int
    format: str
    width: int
    height: int
    mode: str | None = None
    animated: bool = False
    exif_rotated: bool = False
    duration_s: float | None = None
    fps: float | None = None
    bitrate: int | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    frames: tuple[Frame, ...] = ()
    thumbnail: bytes | None = field(default=None, repr=False)

    @property
    def ratio(self) -> float:
        return self.width / self.height
