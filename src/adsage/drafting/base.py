"""The contract between the plan builder and any drafting engine.

The plan builder retrieves knowledge, computes the numbers and validates; an engine only drafts
the parts that need words (personas, copy, format reasons, goal rewrite).  Every engine gets
the same context, so the model-backed engine can fall back to the offline one part by part.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from adsage.models.brief import Brief
from adsage.models.plan import CopyDraft, FormatPick, Persona, Provenance


@dataclass(frozen=True)
class Snippet:
    """A retrieved knowledge chunk as the engine sees it: citation number plus text."""

    n: int
    id: str
    title: str
    section: str
    text: str
    topic: str = ""
    source: str = ""


@dataclass
class DraftContext:
    brief: Brief
    lang: str
    objective: str
    knowledge: list[Snippet] = field(default_factory=list)
    provenance: Provenance = field(default_factory=lambda: Provenance(engine="offline"))
    verbose: bool = False

    def snippets(self, topic: str | None = None, limit: int = 4) -> list[Snippet]:
        chosen = [s for s in self.knowledge if topic is None or s.topic == topic]
        return chosen[:limit]


class Engine(Protocol):
    name: str

    def personas(self, ctx: DraftContext) -> list[Persona]:
        """2-3 personas for the brief's audience."""
        ...

    def copy(self, ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
        """``n`` drafts, each with framework and persona; reports are filled by the caller."""
        ...

    def formats(self, ctx: DraftContext) -> list[FormatPick]:
        """Ranked format picks with reasons and specs."""
        ...

    def goal_rewrite(self, ctx: DraftContext, suggestion: str | None) -> str | None:
        """A SMART rewrite of the goal (the checker's suggestion is a starting point)."""
        ...
