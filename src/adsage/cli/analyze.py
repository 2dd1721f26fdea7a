"""``adsage analyze``: which ad won in an Ads Manager export, whether the win is real, what next."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from adsage.errors import AdsageError, BadInput

FileArg = Annotated[
    Path, typer.Argument(metavar="FILE", help="Ads Manager export: .csv (',' or ';') or .xlsx.")
]
GoalOpt = Annotated[
    str | None,
    typer.Option("--goal", help='Goal to check, e.g. "CTR above 1.5%" or "200 zakupów".'),
]
MetricOpt = Annotated[
    str, typer.Option("--metric", help="Compare ads on ctr (default), cvr, cpa or roas.")
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="en or pl (default: the language of the headers).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
HtmlOpt = Annotated[
    Path | None, typer.Option("--html", help="Also write a self-contained HTML report here.")
]


def _searcher(warnings: list[dict[str, str]]) -> Any | None:
    """The knowledge index for citations; the analysis still stands without it."""
    from adsage.advisor.plan import default_searcher
    from adsage.config import load_settings

    try:
        return default_searcher(load_settings())
    except AdsageError as exc:
        warnings.append({"code": "no_knowledge", "message": f"no citations: {exc}"})
        return None


def _print_human(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from adsage.analysis.texts import fmt_metric, num, pct

    lang, cur, metric = data["lang"], data["currency"], data["metric"]
    console = Console(highlight=False)
    pl = lang == "pl"
    table = Table(title=("Reklamy" if pl else "Ads") + f" · {metric.upper()}")
    heads = ["Reklama" if pl else "Ad", "Wyśw." if pl else "Impr.", "Klik." if pl else "Clicks"]
    heads += ["CTR", "CPC", "Konw." if pl else "Conv.", "CVR", "CPA", "ROAS", "P(best)"]
    for i, h in enumerate(heads):
        table.add_column(h, justify="left" if i == 0 else "right")
    for ad in data["ads"]:
        cells = [
            ad["name"],
            num(ad["impressions"], lang, 0),
            num(ad["clicks"], lang, 0),
            pct(ad["ctr"], lang),
            fmt_metric("cpc", ad["cpc"], lang, None),
            "-" if ad["conversions"] is None else num(ad["conversions"], lang, 0),
            pct(ad["cvr"], lang),
            fmt_metric("cpa", ad["cpa"], lang, None),
            fmt_metric("roas", ad["roas"], lang, None),
            pct(ad["prob_best"], lang, 1),
        ]
        table.add_row(*(Text(c) for c in cells))  # ad names are data, never rich markup
    console.print(table)
    if cur:
        console.print(("Waluta: " if pl else "Currency: ") + cur, markup=False)
    style = "bold green" if data["winner"] else "bold yellow"
    console.print(data["verdict"], style=style, markup=False)
    if data["goal"]:
        g = data["goal"]
        console.print(g.get("summary") or g.get("reason") or "", markup=False)
    if data["recommendations"]:
        console.print("\n" + ("Rekomendacje:" if pl else "Recommendations:"), style="bold")
        for rec in data["recommendations"]:
            refs = "; ".join(f"{c['title']} — {c['section']}" for c in rec["citations"])
            console.print(f"- {rec['text']}" + (f"\n  [{refs}]" if refs else ""), markup=False)
    for w in data["warnings"]:
        console.print(("! " + w["message"]), style="yellow", markup=False)
    for s in data["skipped_rows"]:
        word = "wiersz" if pl else "row"
        console.print(f"  {word} {s['row']}: {s['reason']}", style="dim", markup=False)


def analyze(
    file: FileArg,
    goal: GoalOpt = None,
    metric: MetricOpt = "ctr",
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    html: HtmlOpt = None,
) -> None:
    """Which ad won, whether the win is significant, and what to do next."""
    from adsage.analysis.core import analyze_file, check_metric
    from adsage.analysis.reading import read_export
    from adsage.cli.plan import write_atomic
    from adsage.inputs import require_parent

    metric = metric.strip().lower()
    if html is not None and html.suffix.lower() not in (".html", ".htm"):
        raise BadInput(f"--html {html}: use a .html file name")
    if html is not None:
        require_parent(html, "--html")
    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang {lang!r}: use en or pl")
    # fail fast on a bad file or option before paying for the knowledge index
    export = read_export(file)
    check_metric(metric, export, file)
    extra: list[dict[str, str]] = []
    result = analyze_file(
        file, metric=metric, goal=goal, lang=lang, searcher=_searcher(extra), export=export
    )
    result.warnings.extend(extra)
    data = result.to_json()
    if html is not None:
        from adsage.analysis.report_html import render_html

        write_atomic(html, render_html(result))
        sys.stderr.write(f"report written to {html}\n")
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_human(data)


def register(app: typer.Typer) -> None:
    app.command()(analyze)
