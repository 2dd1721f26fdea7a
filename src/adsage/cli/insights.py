"""``adsage insights``: pull Marketing API insights into the table ``adsage analyze`` reads."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from adsage.cli.publish import AccountOpt
from adsage.errors import BadInput

_DAY = {"formats": ["%Y-%m-%d"], "metavar": "YYYY-MM-DD"}


def insights(
    account: AccountOpt = None,
    campaign: Annotated[
        str | None, typer.Option("--campaign", help="Only this campaign id.")
    ] = None,
    since: Annotated[datetime | None, typer.Option(help="First day.", **_DAY)] = None,
    until: Annotated[datetime | None, typer.Option(help="Last day.", **_DAY)] = None,
    level: Annotated[str, typer.Option("--level", help="ad (default), adset or campaign.")] = "ad",
    use_async: Annotated[
        bool, typer.Option("--async", help="Run as an async report (automatic for long ranges).")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="FILE.csv: the export table (adsage analyze FILE.csv); FILE.json: the rows "
            "(adsage analyze --meta FILE.json). Default: CSV on stdout.",
        ),
    ] = None,
) -> None:
    """Pull insights (every page) into the table `adsage analyze` reads."""
    from adsage.cli.publish import live_graph
    from adsage.config import load_settings
    from adsage.meta.insights import csv_text, pull
    from adsage.meta.publish import check_account

    if level not in ("ad", "adset", "campaign"):
        raise BadInput(f"--level {level!r}: use ad, adset or campaign")
    if out is not None:
        from adsage.inputs import require_parent

        if out.suffix.lower() not in (".csv", ".json"):
            raise BadInput(f"--out {out}: use a .csv or .json file name")
        require_parent(out, "--out")
    if campaign is not None and not campaign.isdigit():
        raise BadInput(f"--campaign {campaign!r}: give the numeric campaign id")
    settings = load_settings()
    acct = check_account(account or settings.meta_ad_account_id)
    first, last = (d.date() if d else None for d in (since, until))
    graph = live_graph(settings)
    rows = pull(
        graph,
        acct,
        campaign=campaign,
        since=first,
        until=last,
        level=level,  # type: ignore[arg-type]
        force_async=use_async,
    )
    if out is not None and out.suffix.lower() == ".json":
        text = json.dumps({"account": acct, "level": level, "rows": rows}, indent=2) + "\n"
    else:
        text = csv_text(rows, level)  # type: ignore[arg-type]
    if out is None:
        sys.stdout.write(text)
    else:
        from adsage.atomic_files import write_text_atomic

        write_text_atomic(out, text)
        sys.stderr.write(f"{len(rows)} rows written to {out}\n")


def register(app: typer.Typer) -> None:
    app.command()(insights)
