"""Output shapes of the MCP tools, published to clients as JSON schemas.

Where the core already has a pydantic model (``Report``, ``GoalReport``, ``CampaignPlan``,
``CopyDraft``, ``VariantSet``) the tools return it as it is.  The models here describe the
results the core hands back as plain data, key for key as ``adsage ... --json`` prints them, so
an assistant sees the same JSON a script sees.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

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


class AnswerCitation(BaseModel):
    n: int
    id: str
    title: str
    section: str
    source: str
    lang: str


class AnswerResult(BaseModel):
    question: str
    lang: str
    answer: str = Field(description="Extracted sentences with [n] citation marks.")
    sentences: list[AnswerSentence]
    citations: list[AnswerCitation]


class PlanResult(BaseModel):
    plan: CampaignPlan = Field(description="The plan as `adsage plan --json` prints it.")
    markdown: str | None = Field(
        default=None, description="The same plan as Markdown, when asked for."
    )


class DraftsResult(BaseModel):
    drafts: list[CopyDraft] = Field(description="Copy drafts, each with its validation report.")


class AbSizeResult(BaseModel):
    """An A/B test sized before any creative is made (``adsage abplan --json``)."""

    metric: str
    baseline_rate: float
    mde: float
    alpha: float
    power: float
    variants: int
    sample_size_per_variant: int
    impressions_needed: int
    cpm: float | None
    budget_needed: float | None
    daily_budget: float | None
    days_needed: int | None
    verdict: str
    warnings: list[str]
    alternatives: list[dict[str, int]]


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
