"""In-process BM25 over indexed chunks.

Chroma's own hybrid search exists only in its hosted service, so keyword relevance is scored
here.  The scorer is small (Okapi BM25, k1=1.5, b=0.75) and numpy-free so it loads instantly.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from adsage.knowledge.terms import terms


class BM25:
    def __init__(self, docs: Sequence[str], *, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._tf: list[dict[str, int]] = [Counter(terms(d)) for d in docs]
        self._len = [sum(tf.values()) for tf in self._tf]
        n = len(docs)
        self._avg = (sum(self._len) / n) if n else 0.0
        df: Counter[str] = Counter()
        for tf in self._tf:
            df.update(tf.keys())
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._postings: dict[str, list[int]] = {}
        for i, tf in enumerate(self._tf):
            for t in tf:
                self._postings.setdefault(t, []).append(i)

    def __len__(self) -> int:
        return len(self._tf)

    def scores(self, query: str, allowed: Iterable[int] | None = None) -> dict[int, float]:
        """Scores of documents sharing at least one term with the query."""
        allow = set(allowed) if allowed is not None else None
        out: dict[int, float] = {}
        for t in set(terms(query)):
            idf = self._idf.get(t)
            if idf is None:
                continue
            for i in self._postings[t]:
                if allow is not None and i not in allow:
                    continue
                f = self._tf[i][t]
                norm = f + self.k1 * (1 - self.b + self.b * self._len[i] / (self._avg or 1))
                out[i] = out.get(i, 0.0) + idf * f * (self.k1 + 1) / norm
        return out

    def top(self, query: str, n: int, allowed: Iterable[int] | None = None) -> list[int]:
        s = self.scores(query, allowed)
        return sorted(s, key=lambda i: (-s[i], i))[:n]

    def state(self) -> tuple[Any, ...]:
        """Everything scoring reads, as plain built-in values (saved beside the index)."""
        tfs = [dict(tf) for tf in self._tf]
        return (self.k1, self.b, tfs, self._len, self._avg, self._idf, self._postings)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> BM25:
        """The scorer :meth:`state` described, without tokenising any document again."""
        bm25 = cls.__new__(cls)
        k1, b, tfs, lens, avg, idf, postings = state
        if not (isinstance(tfs, list) and isinstance(lens, list) and len(tfs) == len(lens)):
            raise TypeError("not a BM25 state")
        if not (isinstance(idf, dict) and isinstance(postings, dict)):
            raise TypeError("not a BM25 state")
        bm25.k1, bm25.b = float(k1), float(b)
        bm25._tf, bm25._len, bm25._avg = tfs, lens, float(avg)
        bm25._idf, bm25._postings = idf, postings
        return bm25
