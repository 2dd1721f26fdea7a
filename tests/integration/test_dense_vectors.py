"""Dense ranking over the saved chunk vectors is exact, agrees with Chroma's approximate
answers and needs no open Chroma; the vectors follow the index version and are never
trusted when damaged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adsage.config import Settings, load_settings
from adsage.knowledge import index_journal, read_cache
from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher

QUERIES = [
    "daily budget",
    "how long does the learning phase last",
    "carousel cards with links",
    "what is a good click-through rate for video",
    "retargeting website visitors",
    "lookalike audience size",
    "A/B test one variable",
    "primary text length",
    "budżet dzienny kampanii",
    "jak długo trwa faza uczenia się",
    "grupa odbiorców podobnych",
    "test A/B jednej zmiennej",
    "CPM",
    "Advantage+ placements",
    "special ad category housing",
]
FILTERS: list[dict[str, Any]] = [{}, {"lang": "en"}, {"lang": "pl"}, {"topic": "budget"}]


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = load_settings(home=tmp_path_factory.mktemp("vectors-home"))
    index_paths(settings)
    return settings


def _via_chroma(searcher: Searcher, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searcher, "_local_vectors", lambda: None)


def _vectors_from_chroma(searcher: Searcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rank exactly over the vectors Chroma stores, skipping the read cache: the answer any
    cache must reproduce (Chroma's own HNSW ranking is approximate; see the test above)."""
    from adsage.knowledge.search import _unit_rows

    monkeypatch.setattr(
        searcher, "_local_vectors", lambda: _unit_rows(searcher.store.vectors(searcher._ids))
    )


def _answers(searcher: Searcher, mode: str) -> list[list[dict[str, Any]]]:
    return [
        [h.as_dict() for h in searcher.search(q, 8, mode=mode, **f)]  # type: ignore[arg-type]
        for q in QUERIES
        for f in FILTERS
    ]


def test_rankings_are_exact_and_never_worse_than_chromas(bundled: Settings) -> None:
    """The saved-vector ranking is the exact cosine order (ties within float32 noise may
    swap).  Chroma's HNSW index is approximate, and a filtered query can miss a neighbour
    on a graph built by parallel inserts, so Chroma is held only to what it can promise: at
    every position its chunk is no nearer than ours, and it finds nearly all of our chunks."""
    import numpy as np

    searcher = Searcher(bundled)
    searcher.refresh()
    vectors = searcher._local_vectors()
    assert vectors is not None and vectors.shape[0] == len(searcher._ids) > 100
    everything = list(range(len(searcher._ids)))
    english = [i for i in everything if searcher._metas[i].get("lang") == "en"]
    budget = [i for i in everything if searcher._metas[i].get("topic") == "budget"]
    others = [i for i in english if i not in budget]  # groups never share a chunk
    positions = shared = 0
    for q in QUERIES:
        qvec = searcher._query_vector(q)
        exact = 1.0 - vectors.astype(np.float64) @ (qvec / np.linalg.norm(qvec)).astype(float)
        for groups in ([everything], [english, []], [budget, others], [budget]):
            for depth in (5, 30):
                local = searcher.vector_ranking(vectors, qvec, depth, groups)
                truth = sorted(
                    (i for g in groups for i in sorted(g, key=lambda j: exact[j])[:depth]),
                    key=lambda j: exact[j],
                )
                assert len(local) == len(truth) == len(set(local)) > 0
                for a, b in zip(local, truth, strict=True):
                    assert abs(exact[a] - exact[b]) < 1e-6, (q, depth, a, b)
                chroma = searcher.chroma_ranking(qvec, depth, groups)
                assert len(chroma) == len(local) == len(set(chroma)), (q, depth)
                for a, b in zip(local, chroma, strict=True):
                    assert exact[a] <= exact[b] + 1e-6, (q, depth, a, b)
                positions += len(local)
                shared += len(set(local) & set(chroma))
    assert shared >= 0.97 * positions, (shared, positions)


def test_searches_answer_as_before_and_chroma_stays_closed(
    bundled: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    Searcher(bundled).refresh()  # both caches saved
    old = Searcher(bundled)
    _vectors_from_chroma(old, monkeypatch)
    new = Searcher(bundled)
    for mode in ("hybrid", "dense"):
        assert _answers(new, mode) == _answers(old, mode)
    assert new.store._client is None  # table, BM25 and vectors all came from the read cache
    assert old.store._client is not None


def test_users_documents_rank_as_chroma_ranks_them(
    settings: Settings, tiny_knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "playbook.md"
    mine.write_text(
        "# Our playbook\n\n## Budget\nWe never raise a daily budget by more than a fifth.\n\n"
        "## Creative\nEvery carousel shows the product on a plain background.\n",
        "utf-8",
    )
    index_paths(settings, [mine])
    Searcher(settings).refresh()  # saves the read caches
    old, new = Searcher(settings), Searcher(settings)
    _via_chroma(old, monkeypatch)
    for priority in ("mine", "bundled", "equal"):
        old.settings = new.settings = settings.model_copy(update={"knowledge_priority": priority})
        for q in ("raise the daily budget", "carousel background", "learning phase"):
            assert [h.id for h in new.search(q, 4)] == [h.id for h in old.search(q, 4)], q
    assert new._vectors is not None and new.store._client is None


def test_vectors_follow_the_index_version_and_damage_is_rebuilt(
    settings: Settings, tiny_knowledge: Path
) -> None:
    index_paths(settings)
    expected = [h.as_dict() for h in Searcher(settings).search("daily budget", 3)]
    key = index_journal.version(settings)
    assert key is not None
    table = read_cache.load_table(settings, key)
    assert table is not None
    ids = table[0]
    assert read_cache.load_vectors(settings, key, ids) is not None
    assert read_cache.load_vectors(settings, key, ids[::-1]) is None  # other row order
    path = read_cache.folder(settings) / read_cache.VECTORS
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x40
    path.write_bytes(bytes(data))
    assert read_cache.load_vectors(settings, key, ids) is None
    again = Searcher(settings)
    assert [h.as_dict() for h in again.search("daily budget", 3)] == expected
    assert read_cache.load_vectors(settings, key, ids) is not None  # saved again
    path.unlink()
    assert [h.as_dict() for h in Searcher(settings).search("daily budget", 3)] == expected
    assert path.is_file()
    index_journal.bump(settings)  # any write to the index
    now = index_journal.version(settings)
    assert now is not None and now != key
    assert read_cache.load_vectors(settings, now, ids) is None
