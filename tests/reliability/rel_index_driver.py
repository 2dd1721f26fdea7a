"""Run the real ingestion in a subprocess with a fast stand-in embedder (for kill tests).

The multilingual encoder needs seconds per hundred sentences; kill-and-restart tests need
hundreds of chunks spread over many write batches, so this driver swaps in a deterministic
hash embedder (same shapes, same units) and a small batch size, and can hang at one batch
so a test can kill it between two writes.  Everything else, the store, the lock, the
sentence cache and the journal, is the production code.

    python rel_index_driver.py FOLDER [--step N] [--hang-at N [--before]]

``--hang-at N`` prints ``hanging`` and sleeps after the N-th batch is stored, for the test to
kill it there; with ``--before`` it hangs after the batch's sentence vectors are written but
before its chunks are (the window where a kill leaves sentence-cache entries no chunk owns).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def fake_embed_chunks(
    texts: Sequence[str], repeated: Any = None
) -> tuple[Any, list[list[str]], list[Any]]:
    import numpy as np

    from adsage.knowledge.vectors import units_of

    per_chunk = [units_of(t) for t in texts]
    parts = []
    for units in per_chunk:
        rows = []
        for u in units:
            seed = int.from_bytes(hashlib.sha256(u.encode()).digest()[:4], "little")
            v = np.random.default_rng(seed).standard_normal(512).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        parts.append(np.vstack(rows))
    chunk_vecs = np.vstack(
        [p.mean(axis=0) / (np.linalg.norm(p.mean(axis=0)) or 1.0) for p in parts]
    )
    return chunk_vecs.astype(np.float32), per_chunk, parts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--step", type=int, default=16)
    parser.add_argument("--hang-at", type=int, default=0)
    parser.add_argument("--before", action="store_true")
    args = parser.parse_args()

    from adsage.config import load_settings
    from adsage.knowledge import ingest

    real_store = ingest._embed_and_store

    def embed_and_store(store: Any, vectors: Any, new_chunks: Any, progress: Any) -> None:
        def paced(*a: Any, **kw: Any) -> None:
            batches.append(len(a[0]))
            hang = len(batches) == args.hang_at
            if hang and args.before:
                print("hanging", flush=True)
                time.sleep(120)
            real_upsert(*a, **kw)
            if hang:
                print("hanging", flush=True)
                time.sleep(120)

        batches: list[int] = []

        real_upsert = store.upsert
        store.upsert = paced
        # one write per embedding step, so a kill can land between any two writes
        real_store(store, vectors, new_chunks, progress, step=args.step, write_every=args.step)

    ingest.embed_chunks = fake_embed_chunks  # type: ignore[assignment]
    ingest._embed_and_store = embed_and_store  # type: ignore[assignment]
    summary = ingest.index_paths(load_settings(), args.folders)
    print(json.dumps({k: summary.as_dict()[k] for k in ("added", "updated", "chunks_total")}))


if __name__ == "__main__":
    main()
