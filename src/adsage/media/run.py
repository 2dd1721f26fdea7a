"""Read and check a list of media files: the one core the CLI, variants and plan call.

Every file is read before any result is returned, so a bad file stops the run with one line
(exit 2) before anything is printed or written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from adsage.errors import BadInput
from adsage.media.checks import check_carousel, check_media
from adsage.media.facts import MediaFacts
from adsage.media.probe import read_media
from adsage.media.rules import media_rules
from adsage.models.findings import Finding, Report

Format = Literal["image", "video", "carousel"]
PLACEMENTS = ("feed", "stories", "reels", "right_column", "in_stream")


@dataclass(frozen=True)
class FileResult:
    label: str
    facts: MediaFacts | None  # None for the carousel as a whole
    report: Report


def check_files(
    paths: Sequence[Path],
    placements: Sequence[str] = ("feed",),
    fmt: Format | None = None,
    lang: str = "en",
    *,
    thumbnails: bool = False,
    ignore: Sequence[str] = (),
) -> list[FileResult]:
    for p in placements:
        if p not in PLACEMENTS:
            raise BadInput(f"--placement {p!r} is not known; use one of {', '.join(PLACEMENTS)}")
    rules = media_rules()
    facts = [read_media(Path(p), rules, thumbnail=thumbnails) for p in paths]
    for f in facts:
        if fmt in ("image", "video") and f.kind != fmt and not (fmt == "video" and f.animated):
            raise BadInput(
                f"{f.label}: is {'a video' if f.kind == 'video' else 'an image'}, "
                f"but --format is {fmt}; drop the file or change --format"
            )
    out = [
        FileResult(f.label, f, Report.from_findings(check_media(f, placements, lang), ignore))
        for f in facts
    ]
    if fmt == "carousel":
        found: list[Finding] = check_carousel(facts, lang)
        out.append(FileResult("carousel", None, Report.from_findings(found, ignore)))
    return out


def check_export_files(
    files: Sequence[str],
    placements: Sequence[str],
    *,
    carousel: bool = False,
    lang: str = "en",
) -> list[FileResult]:
    """Files given to an export (``--image``/``--video``): the ones on disk get the same checks
    as ``adsage check media``; a bare name (already in the Ads Manager library) is skipped."""
    present = [Path(f) for f in files if Path(f).is_file()]
    if not present:
        return []
    known = [p for p in dict.fromkeys(placements) if p in PLACEMENTS] or ["feed"]
    return check_files(present, known, "carousel" if carousel else None, lang)


def placements_for(formats: Sequence[tuple[str, Sequence[str]]], kind: str) -> list[str]:
    """Placements of the plan's format picks that would use media of ``kind``."""
    uses = {"image": ("image", "carousel"), "video": ("video", "carousel")}[kind]
    return [p for fmt, places in formats if fmt in uses for p in places]
