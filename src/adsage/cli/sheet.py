"""``adsage check sheet FILE``: check an Ads Manager bulk sheet before importing it.

Registered on the ``check`` group from here (the CLI finds every module's ``register``), so
the checker stays beside the export it checks. Exit 0: no errors, 1: errors, 2: bad input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from adsage.export import Sheet, SheetOptions
    from adsage.models.plan import CampaignPlan

# Export options shared by ``adsage variants`` and ``adsage plan``.
CsvOpt = Annotated[
    Path | None, typer.Option("--csv", help="Write an Ads Manager bulk CSV (everything PAUSED).")
]
XlsxOpt = Annotated[
    Path | None, typer.Option("--xlsx", help="Write an Ads Manager bulk XLSX (everything PAUSED).")
]
ImageOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--image",
        metavar="FILE",
        help="Image File Name for the ads (an image test: one per ad, control first).",
    ),
]
VideoOpt = Annotated[
    list[str] | None,
    typer.Option("--video", metavar="FILE", help="Video File Name for the ads, like --image."),
]
UtmOpt = Annotated[
    str | None,
    typer.Option("--utm", help="URL Tags, e.g. utm_source=facebook&utm_medium=paid_social."),
]
PageOpt = Annotated[
    str | None, typer.Option("--page", metavar="ID", help="Facebook Page ID the ads run from.")
]
PixelOpt = Annotated[
    str | None,
    typer.Option("--pixel", metavar="ID", help="Pixel (dataset) ID for conversion goals."),
]


def sheet_cmd(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Bulk sheet (.csv or .xlsx).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULE", help="Skip a rule id or family (repeatable)."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the findings: en or pl.")] = "en",
) -> None:
    """Check an Ads Manager bulk sheet: columns, PAUSED, budgets, dates, A/B tests."""
    from adsage.checks.sheet import check_sheet
    from adsage.errors import BadInput
    from adsage.export.files import read_sheet
    from adsage.i18n import t
    from adsage.models.findings import Report

    if lang not in ("en", "pl"):
        raise BadInput(f"--lang must be en or pl, not '{lang}'")
    header, rows = read_sheet(file)
    report = Report.from_findings(check_sheet(header, rows, lang), ignore or ())
    if as_json:
        sys.stdout.write(json.dumps(report.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        ads = sum(1 for r in rows if (r.get("Ad Name") or "").strip())
        verdict = t("sheet.verdict.ok" if report.ok else "sheet.verdict.errors", lang)
        lines = [t("sheet.summary", lang, file=file, verdict=verdict, rows=len(rows), ads=ads)]
        for f in report.findings:
            hint = f" -> {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {f.severity} {f.rule}: {f.message}{hint}")
        sys.stdout.write("\n".join(lines) + "\n")
    if not report.ok:
        raise typer.Exit(code=1)


def write_sheet(sheet: Sheet, csv_out: Path | None, xlsx_out: Path | None) -> None:
    """The import sheet with our notes beside it (sidecar CSV or second XLSX sheet)."""
    from adsage.export import sidecar_path, write_csv, write_xlsx

    n = len(sheet.rows)
    if csv_out is not None:
        write_csv(sheet.rows, csv_out, sheet.notes)
        sys.stderr.write(
            f"{n} ads written to {csv_out} (PAUSED; notes in {sidecar_path(csv_out)})\n"
        )
    if xlsx_out is not None:
        write_xlsx(sheet.rows, xlsx_out, sheet.notes)
        sys.stderr.write(f"{n} ads written to {xlsx_out} (PAUSED; notes in sheet 'adsage')\n")


def sheet_options(
    *,
    image: list[str] | None = None,
    video: list[str] | None = None,
    utm: str | None = None,
    page: str | None = None,
    pixel: str | None = None,
    campaign: str | None = None,
    vary: str | None = None,
    ads: int | None = None,
) -> SheetOptions:
    """Export options, checked before any drafting so a typo costs nothing."""
    from adsage.export import SheetOptions
    from adsage.export.spec import check_options

    options = SheetOptions(
        campaign=campaign,
        images=tuple(Path(p).name for p in image or []),
        videos=tuple(Path(p).name for p in video or []),
        utm=utm,
        page=page,
        pixel=pixel,
    )
    check_options(options, vary, ads)
    return options


def write_plan_sheet(
    plan: CampaignPlan, csv_out: Path | None, xlsx_out: Path | None, options: SheetOptions
) -> None:
    if csv_out is None and xlsx_out is None:
        return
    from adsage.export.plan_rows import plan_sheet

    write_sheet(plan_sheet(plan, options), csv_out, xlsx_out)


def sheet_paths(csv_out: Path | None, xlsx_out: Path | None) -> None:
    """Reject a wrong suffix before any work is done (one line naming the option)."""
    from adsage.errors import BadInput
    from adsage.inputs import require_parent

    for opt, path, suffix in (("--csv", csv_out, ".csv"), ("--xlsx", xlsx_out, ".xlsx")):
        if path is not None and path.suffix.lower() != suffix:
            raise BadInput(f"{opt} {path}: use a file name ending in {suffix}")
        if path is not None:
            require_parent(path, opt)  # before any work: the folder is never created


def register(app: typer.Typer) -> None:
    from adsage.cli.check import check_app

    check_app.command("sheet")(sheet_cmd)
