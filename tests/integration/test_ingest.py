"""Ingestion against a real local Chroma store and the real embedding model."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from adsage.errors import StoreError
from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher
from adsage.knowledge.store import Store


def _ids(settings) -> set[str]:  # type: ignore[no-untyped-def]
    return set(Store(settings).all_metadata())


def test_reindex_unchanged_does_no_embedding_work(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    first = index_paths(settings)
    assert sorted(first.added) == ["knowledge/en/budget.md", "knowledge/en/formats.md"]
    assert first.embedded == first.chunks_total > 0
    before = _ids(settings)
    second = index_paths(settings)
    assert second.embedded == 0 and second.chunks_removed == 0
    assert sorted(second.unchanged) == sorted(first.added)
    assert _ids(settings) == before


def test_changed_file_replaces_only_its_changed_chunks(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    before = _ids(settings)
    doc = tiny_knowledge / "en" / "budget.md"
    doc.write_text(doc.read_text("utf-8").replace("fifty", "50"), "utf-8")
    summary = index_paths(settings)
    assert summary.updated == ["knowledge/en/budget.md"]
    assert summary.embedded == 1 and summary.chunks_removed == 1
    after = _ids(settings)
    assert len(after) == len(before) and len(after - before) == 1
    hits = Searcher(settings).search("fifty optimisation events", 5, mode="bm25")
    assert all("fifty" not in h.text for h in hits)
    # the untouched chunk of the changed file remembers the new file hash: next run is a no-op
    assert index_paths(settings).embedded == 0


def test_removed_file_and_removed_section_are_deleted(settings, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "mine"
    user.mkdir()
    (user / "a.md").write_text(
        "# A\n\n## One\nFirst idea here, about budgets.\n\n## Two\nSecond idea here, about audiences.\n",
        "utf-8",
    )
    (user / "b.txt").write_text("Notes\n\n1. Section\nSome text about reels.\n", "utf-8")
    s1 = index_paths(settings, [user])
    assert len(s1.added) == 4
    (user / "b.txt").unlink()
    (user / "a.md").write_text("# A\n\n## One\nFirst idea here, about budgets.\n", "utf-8")
    s2 = index_paths(settings, [user])
    assert s2.removed == [str((user / "b.txt").resolve())]
    assert s2.updated == [str((user / "a.md").resolve())]
    assert s2.chunks_removed == 2 and s2.embedded == 0
    sources = {m["source"] for m in Store(settings).all_metadata().values()}
    assert str((user / "b.txt").resolve()) not in sources
    # indexing without paths keeps user documents: they live alongside the bundled ones
    s3 = index_paths(settings)
    assert s3.removed == [] and str((user / "a.md").resolve()) in {
        m["source"] for m in Store(settings).all_metadata().values()
    }


def test_bad_files_are_skipped_with_reasons_and_the_rest_indexed(
    settings, tiny_knowledge, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.md").write_text("", "utf-8")
    (bad / "blank.txt").write_text("  \n\n ", "utf-8")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (bad / "latin.txt").write_bytes("Budżet".encode("cp1250"))
    (bad / "huge.md").write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    (bad / "slides.pdf").write_bytes(b"%PDF-1.4")
    (bad / "good.md").write_text("# Good\n\n## Tip\nKeep primary text short.\n", "utf-8")
    summary = index_paths(settings, [bad, tmp_path / "missing.md"])
    reasons = {Path(s["path"]).name: s["reason"] for s in summary.skipped}
    assert reasons["empty.md"] == "empty file"
    assert reasons["blank.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["latin.txt"] == "not UTF-8 text"
    assert reasons["huge.md"].startswith("larger than 5 MB")
    assert "unsupported file type '.pdf'" in reasons["slides.pdf"]
    assert reasons["missing.md"] == "not found"
    assert str((bad / "good.md").resolve()) in summary.added


def test_unreadable_file_is_skipped(settings, tiny_knowledge, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "locked.md"
    doc.write_text("# Locked\n\ntext\n", "utf-8")
    if os.geteuid() != 0:
        doc.chmod(0)
    else:  # root reads any file, so make the read itself fail for this one path
        real = Path.read_bytes

        def deny(self: Path) -> bytes:
            if self.name == "locked.md":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", deny)
    summary = index_paths(settings, [doc])
    assert summary.skipped == [{"path": str(doc), "reason": "unreadable (Permission denied)"}]
    assert summary.chunks_total > 0


def test_second_writer_waits_then_fails_clearly(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    settings.home.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from filelock import FileLock; l=FileLock(sys.argv[1]); l.acquire();"
            "print('held', flush=True); time.sleep(float(sys.argv[2]))",
            str(settings.lock_path),
            "30",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        with pytest.raises(StoreError, match="another adsage process is writing the index"):
            index_paths(settings)
        assert time.monotonic() - start >= 1.5  # it waited for lock_timeout before failing
    finally:
        holder.kill()
        holder.wait()
    assert index_paths(settings).chunks_total > 0  # lock released: the next writer proceeds


def test_second_writer_succeeds_when_the_first_finishes(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    settings.home.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from filelock import FileLock; l=FileLock(sys.argv[1]); l.acquire();"
            "print('held', flush=True); time.sleep(1.0)",
            str(settings.lock_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    summary = index_paths(settings)  # lock_timeout=2 > 1 s hold
    holder.wait()
    assert summary.chunks_total > 0


def test_corrupt_store_gives_clear_error_and_rebuild_recovers(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    db = settings.chroma_dir / "chroma.sqlite3"
    assert db.exists()
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"unreadable.*adsage index --rebuild"):
        index_paths(settings)
    summary = index_paths(settings, rebuild=True)
    assert summary.chunks_total > 0 and len(summary.added) == 2
    assert Searcher(settings).search("carousel cards", 1)[0].doc_id == "formats-en"


def test_rebuild_keeps_user_documents_that_still_exist(settings, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    user = tmp_path / "notes.md"
    user.write_text("# Notes\n\n## Reels\nShoot vertical video for reels.\n", "utf-8")
    index_paths(settings, [user])
    summary = index_paths(settings, rebuild=True)
    assert str(user.resolve()) in summary.added


def test_missing_store_is_created_on_first_use(settings, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    assert not settings.chroma_dir.exists()
    searcher = Searcher(settings)
    assert searcher.is_empty()
    index_paths(settings, store=searcher.store)
    assert not searcher.is_empty()


def test_collection_reopens_with_registered_embedding_function(
    settings, tiny_knowledge, recwarn
) -> None:  # type: ignore[no-untyped-def]
    index_paths(settings)
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from adsage.knowledge.embedding import EF_NAME, chroma_embedding_function_class

    chroma_embedding_function_class()
    client = chromadb.PersistentClient(
        path=str(settings.chroma_dir), settings=ChromaSettings(anonymized_telemetry=False)
    )
    col = client.get_collection(settings.collection)  # no embedding function passed
    assert col.configuration_json["embedding_function"]["name"] == EF_NAME
    assert col.count() > 0
    res = col.query(query_texts=["how many carousel cards"], n_results=1)
    # a local index keeps chunk texts beside it, not as Chroma documents
    assert res["documents"][0][0] is None
    from adsage.knowledge.vectors import SentenceVectors

    top = res["ids"][0][0]
    assert "carousel" in SentenceVectors(settings.sentences_path).texts([top])[top].lower()
    assert not [w for w in recwarn.list if "embedding" in str(w.message).lower()]
