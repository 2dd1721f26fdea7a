"""``adsage plan``, ``copy``, ``persona`` and ``formats``: read a brief, print or write results."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from adsage.atomic_files import write_text_atomic
from adsage.cli import sheet
from adsage.errors import BadInput

BriefArg = Annotated[
    Path, typer.Argument(metavar="BRIEF", help="Brief as YAML or JSON; - reads it from stdin.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ModelOpt = Annotated[
    str | None, typer.Option("--model", help="Model name for --llm openai (or ADSAGE_MODEL).")
]
LlmOpt = Annotated[
    str | None,
    typer.Option("--llm", help="Drafting engine: offline (default) or openai.", metavar="ENGINE"),
]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Include prompts in the trace.")]


def _setup(
    brief_path: Path, llm: str | None, max_tokens: int | None = None, model: str | None = None
) -> tuple[Any, Any]:
    from adsage.cli.options import llm_settings
    from adsage.inputs import read_data
    from adsage.models.brief import MAX_BRIEF_BYTES, load_brief, load_brief_data

    if llm not in (None, "offline", "openai"):
        raise BadInput(f"--llm must be offline or openai, not '{llm}'")
    if str(brief_path) == "-":
        brief = load_brief_data(read_data("-", MAX_BRIEF_BYTES, "brief"), "stdin")
    else:
        brief = load_brief(brief_path)
    settings = llm_settings(llm, max_tokens_per_plan=max_tokens, model=model)
    return brief, settings


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def plan(
    brief: BriefArg,
    as_json: JsonOpt = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to FILE (.md, .json or .html).")
    ] = None,
    llm: LlmOpt = None,
    n: Annotated[int, typer.Option("--n", min=3, max=10, help="Copy drafts.")] = 3,
    verbose: VerboseOpt = False,
    max_tokens: Annotated[
        int | None,
        typer.Option("--max-tokens-per-plan", min=1, help="Cap model tokens for this plan."),
    ] = None,
    model: ModelOpt = None,
    csv_out: sheet.CsvOpt = None,
    xlsx_out: sheet.XlsxOpt = None,
    image: sheet.ImageOpt = None,
    video: sheet.VideoOpt = None,
    utm: sheet.UtmOpt = None,
    page: sheet.PageOpt = None,
    pixel: sheet.PixelOpt = None,
) -> None:
    """A complete, checked, cited campaign plan from a brief."""
    from adsage.inputs import require_parent

    if out is not None and out.suffix.lower() not in (".md", ".json", ".html"):
        raise BadInput(f"--out {out}: use a .md, .json or .html file name")
    if out is not None:
        require_parent(out, "--out")
    sheet.sheet_paths(csv_out, xlsx_out)
    options = sheet.sheet_options(image=image, video=video, utm=utm, page=page, pixel=pixel)
    b, settings = _setup(brief, llm, max_tokens, model)
    from adsage.knowledge.embedding import read_model_ahead

    read_model_ahead()  # the knowledge lookups need it after the imports and numbers below
    from adsage.advisor.plan import build_plan
    from adsage.cli.check_media import export_media_ok
    from adsage.drafting.llm_progress import show_progress
    from adsage.render.plan_md import plan_html, plan_markdown

    show_progress(not as_json)  # drawn on a terminal's stderr only
    result = build_plan(b, settings=settings, n_copies=n, verbose=verbose)
    picks = [(f.format, f.placements) for f in result.formats]
    media_ok = export_media_ok(image, video, picks, carousel=any(f == "carousel" for f, _ in picks))
    from adsage.export.plan_rows import SheetRefused

    refused: SheetRefused | None = None
    try:
        sheet.write_plan_sheet(result, csv_out, xlsx_out, options)
    except SheetRefused as exc:  # the plan still says why, and what to do instead
        refused = exc
    if out is not None:
        suffix = out.suffix.lower()
        text = (
            json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
            if suffix == ".json"
            else plan_html(result)
            if suffix == ".html"
            else plan_markdown(result)
        )
        write_text_atomic(out, text)
        sys.stderr.write(f"plan written to {out}\n")
    elif as_json:
        _emit(result.to_json_dict())
    else:
        _print_markdown(plan_markdown(result))
    if refused is not None:
        from adsage.i18n import t

        option, path = ("--csv", csv_out) if csv_out is not None else ("--xlsx", xlsx_out)
        reason = str(refused)
        raise BadInput(t("sheet.refused", result.lang, option=option, path=path, reason=reason))
    if not media_ok or not all(c.report.ok for c in result.copy_drafts):
        raise typer.Exit(1)


def _print_markdown(text: str) -> None:
    from adsage.cli.output import plain_pipe

    if plain_pipe():  # rich would find no terminal: not worth importing it to learn that
        sys.stdout.write(text)
        return
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console()
    if console.is_terminal:
        console.print(Markdown(text))
    else:
        sys.stdout.write(text)


def copy(
    brief: BriefArg,
    n: Annotated[int, typer.Option("--n", min=1, max=10, help="Number of drafts.")] = 3,
    as_json: JsonOpt = False,
    llm: LlmOpt = None,
) -> None:
    """Ad copy drafts for a brief, each with its validation report."""
    from adsage.advisor.plan import draft_copy, prepare

    b, settings = _setup(brief, llm)
    ctx, engine = prepare(b, settings=settings)
    drafts = draft_copy(ctx, engine, n)
    if as_json:
        _emit([d.model_dump(mode="json") for d in drafts])
    else:
        for i, d in enumerate(drafts, 1):
            badge = (
                "ok"
                if d.report.ok and not d.report.findings
                else ("warnings" if d.report.ok else "errors")
            )
            sys.stdout.write(
                f"{i}. [{d.framework} · {d.persona} · {badge}]\n   {d.primary_text}\n"
                f"   {d.headline} | {d.description} | {d.cta}\n"
            )
    if not all(d.report.ok for d in drafts):
        raise typer.Exit(1)


def persona(brief: BriefArg, as_json: JsonOpt = False, llm: LlmOpt = None) -> None:
    """Audience personas for a brief."""
    from adsage.advisor.plan import prepare

    b, settings = _setup(brief, llm)
    ctx, engine = prepare(b, settings=settings)
    people = engine.personas(ctx)
    if as_json:
        _emit([p.model_dump(mode="json") for p in people])
        return
    for p in people:
        sys.stdout.write(
            f"{p.name}: {p.demographics}\n  + {'; '.join(p.motivations)}\n"
            f"  - {'; '.join(p.pains)}\n  ? {'; '.join(p.objections)}\n"
            f"  @ {', '.join(p.where_they_scroll)}\n  > {p.message_angle}\n"
        )


def formats(brief: BriefArg, as_json: JsonOpt = False, llm: LlmOpt = None) -> None:
    """Ranked ad format picks with reasons and specs."""
    from adsage.advisor.plan import prepare

    b, settings = _setup(brief, llm)
    ctx, engine = prepare(b, settings=settings)
    picks = engine.formats(ctx)
    if as_json:
        _emit([f.model_dump(mode="json") for f in picks])
        return
    for f in picks:
        sys.stdout.write(f"{f.rank}. {f.format} ({', '.join(f.placements)}): {f.reason}\n")
        for spec in f.specs:
            sys.stdout.write(f"   - {spec}\n")


def register(app: typer.Typer) -> None:
    app.command()(plan)
    app.command()(copy)
    app.command()(persona)
    app.command()(formats)
