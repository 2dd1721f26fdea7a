"""What the index holds, document by document, and taking one document out of it.

The records are read from the chunks' own metadata, so they can never disagree with what
search sees.  A removed file that lives in a folder indexed before is remembered as removed,
or the next ``adsage index`` (which rescans remembered folders) would bring it straight back;
naming the file to ``adsage index`` again is how it returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adsage.config import Settings, ensure_home
from adsage.errors import BadInput
from adsage.knowledge.chunking import BUNDLED_PREFIX
from adsage.knowledge.store import Store, write_lock


@dataclass
class DocumentRecord:
    source: str
    doc_id: str
    title: str
    lang: str
    origin: str  # "mine" (indexed by the user) or "bundled"
    chunks: int
    indexed: str  # UTC date and time of the indexed version; "" if indexed before dates
    sections: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)

    def as_dict(self, *, sections: bool = False) -> dict[str, Any]:
        keys = ["source", "doc_id", "title", "lang", "origin", "chunks", "indexed"]
        out: dict[str, Any] = {k: getattr(self, k) for k in keys}
        if sections:
            out["sections"] = self.sections
        return out


def roots_path(settings: Settings) -> Path:
    return settings.home / "roots.json"


def removed_path(settings: Settings) -> Path:
    return settings.home / "removed.json"


def _read_list(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def _write_list(settings: Settings, path: Path, items: list[str]) -> None:
    from adsage.atomic_files import write_text_atomic

    ensure_home(settings.home)
    write_text_atomic(path, json.dumps(sorted(set(items)), indent=1))


def documents(store: Store) -> list[DocumentRecord]:
    """Every indexed document: the user's own first, then the bundled guidance, by source."""
    by_source: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for cid, meta in store.all_metadata().items():
        by_source.setdefault(str(meta.get("source", "")), []).append((cid, meta))
    records = []
    for source, chunks in by_source.items():
        chunks.sort(key=lambda c: int(c[1].get("ordinal", 0)))
        first = chunks[0][1]
        sections: list[str] = []
        for _, m in chunks:
            if str(m.get("section", "")) not in sections:
                sections.append(str(m.get("section", "")))
        records.append(
            DocumentRecord(
                source=source,
                doc_id=str(first.get("doc_id", "")),
                title=str(first.get("title", "")),
                lang=str(first.get("lang", "")),
                origin="bundled" if source.startswith(BUNDLED_PREFIX) else "mine",
                chunks=len(chunks),
                indexed=max(str(m.get("indexed", "")) for _, m in chunks),
                sections=sections,
                ids=[cid for cid, _ in chunks],
            )
        )
    return sorted(records, key=lambda r: (r.origin != "mine", r.source))


def find(store: Store, key: str) -> DocumentRecord:
    """The document named by its source, its doc id, or a path to its file."""
    wanted = {key}
    path = Path(key).expanduser()
    if path.exists():
        wanted.add(str(path.resolve()))
    for record in documents(store):
        if record.source in wanted or record.doc_id in wanted:
            return record
    raise BadInput(
        f"no indexed document matches '{key}'; see 'adsage knowledge list' for sources and ids"
    )


def remove(settings: Settings, key: str, store: Store | None = None) -> DocumentRecord:
    """Delete a user's document from the index: its chunks, their cached sentence vectors,
    and its place among the remembered folders and files."""
    from adsage.knowledge.vectors import SentenceVectors

    store = store or Store(settings)
    with write_lock(settings):
        record = find(store, key)
        if record.origin == "bundled":
            raise BadInput(
                f"{record.source} is guidance shipped with adsage and cannot be removed; "
                "use --bundled off or ADSAGE_KNOWLEDGE_BUNDLED=off to answer without it"
            )
        store.delete(record.ids)
        SentenceVectors(settings.sentences_path).delete(record.ids)
        roots = _read_list(roots_path(settings))
        if record.source in roots:
            _write_list(settings, roots_path(settings), [r for r in roots if r != record.source])
        elif any(record.source.startswith(r.rstrip("/") + "/") for r in roots):
            removed = _read_list(removed_path(settings))
            _write_list(settings, removed_path(settings), [*removed, record.source])
    return record


def not_removed(
    settings: Settings, files: list[Path], sources: list[str], named: set[str]
) -> list[Path]:
    """``files`` minus those removed with ``adsage knowledge remove``; a file named again
    (``named``: resolved paths given to ``adsage index``) is indexed and forgotten as removed."""
    removed = set(_read_list(removed_path(settings)))
    if not removed:
        return files
    back = removed & named
    if back:
        _write_list(settings, removed_path(settings), sorted(removed - back))
    return [f for f, s in zip(files, sources, strict=True) if s not in removed or s in named]
