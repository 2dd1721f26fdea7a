"""``adsage knowledge list|show|remove``: see and manage what the knowledge index holds."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console

out = Console(soft_wrap=True)

knowledge_app = typer.Typer(
    help="See and manage the documents in the knowledge index (yours and the bundled guidance).",
    no_args_is_help=True,
)

KeyArg = Annotated[
    str, typer.Argument(metavar="DOCUMENT", help="Source path or doc id, as 'list' shows them.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _store() -> Any:
    from adsage.config import load_settings
    from adsage.knowledge.store import Store

    settings = load_settings()
    return settings, Store(settings)


def _print_json(data: Any) -> None:
    out.file.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _line(r: Any) -> str:
    whose = "yours" if r.origin == "mine" else "bundled"
    date = r.indexed[:10] or "-"
    chunks = f"{r.chunks} chunk{'' if r.chunks == 1 else 's'}"
    return f"{r.source}  [{whose}] {r.lang}, {chunks}, indexed {date}  id {r.doc_id}"


@knowledge_app.command("list")
def list_documents(
    mine: Annotated[bool, typer.Option("--mine", help="Only your own documents.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Every indexed document: source, language, chunks and the date it was indexed."""
    from adsage.knowledge.records import documents

    _, store = _store()
    records = [r for r in documents(store) if r.origin == "mine" or not mine]
    if as_json:
        _print_json({"documents": [r.as_dict() for r in records]})
        return
    if not records:
        out.print("no documents indexed; add one with 'adsage index FILE'", markup=False)
    for r in records:
        out.print(_line(r), markup=False, highlight=False)


@knowledge_app.command("show")
def show(key: KeyArg, as_json: JsonOpt = False) -> None:
    """One document: its record and its sections in order."""
    from adsage.knowledge.records import find

    _, store = _store()
    record = find(store, key)
    if as_json:
        _print_json(record.as_dict(sections=True))
        return
    out.print(f"{record.title}\n{_line(record)}", markup=False, highlight=False)
    for section in record.sections:
        out.print(f"  - {section}", markup=False, highlight=False)


@knowledge_app.command("remove")
def remove(key: KeyArg, as_json: JsonOpt = False) -> None:
    """Take one of your documents out of the index, with its chunks and cached vectors."""
    from adsage.knowledge.records import remove as remove_document

    settings, store = _store()
    record = remove_document(settings, key, store)
    if as_json:
        _print_json({"removed": record.as_dict()})
        return
    out.print(
        f"removed {record.source} ({record.chunks} chunks); 'adsage index FILE' adds it back",
        markup=False,
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    app.add_typer(knowledge_app, name="knowledge")
