"""Checks for model-drafted parts beyond the shared validators.

The copy checker judges text; these add what only makes sense for generated output (a
persona name the persona section knows, formats the brief can run, snippet numbers that
exist, a goal rewrite that passes the SMART checker).  Pure: findings in, no side effects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from adsage.drafting.base import DraftContext
from adsage.errors import AdsageError
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft, FormatPick, Persona

LANGS = ("en", "pl")


def copy_findings(
    draft: CopyDraft,
    lang: str,
    personas: Sequence[str],
    facts: Sequence[str] | None = None,
    *,
    ctx: DraftContext | None = None,
) -> list[Finding]:
    """The copy checker's findings (the landing link is the brief's, checked elsewhere) plus
    a persona name the drafts must share with the persona section.  With ``facts`` (the
    brief's), a date, number or guarantee the brief does not give is flagged too, so the
    guard asks again instead of shipping an invented promise.  With ``ctx``, the copy is
    checked on every placement of the brief (as ``adsage check plan`` does) and must fill
    every field with real text about the brand, product or offer."""
    from adsage.checks.copy import AdCopy, check_copy
    from adsage.checks.deadlines import deadline_sources
    from adsage.checks.inputs import copy_findings as placement_findings

    if ctx is not None:
        out = placement_findings(
            draft.model_dump(),
            placements=[*ctx.brief.placements, "feed"],
            lang=lang if lang in LANGS else None,
            facts=list(facts) if facts is not None else None,
            deadlines=deadline_sources(ctx.brief),
        )
        out += _blank_fields(draft, ("primary_text", "headline", "description"))
        out += debris_findings(
            draft.model_dump(include={"primary_text", "headline", "description"})
        )
        if not _on_topic(draft, ctx):
            out.append(
                _err(
                    "llm.off_topic",
                    "primary_text",
                    "The draft mentions neither the brand, the product nor the offer.",
                    f"Name {ctx.brief.brand} or {ctx.brief.product} and build on the offer.",
                )
            )
    else:
        ad = AdCopy(
            primary_text=draft.primary_text,
            headline=draft.headline,
            description=draft.description,
            cta=draft.cta,
            lang=lang if lang in LANGS else None,  # type: ignore[arg-type]
            facts=list(facts) if facts is not None else None,
        )
        out = check_copy(ad)
    if personas and draft.persona not in personas:
        out.append(
            Finding(
                rule="llm.persona_unknown",
                severity="error",
                message=f'"{draft.persona}" is not one of the personas.',
                field="persona",
                suggestion=f"Use one of: {', '.join(personas)}.",
            )
        )
    return out


def copy_set_findings(drafts: Sequence[CopyDraft], lang: str) -> list[tuple[int, Finding]]:
    """Drafts that repeat an earlier one's headline or primary text, and the shared-opener
    check ``adsage check plan`` runs on the set."""
    from adsage.checks.claims import check_repetition

    out = _duplicates([d.headline for d in drafts], "headline")
    out += _duplicates([d.primary_text for d in drafts], "primary_text")
    for f in check_repetition([d.primary_text for d in drafts], lang):
        index, _, field = (f.field or "").removeprefix("copy[").partition("].")
        if index.isdigit():
            out.append((int(index), f.model_copy(update={"field": field or "primary_text"})))
    return out


def persona_findings(persona: Persona, ctx: DraftContext) -> list[Finding]:
    """A persona a marketer can use: a short label (not a sentence), who they are, what moves
    them, what stops them, where they scroll and the angle, none of it left blank."""
    out = _blank_fields(persona, ("name", "demographics", "message_angle"))
    name = persona.name.strip()
    if name and (
        len(name) > NAME_MAX_CHARS or len(name.split()) > NAME_MAX_WORDS or name[-1] in ".!?"
    ):
        out.append(
            _err(
                "llm.persona_name",
                "name",
                f'"{name[:80]}" reads as a sentence, not a persona label.',
                'Use a short label such as "Busy parent who cooks at home".',
            )
        )
    for field in ("motivations", "pains", "objections", "where_they_scroll"):
        items = [i for i in getattr(persona, field) if not _placeholder(i)]
        if not items:
            out.append(
                _err("llm.persona_missing", field, f"{field} is empty.", f"Fill in {field}.")
            )
    texts = {
        f: v if isinstance(v, str) else ". ".join(v)
        for f, v in persona.model_dump(exclude={"where_they_scroll"}).items()
    }
    return out + debris_findings(texts) + _persona_claims(texts, ctx)


def _persona_claims(texts: dict[str, str], ctx: DraftContext) -> list[Finding]:
    """Numbers, dates and guarantees the brief does not give; an age inside the brief's
    audience range is the brief's."""
    from adsage.checks.claims import brief_facts, unsupported

    brief = ctx.brief
    low, high = brief.audience.age
    out = []
    for field, claim in unsupported(texts, [*brief_facts(brief), brief.audience.description]):
        if field == "demographics" and claim.isdigit() and low <= int(claim) <= high:
            continue
        msg = f'"{claim}" is not in the brief (ages {low}-{high}).'
        out.append(_err("llm.persona_claim", field, msg, "State only what the brief gives."))
    return out


# Markup or JSON that leaked into a text: a weak model under a grammar writes its own
# brackets and tags into string values.  "[2]" (a snippet citation) is not debris.
# A snake_case token ("shop_now") is a schema or button value copied into the text.
_DEBRIS = re.compile(r"[{}<>\\|]|\[(?!\d+\])|(?<!\[\d)(?<!\[\d\d)\]|[A-Za-z]_[A-Za-z]")


def debris_findings(texts: dict[str, str]) -> list[Finding]:
    """An error for each text holding brackets, braces, tags or backslashes."""
    return [
        _err(
            "llm.debris",
            field,
            f'{field} holds markup or JSON fragments ("{m.group(0)}").',
            "Write plain sentences.",
        )
        for field, text in texts.items()
        if (m := _DEBRIS.search(text))
    ]


def persona_set_findings(personas: Sequence[Persona]) -> list[tuple[int, Finding]]:
    return _duplicates([p.name for p in personas], "name")


# What a weak model leaves in a field instead of text.
PLACEHOLDERS = frozenset(
    {
        "",
        "string",
        "text",
        "none",
        "null",
        "n/a",
        "na",
        "tbd",
        "todo",
        "xxx",
        "...",
        "-",
        "headline",
        "primary text",
        "primary_text",
        "description",
        "name",
        "lorem ipsum",
    }
)
NAME_MAX_CHARS = 60
NAME_MAX_WORDS = 9


def _placeholder(text: str) -> bool:
    t = " ".join(text.split()).strip(" .:;,'\"").lower()
    return (
        t in PLACEHOLDERS or t.startswith("lorem ipsum") or (t.startswith("<") and t.endswith(">"))
    )


def _blank_fields(item: Any, fields: Sequence[str]) -> list[Finding]:
    return [
        _err("llm.placeholder", f, f"{f} is empty or a placeholder.", f"Write a real {f}.")
        for f in fields
        if _placeholder(str(getattr(item, f) or ""))
    ]


def _duplicates(values: Sequence[str], field: str) -> list[tuple[int, Finding]]:
    from adsage.lang.folding import fold

    seen: dict[str, int] = {}
    out: list[tuple[int, Finding]] = []
    for i, value in enumerate(values):
        key = " ".join(fold(value).split())
        if not key:
            continue
        if key in seen:
            msg = f"{field} repeats item {seen[key] + 1}."
            out.append((i, _err("llm.duplicate", field, msg, f"Write a different {field}.")))
        else:
            seen[key] = i
    return out


def _on_topic(draft: CopyDraft, ctx: DraftContext) -> bool:
    """True when the draft names the brand or shares a content word's stem with the product,
    offer or benefits (five letters cover Polish and English inflection; common function
    words such as "that" or "with" do not count)."""
    from adsage.lang.folding import fold, raw_words
    from adsage.lang.wordlists import EN_WORDS, PL_WORDS

    brief = ctx.brief
    text = fold(" ".join((draft.primary_text, draft.headline, draft.description)))
    if fold(brief.brand) in text:
        return True

    def stems(value: str) -> set[str]:
        words = (fold(w) for w in raw_words(value))
        return {w[:5] for w in words if len(w) >= 4 and w not in EN_WORDS | PL_WORDS}

    wanted = set().union(*(stems(p) for p in (brief.product, brief.offer, *brief.benefits)))
    return bool(stems(text) & wanted)


def format_findings(pick: FormatPick, ctx: DraftContext) -> list[Finding]:
    brief = ctx.brief
    out: list[Finding] = []
    bad = [p for p in pick.placements if p not in brief.placements]
    if bad or not pick.placements:
        out.append(
            _err(
                "llm.format_placement",
                "placements",
                f"placements {bad} are not in the brief; use {', '.join(brief.placements)}.",
            )
        )
    known = {s.n for s in ctx.knowledge}
    unknown = [n for n in pick.sources if n not in known]
    if unknown:
        out.append(_err("llm.format_source", "sources", f"sources {unknown} are not snippets."))
    out += debris_findings({"reason": pick.reason, "specs": " ".join(pick.specs)})
    out += _format_claims(pick, ctx)
    if pick.reason.strip() and pick.reason.rstrip()[-1] not in ".!?":
        out.append(
            _err(
                "llm.unfinished",
                "reason",
                "The reason stops mid-sentence.",
                "Write one short, finished sentence.",
            )
        )
    vague = [s for s in pick.specs if not any(c.isdigit() for c in s)]
    if vague:
        out.append(
            _err(
                "llm.format_spec",
                "specs",
                f'"{vague[0][:60]}" is not a production note (no size, ratio, length or count).',
                'Give notes such as "1:1, 1080 x 1080 px" or "up to 15 s".',
            )
        )
    if pick.format == "dynamic" and not brief.catalog:
        out.append(_err("llm.format_unavailable", "format", "dynamic ads need a catalog."))
    if pick.format == "collection" and brief.product_count < 4:
        out.append(_err("llm.format_unavailable", "format", "collection needs four products."))
    return out


def _format_claims(pick: FormatPick, ctx: DraftContext) -> list[Finding]:
    """A figure in the reason that neither the brief nor a snippet gives (a weak model
    writes statistics of its own).  Specs are production sizes ("9:16", "15 s"), not claims
    to a buyer, and are left to the debris check."""
    from adsage.checks.claims import brief_facts, unsupported

    facts = [*brief_facts(ctx.brief), *(s.text for s in ctx.knowledge)]
    texts = {"reason": pick.reason}
    return [
        _err("llm.format_claim", field, f'"{claim}" is in no snippet and not in the brief.')
        for field, claim in unsupported(texts, facts)
    ]


def whole_sentences(text: str) -> str:
    """``text`` without a trailing unfinished sentence, when a finished one comes before it
    (a length repair cuts at a word and can leave "... The game-changing")."""
    if not text or text.rstrip()[-1] in ".!?":
        return text
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text)]
    return text[: ends[-1]] if ends else text


