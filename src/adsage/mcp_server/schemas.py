"""Output shapes of the MCP tools, published to clients as JSON schemas.

Where the core already has a model (``Report``, ``GoalReport``, ``CampaignPlan``, ``CopyDraft``,
``VariantSet``, the ``ABPlan`` and ``Citation`` dataclasses) the tools return it as it is.  The
models here describe the results the core hands back as plain data, key for key as
``adsage ... --json`` prints them, so an assistant sees the same JSON a script sees.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.knowledge.answer import Citation
from adsage.models.plan import CampaignPlan, CopyDraft


class SearchHit(BaseModel):
    id: str = Field(description="Chunk id; cite it to point at the passage.")
    source: str
    title: str
    section: str
    lang: str
    topic: str
    score: float
    text: str
    origin: Literal["mine", "bundled"] = Field(
        description="Whose guidance: a document the user indexed, or the bundled guidance."
    )
    flagged: str | None = Field(
        default=None,
        description="Why the passage looks planted (instructions, foreign links); it is "
        "shown for review and never used as advice. Absent when the passage is clean.",
    )


class SearchResult(BaseModel):
    query: str
    results: list[SearchHit]


class AnswerSentence(BaseModel):
    text: str
    citation: int = Field(description="Number of the citation the sentence comes from.")
    lang: str = Field(description="Language of the sentence (the cited document's).")


class AnswerResult(BaseModel):
    question: str
    lang: str
    answer: str = Field(description="Extracted sentences with [n] citation marks.")
    sentences: list[AnswerSentence]
    citations: list[Citation]


class PlanResult(BaseModel):
    plan: CampaignPlan = Field(description="The plan as `adsage plan --json` prints it.")
    markdown: str | None = Field(
        default=None, description="The same plan as Markdown, when asked for."
    )


class DraftsResult(BaseModel):
    drafts: list[CopyDraft] = Field(description="Copy drafts, each with its validation report.")


class AnalysisResult(BaseModel):
    """Which ad won and whether the win is real (``adsage analyze --json``); the remaining
    keys (totals, comparisons, diagnostics, ...) come through as the CLI prints them."""

    model_config = ConfigDict(extra="allow")

    file: str
    lang: str
    metric: str
    metric_name: str
    winner: dict[str, Any] | None
    significant: bool
    verdict: str
    ads: list[dict[str, Any]]
    recommendations: list[dict[str, Any]]
    warnings: list[dict[str, Any]]
    notes: list[dict[str, Any]]
