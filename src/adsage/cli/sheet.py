"""``adsage check sheet FILE``: check an Ads Manager bulk sheet before importing it.

Registered on the ``check`` group from here (the CLI finds every module's ``register``), so
the checker stays beside the export it checks. Exit 0: no errors, 1: errors, 2: bad input.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def sheet_cmd(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Bulk sheet (.csv or .xlsx).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULE", help="Skip a rule id or family (repeatable)."),
    ] = None,
) -> None:
    """Check an Ads Manager bulk sheet: columns, PAUSED, budgets, dates, A/B tests."""
    from adsage.checks.sheet import check_sheet
    from adsage.export.files import read_sheet
    from adsage.models.findings import Report

    header, rows = read_sheet(file)
    report = Report.from_findings(check_sheet(header, rows), ignore or ())
    if as_json:
        sys.stdout.write(json.dumps(report.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        ads = sum(1 for r in rows if (r.get("Ad Name") or "").strip())
        verdict = "OK" if report.ok else "ERRORS"
        lines = [f"{file}: {verdict} - {len(rows)} rows, {ads} ads"]
        for f in report.findings:
            hint = f" -> {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {f.severity} {f.rule}: {f.message}{hint}")
        sys.stdout.write("\n".join(lines) + "\n")
    if not report.ok:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    from adsage.cli.check import check_app

    check_app.command("sheet")(sheet_cmd)
