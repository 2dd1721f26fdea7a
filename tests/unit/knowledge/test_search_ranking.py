"""Ranking rules of the hybrid search, on a fake store so each case is exact and fast."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from adsage.config import load_settings
from adsage.knowledge.search import Searcher


class FakeStore:
    """Chroma stand-in: documents in a list and a fixed dense ranking per query."""

    def __init__(self, docs: list[tuple[str, str, dict[str, Any]]], dense: list[str]) -> None:
        self.docs = docs
        self.dense = dense

    def count(self) -> int:
        return len(self.docs)

    def all_documents(self) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        return [d[0] for d in self.docs], [d[1] for d in self.docs], [d[2] for d in self.docs]

    def query(self, embedding: Any, n: int, where: dict[str, Any] | None) -> dict[str, Any]:
        src = (where or {}).get("source")
        wanted = set(src["$in"]) if isinstance(src, dict) else {src} if src else None
        by_id = {d[0]: d[2] for d in self.docs}
        ids = [c for c in self.dense if wanted is None or by_id[c]["source"] in wanted][:n]
        return {"ids": [ids], "distances": [[0.1 * (r + 1) for r in range(len(ids))]]}


def _meta(source: str, lang: str = "en", topic: str = "budget", flags: str = "") -> dict[str, Any]:
    return {"source": source, "doc_id": source, "lang": lang, "topic": topic, "flags": flags}


@pytest.fixture
def searcher(monkeypatch: pytest.MonkeyPatch, tmp_path: Any):  # type: ignore[no-untyped-def]
    def make(docs: list[tuple[str, str, dict[str, Any]]], dense: list[str], **kw: Any) -> Searcher:
        s = Searcher(load_settings(home=tmp_path, **kw), store=FakeStore(docs, dense))  # type: ignore[arg-type]
        monkeypatch.setattr(s, "_query_vector", lambda q: np.ones(512, dtype=np.float32))
        return s

    return make


def test_word_found_in_one_chunk_only_is_not_beaten_by_a_fusion_tie(searcher) -> None:  # type: ignore[no-untyped-def]
    docs = [
        ("a", "Budget\n\nSpend evenly across the week.", _meta("knowledge/en/a.md")),
        ("b", "Pacing\n\nThe zebrafish rule keeps pacing steady.", _meta("knowledge/en/b.md")),
        ("c", "Bidding\n\nCost caps hold the average cost.", _meta("knowledge/en/c.md")),
    ]
    # dense puts an unrelated chunk first and misses "b"; only "b" holds the word at all
    hits = searcher(docs, ["a", "c"]).search("zebrafish", 3)
    assert hits[0].id == "b"
