"""Hybrid retrieval: dense vectors from Chroma and in-process BM25, fused by reciprocal rank.

Dense search carries meaning across languages (a Polish question finds an English section);
BM25 catches exact terms the encoder blurs (CTA names, numbers, "CPM").  Reciprocal rank
fusion needs no score calibration between the two.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from adsage.config import Settings
from adsage.knowledge.bm25 import BM25
from adsage.knowledge.store import Store
from adsage.lang.detect import detect_lang

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60


@dataclass(frozen=True)
class Hit:
    id: str
    source: str
    title: str
    section: str
    lang: str
    topic: str
    score: float
    text: str
    doc_id: str = ""
    flags: str = ""

    @property
    def is_intro(self) -> bool:
        return "intro" in self.flags.split(",")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _where(lang: str | None, topic: str | None, source: str | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if lang:
        clauses.append({"lang": lang})
    if topic:
        clauses.append({"topic": topic})
    if source:
        clauses.append({"$or": [{"source": source}, {"doc_id": source}]})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _matches(meta: dict[str, Any], lang: str | None, topic: str | None, source: str | None) -> bool:
    return (
        (not lang or meta.get("lang") == lang)
        and (not topic or meta.get("topic") == topic)
        and (not source or source in (meta.get("source"), meta.get("doc_id")))
    )


class Searcher:
    """Holds the BM25 view of the collection so repeated queries in one process are cheap."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings)
        self._ids: list[str] = []
        self._docs: list[str] = []
        self._metas: list[dict[str, Any]] = []
        self._bm25: BM25 | None = None

    def refresh(self) -> None:
        from adsage.knowledge import read_cache

        key = read_cache.version(self.settings)  # read before the index, so a write in
        if key is not None and self._from_cache(key):  # between leaves the cache stale
            return
        self._ids, self._docs, self._metas = self.store.all_documents()
        self._bm25 = BM25(self._docs)
        if key is not None:
            read_cache.save_table(
                self.settings, key, (self._ids, self._docs, self._metas, self._bm25)
            )

    def _from_cache(self, key: str) -> bool:
        """Documents and BM25 statistics saved for this index version (Chroma stays closed)."""
        from adsage.knowledge import read_cache

        table = read_cache.load_table(self.settings, key)
        if table is None:
            return False
        self._ids, self._docs, self._metas, self._bm25 = table
        return True

    def is_empty(self) -> bool:
        from adsage.knowledge import read_cache

        if self._bm25 is None and (key := read_cache.version(self.settings)) is not None:
            self._from_cache(key)
        if self._bm25 is not None and self._ids:
            return False
        self._bm25 = None  # an empty table may be about to be filled: read it again then
        return self.store.count() == 0

    def _hit(self, i: int, score: float) -> Hit:
        m = self._metas[i]
        return Hit(
            id=self._ids[i],
            source=str(m.get("source", "")),
            title=str(m.get("title", "")),
            section=str(m.get("section", "")),
            lang=str(m.get("lang", "")),
            topic=str(m.get("topic", "")),
            score=round(score, 6),
            text=self._docs[i],
            doc_id=str(m.get("doc_id", "")),
            flags=str(m.get("flags", "")),
        )

    def _query_vector(self, query: str) -> Any:
        from adsage.knowledge.embedding import embed

        return embed([query])[0]

    def sentence_vectors(self, ids: list[str]) -> dict[str, tuple[list[str], Any]]:
        """Sentence units and vectors of these chunks, embedding (and caching) any missing."""
        from adsage.knowledge.vectors import SentenceVectors, embed_chunks

        if self._bm25 is None:
            self.refresh()
        cache = SentenceVectors(self.settings.sentences_path)
        where = {cid: i for i, cid in enumerate(self._ids)}
        indices = [where[c] for c in ids if c in where]
        got = cache.get(ids)
        missing = [i for i in indices if self._ids[i] not in got]
        if missing:
            _, units, vecs = embed_chunks([self._docs[i] for i in missing])
            fresh = [(self._ids[i], u, v) for i, u, v in zip(missing, units, vecs, strict=True)]
            cache.put(fresh)
            got.update({cid: (u, v) for cid, u, v in fresh})
        return got

    def dense_ranking(
        self, qvec: Any, depth: int, lang: str | None, topic: str | None, source: str | None
    ) -> list[int]:
        index = {cid: i for i, cid in enumerate(self._ids)}
        res = self.store.query(qvec, depth, _where(lang, topic, source))
        ids = list(res["ids"][0]) if res.get("ids") else []
        return [index[c] for c in ids if c in index]

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        lang: str | None = None,
        topic: str | None = None,
        source: str | None = None,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        if self._bm25 is None:
            self.refresh()
        assert self._bm25 is not None
        allowed = [i for i, m in enumerate(self._metas) if _matches(m, lang, topic, source)]
        if not allowed or not query.strip():
            return []
        depth = min(len(allowed), max(k * 4, 30))
        rankings: list[list[int]] = []
        if mode in ("hybrid", "dense"):
            qvec = self._query_vector(query)
            rankings.append(self.dense_ranking(qvec, depth, lang, topic, source))
        if mode in ("hybrid", "bm25"):
            # Keywords only match within one language: BM25 over other-language chunks is noise
            # that would push down the right cross-language answer.
            qlang = detect_lang(query)
            same = [i for i in allowed if self._metas[i].get("lang") == qlang]
            rankings.append(self._bm25.top(query, depth, same if mode == "hybrid" else allowed))
        fused: dict[int, float] = {}
        for ranking in rankings:
            for rank, i in enumerate(ranking):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        return [self._hit(i, fused[i]) for i in order]
