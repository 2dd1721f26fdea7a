"""Test doubles for the drafting engines: a brief, a context and a deterministic offline
stand-in for the fallback (the real offline engine is tested on its own)."""

from __future__ import annotations

from typing import Any

from adsage.drafting.base import DraftContext, Snippet
from adsage.models.brief import Brief
from adsage.models.plan import CopyDraft, FormatPick, Persona, Provenance

BRIEF: dict[str, Any] = {
    "brand": "Dough Bros",
    "product": "Sourdough starter kit",
    "offer": "20% off the first kit",
    "landing_url": "https://doughbros.example/kit",
    "language": "en",
    "goal": "Sell 200 kits by 2027-03-31",
    "objective": "OUTCOME_SALES",
    "budget": {"amount": 3000, "currency": "USD", "type": "lifetime"},
    "schedule": {"start": "2027-01-04", "end": "2027-03-31"},
    "audience": {"locations": ["US"], "age": [25, 55], "interests": ["baking"]},
    "benefits": ["Starter ready in 5 days", "Step-by-step video lessons"],
    "tone": "warm",
}

SNIPPETS = [
    Snippet(
        n=1,
        id="formats-en",
        title="Formats",
        section="Carousel",
        text="2 to 10 cards.",
        topic="formats",
    ),
    Snippet(
        n=2,
        id="copy-en",
        title="Copy",
        section="Length",
        text="Keep headlines short.",
        topic="copy",
    ),
]


def make_brief(**changes: Any) -> Brief:
    return Brief.model_validate({**BRIEF, **changes})


def make_ctx(brief: Brief | None = None, **kw: Any) -> DraftContext:
    return DraftContext(
        brief=brief or make_brief(),
        lang="en",
        objective="OUTCOME_SALES",
        knowledge=list(SNIPPETS),
        provenance=Provenance(engine="openai"),
        **kw,
    )


PERSONAS = [
    Persona(
        name="Weekend baker",
        demographics="30-45, suburban US",
        motivations=["fresh bread"],
        pains=["no time"],
        objections=["price"],
        where_they_scroll=["feed"],
        message_angle="Bread that fits a weekend.",
    ),
    Persona(
        name="Curious beginner",
        demographics="25-35, city",
        motivations=["new hobby"],
        pains=["fear of failing"],
        objections=["too hard"],
        where_they_scroll=["reels"],
        message_angle="Easy first loaf.",
    ),
]


class StubOffline:
    """What the offline engine would return: valid, recognisable text."""

    name = "offline"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def personas(self, ctx: DraftContext) -> list[Persona]:
        self.calls.append("personas")
        return [p.model_copy(update={"name": f"Offline {p.name}"}) for p in PERSONAS]

    def copy(self, ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
        self.calls.append("copy")
        return [
            CopyDraft(
                primary_text=f"Bake your first sourdough loaf this week. Offline draft {i}.",
                headline="Sourdough starter kit",
                description="20% off the first kit",
                cta="SHOP_NOW",
                framework="AIDA",
                persona=personas[i % len(personas)].name,
                link=ctx.brief.landing_url,
            )
            for i in range(n)
        ]

    def formats(self, ctx: DraftContext) -> list[FormatPick]:
        self.calls.append("formats")
        return [
            FormatPick(rank=1, format="carousel", placements=["feed"], reason="Offline pick."),
            FormatPick(rank=2, format="image", placements=["feed"], reason="Offline pick."),
        ]

    def goal_rewrite(self, ctx: DraftContext, suggestion: str | None) -> str | None:
        return suggestion
