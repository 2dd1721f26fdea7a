"""A worker's view of a shared Chroma server, kept current without a local index.

With ``ADSAGE_CHROMA_URL`` every worker reads one server that others write to
(``adsage index`` on any machine), and the local read caches are off because no local stamp
can say when the server changed.  A searcher loads the server's documents once (its BM25
table), so after a re-index it would go on ranking the old chunks and never see new ones.
Here the searcher asks, at most every :data:`CHECK_EVERY` seconds, for a fingerprint of the
collection (every chunk id with its metadata: ids are content hashes, so any edit shows);
when it changed, the searcher reloads its table from the server.  Sentence vectors need no
such care: they are keyed by chunk id and embedded on first use.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import weakref
from typing import Any

CHECK_EVERY = 30.0  # seconds; a fingerprint costs one metadata read of the collection

_seen: weakref.WeakKeyDictionary[Any, tuple[float, str]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def fingerprint(store: Any) -> str:
    meta = store.all_metadata()
    text = json.dumps(sorted(meta.items()), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def changed(searcher: Any) -> bool:
    """True when the server's collection differs from what this searcher last loaded.

    Always False for a local index (its own caches track it) and between checks.  The
    first call only records the fingerprint: the caller is about to load the table anyway.
    """
    if not searcher.settings.chroma_url:
        return False
    now = time.monotonic()
    with _lock:
        last = _seen.get(searcher)
        if last is not None and now - last[0] < CHECK_EVERY:
            return False
    current = fingerprint(searcher.store)
    with _lock:
        _seen[searcher] = (now, current)
    return last is not None and last[1] != current
