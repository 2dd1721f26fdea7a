"""Chunk vectors from sentence units: each distinct unit of a build is embedded once, and the
vectors are the ones embedding every unit would give."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from adsage.knowledge import embedding
from adsage.knowledge.vectors import RepeatedUnits, embed_chunks, units_of


def _vec(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "little")
    v = np.random.default_rng(seed).standard_normal(512).astype(np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text handed to the encoder, in order (a deterministic stand-in encoder)."""
    seen: list[str] = []

    def fake(texts: Sequence[str], **_: Any) -> np.ndarray:
        seen.extend(texts)
        return np.stack([_vec(t) for t in texts]) if texts else np.zeros((0, 512), np.float32)

    monkeypatch.setattr(embedding, "embed", fake)
    return seen


CHUNKS = [
    "Budget\n\nStart with a daily budget. Keep it for a week.",
    "Testing\n\nKeep it for a week. Change one thing at a time.",
    "Budget\n\nStart with a daily budget. Raise it slowly.",
    "One short note.",
]


def _expected(texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    parts = [np.stack([_vec(u) for u in units_of(t)]) for t in texts]
    means = [p.mean(axis=0) for p in parts]
    return np.stack([m / np.linalg.norm(m) for m in means]), parts


def test_each_distinct_unit_is_embedded_once(embedded: list[str]) -> None:
    chunk_vecs, units, parts = embed_chunks(CHUNKS)
    all_units = [u for t in CHUNKS for u in units_of(t)]
    assert len(all_units) > len(set(all_units))  # the case has repeats to save
    assert sorted(embedded) == sorted(set(all_units))
    want_vecs, want_parts = _expected(CHUNKS)
    assert units == [units_of(t) for t in CHUNKS]
    np.testing.assert_array_equal(chunk_vecs, want_vecs)
    for got, want in zip(parts, want_parts, strict=True):
        np.testing.assert_array_equal(got, want)


def test_units_repeated_across_write_batches_are_embedded_once(embedded: list[str]) -> None:
    repeated = RepeatedUnits(CHUNKS)
    got = [embed_chunks([t], repeated) for t in CHUNKS]  # one chunk per batch
    assert sorted(embedded) == sorted({u for t in CHUNKS for u in units_of(t)})
    want_vecs, _ = _expected(CHUNKS)
    np.testing.assert_array_equal(np.vstack([g[0] for g in got]), want_vecs)
    assert repeated._vecs == {} and repeated._left == {}  # nothing held after the last use


def test_only_units_still_needed_later_are_held(embedded: list[str]) -> None:
    repeated = RepeatedUnits(CHUNKS)
    embed_chunks(CHUNKS[:1], repeated)
    # "Budget", "Start with..." and "Keep it..." come again; the first chunk's others do not
    assert set(repeated._vecs) == {"Budget", "Start with a daily budget.", "Keep it for a week."}
    embed_chunks(CHUNKS[1:2], repeated)
    assert set(repeated._vecs) == {"Budget", "Start with a daily budget."}
