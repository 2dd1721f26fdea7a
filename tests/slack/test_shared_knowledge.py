"""Workers read one ``chroma run`` and keep no index of their own: a searcher with an empty
home answers from the server, and sees a re-index made by another machine without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from cluster import Cluster, chroma_binary

pytestmark = pytest.mark.server


def test_a_worker_searcher_follows_the_shared_server(
    tmp_path: Path, tiny_knowledge: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.config import load_settings
    from adsage.knowledge import server_view
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher

    if not chroma_binary():
        pytest.skip("the chroma CLI is not installed")
    group = Cluster(tmp_path, fake=None, database_url="")  # type: ignore[arg-type]
    try:
        url = group.start_chroma()
        index_paths(load_settings(home=tmp_path / "indexer", chroma_url=url))
        worker_home = tmp_path / "worker"
        searcher = Searcher(load_settings(home=worker_home, chroma_url=url))
        assert searcher.search("carousel cards", 1)[0].doc_id == "formats-en"
        assert not (worker_home / "chroma").exists()  # nothing indexed locally
        # another machine adds guidance to the server
        (tiny_knowledge / "en" / "reels.md").write_text(
            "---\nid: reels-en\ntitle: Reels\nlang: en\ntopic: formats\n"
            "updated: 2026-11-29\nsources: [test]\n---\n# Reels\n\n"
            "## Reels length\nA reel for a storefront works best under thirty seconds.\n",
            "utf-8",
        )
        index_paths(load_settings(home=tmp_path / "indexer", chroma_url=url))
        query = "storefront reel thirty seconds"
        # between checks the worker keeps its loaded table
        assert all(h.doc_id != "reels-en" for h in searcher.search(query, 3, mode="bm25"))
        monkeypatch.setattr(server_view, "CHECK_EVERY", 0.0)
        hits = searcher.search(query, 3, mode="bm25")
        assert hits and hits[0].doc_id == "reels-en"
    finally:
        group.close()
