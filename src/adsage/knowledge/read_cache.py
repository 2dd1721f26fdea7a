"""Read caches kept beside the index: the document table with its BM25 statistics, the chunk
vectors, and the answers to fixed queries (the citations ``analyze`` looks up).

Every read path used to pull every document out of Chroma and re-tokenise it for BM25 in each
process (3 s at 20k chunks), and ``analyze`` loaded the encoder and Chroma only to answer the
same few queries.  Dense search needed Chroma only to rank chunk vectors by cosine distance:
importing and opening it cost more than a second per process, while an exact dot product over
the saved vectors takes milliseconds (Chroma stays the store, and the only reader for a
shared server).  All three depend on nothing but the index, so they are saved under
``ADSAGE_HOME/read-cache`` keyed by the index version (see
:func:`adsage.knowledge.index_journal.version`, changed by every write) and checked by
SHA-256.  A stale, damaged or unreadable cache is simply rebuilt from the index; a cache that
cannot be written costs only the time it would have saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

    from adsage.knowledge.bm25 import BM25

FORMAT = 1
TABLE = "documents.bin"
VECTORS = "vectors.bin"
CITATIONS = "queries.json"

Table = tuple[list[str], list[str], list[dict[str, Any]], "BM25"]


def folder(settings: Settings) -> Path:
    return settings.home / "read-cache"


def _write(path: Path, data: bytes) -> None:
    """Temp file and rename: a reader sees the old file or the new one, never half of one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _frame(key: str, payload: bytes, **extra: Any) -> bytes:
    head = {"format": FORMAT, "key": key, "sha256": hashlib.sha256(payload).hexdigest(), **extra}
    return json.dumps(head).encode() + b"\n" + payload


def _read(path: Path, key: str) -> tuple[dict[str, Any], memoryview] | None:
    """The head and payload of a cache file written for ``key``; None when it is missing,
    for another version, or damaged.  The payload is a view: large files are not copied."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    end = data.find(b"\n")
    if end < 0:
        return None
    try:
        head = json.loads(data[:end])
    except ValueError:
        return None
    if not isinstance(head, dict):
        return None
    if head.get("format") != FORMAT or head.get("key") != key:
        return None
    payload = memoryview(data)[end + 1 :]
    if head.get("sha256") != hashlib.sha256(payload).hexdigest():
        return None
    return head, payload


def _unframe(path: Path, key: str) -> bytes | None:
    got = _read(path, key)
    return None if got is None else got[1].tobytes()


# ---------- document table and BM25 statistics ----------


def version(settings: Settings) -> str | None:
    from adsage.knowledge.index_journal import version as index_version

    return index_version(settings)


def load_table(settings: Settings, key: str) -> Table | None:
    from adsage.knowledge.bm25 import BM25

    got = _read(folder(settings) / TABLE, key)
    if got is None:
        return None
    try:
        ids, docs, metas, state = marshal.loads(got[1])
        bm25 = BM25.from_state(state)
    except (ValueError, EOFError, TypeError):
        return None
    if not (len(ids) == len(docs) == len(metas) == len(bm25)):
        return None
    return ids, docs, metas, bm25


def save_table(settings: Settings, key: str, table: Table) -> None:
    ids, docs, metas, bm25 = table
    try:
        payload = marshal.dumps((ids, docs, metas, bm25.state()))
    except ValueError:  # a metadata value marshal cannot hold: no cache, same answers
        return
    _write(folder(settings) / TABLE, _frame(key, payload))


# ---------- chunk vectors ----------


def _ids_digest(ids: list[str]) -> str:
    """Ties the vectors to the table's row order: rows are matched to chunks by position."""
    return hashlib.sha256("\x1f".join(ids).encode("utf-8")).hexdigest()


