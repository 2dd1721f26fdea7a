"""The Chroma store behind the index, and the lock that keeps it to one writer.

A local ``PersistentClient`` under ``ADSAGE_HOME`` by default, a ``HttpClient`` when
``ADSAGE_CHROMA_URL`` points at a shared server.  Every failure to open or read becomes a
``StoreError`` that names the fix, because a stack trace from sqlite helps nobody.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from adsage.config import Settings, ensure_home
from adsage.errors import AdsageError, StoreError

REBUILD_HINT = "run 'adsage index --rebuild' to rebuild it"
# Bumped whenever this process takes the write lock.  Another process may have written the
# index before we got the lock, and Chroma caches segment state per process, so a client
# opened before that point can miss the other writer's vectors ("Nothing found on disk").
_epoch = [0]


@contextlib.contextmanager
def write_lock(settings: Settings) -> Iterator[None]:
    """Hold the index's single-writer lock; a second writer waits, then fails clearly.

    On entry, undo whatever a writer killed mid-run left half written (see
    :mod:`adsage.knowledge.index_journal`); on a clean exit, close this run's journal.
    """
    from filelock import FileLock, Timeout

    from adsage.knowledge import index_journal
    from adsage.progress import held

    ensure_home(settings.home)
    lock = FileLock(str(settings.lock_path), timeout=settings.lock_timeout)
    try:
        with held(lock, "waiting for another adsage process to finish writing the index"):
            _epoch[0] += 1
            index_journal.bump(settings)
            index_journal.recover(settings, Store(settings))
            yield
            index_journal.finish(settings)
            index_journal.bump(settings)
    except Timeout:
        raise StoreError(
            f"another adsage process is writing the index (lock {settings.lock_path}); "
            "wait for it to finish and try again"
        ) from None


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


def make_client(settings: Settings) -> Any:
    """Client factory: no client exists until a command needs one."""
    import chromadb

    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=_chroma_settings(),
            )
        except Exception as exc:
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_url} ({_short(exc)}); "
                "start it or unset ADSAGE_CHROMA_URL"
            ) from None
    from filelock import FileLock, Timeout

    path = settings.chroma_dir
    ensure_home(settings.home)
    # Chroma creates its tables on first open without a lock of its own: two processes
    # opening a new index at once fail with "table collections already exists".
    opening = FileLock(str(settings.home / "chroma-open.lock"), timeout=settings.lock_timeout)
    try:
        path.mkdir(parents=True, exist_ok=True)
        with opening:
            return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Timeout:
        raise StoreError(
            f"another adsage process is opening the index at {path}; try again"
        ) from None
    except Exception as exc:
        raise local_error(path, exc) from None


def local_error(path: Path, exc: BaseException) -> StoreError:
    """The message for a local index that failed: read-only and unreadable need different
    fixes, and both name the command that recreates the index."""
    detail = _short(exc)
    low = detail.lower()
    if isinstance(exc, PermissionError) or "readonly" in low or "read-only" in low:
        return StoreError(
            f"the index at {path} is read-only ({detail}); make the folder writable again, "
            "or move it aside and run 'adsage index --rebuild'"
        )
    return StoreError(f"the index at {path} is unreadable ({detail}); {REBUILD_HINT}")


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]


def index_exists(settings: Settings) -> bool:
    return (settings.chroma_dir / "chroma.sqlite3").exists()


def deleted_error(settings: Settings) -> StoreError:
    return StoreError(
        f"the index at {settings.chroma_dir} was deleted while adsage was running; {REBUILD_HINT}"
    )


class Store:
    """One collection of chunks, with the few operations ingestion and search need."""

    def __init__(self, settings: Settings, client: Any | None = None) -> None:
        from adsage.knowledge.index_journal import Journal, journal_path

        self.settings = settings
        self._client = client
        self._collection: Any | None = None
        self._opened_dir = False  # we opened settings.chroma_dir ourselves
        self._epoch = _epoch[0]
        self._journal = Journal(journal_path(settings))

    @property
    def client(self) -> Any:
        if self._client is not None and self._opened_dir and self._epoch != _epoch[0]:
            self._forget_client()  # opened before another writer finished: reopen
        if self._client is None:
            self._client = make_client(self.settings)
            self._opened_dir = not self.settings.chroma_url
            self._epoch = _epoch[0]
        return self._client

    def _check_still_there(self) -> None:
        """A local index deleted under a running process (a bot, a chat) would keep
        answering from unlinked files and take writes that vanish; say so instead."""
        if not self._opened_dir:
            return
        if index_exists(self.settings):
            return
        self._forget_client()
        raise deleted_error(self.settings)

    def _forget_client(self) -> None:
        self._collection = None
        self._client = None
        self._opened_dir = False
        with contextlib.suppress(Exception):
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()

    @property
    def where(self) -> str:
        return self.settings.chroma_url or str(self.settings.chroma_dir)

    def collection(self) -> Any:
        if self._collection is None:
            from adsage.knowledge.embedding import chroma_embedding_function

            try:
                self._collection = self.client.get_or_create_collection(
                    name=self.settings.collection,
                    embedding_function=chroma_embedding_function(),
                    configuration={"hnsw": {"space": "cosine"}},
                )
            except AdsageError:  # already one clear line (a store or settings problem)
                raise
            except Exception as exc:
                raise self._error(exc) from None
        return self._collection

    def _error(self, exc: BaseException) -> StoreError:
        if self.settings.chroma_url:
            return StoreError(
                f"the Chroma server at {self.settings.chroma_url} failed ({_short(exc)}); "
                "check the server or unset ADSAGE_CHROMA_URL"
            )
        return local_error(self.settings.chroma_dir, exc)

    def _call(self, fn: str, *args: Any, **kwargs: Any) -> Any:
        self._check_still_there()
        if self._opened_dir and self._epoch != _epoch[0]:
            self._collection = None  # the next line reopens the client (see ``client``)
        try:
            return getattr(self.collection(), fn)(*args, **kwargs)
        except AdsageError:
            raise
        except Exception as exc:
            raise self._error(exc) from None

    def count(self) -> int:
        return int(self._call("count"))

    def all_metadata(self) -> dict[str, dict[str, Any]]:
        got = self._call("get", include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    @property
    def keeps_documents(self) -> bool:
        """Whether chunk texts are Chroma documents.  Only on a shared server, whose readers
        on other machines have nothing else; a local index keeps them beside it (see
        :mod:`adsage.knowledge.vectors`), which makes a build markedly cheaper."""
        return bool(self.settings.chroma_url)

    def all_documents(self) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        """Every chunk's id, text and metadata.  A text is the chunk's Chroma document when
        it has one (a server, or an index written before texts were kept beside it), else
        the text kept beside the index."""
        got = self._call("get", include=["documents", "metadatas"])
        ids = list(got["ids"])
        metas = [dict(m or {}) for m in got["metadatas"]]
        docs: list[str | None] = list(got.get("documents") or [None] * len(ids))
        missing = [cid for cid, d in zip(ids, docs, strict=True) if d is None]
        if missing:
            from adsage.knowledge.vectors import SentenceVectors

            kept = SentenceVectors(self.settings.sentences_path).texts(missing)
            if len(kept) < len(missing):
                raise self.lost_texts_error(len(missing) - len(kept))
            docs = [kept[cid] if d is None else d for cid, d in zip(ids, docs, strict=True)]
        return ids, [str(d) for d in docs], metas

    def lost_texts_error(self, n: int) -> StoreError:
        return StoreError(
            f"the index at {self.where} is missing the text of {n} chunk(s), kept in "
            f"{self.settings.sentences_path} (deleted or damaged); run 'adsage index' to "
            "index those documents again"
        )

    def lost_texts(self, ids: Sequence[str]) -> list[str]:
        """Chunks of ``ids`` whose text is nowhere: neither kept beside the index nor a Chroma
        document (the file that keeps texts was deleted or damaged).  Texts that only an index
        written before holds as documents are copied beside it on the way, once."""
        if self.keeps_documents or not ids:
            return []
        from adsage.knowledge.vectors import SentenceVectors

        kept = SentenceVectors(self.settings.sentences_path)
        have = kept.text_ids()
        missing = [cid for cid in ids if cid not in have]
        found: dict[str, str] = {}
        for i in range(0, len(missing), 2000):
            got = self._call("get", ids=missing[i : i + 2000], include=["documents"])
            docs = got.get("documents") or [None] * len(got["ids"])
            found.update((c, d) for c, d in zip(got["ids"], docs, strict=True) if d is not None)
        if found:
            kept.put([], found)
        return [cid for cid in missing if cid not in found]

    def all_entries(self) -> tuple[list[str], list[str], list[dict[str, Any]], Any]:
        """:meth:`all_documents` and each chunk's vector (row i for ``ids[i]``, float32), so
        the read cache can rank by meaning without opening Chroma again.  Vectors come in
        batches: asking for all of them at once took ~0.5 GiB more at 20k chunks."""
        ids, docs, metas = self.all_documents()
        return ids, docs, metas, self.vectors(ids)

    def vectors(self, ids: Sequence[str], batch: int = 2000) -> Any:
        """The stored vectors of ``ids`` in that order; an empty (0, 0) array when any is
        missing (deleted meanwhile) or there are none, and the caller ranks through Chroma."""
        import numpy as np

        out: Any = None
        for i in range(0, len(ids), batch):
            part = list(ids[i : i + batch])
            got = self._call("get", ids=part, include=["embeddings"])
            emb = got.get("embeddings")
            row = {cid: j for j, cid in enumerate(got["ids"])}
            if emb is None or len(emb) != len(row) or any(c not in row for c in part):
                return np.zeros((0, 0), dtype=np.float32)
            arr = np.asarray(emb, dtype=np.float32)
            if out is None:
                out = np.empty((len(ids), arr.shape[1]), dtype=np.float32)
            out[i : i + len(part)] = arr[[row[c] for c in part]]
        return np.zeros((0, 0), dtype=np.float32) if out is None else out

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Any,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
        batch: int = 2048,  # Chroma takes up to 5461 per call
    ) -> None:
        """Write chunks; their ``documents`` go to Chroma only where :attr:`keeps_documents`
        (a local index has them kept beside it before this call: see ``ingest``)."""
        self._journal.note(str(m.get("source", "")) for m in metadatas)
        for i in range(0, len(ids), batch):
            docs = {"documents": list(documents[i : i + batch])} if self.keeps_documents else {}
            self._call(
                "upsert",
                ids=list(ids[i : i + batch]),
                embeddings=embeddings[i : i + batch],
                metadatas=list(metadatas[i : i + batch]),
                **docs,
            )

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        self._journal.note(str(m.get("source", "")) for m in metadatas)
        for i in range(0, len(ids), 1000):
            self._call(
                "update", ids=list(ids[i : i + 1000]), metadatas=list(metadatas[i : i + 1000])
            )

    def delete(self, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), 1000):
            self._call("delete", ids=list(ids[i : i + 1000]))

    def query(self, embedding: Any, n: int, where: dict[str, Any] | None) -> dict[str, Any]:
        return dict(
            self._call(
                "query",
                query_embeddings=[embedding],
                n_results=n,
                where=where,
                include=["documents", "metadatas", "distances"],
            )
        )

    def wipe(self) -> None:
        """Drop everything; used by --rebuild, which must work even on a corrupt store."""
        self._collection = None
        if self.settings.chroma_url:
            with contextlib.suppress(Exception):
                self.client.delete_collection(self.settings.collection)
            return
        self._forget_client()
        shutil.rmtree(self.settings.chroma_dir, ignore_errors=True)
