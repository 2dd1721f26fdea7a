"""The model-backed drafting engine: an OpenAI-compatible chat model behind the same
interface as the offline engine (the asking machinery is :mod:`adsage.drafting.llm_base`).

Every part goes through :func:`adsage.drafting.guard.draft_with_guard`, so what the plan
receives has passed the same validators as offline output; the offline engine fills in
item by item where the model would not comply.  LangChain is imported only when an engine is
built, so commands that never draft (``adsage check``) stay fast.
"""

from __future__ import annotations

import difflib

from adsage.checks.claims import brief_facts
from adsage.checks.deadlines import deadline_sources
from adsage.drafting.base import DraftContext
from adsage.drafting.client import (
    DEFAULT_OPENAI_MODEL,
    PLACEHOLDER_KEY,
    make_chat_model,
    resolve_endpoint,
)
from adsage.drafting.llm_base import ModelDrafter, _listed
from adsage.drafting.llm_checks import (
    copy_findings,
    copy_set_findings,
    drop_unsupported,
    format_findings,
    goal_findings,
    persona_findings,
    persona_set_findings,
    repair_format,
    whole_sentences,
)
from adsage.drafting.llm_prompts import (
    LANGUAGES,
    RESERVE,
    CopyList,
    CopyOut,
    FormatList,
    FormatOut,
    GoalRewrite,
    PersonaList,
    landing_hosts,
    part_messages,
    prompt_messages,
    small_bounds,
)
from adsage.drafting.llm_schema import bounded
from adsage.drafting.llm_structured import LLMError, Message, RetryPolicy, TokenBudgetExceeded
from adsage.drafting.llm_window import Trim
from adsage.drafting.repair import repair_copy
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft, FormatPick, Persona

__all__ = [
    "DEFAULT_OPENAI_MODEL",
    "LANGUAGES",
    "PLACEHOLDER_KEY",
    "CopyList",
    "FormatList",
    "GoalRewrite",
    "LLMEngine",
    "LLMError",
    "PersonaList",
    "RetryPolicy",
    "TokenBudgetExceeded",
    "landing_hosts",
    "make_chat_model",
    "prompt_messages",
    "resolve_endpoint",
]


