"""The offline engine: deterministic drafts from frameworks, rule data and the brief.

It needs no model and no network, so it is the default engine and the fallback the model
engine uses part by part.  Same brief in, same plan out: nothing here reads the clock, draws
random numbers or depends on hash order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from adsage.drafting.base import DraftContext
from adsage.drafting.offline.copywriter import draft_copy, iter_copy
from adsage.drafting.offline.formats import pick_formats
from adsage.drafting.offline.goal import rewrite_goal
from adsage.drafting.offline.personas import build_personas
from adsage.models.plan import CopyDraft, FormatPick, Persona


class OfflineEngine:
    name = "offline"

    def personas(self, ctx: DraftContext, upto: int | None = None) -> list[Persona]:
        """``upto``: the first personas only (the same as the full list's first ones)."""
        return build_personas(ctx, upto)

    def copy(self, ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
        return draft_copy(ctx, personas, n)

    def iter_copy(
        self, ctx: DraftContext, personas: list[Persona], start: Sequence[CopyDraft] = ()
    ) -> Iterator[CopyDraft]:
        """The same drafts as ``copy``, one at a time, for a caller that stops when it has
        enough; ``start``: the run's first drafts, already made."""
        return iter_copy(ctx, personas, start)

    def formats(self, ctx: DraftContext) -> list[FormatPick]:
        return pick_formats(ctx)

    def goal_rewrite(self, ctx: DraftContext, suggestion: str | None) -> str | None:
        return rewrite_goal(ctx, suggestion)
