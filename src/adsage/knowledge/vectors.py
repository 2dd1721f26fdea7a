"""Sentence-level vectors and the text of each chunk, kept beside the index.

A chunk's vector in Chroma is the mean of its sentence vectors: short sentences embed faster
than whole sections and carry meaning across languages better.  The sentence vectors are kept
here, keyed by chunk id (a content hash, so an entry never goes stale), for the max-sentence
rerank in search and for picking answer sentences without embedding them again.

A local index keeps each chunk's text here too, instead of as a Chroma document: Chroma
writes a document to its log, its metadata table and a full-text index nobody queries, which
took about half of a build's time outside embedding.  The text goes in the same transaction as
the chunk's sentence vectors, before the chunk reaches Chroma, so an indexed chunk always has
its text (see :meth:`adsage.knowledge.store.Store.all_documents` for how it is read back, and
for indexes written before, whose texts are Chroma documents).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

MAX_UNIT_CHARS = 400
_MARKUP = re.compile(r"\*\*|__|`")


def units_of(text: str) -> list[str]:
    """The heading and each sentence of a chunk, as separately embedded units."""
    from adsage.knowledge.terms import sentences

    head, _, body = text.partition("\n\n")
    units = [head.strip()] if head.strip() and body else []
    for s in sentences(body or head):
        s = _MARKUP.sub("", s.lstrip("-*• ")).strip()
        if len(s) > 2 and s not in units:
            units.append(s[:MAX_UNIT_CHARS])
    return units or [text[:MAX_UNIT_CHARS]]


class RepeatedUnits:
    """Vectors of units that more than one chunk of a build shares, kept from their first
    embedding until their last use, so a heading or sentence repeated across chunks (or across
    write batches) is embedded once.  Only repeated units are held, each until its last chunk
    is embedded, so memory does not grow with the size of the build."""

    def __init__(self, texts: Iterable[str]) -> None:
        from collections import Counter

        self._units: dict[str, list[str]] = {}
        counts: Counter[str] = Counter()
        for t in texts:
            if t not in self._units:
                self._units[t] = units_of(t)
            counts.update(set(self._units[t]))
        self._left = {u: n for u, n in counts.items() if n > 1}
        self._vecs: dict[str, np.ndarray] = {}

    def units(self, text: str) -> list[str]:
        got = self._units.get(text)
        return got if got is not None else units_of(text)

    def get(self, unit: str) -> np.ndarray | None:
        return self._vecs.get(unit)

    def used(self, per_chunk: Iterable[list[str]], vecs: dict[str, np.ndarray]) -> None:
        """Count these chunks' units as done; keep a vector while later chunks still need it."""
        for units in per_chunk:
            for u in set(units):
                left = self._left.get(u)
                if left is None:
                    continue
                if left <= 1:
                    del self._left[u]
                    self._vecs.pop(u, None)
                else:
                    self._left[u] = left - 1
                    self._vecs.setdefault(u, vecs[u])


def embed_chunks(
    texts: Sequence[str], repeated: RepeatedUnits | None = None
) -> tuple[np.ndarray, list[list[str]], list[np.ndarray]]:
    """Embed every distinct unit of these chunks in one batched pass (a unit another chunk
    already embedded, here or in ``repeated``, is not embedded again); chunk vector =
    normalised mean of its unit vectors."""
    import numpy as np

    from adsage.knowledge.embedding import embed

    per_chunk = [repeated.units(t) if repeated else units_of(t) for t in texts]
    found: dict[str, np.ndarray] = {}
    todo: dict[str, None] = {}
    for units in per_chunk:
        for u in units:
            if u in found or u in todo:
                continue
            known = repeated.get(u) if repeated else None
            if known is None:
                todo[u] = None
            else:
                found[u] = known
    fresh = embed(list(todo))
    found.update(zip(todo, fresh, strict=True))
    chunk_vecs = np.zeros((len(texts), fresh.shape[1]), dtype=np.float32)
    parts: list[np.ndarray] = []
    for i, units in enumerate(per_chunk):
        part = np.stack([found[u] for u in units])  # units_of never returns an empty list
        mean = part.mean(axis=0)
        chunk_vecs[i] = mean / (np.linalg.norm(mean) or 1.0)
        parts.append(part)
    if repeated:
        repeated.used(per_chunk, found)
    return chunk_vecs, per_chunk, parts


class SentenceVectors:
    """A small SQLite file: chunk id -> units and their float16 vectors (``units``), and
    chunk id -> text (``texts``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute(
            "CREATE TABLE IF NOT EXISTS units (chunk_id TEXT PRIMARY KEY, units TEXT, vecs BLOB)"
        )
        con.execute("CREATE TABLE IF NOT EXISTS texts (chunk_id TEXT PRIMARY KEY, text TEXT)")
        return con

    def put(
        self,
        items: Iterable[tuple[str, list[str], np.ndarray]],
        texts: Mapping[str, str] | None = None,
    ) -> None:
        """Store sentence vectors and, in the same transaction, chunk texts."""
        import numpy as np

        rows = [
            (cid, "\x1e".join(units), np.asarray(v, dtype=np.float16).tobytes())
            for cid, units, v in items
        ]
        if not rows and not texts:
            return
        with self._connect() as con:
            con.executemany("INSERT OR REPLACE INTO units VALUES (?, ?, ?)", rows)
            if texts:
                con.executemany("INSERT OR REPLACE INTO texts VALUES (?, ?)", texts.items())
        con.close()

    def texts(self, ids: Sequence[str]) -> dict[str, str]:
        """The kept text of each of ``ids`` that has one (none when the file is unreadable)."""
        if not ids or not self.path.exists():
            return {}
        out: dict[str, str] = {}
        try:
            con = self._connect()
            for i in range(0, len(ids), 500):
                part = list(ids[i : i + 500])
                marks = ",".join("?" * len(part))
                q = f"SELECT chunk_id, text FROM texts WHERE chunk_id IN ({marks})"
                out.update((cid, text) for cid, text in con.execute(q, part) if text is not None)
            con.close()
        except sqlite3.DatabaseError:
            return {}
        return out

    def text_ids(self) -> set[str]:
        """Every chunk id with a kept text."""
        if not self.path.exists():
            return set()
        try:
            con = self._connect()
            got = {r[0] for r in con.execute("SELECT chunk_id FROM texts WHERE text IS NOT NULL")}
            con.close()
        except sqlite3.DatabaseError:
            return set()
        return got

    def get(self, ids: Sequence[str]) -> dict[str, tuple[list[str], np.ndarray]]:
        import numpy as np

        if not ids or not self.path.exists():
            return {}
        out: dict[str, tuple[list[str], np.ndarray]] = {}
        try:
            con = self._connect()
            for i in range(0, len(ids), 500):
                part = list(ids[i : i + 500])
                marks = ",".join("?" * len(part))
                q = f"SELECT chunk_id, units, vecs FROM units WHERE chunk_id IN ({marks})"
                for cid, units, blob in con.execute(q, part):
                    vec = np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, 512)
                    out[cid] = (units.split("\x1e"), vec)
            con.close()
        except sqlite3.DatabaseError:
            return {}  # a damaged cache only costs re-embedding
        return out

    def delete(self, ids: Sequence[str]) -> None:
        if not ids or not self.path.exists():
            return
        with self._connect() as con:
            con.executemany("DELETE FROM units WHERE chunk_id = ?", [(i,) for i in ids])
            con.executemany("DELETE FROM texts WHERE chunk_id = ?", [(i,) for i in ids])
        con.close()

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
