"""Hybrid retrieval: dense vectors from Chroma and in-process BM25, fused by reciprocal rank.

Dense search carries meaning across languages (a Polish question finds an English section);
BM25 catches exact terms the encoder blurs (CTA names, numbers, "CPM").  Reciprocal rank
fusion needs no score calibration between the two.

Whose guidance comes first is decided here, so ``ask``, plans, chat and Slack all follow it:
with ``knowledge_priority="mine"`` the user's own documents that cover the question rank above
the bundled guidance, in whatever language they are written.  "Cover" is measured, not
assumed: one sentence of the chunk must be close in meaning to the question (``COVER_SIM``).
"""

from __future__ import annotations

from typing import Any, Literal

from adsage.config import Settings
from adsage.knowledge.bm25 import BM25
from adsage.knowledge.hits import BUNDLED_PREFIX, Hit, is_intro_flags
from adsage.knowledge.store import Store, deleted_error, index_exists
from adsage.lang.detect import detect_lang

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60
# A user's chunk covers a question when its cover score (best sentence similarity, cosine of
# the multilingual encoder, plus KEYWORD_WEIGHT times the share of the question's term weight
# it contains) reaches COVER_SIM and is not far behind the best bundled chunk in the question's
# language (COVER_MARGIN).  Across languages no keyword matches and the encoder scores lower, so
# both bars differ there.  Chosen on evals/suites/playbook.py (42 covered, 12 uncovered
# questions): covered questions' right sections scored 0.22-0.56 across languages and 0.44-0.89
# within one, at most 0.39 (across) and 0.13 (within) behind the bundled best; uncovered ones
# were at least 0.27 behind, and the two that scored above the bar were 0.37 and 0.56 behind.
COVER_SIM = {"same": 0.30, "cross": 0.23}
COVER_MARGIN = {"same": 0.20, "cross": 0.40}
KEYWORD_WEIGHT = 0.3
COVER_CANDIDATES = 8
COVER_PEERS = 5


def is_bundled(meta: dict[str, Any]) -> bool:
    return str(meta.get("source", "")).startswith(BUNDLED_PREFIX)


def _matches(
    meta: dict[str, Any],
    lang: str | None,
    topic: str | None,
    source: str | None,
    *,
    bundled: bool,
    relax: bool,
) -> bool:
    if source and source not in (meta.get("source"), meta.get("doc_id")):
        return False
    if is_bundled(meta):
        return (
            bundled
            and (not lang or meta.get("lang") == lang)
            and (not topic or meta.get("topic") == topic)
        )
    # The bundled guidance exists in both languages and is filed by topic, so those filters
    # pick one version of it.  A user's document has one language and usually no topic
    # ("user"): when its cover can be measured (``relax``), the filters never hide it, or an
    # English question would never reach a Polish playbook.
    if relax:
        return not topic or meta.get("topic") in (topic, "user")
    return (not lang or meta.get("lang") == lang) and (not topic or meta.get("topic") == topic)


def _is_intro(meta: dict[str, Any]) -> bool:
    return is_intro_flags(str(meta.get("flags", "")))


def _fuse(rankings: list[list[int]]) -> dict[int, float]:
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, i in enumerate(ranking):
            fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
    return fused


def _unit_rows(vectors: Any) -> Any:
    """Rows scaled to unit length, as Chroma's cosine index stores them."""
    import numpy as np

    arr = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return arr / np.where(norms == 0, 1.0, norms)