def save_vectors(settings: Settings, key: str, ids: list[str], vectors: Any) -> None:
    """Row ``i`` is the vector of chunk ``ids[i]`` (float32), as the searcher ranks it."""
    import numpy as np

    arr = np.ascontiguousarray(vectors, dtype=np.float32)
    if arr.ndim != 2 or arr.shape[0] != len(ids):
        return
    extra = {"rows": int(arr.shape[0]), "dim": int(arr.shape[1]), "ids": _ids_digest(ids)}
    _write(folder(settings) / VECTORS, _frame(key, arr.tobytes(), **extra))


def load_vectors(settings: Settings, key: str, ids: list[str]) -> np.ndarray | None:
    """The vectors saved for this index version and exactly these chunks, or None."""
    import numpy as np

    got = _read(folder(settings) / VECTORS, key)
    if got is None:
        return None
    head, payload = got
    rows, dim = head.get("rows"), head.get("dim")
    if not (isinstance(rows, int) and isinstance(dim, int)) or rows != len(ids):
        return None
    if head.get("ids") != _ids_digest(ids) or len(payload) != rows * dim * 4:
        return None
    return np.frombuffer(payload, dtype=np.float32).reshape(rows, dim)


# ---------- answers to fixed queries ----------


class CachedQueries:
    """Answers ``search`` calls from the cache for this index version; on a miss it opens the
    real searcher (``open_searcher``, which may return None when the index is unavailable),
    asks it, and remembers the answer."""

    def __init__(
        self,
        settings: Settings,
        open_searcher: Callable[[], Any | None],
        warm: Callable[[CachedQueries], None] | None = None,
    ) -> None:
        from adsage.knowledge.index_journal import version

        self.settings = settings
        self._open = open_searcher
        self._warm = warm  # asks every fixed query once the index is open anyway
        self._saving = True
        self._real: Any | None = None
        self._opened = False
        self._key = version(settings)
        self._entries: dict[str, list[dict[str, Any]]] = self._load(self._key)
        self.lookups = 0

    def _load(self, key: str | None) -> dict[str, list[dict[str, Any]]]:
        if key is None:
            return {}
        payload = _unframe(folder(self.settings) / CITATIONS, key)
        if payload is None:
            return {}
        with contextlib.suppress(ValueError):
            entries = json.loads(payload)
            if isinstance(entries, dict):
                return entries
        return {}

    @property
    def version(self) -> str | None:
        return self._key

    def real(self) -> Any | None:
        """The index searcher, opened (and the bundled index built) on first need."""
        if not self._opened:
            self._opened = True
            self._real = self._open()
            from adsage.knowledge.index_journal import version

            key = version(self.settings)  # opening may have built the index
            if key != self._key:
                self._key, self._entries = key, {}
            if self._real is not None and self._warm is not None:
                self._saving = False
                try:
                    self._warm(self)
                finally:
                    self._saving = True
                self._save()
        return self._real

    def _save(self) -> None:
        if self._key is None or not self._saving:
            return
        text = json.dumps(self._entries, ensure_ascii=False, sort_keys=True)
        _write(folder(self.settings) / CITATIONS, _frame(self._key, text.encode("utf-8")))

    def search(self, query: str, k: int = 5, **options: Any) -> list[Any]:
        """:meth:`Searcher.search`, with the same keyword options (lang, topic, source, mode)."""
        from adsage.knowledge.hits import Hit

        self.lookups += 1
        name = json.dumps([query, k, sorted(options.items())], ensure_ascii=False)
        cached = self._entries.get(name)
        if cached is not None:
            try:
                return [Hit.from_dict(h) for h in cached]
            except TypeError:  # saved by a version whose hits had other fields
                pass
        searcher = self.real()
        if searcher is None:
            return []
        if name in self._entries:  # answered while warming up
            return [Hit.from_dict(h) for h in self._entries[name]]
        hits = list(searcher.search(query, k, **options))
        if self._key is not None:
            self._entries[name] = [h.as_dict() for h in hits]
            self._save()
        return hits
