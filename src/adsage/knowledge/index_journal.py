"""A write-ahead list of the files an index run is writing, so a killed run can be undone.

Chroma has no transactions, and ingestion trusts a file's stored ``file_hash`` to skip it
next time.  A run killed between two write batches would leave a file with only some of its
chunks, all carrying the new hash, and every later run would skip it as unchanged.  So before
each write the store notes the affected sources here; a clean finish deletes the journal; the
next writer that finds one deletes those sources' chunks (and sentence-cache entries no chunk
owns any more), and ingestion then indexes them again from scratch.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from adsage.config import Settings

if TYPE_CHECKING:
    from adsage.knowledge.store import Store

NAME = "index.journal"
STAMP = "index.stamp"


def journal_path(settings: Settings) -> Path:
    return settings.home / NAME


class Journal:
    """Appends each source once per run; one JSON string per line, flushed before the write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._noted: set[str] = set()

    def note(self, sources: Iterable[str]) -> None:
        if self._noted and not self.path.exists():
            self._noted.clear()  # the previous run finished: this is a new run
        new = sorted({s for s in sources if s} - self._noted)
        if not new:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write("".join(json.dumps(s) + "\n" for s in new))
            fh.flush()
            os.fsync(fh.fileno())
        self._noted.update(new)


def pending(settings: Settings) -> list[str]:
    """Sources a previous, unfinished run was writing (a torn last line is ignored)."""
    try:
        lines = journal_path(settings).read_text("utf-8").splitlines()
    except OSError:
        return []
    out: list[str] = []
    for line in lines:
        with contextlib.suppress(ValueError):
            value = json.loads(line)
            if isinstance(value, str) and value not in out:
                out.append(value)
    return out


def finish(settings: Settings) -> None:
    journal_path(settings).unlink(missing_ok=True)


def bump(settings: Settings) -> None:
    """Mark the index as changed: every cache derived from it (document table, BM25
    statistics, analysis citations) is keyed by this stamp and stops matching.

    Called when a writer takes the lock (so a run killed half way leaves caches invalid) and
    when it finishes.  A stamp that cannot be written is removed, which disables the caches.
    """
    path = settings.home / STAMP
    tmp = path.with_name(f".{STAMP}.{os.getpid()}.tmp")
    try:
        tmp.write_text(uuid.uuid4().hex, "utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
            path.unlink(missing_ok=True)


def version(settings: Settings) -> str | None:
    """The index's current version for read caches, or None when it cannot be known.

    The stamp changes with every write through adsage; the Chroma database file's identity
    changes when the folder is deleted or replaced by hand.  A shared Chroma server has
    writers we never see, so it gets no version (and no caches).
    """
    if settings.chroma_url:
        return None
    try:
        st = (settings.chroma_dir / "chroma.sqlite3").stat()
    except OSError:
        return None
    path = settings.home / STAMP
    for _ in range(2):
        try:
            token = path.read_text("utf-8").strip()
        except FileNotFoundError:
            # an index built before stamps existed: give it one, unless a writer beats us
            with contextlib.suppress(OSError):
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(uuid.uuid4().hex)
            continue
        except OSError:
            return None
        if token:
            return f"{token}-{st.st_dev}-{st.st_ino}"
    return None


def recover(settings: Settings, store: Store) -> int:
    """Undo an interrupted run: drop the chunks of every journaled source, then the sentence
    vectors of chunks that are no longer in the index.  Returns the chunks removed.

    Called with the write lock held.  Any failure leaves the journal in place (the store may
    be unreadable, and ``--rebuild`` must still work), so recovery is retried next time.
    """
    sources = pending(settings)
    if not sources:
        return 0
    try:
        meta = store.all_metadata()
        doomed = [cid for cid, m in meta.items() if m.get("source") in sources]
        if doomed:
            store.delete(doomed)
        _prune_sentences(settings.sentences_path, set(meta) - set(doomed))
    except Exception:  # reported by the run itself when it touches the store
        return 0
    finish(settings)
    return len(doomed)


def _prune_sentences(path: Path, keep: set[str]) -> None:
    """Sentence vectors and chunk texts are written before their chunk: a kill in between
    leaves entries no chunk owns.  Harmless to search, but they would never be cleaned up
    otherwise."""
    if not path.exists():
        return
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as con:
        for table in ("units", "texts"):  # texts: absent from files written before it existed
            try:
                ids = [r[0] for r in con.execute(f"SELECT chunk_id FROM {table}")]
            except sqlite3.OperationalError:
                continue
            gone = [(i,) for i in ids if i not in keep]
            with con:
                con.executemany(f"DELETE FROM {table} WHERE chunk_id = ?", gone)
