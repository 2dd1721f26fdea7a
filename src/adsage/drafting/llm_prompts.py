"""What the model-backed engine sends: the answer schemas and the messages for each part.

Pure, so golden tests pin exactly what the model is sent.  ``knowledge``, ``compact`` and
``small`` let the engine shrink a prompt to a small context window
(:mod:`adsage.drafting.llm_window`); :func:`small_bounds` bounds the answer schema there.
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
    small: bool = False,
) -> list[Message]:
    """The system and user messages for one part (``persona``, ``copy``, ``formats``,
    ``goal_rewrite``).  ``knowledge`` replaces the context's snippets (a trimmed list);
    ``compact`` (for small context windows) keeps only the brief fields a part drafts from,
    each persona's name and angle, and the buttons that fit the objective; ``small`` (a
    window of a few thousand tokens) uses the short ``*_small`` templates."""
    from adsage.rules.ad_text import copy_rules

    lang_name = LANGUAGES.get(ctx.lang, ctx.lang)
    brief = ctx.brief
    suffix = "_small" if small else ""
    system = render("system" + suffix, canary=canary, lang=ctx.lang, language_name=lang_name)
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
            formats=allowed_formats(ctx) if small else list(FORMATS),
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
    return [("system", system), ("user", render(part + suffix, **data))]


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
    from adsage.drafting.offline.facts import cta_for, goal_metric

    brief = ctx.brief
    context = " ".join([brief.product, brief.offer, brief.goal])
    best = cta_for(ctx.objective, context, goal_metric(brief))
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


# Parts whose answer cites no snippet.  Their small-window prompts leave the knowledge out: a
# small model copies snippet text instead of writing about the brief (seen with SmolLM2-135M:
# three ad drafts about "setting campaign goals" and none about the product).
UNCITED = frozenset({"persona", "copy"})


def part_messages(part: str, ctx: DraftContext, trim: Trim, **kw: Any) -> list[Message]:
    """:func:`prompt_messages` for ``part`` shrunk by ``trim``."""
    uncited = trim.small and part in UNCITED
    return prompt_messages(
        part,
        ctx,
        knowledge=[] if uncited else trimmed(ctx.knowledge, trim),
        compact=trim.compact,
        small=trim.small,
        **kw,
    )


def allowed_formats(ctx: DraftContext) -> list[str]:
    """The formats this brief can run: dynamic ads need a catalog, a collection four
    products (the same lines :func:`adsage.drafting.llm_checks.format_findings` draws)."""
    brief = ctx.brief
    return [
        f
        for f in FORMATS
        if (f != "dynamic" or brief.catalog) and (f != "collection" or brief.product_count >= 4)
    ]


# Small-window answer bounds, in characters: long enough for the sentence each field asks
# for, short enough that a looping small model stops and the reserved room stays small.
NAME_CHARS, SENTENCE_CHARS, PHRASE_CHARS, NOTE_CHARS = 48, 120, 70, 60


def _text(low: int, high: int) -> dict[str, int]:
    return {"minLength": low, "maxLength": high}


def small_bounds(
    part: str,
    ctx: DraftContext,
    trim: Trim,
    *,
    count: int = 3,
    personas: Sequence[Persona] = (),
) -> dict[str, dict[str, Any]]:
    """Bounds for :func:`adsage.drafting.llm_schema.bounded` on the small-window schema of
    ``part``: exact item counts, non-empty texts of a sane length and enums for what the
    brief allows.  Copy texts may run a quarter past the recommended length: the guard's
    length check and repair then cut them at a word, where a grammar would cut mid-word."""
    placements = list(ctx.brief.placements)
    if part == "personas":
        phrases = {"minItems": 1, "maxItems": 1}
        out: dict[str, dict[str, Any]] = {
            "personas": {"minItems": count, "maxItems": count},
            "personas[].name": _text(3, NAME_CHARS),
            "personas[].demographics": _text(10, SENTENCE_CHARS),
            "personas[].where_they_scroll": {"minItems": 1, "maxItems": len(placements)},
            "personas[].where_they_scroll[]": {"enum": placements},
            "personas[].message_angle": _text(10, SENTENCE_CHARS),
        }
        for f in ("motivations", "pains", "objections"):
            out[f"personas[].{f}"] = phrases
            out[f"personas[].{f}[]"] = _text(3, PHRASE_CHARS)
        return out
    if part == "copy":
        from adsage.rules.ad_text import copy_rules

        rules = copy_rules()
        out = {"drafts": {"minItems": count, "maxItems": count}}
        for f, low in (("primary_text", 20), ("headline", 5), ("description", 5)):
            limit = rules.lengths.recommended_for(f, "feed")
            out[f"drafts[].{f}"] = _text(low, limit + limit // 4)
        out["drafts[].cta"] = {"enum": _ctas(ctx, rules.cta.values, True)}
        if personas:
            out["drafts[].persona"] = {"enum": [p.name for p in personas]}
        return out
    if part == "formats":
        kept = [s.n for s in trimmed(ctx.knowledge, trim)]
        most = min(3, len(allowed_formats(ctx)))
        return {
            "formats": {"minItems": min(2, most), "maxItems": most},
            "formats[].rank": {"enum": list(range(1, most + 1))},
            "formats[].format": {"enum": allowed_formats(ctx)},
            "formats[].placements": {"minItems": 1, "maxItems": len(placements)},
            "formats[].placements[]": {"enum": placements},
            "formats[].reason": _text(10, SENTENCE_CHARS),
            "formats[].specs": {"minItems": 1, "maxItems": 2},
            "formats[].specs[]": _text(3, NOTE_CHARS),
            "formats[].sources": {"maxItems": min(2, len(kept))},
            **({"formats[].sources[]": {"enum": kept}} if kept else {}),
        }
    return {"rewrite": _text(20, 2 * SENTENCE_CHARS)}
