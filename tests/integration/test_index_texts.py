"""Chunk texts of a local index live beside it, not as Chroma documents: an index written
before (texts as documents) still reads the same, and lost texts are named and restored."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest

from adsage.errors import StoreError
from adsage.knowledge import read_cache
from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher
from adsage.knowledge.store import Store
from adsage.knowledge.vectors import SentenceVectors

QUERIES = ["daily budget overspend", "how many carousel cards", "Ile zdarzeń w fazie nauki?"]


def _answers(settings) -> list[list[tuple[str, str, float]]]:  # type: ignore[no-untyped-def]
    shutil.rmtree(read_cache.folder(settings), ignore_errors=True)  # read the index itself
    searcher = Searcher(settings)
    return [[(h.id, h.text, h.score) for h in searcher.search(q, 5)] for q in QUERIES]


def _chroma_documents(store: Store) -> list[str | None]:
    return list(store.collection().get(include=["documents"])["documents"])


def test_local_index_keeps_texts_beside_it(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    store = Store(settings)
    ids, docs, _ = store.all_documents()
    assert ids and all(d is None for d in _chroma_documents(store))
    assert SentenceVectors(settings.sentences_path).texts(ids) == dict(zip(ids, docs, strict=True))
    assert any("carousel" in d.lower() for d in docs)


def test_index_with_texts_as_documents_reads_the_same_and_is_adopted(
    settings, tiny_knowledge, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    expected = _answers(settings)
    index_paths(settings, rebuild=True)
    # written as before texts were kept beside the index: documents in Chroma, no texts table
    with monkeypatch.context() as m:
        m.setattr(Store, "keeps_documents", property(lambda self: True))
        index_paths(settings, rebuild=True)
    with closing(sqlite3.connect(settings.sentences_path)) as con:
        con.execute("DROP TABLE texts")
    store = Store(settings)
    assert all(d for d in _chroma_documents(store))
    assert _answers(settings) == expected
    again = index_paths(settings)
    assert again.embedded == 0 and again.chunks_removed == 0 and not again.updated
    ids = list(store.all_metadata())
    assert set(SentenceVectors(settings.sentences_path).text_ids()) == set(ids)
    assert _answers(settings) == expected


def test_lost_texts_are_named_and_restored_by_index(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    first = index_paths(settings)
    expected = _answers(settings)
    settings.sentences_path.unlink()
    with pytest.raises(StoreError, match=r"missing the text of \d+ chunk.*adsage index"):
        _answers(settings)
    again = index_paths(settings)
    assert again.embedded == first.chunks_total and again.chunks_total == first.chunks_total
    assert _answers(settings) == expected
    assert index_paths(settings).embedded == 0
