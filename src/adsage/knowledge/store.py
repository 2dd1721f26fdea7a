"""The Chroma store behind the index, and the lock that keeps it to one writer.

A local ``PersistentClient`` under ``ADSAGE_HOME`` by default, a ``HttpClient`` when
``ADSAGE_CHROMA_URL`` points at a shared server.  Every failure to open or read becomes a
``StoreError`` that names the fix, because a stack trace from sqlite helps nobody.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlparse

from adsage.config import Settings
from adsage.errors import StoreError

REBUILD_HINT = "run 'adsage index --rebuild' to rebuild it"


@contextlib.contextmanager
def write_lock(settings: Settings) -> Iterator[None]:
    """Hold the index's single-writer lock; a second writer waits, then fails clearly."""
    from filelock import FileLock, Timeout

    settings.home.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.lock_path), timeout=settings.lock_timeout)
    try:
        with lock:
            yield
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
    path = settings.chroma_dir
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Exception as exc:
        raise StoreError(
            f"the index at {path} is unreadable ({_short(exc)}); {REBUILD_HINT}"
        ) from None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]


class Store:
    """One collection of chunks, with the few operations ingestion and search need."""

    def __init__(self, settings: Settings, client: Any | None = None) -> None:
        self.settings = settings
        self._client = client
        self._collection: Any | None = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client(self.settings)
        return self._client

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
            except StoreError:
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
        return StoreError(
            f"the index at {self.where} is unreadable ({_short(exc)}); {REBUILD_HINT}"
        )

    def _call(self, fn: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return getattr(self.collection(), fn)(*args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:
            raise self._error(exc) from None

    def count(self) -> int:
        return int(self._call("count"))

    def all_metadata(self) -> dict[str, dict[str, Any]]:
        got = self._call("get", include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(got["ids"], got["metadatas"], strict=True)}

    def all_documents(self) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        got = self._call("get", include=["documents", "metadatas"])
        metas = [dict(m or {}) for m in got["metadatas"]]
        return list(got["ids"]), list(got["documents"]), metas

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Any,
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
        batch: int = 1000,
    ) -> None:
        for i in range(0, len(ids), batch):
            self._call(
                "upsert",
                ids=list(ids[i : i + batch]),
                embeddings=embeddings[i : i + batch],
                documents=list(documents[i : i + batch]),
                metadatas=list(metadatas[i : i + batch]),
            )

    def update_metadata(self, ids: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
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
        self._client = None
        with contextlib.suppress(Exception):
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
        shutil.rmtree(self.settings.chroma_dir, ignore_errors=True)
