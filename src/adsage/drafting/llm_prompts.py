"""What the model-backed engine sends: the answer schemas and the messages for each part.

Pure, so golden tests pin exactly what the model is sent.  ``knowledge`` and ``compact`` let
the engine shrink a prompt to a small context window (:mod:`adsage.drafting.llm_window`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from adsage.checks.claims import brief_facts
from adsage.drafting.base import DraftContext, Snippet
from adsage.drafting.llm_window import Message, Trim
from adsage.models.plan import Framework, Persona
from adsage.prompts import render

LANGUAGES = {"en": "English", "pl": "Polish"}
FRAMEWORKS = ("AIDA", "PAS", "BAB", "FAB", "4U")
FORMATS = ("image", "video", "carousel", "collection", "dynamic")
T = TypeVar("T", bound=BaseModel)
B = TypeVar("B", bound=BaseModel)
# The least room each part's answer needs, in tokens (copy: per draft): JSON for that many
# items from a wordy small model.  A prompt that cannot leave this much is trimmed.
RESERVE = {"personas": 500, "copy": 130, "formats": 350, "goal_rewrite": 160}


class _Out(BaseModel):
    # Every field required and nothing extra: the shape OpenAI's strict mode accepts.
    model_config = ConfigDict(extra="forbid")


class PersonaList(_Out):
    """Buyer personas for the campaign."""

    personas: list[Persona]


class CopyOut(_Out):
    """One ad copy variant."""

    primary_text: str
    headline: str
    description: str
    cta: str
    framework: Framework
    persona: str


class CopyList(_Out):
    """Ad copy variants."""

    drafts: list[CopyOut]


class FormatOut(_Out):
    """One ranked ad format."""

    rank: int
    format: Literal["image", "video", "carousel", "collection", "dynamic"]
    placements: list[str]
    reason: str
    specs: list[str]
    sources: list[int]


class FormatList(_Out):
    """Ranked ad formats."""

    formats: list[FormatOut]


class GoalRewrite(_Out):
    """A SMART rewrite of the campaign goal."""

    rewrite: str


def prompt_messages(
    part: str,
    ctx: DraftContext,
    *,
    canary: str,
    count: int = 3,
    personas: Sequence[Persona] = (),
    suggestion: str | None = None,
    cta_values: Sequence[str] | None = None,
    knowledge: Sequence[Snippet] | None = None,
    compact: bool = False,
) -> list[Message]:
    """The system and user messages for one part (``persona``, ``copy``, ``formats``,
    ``goal_rewrite``).  ``knowledge`` replaces the context's snippets (a trimmed list);
    ``compact`` (for small context windows) keeps only the brief fields a part drafts from,
    each persona's name and angle, and the buttons that fit the objective."""
    from adsage.rules.ad_text import copy_rules

    lang_name = LANGUAGES.get(ctx.lang, ctx.lang)
    brief = ctx.brief
    system = render("system", canary=canary, lang=ctx.lang, language_name=lang_name)
    data: dict[str, Any] = {
        "objective": ctx.objective,
        "language_name": lang_name,
        "brief": brief.model_dump(
            mode="json", exclude_none=True, include=_compact_brief(part) if compact else None
        ),
        "knowledge": [
            {"n": s.n, "title": s.title, "section": s.section, "text": s.text}
            for s in (ctx.knowledge if knowledge is None else knowledge)
        ],
        "count": count,
        "placements": list(brief.placements),
        "special_category": brief.special_ad_category,
    }
    if part == "copy":
        rules = copy_rules()
        data["limits"] = {
            f: rules.lengths.recommended_for(f, "feed")
            for f in ("primary_text", "headline", "description")
        }
        data["cta_values"] = list(cta_values or _ctas(ctx, rules.cta.values, compact))
        data["frameworks"] = list(FRAMEWORKS)
        data["personas"] = [
            p.model_dump(mode="json", include={"name", "message_angle"} if compact else None)
            for p in personas
        ]
        data["facts"] = [f for f in brief_facts(brief) if f]
    elif part == "formats":
        data.update(
            formats=list(FORMATS),
            has_video=brief.has_video,
            catalog=brief.catalog,
            product_count=brief.product_count,
        )
    elif part == "goal_rewrite":
        data["goal"] = {
            "goal": brief.goal,
            "objective": ctx.objective,
            "budget": brief.budget.amount,
            "currency": brief.budget.currency,
            "budget_type": brief.budget.type,
            "start": brief.schedule.start.isoformat(),
            "end": brief.schedule.end.isoformat(),
        }
        data["suggestion"] = suggestion or ""
    return [("system", system), ("user", render(part, **data))]


# What a part drafts from when the window is small: the rest (budget, schedule, placements)
# is computed by adsage, not written by the model.
COMPACT_BRIEF = ("brand", "product", "offer", "benefits", "audience", "tone", "language")


def _compact_brief(part: str) -> set[str]:
    # The copy prompt lists brand, product, offer and benefits as its facts already.
    return {"tone", "language"} if part == "copy" else set(COMPACT_BRIEF)


def _ctas(ctx: DraftContext, values: Sequence[str], compact: bool) -> list[str]:
    """Every valid button, or (compact) the one the offline engine picks for the objective
    plus the neutral LEARN_MORE."""
    if not compact:
        return list(values)
    from adsage.drafting.offline.facts import cta_for

    brief = ctx.brief
    best = cta_for(ctx.objective, " ".join([brief.product, brief.offer, brief.goal]))
    return [v for v in dict.fromkeys((best, "LEARN_MORE")) if v in values] or list(values)


def landing_hosts(ctx: DraftContext) -> list[str]:
    host = urlsplit(ctx.brief.landing_url).hostname or ""
    return [host.lower().removeprefix("www.")] if host else []


def trimmed(knowledge: Sequence[Snippet], trim: Trim) -> list[Snippet]:
    """The snippets a trim keeps: the first ``trim.snippets``, each cut to
    ``trim.snippet_chars`` at a word boundary."""
    kept = list(knowledge if trim.snippets is None else knowledge[: trim.snippets])
    limit = trim.snippet_chars
    if limit is None:
        return kept
    out = []
    for s in kept:
        text = s.text if len(s.text) <= limit else s.text[:limit].rsplit(" ", 1)[0] + " ..."
        out.append(Snippet(s.n, s.id, s.title, s.section, text, s.topic, s.source))
    return out


def part_messages(part: str, ctx: DraftContext, trim: Trim, **kw: Any) -> list[Message]:
    """:func:`prompt_messages` for ``part`` shrunk by ``trim``."""
    return prompt_messages(
        part, ctx, knowledge=trimmed(ctx.knowledge, trim), compact=trim.compact, **kw
    )
