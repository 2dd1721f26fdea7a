"""The last results of a pure check, for checks that drafting runs on the same texts again.

Drafting checks each line once per placement and per candidate, and the ads of a test share
all but one text, so a check may answer a repeat from memory.  An entry holds only while the
check's rule data is the very object it was computed with; findings are frozen, so sharing
them is safe.  Bounded: a long run forgets everything at once rather than grow.
"""

from __future__ import annotations

from collections.abc import Hashable

from adsage.models.findings import Finding


class Recent:
    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._seen: dict[Hashable, tuple[object, tuple[Finding, ...]]] = {}

    def get(self, key: Hashable, rules: object) -> list[Finding] | None:
        seen = self._seen.get(key)
        return list(seen[1]) if seen is not None and seen[0] is rules else None

    def put(self, key: Hashable, rules: object, found: list[Finding]) -> list[Finding]:
        if len(self._seen) >= self.limit:
            self._seen.clear()
        self._seen[key] = (rules, tuple(found))
        return found

    def clear(self) -> None:
        self._seen.clear()
