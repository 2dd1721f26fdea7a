"""``adsage index``, ``adsage search`` and ``adsage ask``: translate arguments, print results."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from adsage.errors import BadInput
from adsage.knowledge.poison import describe, is_suspect

out = Console(soft_wrap=True)
err = Console(stderr=True)


def _settings() -> Any:
    from adsage.config import load_settings

    return load_settings()


def _ensure_index(settings: Any) -> Any:
    """Search builds the bundled index on first use, so a new user gets answers at once."""
    from adsage.knowledge.ingest import ready_searcher

    return ready_searcher(
        settings,
        announce=lambda: err.print("[dim]Building the knowledge index (first use)...[/dim]"),
    )


def _print_json(data: Any) -> None:
    out.file.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def index(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to add.")] = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Drop the index and build it anew.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Build or update the knowledge index (bundled guidance plus your own documents)."""
    from adsage.knowledge.ingest import index_paths
    from adsage.progress import on_terminal, report

    settings = _settings()
    with on_terminal(err, quiet=as_json):
        summary = index_paths(settings, paths or [], rebuild=rebuild, progress=report)
    data = summary.as_dict()
    if as_json:
        _print_json(data)
    else:
        out.print(
            f"[bold]Index[/bold]: {len(summary.added)} added, {len(summary.updated)} updated, "
            f"{len(summary.unchanged)} unchanged, {len(summary.removed)} removed, "
            f"{len(summary.skipped)} skipped; {summary.chunks_total} chunks "
            f"({summary.chunks_added} embedded, {summary.chunks_removed} deleted)"
        )
        for s in summary.skipped:
            out.print(f"  skipped {s['path']}: {s['reason']}", markup=False)
    for f in summary.flagged:
        # stderr as well as the summary: a planted instruction deserves a look even in --json
        err.print(
            f"warning: {f['path']} › {f['section']}: flagged ({f['reason']}); it stays "
            "searchable but is never given to the model",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if paths:
        indexed = summary.added + summary.updated + summary.unchanged
        given = [str(p.resolve()) for p in paths]
        if not any(src.startswith(g) for src in indexed for g in given):
            err.print("none of the given files could be indexed")
            raise typer.Exit(1)


def search(
    query: Annotated[str, typer.Argument(help="What to look for (English or Polish).")],
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="Number of results.")] = 5,
    lang: Annotated[str | None, typer.Option("--lang", help="Only documents in en or pl.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Only this topic.")] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Only this source or doc id.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Hybrid search (meaning + keywords) over the knowledge index."""
    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang must be en or pl, not '{lang}'")
    from adsage.inputs import strip_bidi

    query = strip_bidi(query)  # echoed back in --json
    if not query.strip():
        raise BadInput("QUERY is empty: give a question or keywords")
    _check_length("QUERY", query)
    searcher = _ensure_index(_settings())
    hits = searcher.search(query, k, lang=lang, topic=topic, source=source)
    if as_json:
        keys = ("id", "source", "title", "section", "lang", "topic", "score", "text")
        results = []
        for h in hits:
            item = {k_: h.as_dict()[k_] for k_ in keys}
            if is_suspect(h.flags):  # only flagged hits carry the key: the schema stays stable
                item["flagged"] = describe(h.flags)
            results.append(item)
        _print_json({"query": query, "results": results})
    else:
        for n, h in enumerate(hits, 1):
            # Document text is not ours: printed without markup so "[link=...]" stays text.
            out.print(
                f"{n}. {h.title} › {h.section}  {h.source} ({h.lang}) {h.score:.4f}", markup=False
            )
            if is_suspect(h.flags):
                out.print(f"   flagged: {describe(h.flags)}", markup=False)
            body = h.text.split("\n\n", 1)[-1]
            out.print(
                "   " + (body[:300] + ("…" if len(body) > 300 else "")).replace("\n", " "),
                markup=False,
            )
    if not hits:
        err.print("nothing found")
        raise typer.Exit(1)


def ask(
    question: Annotated[str, typer.Argument(help="A question in English or Polish.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Answer a question from the guidance, with numbered citations."""
    from adsage.inputs import strip_bidi
    from adsage.knowledge.answer import answer_question

    question = strip_bidi(question)
    if not question.strip():
        raise BadInput(
            "QUESTION is empty: ask something, e.g. adsage ask 'How long should an A/B test run?'"
        )
    _check_length("QUESTION", question)
    searcher = _ensure_index(_settings())
    answer = answer_question(searcher, question)
    if as_json:
        _print_json(answer.as_dict())
    elif answer.found:
        out.print(answer.answer, markup=False)
        out.print()
        for c in answer.citations:
            out.print(f"[{c.n}] {c.title} › {c.section} ({c.source}, {c.id})", markup=False)
    if not answer.found:
        err.print("nothing in the knowledge base answers this question")
        raise typer.Exit(1)


def _check_length(name: str, text: str) -> None:
    from adsage.security import MAX_QUESTION_CHARS

    if len(text) > MAX_QUESTION_CHARS:
        raise BadInput(
            f"{name} is {len(text)} characters; the limit is {MAX_QUESTION_CHARS}, so shorten it"
        )


def register(app: typer.Typer) -> None:
    app.command()(index)
    app.command()(search)
    app.command()(ask)
