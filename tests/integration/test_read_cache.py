"""Read caches beside the index: same answers as the index itself, dropped by every write,
and never trusted when damaged."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from adsage.knowledge import index_journal, read_cache
from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher

QUERIES = ["carousel cards", "daily budget overspent", "learning phase events"]


def _answers(searcher: Searcher) -> list[list[dict[str, Any]]]:
    return [[h.as_dict() for h in searcher.search(q, 3, mode="bm25")] for q in QUERIES]


def test_second_searcher_reads_the_saved_table_without_chroma(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    first = Searcher(settings)
    expected = _answers(first)  # builds the table from Chroma and saves it
    assert (read_cache.folder(settings) / read_cache.TABLE).is_file()
    second = Searcher(settings)
    assert not second.is_empty()
    assert second.store._client is None  # answered from the saved table: Chroma never opened
    assert _answers(second) == expected
    assert second._ids == first._ids and second._docs == first._docs
    assert second._metas == first._metas
    assert second._bm25 is not None and first._bm25 is not None
    assert second._bm25.scores("carousel cards") == first._bm25.scores("carousel cards")


def test_index_write_makes_the_table_stale(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    Searcher(settings).refresh()
    key = index_journal.version(settings)
    assert key is not None and read_cache.load_table(settings, key) is not None
    (tiny_knowledge / "en" / "extra.md").write_text(
        "---\nid: extra-en\ntitle: Extra\nlang: en\ntopic: budget\nupdated: 2026-11-29\n"
        "sources: [test]\n---\n# Extra\n\n## Bid caps\nA bid cap limits each auction bid.\n",
        "utf-8",
    )
    index_paths(settings)
    assert index_journal.version(settings) != key
    fresh = Searcher(settings)
    hits = fresh.search("bid cap auction", 2, mode="bm25")
    assert hits and hits[0].section == "Bid caps"


def test_damaged_table_is_rebuilt(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    expected = _answers(Searcher(settings))
    path = read_cache.folder(settings) / read_cache.TABLE
    data = bytearray(path.read_bytes())
    data[-10] ^= 0x55
    path.write_bytes(bytes(data))
    key = index_journal.version(settings)
    assert key is not None and read_cache.load_table(settings, key) is None
    assert _answers(Searcher(settings)) == expected
    assert read_cache.load_table(settings, key) is not None  # written again
    path.write_bytes(b"garbage")
    assert _answers(Searcher(settings)) == expected


def test_deleted_index_folder_is_a_new_version(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    import shutil

    index_paths(settings)
    assert index_journal.version(settings) is not None
    shutil.rmtree(settings.chroma_dir)
    assert index_journal.version(settings) is None


def test_cached_queries_answer_like_the_index_and_follow_its_version(
    settings, tiny_knowledge
) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    opened: list[int] = []

    def open_real() -> Searcher:
        opened.append(1)
        return Searcher(settings)

    first = read_cache.CachedQueries(settings, open_real)
    hits = first.search("carousel cards", 2, lang="en", topic="formats")
    assert hits and opened == [1]
    second = read_cache.CachedQueries(settings, open_real)
    again = second.search("carousel cards", 2, lang="en", topic="formats")
    assert again == hits and opened == [1]  # from the cache: the index stayed closed
    index_journal.bump(settings)  # any write to the index
    third = read_cache.CachedQueries(settings, open_real)
    assert third.search("carousel cards", 2, lang="en", topic="formats") == hits
    assert opened == [1, 1]


def test_unavailable_index_gives_no_answers(settings) -> None:  # type: ignore[no-untyped-def]
    cached = read_cache.CachedQueries(settings, lambda: None)
    assert cached.version is None
    assert cached.search("anything", 2) == []


def test_analyze_cites_the_same_from_the_cache(home: Path, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import shutil
    import subprocess

    root = Path(__file__).resolve().parents[2]
    shutil.copytree(root / "knowledge" / "rules", tiny_knowledge / "rules", dirs_exist_ok=True)
    data = root / "tests" / "analysis" / "data" / "clear_winner.csv"
    env = {**os.environ, "ADSAGE_HOME": str(home)}
    cmd = [sys.executable, "-m", "adsage", "analyze", str(data), "--json"]
    runs = [subprocess.run(cmd, env=env, capture_output=True, text=True) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    first, second = (json.loads(r.stdout) for r in runs)
    assert first == second
    assert any(rec["citations"] for rec in first["recommendations"])
    assert (home / "read-cache" / read_cache.CITATIONS).is_file()


def test_first_lookup_warms_every_fixed_query(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    from adsage.analysis.recommend import QUERIES, cite

    index_paths(settings)
    opened: list[int] = []

    def open_real() -> Searcher:
        opened.append(1)
        return Searcher(settings)

    def warm(cache: read_cache.CachedQueries) -> None:
        for kind in QUERIES:
            cite(cache, kind, "en")

    first = read_cache.CachedQueries(settings, open_real, warm)
    expected = {kind: cite(Searcher(settings), kind, "en") for kind in QUERIES}
    assert cite(first, "pause", "en") == expected["pause"]
    later = read_cache.CachedQueries(settings, open_real, warm)
    assert {kind: cite(later, kind, "en") for kind in QUERIES} == expected
    assert opened == [1]  # one opening answered every action's citations