def repair_format(
    pick: FormatPick, found: list[Finding], ctx: DraftContext
) -> tuple[FormatPick, list[str]]:
    rules = {f.rule for f in found}
    update: dict[str, Any] = {}
    notes: list[str] = []
    if "llm.format_placement" in rules:
        kept = [p for p in pick.placements if p in ctx.brief.placements]
        update["placements"] = kept or list(ctx.brief.placements)
        notes.append("placements: kept the brief's placements")
    if "llm.format_source" in rules:
        known = {s.n for s in ctx.knowledge}
        update["sources"] = [n for n in pick.sources if n in known]
        notes.append("sources: dropped unknown snippet numbers")
    return pick.model_copy(update=update), notes


def goal_findings(rewrite: str, ctx: DraftContext) -> list[Finding]:
    """The SMART checker's errors for the rewrite, judged with the brief's budget and dates."""
    from adsage.checks.goal import check_goal

    brief = ctx.brief
    try:
        report = check_goal(
            rewrite,
            objective=ctx.objective,
            budget=brief.budget.amount,
            currency=brief.budget.currency,
            start=brief.schedule.start,
            end=brief.schedule.end,
            lang=ctx.lang,
        )
    except AdsageError as exc:
        return [_err("llm.goal_invalid", "rewrite", str(exc))]
    return [f for f in report.findings if f.severity == "error"] + debris_findings(
        {"rewrite": rewrite}
    )


def _err(rule: str, field: str, message: str, suggestion: str | None = None) -> Finding:
    return Finding(rule=rule, severity="error", message=message, field=field, suggestion=suggestion)


def drop_unsupported(
    draft: CopyDraft,
    found: list[Finding],
    facts: Sequence[str],
    deadlines: Sequence[str] = (),
) -> CopyDraft:
    """The draft without the primary-text sentences that make an unsupported claim or state
    a deadline the brief (``facts`` plus ``deadlines``) does not give; a headline or
    description with one cannot be fixed by cutting and is left to the guard."""
    import re

    from adsage.checks.claims import unsupported
    from adsage.checks.deadlines import unsourced_deadlines

    rules = {"copy.unsupported_claim", "copy.unsourced_deadline"}
    if not any(f.rule in rules and f.field == "primary_text" for f in found):
        return draft
    sources = [*facts, *deadlines]
    sentences = re.split(r"(?<=[.!?])\s+", draft.primary_text.strip())
    kept = [
        s
        for s in sentences
        if not unsupported({"s": s}, facts) and not unsourced_deadlines({"s": s}, sources)
    ]
    return draft.model_copy(update={"primary_text": " ".join(kept)}) if kept else draft
