"""``adsage check media FILE...``: the image and video files themselves, per placement.

Registered on ``check_app`` by its own ``register``, like ``check sheet``; Pillow and PyAV
are imported only when the command runs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from adsage.errors import BadInput

PlacementOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--placement",
        metavar="PLACEMENT",
        help="feed, stories, reels, right_column or in_stream (repeatable; default feed).",
    ),
]


def media_cmd(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Images or videos.")],
    placement: PlacementOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", metavar="FORMAT", help="image, video or carousel."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of the findings: en or pl.")] = "en",
    sheet: Annotated[
        Path | None,
        typer.Option("--sheet", metavar="OUT.html", help="Also write an HTML contact sheet."),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULE", help="Skip a rule id or family (repeatable)."),
    ] = None,
) -> None:
    """Check image and video files: size, ratio, codecs, length, safe zones, text."""
    from adsage.cli.check import print_findings
    from adsage.media.run import check_files

    if fmt not in (None, "image", "video", "carousel"):
        raise BadInput(f"--format {fmt!r} is not known; use image, video or carousel")
    if lang not in ("en", "pl"):
        raise BadInput(f"--lang {lang!r} is not known; use en or pl")
    if sheet is not None and sheet.suffix.lower() not in (".html", ".htm"):
        raise BadInput(f"--sheet {sheet}: the contact sheet is HTML; name it *.html")
    placements = list(dict.fromkeys(placement or ["feed"]))
    results = check_files(
        [Path(f) for f in files],
        placements,
        fmt,  # type: ignore[arg-type]
        lang,
        thumbnails=sheet is not None,
        ignore=ignore or (),
    )
    if sheet is not None:
        from adsage.atomic_files import write_text_atomic
        from adsage.media.sheet import render_sheet

        write_text_atomic(sheet, render_sheet(results, placements, lang))
    if as_json:
        payload: list[dict[str, Any]] = [
            {"file": r.label, **r.report.model_dump(mode="json"), **_facts(r)} for r in results
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in results:
            print_findings(r.label, r.report.findings, r.report.ok)
    if not all(r.report.ok for r in results):
        raise typer.Exit(code=1)


def _facts(result: Any) -> dict[str, Any]:
    f = result.facts
    if f is None:
        return {}
    keys = (
        *("kind", "format", "width", "height", "size_bytes", "mode", "animated"),
        *("duration_s", "fps", "bitrate", "video_codec", "audio_codec"),
    )
    return {"media": {k: getattr(f, k) for k in keys}}


def report_export_media(results: Any) -> bool:
    """One stderr line per finding on the files of an export; True when none is an error.

    stderr keeps stdout clean for ``--json``.
    """
    for r in results:
        for f in r.report.findings:
            sys.stderr.write(f"media: {r.label}: {f.severity} {f.rule}: {f.message}\n")
    return all(r.report.ok for r in results)


def export_media_ok(
    image: list[str] | None,
    video: list[str] | None,
    formats: Sequence[tuple[str, Sequence[str]]],
    *,
    carousel: bool = False,
) -> bool:
    """``--image``/``--video`` files of ``plan`` or ``variants``, checked for the placements of
    ``formats`` (format, placements); files not on disk are library names and are skipped."""
    results: list[Any] = []
    for kind, files in (("image", image), ("video", video)):
        if files:
            from adsage.media.run import check_export_files, placements_for  # files to check

            places = placements_for(formats, kind)
            many = carousel and kind == "image" and len(files) > 1
            results += check_export_files(files, places, carousel=many)
    return report_export_media(results)


def register(app: typer.Typer) -> None:
    """``adsage check media``: added to the ``check`` group, like ``check sheet``."""
    from adsage.cli.check import check_app

    check_app.command("media")(media_cmd)
