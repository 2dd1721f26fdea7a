"""The searcher a command asks its questions of, the bundled index built first when empty.

Apart from :mod:`adsage.knowledge.ingest` because a plan only searches: the indexing code
(chunking, records, sentence vectors) loads only when the index has to be built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adsage.config import Settings


def ready_searcher(settings: Settings, *, announce: Callable[[], None] | None = None) -> Any:
    """A searcher over the index, building the bundled index first when it is empty, so a new
    user gets answers at once; ``announce`` runs just before a build (a "please wait" line)."""
    from adsage.knowledge.search import Searcher

    searcher = Searcher(settings)
    if searcher.is_empty():
        from adsage.knowledge.ingest import index_paths

        if announce is not None:
            announce()
        index_paths(settings, store=searcher.store)
    return searcher
