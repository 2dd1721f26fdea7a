"""Sentence-level vectors of each chunk, kept beside the index.

A chunk's vector in Chroma is the mean of its sentence vectors: short sentences embed faster
than whole sections and carry meaning across languages better.  The sentence vectors are kept
here, keyed by chunk id (a content hash, so an entry never goes stale), for the max-sentence
rerank in search and for picking answer sentences without embedding them again.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
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


def embed_chunks(texts: Sequence[str]) -> tuple[np.ndarray, list[list[str]], list[np.ndarray]]:
    """Embed every unit of every chunk in one batched pass; chunk vector = normalised mean."""
    import numpy as np

    from adsage.knowledge.embedding import embed

    per_chunk = [units_of(t) for t in texts]
    flat = [u for units in per_chunk for u in units]
    vecs = embed(flat)
    chunk_vecs = np.zeros((len(texts), vecs.shape[1] if len(flat) else 512), dtype=np.float32)
    parts: list[np.ndarray] = []
    pos = 0
    for i, units in enumerate(per_chunk):
        part = vecs[pos : pos + len(units)]
        pos += len(units)
        mean = part.mean(axis=0)
        chunk_vecs[i] = mean / (np.linalg.norm(mean) or 1.0)
        parts.append(part)
    return chunk_vecs, per_chunk, parts


class SentenceVectors:
    """A small SQLite table: chunk id -> units and their float16 vectors."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute(
            "CREATE TABLE IF NOT EXISTS units (chunk_id TEXT PRIMARY KEY, units TEXT, vecs BLOB)"
        )
        return con

    def put(self, items: Iterable[tuple[str, list[str], np.ndarray]]) -> None:
        import numpy as np

        rows = [
            (cid, "\x1e".join(units), np.asarray(v, dtype=np.float16).tobytes())
            for cid, units, v in items
        ]
        if not rows:
            return
        with self._connect() as con:
            con.executemany("INSERT OR REPLACE INTO units VALUES (?, ?, ?)", rows)
        con.close()

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
        con.close()

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