class Searcher:
    """Holds the BM25 view of the collection so repeated queries in one process are cheap."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self.store = store or Store(settings)
        self._ids: list[str] = []
        self._docs: list[str] = []
        self._metas: list[dict[str, Any]] = []
        self._bm25: BM25 | None = None
        self._key: str | None = None  # index version the table was read for (None: no caches)
        self._vectors: Any | None = None  # unit chunk vectors, row i = chunk i; see _local_vectors
        self._vectors_read = False

    def refresh(self) -> None:
        from adsage.knowledge import read_cache

        key = read_cache.version(self.settings)  # read before the index, so a write in
        if key is not None and self._from_cache(key):  # between leaves the cache stale
            return
        self._build(key)

    def _build(self, key: str | None) -> None:
        """Read the table from the index; with a version, save it and the chunk vectors."""
        from adsage.knowledge import read_cache

        vectors = None
        if key is None:  # a shared server (or no index yet): no caches, Chroma ranks
            self._ids, self._docs, self._metas = self.store.all_documents()
        else:
            self._ids, self._docs, self._metas, vectors = self.store.all_entries()
        self._bm25 = BM25(self._docs)
        self._key, self._vectors, self._vectors_read = key, None, key is None
        if key is not None:
            read_cache.save_table(
                self.settings, key, (self._ids, self._docs, self._metas, self._bm25)
            )
            if vectors is not None and len(vectors):
                unit = _unit_rows(vectors)  # saved ready to rank: loading does no arithmetic
                read_cache.save_vectors(self.settings, key, self._ids, unit)
                self._vectors, self._vectors_read = unit, True

    def _from_cache(self, key: str) -> bool:
        """Documents and BM25 statistics saved for this index version (Chroma stays closed)."""
        from adsage.knowledge import read_cache

        table = read_cache.load_table(self.settings, key)
        if table is None:
            return False
        self._ids, self._docs, self._metas, self._bm25 = table
        self._key, self._vectors, self._vectors_read = key, None, False
        return True

    def _local_vectors(self) -> Any | None:
        """The saved chunk vectors, read on the first dense query; when they are missing or
        damaged they are read from the index for the rows of the table in hand (and saved),
        and None means Chroma ranks (a shared server, an index that cannot hold a version)."""
        from adsage.knowledge import read_cache

        if self._vectors_read or self._key is None:
            return self._vectors
        self._vectors_read = True
        got = read_cache.load_vectors(self.settings, self._key, self._ids)
        if got is not None:
            self._vectors = got
        elif read_cache.version(self.settings) == self._key:  # else the table is stale too
            vectors = self.store.vectors(self._ids)
            if len(vectors):
                self._vectors = _unit_rows(vectors)
                read_cache.save_vectors(self.settings, self._key, self._ids, self._vectors)
        return self._vectors

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

    def dense_ranking(self, qvec: Any, depth: int, groups: list[list[int]]) -> list[int]:
        """Nearest chunks of each group (bundled, the user's) merged by distance: queried
        apart so a handful of user chunks is never crowded out of the depth by the bundled
        guidance, merged so their ranks stay comparable."""
        vectors = self._local_vectors()
        if vectors is None:
            return self.chroma_ranking(qvec, depth, groups)
        if not index_exists(self.settings):  # as Chroma would: answers must not outlive it
            raise deleted_error(self.settings)
        return self.vector_ranking(vectors, qvec, depth, groups)

    def vector_ranking(
        self, vectors: Any, qvec: Any, depth: int, groups: list[list[int]]
    ) -> list[int]:
        """:meth:`dense_ranking` over the saved vectors: exact cosine distance, as Chroma's
        index computes it, over the same pool (every chunk of the group's sources, nearest
        ``depth`` kept, then those outside the group dropped), ties broken by position."""
        import numpy as np

        q = np.asarray(qvec, dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        dist = 1.0 - vectors @ q
        found: list[tuple[float, int]] = []
        for group in groups:
            if not group:
                continue
            sources = {str(self._metas[i].get("source", "")) for i in group}
            pool = np.asarray(
                [j for j, m in enumerate(self._metas) if str(m.get("source", "")) in sources],
                dtype=np.intp,
            )
            near = pool[np.lexsort((pool, dist[pool]))][: min(depth, len(group))]
            allowed = set(group)
            found += [(float(dist[i]), int(i)) for i in near if int(i) in allowed]
        return [i for _, i in sorted(found)]

    def chroma_ranking(self, qvec: Any, depth: int, groups: list[list[int]]) -> list[int]:
        """:meth:`dense_ranking` asked of Chroma, one filtered query per group."""
        index = {cid: i for i, cid in enumerate(self._ids)}
        found: list[tuple[float, int]] = []
        for group in groups:
            if not group:
                continue
            sources = sorted({str(self._metas[i].get("source", "")) for i in group})
            where = {"source": sources[0]} if len(sources) == 1 else {"source": {"$in": sources}}
            res = self.store.query(qvec, min(depth, len(group)), where)
            ids = list(res["ids"][0]) if res.get("ids") else []
            dists = list(res["distances"][0]) if res.get("distances") else [0.0] * len(ids)
            allowed = set(group)
            found += [
                (float(d), index[c])
                for c, d in zip(ids, dists, strict=True)
                if c in index and index[c] in allowed
            ]
        return [i for _, i in sorted(found)]

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        lang: str | None = None,
        topic: str | None = None,
        source: str | None = None,
        mode: Mode = "hybrid",
        bundled: bool | None = None,
    ) -> list[Hit]:
        """The ``k`` best chunks; ``bundled=False`` (or the setting) leaves only the user's own
        documents.  ``lang`` and ``topic`` choose among the bundled guidance (see _matches)."""
        from adsage.knowledge import server_view

        if server_view.changed(self) or self._bm25 is None:  # a shared server was re-indexed
            self.refresh()
        assert self._bm25 is not None
        with_bundled = self.settings.knowledge_bundled if bundled is None else bundled
        # Keyword-only search (a plan looking up the section a figure rests on) cannot tell
        # whether a user's chunk covers the question, so filters apply to it as to the rest.
        relax = mode != "bm25" and self.settings.knowledge_priority == "mine"
        allowed = [
            i
            for i, m in enumerate(self._metas)
            if _matches(m, lang, topic, source, bundled=with_bundled, relax=relax)
        ]
        if not allowed or not query.strip():
            return []
        depth = min(len(allowed), max(k * 4, 30))
        mine = [i for i in allowed if not is_bundled(self._metas[i])]
        theirs = [i for i in allowed if is_bundled(self._metas[i])]
        rankings: list[list[int]] = []
        keyword: dict[int, float] = {}
        qvec = None
        if mode in ("hybrid", "dense"):
            qvec = self._query_vector(query)
            rankings.append(self.dense_ranking(qvec, depth, [theirs, mine]))
        if mode in ("hybrid", "bm25"):
            # Keywords only match within one language: BM25 over other-language chunks is noise
            # that would push down the right cross-language answer.
            qlang = detect_lang(query)
            same = [i for i in allowed if self._metas[i].get("lang") == qlang]
            keyword = self._bm25.scores(query, same if mode == "hybrid" else allowed)
            rankings.append(sorted(keyword, key=lambda i: (-keyword[i], i))[:depth])
        fused = _fuse(rankings)
        # Equal fused scores are common (first in one list and absent from the other): the
        # chunk that holds the query's words beats one that only sits near it in meaning.
        order = sorted(fused, key=lambda i: (-fused[i], -keyword.get(i, 0.0), i))
        if qvec is not None and mine and theirs:
            order = self._precedence(order, query, qvec)
        elif qvec is not None and mine and source is None:
            # only the user's own documents (bundled off, or none in the filter's language): a
            # chunk that does not cover the question is no answer, however it ranks among the
            # few there are, and returning nothing lets a caller widen the search
            order = self.covering(order, query, qvec, bar=None)
        return [self._hit(i, fused[i]) for i in order[:k]]

    def _precedence(self, order: list[int], query: str, qvec: Any) -> list[int]:
        """Apply the knowledge priority to a relevance ranking of both kinds of guidance."""
        priority = self.settings.knowledge_priority
        if priority == "equal":
            return order
        mine = [i for i in order if not is_bundled(self._metas[i])]
        if priority == "bundled":
            return [i for i in order if is_bundled(self._metas[i])] + mine
        qlang = detect_lang(query)
        peers = [i for i in order if is_bundled(self._metas[i])]
        peers = [i for i in peers if self._metas[i].get("lang") == qlang][:COVER_PEERS]
        bar = max(self.cover_scores(peers, query, qvec).values(), default=0.0)
        first = self.covering(mine, query, qvec, bar=bar)
        chosen = set(first)
        return first + [i for i in order if i not in chosen]

    def covering(self, order: list[int], query: str, qvec: Any, *, bar: float | None) -> list[int]:
        """The user's chunks among the first COVER_CANDIDATES of ``order`` that cover the
        question, best first; ``bar`` is the best bundled chunk's score, if any competes."""
        cover = self.cover_scores(order[:COVER_CANDIDATES], query, qvec)
        qlang = detect_lang(query)

        def covers(i: int) -> bool:
            kind = "same" if self._metas[i].get("lang") == qlang else "cross"
            near = bar is None or bar - cover[i] <= COVER_MARGIN[kind]
            return cover[i] >= COVER_SIM[kind] and near

        # the overview of a playbook touches every question; its sections answer them
        return sorted(filter(covers, cover), key=lambda i: (_is_intro(self._metas[i]), -cover[i]))

    def cover_scores(self, indices: list[int], query: str, qvec: Any) -> dict[int, float]:
        """How well each chunk covers the question: best sentence similarity plus keywords."""
        assert self._bm25 is not None
        units = self.sentence_vectors([self._ids[i] for i in indices])
        out: dict[int, float] = {}
        for i in indices:
            entry = units.get(self._ids[i])
            if entry is not None:
                best = float((entry[1] @ qvec).max())
                out[i] = best + KEYWORD_WEIGHT * self._bm25.matched_share(query, i)
        return out