class LLMEngine(ModelDrafter):
    """Drafts with a chat model; each part is guarded and falls back to ``fallback``.

    ``fallback`` defaults to the offline engine, imported when first needed.  An endpoint
    that cannot be used at all (refused, unknown host, bad key, unknown model) raises
    :class:`LLMError`: a user who asked for the model should learn it is unreachable, not get
    offline text silently.  Anything else (a timeout, a dropped stream, a prompt too big for
    the window, an answer that stays invalid, the plan's deadline) costs only that part,
    which is drafted offline and recorded in ``provenance.parts`` and ``fallbacks``.
    """

    name = "openai"

    # -- the Engine protocol ------------------------------------------------------------------

    def personas(self, ctx: DraftContext) -> list[Persona]:
        def base(trim: Trim) -> list[Message]:
            return part_messages("persona", ctx, trim, canary=self.canary, count=3)

        call = self._ask(
            ctx,
            "personas",
            base,
            PersonaList,
            lambda v: list(v.personas),
            _listed("personas"),
            RESERVE["personas"],
            lambda spec, trim: bounded(spec, small_bounds("personas", ctx, trim)),
        )
        out: list[Persona] = self._guard(
            "personas",
            ctx,
            call=call,
            validate=lambda p: persona_findings(p, ctx),
            validate_set=persona_set_findings,
            repair=None,
            fallback=lambda: self.fallback().personas(ctx),
            expected=3,
        )
        return out[:3]

    def copy(self, ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
        def base(trim: Trim) -> list[Message]:
            return part_messages("copy", ctx, trim, canary=self.canary, count=n, personas=personas)

        link = ctx.brief.landing_url
        names = [p.name for p in personas]
        call = self._ask(
            ctx,
            "copy",
            base,
            CopyList,
            lambda v: [CopyDraft(**d.model_dump(), link=link) for d in v.drafts],
            _listed("drafts", set(CopyOut.model_fields)),
            RESERVE["copy"] * n,
            lambda spec, trim: bounded(
                spec, small_bounds("copy", ctx, trim, count=n, personas=personas)
            ),
        )
        hosts = landing_hosts(ctx)
        keep = ctx.brief.brand.split()

        facts = brief_facts(ctx.brief)

        def fix(draft: CopyDraft, found: list[Finding]) -> tuple[CopyDraft, list[str]]:
            cut = drop_unsupported(draft, found, facts, deadline_sources(ctx.brief))
            dropped = cut.primary_text != draft.primary_text
            draft, notes = repair_copy(cut, found, keep_caps=keep, allowed_hosts=hosts)
            trimmed = any(n.startswith("primary_text: trimmed") for n in notes)
            whole = whole_sentences(draft.primary_text) if trimmed else draft.primary_text
            if whole != draft.primary_text:
                draft = draft.model_copy(update={"primary_text": whole})
                notes.append("primary_text: dropped an unfinished last sentence")
            if dropped:
                notes.append("primary_text: dropped a sentence with a claim the brief lacks")
            if names and draft.persona not in names:
                close = difflib.get_close_matches(draft.persona, names, n=1, cutoff=0.0)
                notes.append(f'persona: "{draft.persona}" -> "{close[0]}"')
                draft = draft.model_copy(update={"persona": close[0]})
            return draft, notes

        out: list[CopyDraft] = self._guard(
            "copy",
            ctx,
            call=call,
            validate=lambda d: copy_findings(d, ctx.lang, names, facts, ctx=ctx),
            validate_set=lambda drafts: copy_set_findings(drafts, ctx.lang),
            repair=fix,
            fallback=lambda: self.fallback().copy(ctx, personas, n),
            expected=n,
        )
        return out

    def formats(self, ctx: DraftContext) -> list[FormatPick]:
        def base(trim: Trim) -> list[Message]:
            return part_messages("formats", ctx, trim, canary=self.canary)

        call = self._ask(
            ctx,
            "formats",
            base,
            FormatList,
            lambda v: [
                FormatPick(**f.model_dump(exclude={"placements"}), placements=_once(f.placements))
                for f in v.formats
            ],
            _listed("formats", set(FormatOut.model_fields)),
            RESERVE["formats"],
            lambda spec, trim: bounded(spec, small_bounds("formats", ctx, trim)),
        )
        picks: list[FormatPick] = self._guard(
            "formats",
            ctx,
            call=call,
            validate=lambda f: format_findings(f, ctx),
            repair=lambda f, found: repair_format(f, found, ctx),
            fallback=lambda: self.fallback().formats(ctx),
        )
        # Fallback items may repeat a format the model chose; keep the first, renumber.
        seen: dict[str, FormatPick] = {}
        for p in picks:
            seen.setdefault(p.format, p)
        return [p.model_copy(update={"rank": i}) for i, p in enumerate(seen.values(), 1)]

    def goal_rewrite(self, ctx: DraftContext, suggestion: str | None) -> str | None:
        """``None`` when the checker had nothing to suggest: a passing goal is left alone."""
        if suggestion is None:
            return None

        def base(trim: Trim) -> list[Message]:
            return part_messages(
                "goal_rewrite", ctx, trim, canary=self.canary, suggestion=suggestion
            )

        call = self._ask(
            ctx,
            "goal_rewrite",
            base,
            GoalRewrite,
            lambda v: [v],
            lambda items: items[0].model_dump(),
            RESERVE["goal_rewrite"],
            lambda spec, trim: bounded(spec, small_bounds("goal_rewrite", ctx, trim)),
        )
        out: list[GoalRewrite] = self._guard(
            "goal_rewrite",
            ctx,
            call=call,
            validate=lambda g: goal_findings(g.rewrite, ctx),
            repair=None,
            fallback=lambda: [
                GoalRewrite(rewrite=self.fallback().goal_rewrite(ctx, suggestion) or suggestion)
            ],
            expected=1,
        )
        return out[0].rewrite


def _once(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
