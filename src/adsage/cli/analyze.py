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
    str | None,
    typer.Option(
        "--metric",
        help="Override the metric the ads are judged on: cpa, roas, cpc, cpm, cpr, ctr or cvr "
        "(default: what the campaign buys, from the export's Result indicator or --objective).",
    ),
]
ObjectiveOpt = Annotated[
    str | None,
    typer.Option(
        "--objective",
        help="What the campaign buys: sales, leads, app, traffic or awareness (or OUTCOME_SALES).",
    ),
]
PlanOpt = Annotated[
    Path | None,
    typer.Option("--plan", help="A plan saved with `adsage plan --out plan.json`: its objective."),
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="en or pl (default: the language of the headers).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
HtmlOpt = Annotated[
    Path | None, typer.Option("--html", help="Also write a self-contained HTML report here.")
]
MetaOpt = Annotated[
    bool,
    typer.Option(
        "--meta", help="FILE holds Marketing API rows from `adsage insights --out X.json`."
    ),
]


def _searcher(warnings: list[dict[str, str]]) -> Any | None:
    """The knowledge index for citations; the analysis still stands without it.

    The queries are fixed, so their answers are kept per index version: a repeat analysis
    opens neither the encoder nor Chroma.
    """
    from adsage.config import load_settings
    from adsage.knowledge.read_cache import CachedQueries

    try:
        settings = load_settings()
    except AdsageError as exc:
        warnings.append({"code": "no_knowledge", "message": f"no citations: {exc}"})
        return None

    def open_index() -> Any | None:
        from adsage.advisor.plan import default_searcher

        try:
            return default_searcher(settings)
        except AdsageError as exc:
            warnings.append({"code": "no_knowledge", "message": f"no citations: {exc}"})
            return None

    def warm(cache: Any) -> None:
        from adsage.analysis.recommend import QUERIES, cite

        for kind in QUERIES:
            for lang in ("en", "pl"):
                cite(cache, kind, lang)  # type: ignore[arg-type]

    return CachedQueries(settings, open_index, warm)


def _settle(searcher: Any | None) -> None:
    """With nothing to cite, still report an index that cannot be known to be there."""
    if searcher is not None and not searcher.lookups and searcher.version is None:
        searcher.real()


def _print_human(data: dict[str, Any]) -> None:
    from rich.console import Console

    from adsage.analysis.terminal import ads_table

    lang, cur = data["lang"], data["currency"]
    console = Console(highlight=False)
    pl = lang == "pl"
    style = "bold green" if data["winner"] else "bold yellow"
    console.print(data["verdict"], style=style, markup=False)  # the answer comes first
    table = ads_table(data, console.width)
    console.print(table)
    meta = [("Waluta: " if pl else "Currency: ") + cur] if cur else []
    if data["reporting"]:
        period = f"{data['reporting']['starts']} – {data['reporting']['ends']}"
        meta.append(("Okres raportowania: " if pl else "Reporting: ") + period)
    if data["attribution"]:
        meta.append(("Atrybucja: " if pl else "Attribution: ") + "; ".join(data["attribution"]))
    for line in meta:
        console.print(line, markup=False)
    for note in data["notes"]:
        console.print(note["message"], style="dim", markup=False)
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
    metric: MetricOpt = None,
    objective: ObjectiveOpt = None,
    plan: PlanOpt = None,
    lang: LangOpt = None,
    as_json: JsonOpt = False,
    html: HtmlOpt = None,
    meta: MetaOpt = False,
) -> None:
    """Which ad won, whether the win is significant, and what to do next."""
    from adsage.analysis.core import analyze_file, check_metric
    from adsage.analysis.primary import normalize_objective, objective_from_plan
    from adsage.analysis.reading import read_export
    from adsage.atomic_files import write_text_atomic
    from adsage.inputs import require_parent
    from adsage.progress import on_terminal, report

    metric = metric.strip().lower() if metric else None
    if html is not None and html.suffix.lower() not in (".html", ".htm"):
        raise BadInput(f"--html {html}: use a .html file name")
    if html is not None:
        require_parent(html, "--html")
    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang {lang!r}: use en or pl")
    if objective and plan:
        raise BadInput("--objective and --plan both give the objective: use one of them")
    objective = normalize_objective(objective) or (objective_from_plan(plan) if plan else None)
    if meta:  # API rows become the export table, so both paths share one reader
        from adsage.config import load_settings
        from adsage.meta.insights import table_file

        file = table_file(file, load_settings().home)
    with on_terminal(None if as_json else _stderr_console(), quiet=as_json):
        # fail fast on a bad file or option before paying for the knowledge index
        report(f"reading {file.name}")
        export = read_export(file)
        if metric:
            check_metric(metric, export, file)
        extra: list[dict[str, str]] = []
        report("loading the knowledge index")
        searcher = _searcher(extra)
        report(f"analysing {file.name}")
        result = analyze_file(
            file,
            metric=metric,
            objective=objective,
            goal=goal,
            lang=lang,
            searcher=searcher,
            export=export,
        )
        _settle(searcher)
    result.warnings.extend(extra)
    data = result.to_json()
    if html is not None:
        from adsage.analysis.report_html import render_html

        write_text_atomic(html, render_html(result))
        sys.stderr.write(f"report written to {html}\n")
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_human(data)


def register(app: typer.Typer) -> None:
    app.command()(analyze)


def _stderr_console() -> Any:
    """Progress goes to stderr; --json shows none, so it never loads rich."""
    from rich.console import Console

    return Console(stderr=True)
