"""A search hit, and what decides whose guidance a chunk is.

Kept apart from the searcher so code that only reads saved hits (the citations ``analyze``
caches) does not load the index, the BM25 scorer or the chunker.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

BUNDLED_PREFIX = "knowledge/"  # sources of the guidance shipped with adsage start so


def is_intro_flags(flags: str) -> bool:
    """A playbook's overview chunk (see :mod:`adsage.knowledge.chunking`)."""
    return "intro" in flags.split(",")


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
        return is_intro_flags(self.flags)

    @property
    def origin(self) -> Literal["mine", "bundled"]:
        """Whose guidance this is: shipped with adsage, or a document the user indexed."""
        return "bundled" if self.source.startswith(BUNDLED_PREFIX) else "mine"

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "origin": self.origin}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Hit:
        """The inverse of :meth:`as_dict`: derived keys (``origin``) are left out."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
