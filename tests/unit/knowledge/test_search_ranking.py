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
        unit = np.ones(512, dtype=np.float32) / np.sqrt(512)
        monkeypatch.setattr(s, "_query_vector", lambda q: unit)
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


def _unit(x: float) -> np.ndarray:
    """A sentence vector with cosine ``x`` to the fake query vector (all ones, normalised)."""
    q = np.ones(512, dtype=np.float32) / np.sqrt(512)
    other = np.zeros(512, dtype=np.float32)
    other[0], other[1] = 1.0, -1.0
    other /= np.linalg.norm(other)
    return (x * q + np.sqrt(1 - x * x) * other).astype(np.float32)


PLAYBOOK = "/home/agency/playbook.txt"
DOCS = [
    ("b1", "Budget\n\nSpend evenly across the week.", _meta("knowledge/en/budget.md")),
    ("b2", "Budżet\n\nWydawaj równo przez tydzień.", _meta("knowledge/pl/budget.md", "pl")),
    ("m1", "3. Budżet\n\nMinimalny budżet to 40 zł.", _meta(PLAYBOOK, "pl", "user")),
    ("m2", "7. Raporty\n\nRaport w poniedziałek.", _meta(PLAYBOOK, "pl", "user")),
]


@pytest.fixture
def ranked(searcher, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Search the four chunks above; the sentences of m1 cover the question, m2's do not."""

    def run(query: str, sims: dict[str, float] | None = None, **kw: Any) -> list[str]:
        options = {k: kw.pop(k) for k in ("knowledge_priority", "knowledge_bundled") if k in kw}
        s = searcher(DOCS, ["b1", "b2", "m2", "m1"], **options)
        cos = {"b1": 0.6, "b2": 0.5, "m1": 0.55, "m2": 0.1, **(sims or {})}
        monkeypatch.setattr(
            s, "sentence_vectors", lambda ids: {c: ([c], np.stack([_unit(cos[c])])) for c in ids}
        )
        return [h.id for h in s.search(query, 4, **kw)]

    return run


def test_mine_puts_the_users_covering_chunk_first_across_languages(ranked) -> None:  # type: ignore[no-untyped-def]
    order = ranked("What is the smallest daily budget?", lang="en", topic="budget")
    assert order[0] == "m1"  # English question, Polish playbook, filters meant for bundled
    assert "m2" not in order[:2]  # the section that does not cover it keeps its place
    assert "b2" not in order  # the lang filter still picks the English bundled version


def test_equal_and_bundled_priorities_keep_bundled_guidance_first(ranked) -> None:  # type: ignore[no-untyped-def]
    assert ranked("smallest daily budget", knowledge_priority="equal")[0] == "b1"
    order = ranked("smallest daily budget", knowledge_priority="bundled")
    assert order[:2] == ["b1", "b2"] and set(order[2:]) == {"m1", "m2"}
    # under equal the language filter applies to the user's documents too, as it always did
    assert ranked("smallest daily budget", knowledge_priority="equal", lang="en") == ["b1"]


def test_a_users_chunk_far_behind_the_bundled_best_does_not_jump(ranked) -> None:  # type: ignore[no-untyped-def]
    order = ranked("smallest daily budget", {"b1": 0.9, "m1": 0.35})
    assert order[0] == "b1"


def test_bundled_off_answers_only_from_covering_own_documents(ranked) -> None:  # type: ignore[no-untyped-def]
    assert ranked("smallest daily budget", knowledge_bundled=False) == ["m1"]
    assert ranked("smallest daily budget", {"m1": 0.1}, knowledge_bundled=False) == []
    # per call as well as by setting
    assert ranked("smallest daily budget", bundled=False) == ["m1"]


def test_hits_say_whose_guidance_they_are(searcher) -> None:  # type: ignore[no-untyped-def]
    hits = searcher(DOCS, ["b1", "m1"], knowledge_priority="equal").search("budget", 4)
    origins = {h.id: h.origin for h in hits}
    assert origins["b1"] == "bundled" and origins["m1"] == "mine"
    assert hits[0].as_dict()["origin"] in ("bundled", "mine")
