"""The model-backed drafting engine: an OpenAI-compatible chat model behind the same
interface as the offline engine.

Every part goes through :func:`adsage.drafting.guard.draft_with_guard`, so what the plan
receives has passed the same validators as offline output; the offline engine fills in
item by item where the model would not comply.  LangChain is imported only when an engine is
built, so commands that never draft (``adsage check``) stay fast.
"""

from __future__ import annotations

import difflib
import json
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from adsage.checks.claims import brief_facts
from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.drafting.client import (
    DEFAULT_OPENAI_MODEL,
    PLACEHOLDER_KEY,
    make_chat_model,
    resolve_endpoint,
)
from adsage.drafting.guard import Reask, draft_with_guard
from adsage.drafting.limits import TokenMeter
from adsage.drafting.llm_checks import (
    copy_findings,
    copy_set_findings,
    drop_unsupported,
    format_findings,
    goal_findings,
    persona_findings,
    persona_set_findings,
    repair_format,
)
from adsage.drafting.llm_progress import Progress
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
)
from adsage.drafting.llm_structured import (
    LLMError,
    Message,
    RetryPolicy,
    StrategyStore,
    StructuredCaller,
    TokenBudgetExceeded,
)
from adsage.drafting.llm_window import Trim
from adsage.drafting.repair import repair_copy
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft, FormatPick, PartTrace, Persona
from adsage.prompts import render

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

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

T = TypeVar("T", bound=BaseModel)
B = TypeVar("B", bound=BaseModel)


class LLMEngine:
    """Drafts with a chat model; each part is guarded and falls back to ``fallback``.

    ``fallback`` defaults to the offline engine, imported when first needed.  An endpoint
    that cannot be used at all (refused, unknown host, bad key, unknown model) raises
    :class:`LLMError`: a user who asked for the model should learn it is unreachable, not get
    offline text silently.  Anything else (a timeout, a dropped stream, a prompt too big for
    the window, an answer that stays invalid, the plan's deadline) costs only that part,
    which is drafted offline and recorded in ``provenance.parts`` and ``fallbacks``.
    """

    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        fallback: Engine | None = None,
        timeout: float = 60.0,
        retry: RetryPolicy | None = None,
        max_reasks: int = 2,
        max_tokens_per_plan: int | None = None,
        canary: str | None = None,
        chat: ChatOpenAI | None = None,
        meter: TokenMeter | None = None,
    ) -> None:
        self.base_url, _, self.model = resolve_endpoint(settings)
        self.settings = settings
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.max_reasks = max_reasks
        self.max_tokens_per_plan = max_tokens_per_plan
        self.canary = canary or f"ADSAGE-CANARY-{secrets.token_hex(6)}"
        self._fallback_engine = fallback
        self._chat = chat
        self.meter = meter
        self.progress = Progress()
        self._caller: StructuredCaller | None = None

    # -- plumbing ---------------------------------------------------------------------------

    def caller(self) -> StructuredCaller:
        if self._caller is None:
            chat = self._chat or make_chat_model(
                self.settings,
                timeout=self.timeout,
                meter=self.meter,
                watch=self._watch,
                streaming=True,
            )
            store = StrategyStore(self.settings.home / "llm_strategies.json")
            self._caller = StructuredCaller(
                chat,
                base_url=self.base_url,
                model=self.model,
                store=store,
                retry=self.retry,
                timeout=self.timeout,
                context=self.settings.llm_context,
                max_tokens=self.settings.llm_max_tokens,
            )
        return self._caller

    def _watch(self, text: str) -> None:
        """Every streamed piece: progress, and the plan's deadline even mid-answer."""
        self.progress.feed(text)
        if self._caller is not None:
            self._caller.check_deadline()

    def _start_clock(self, caller: StructuredCaller) -> None:
        """The plan's deadline runs from its first model request (one engine per plan)."""
        limit = self.settings.plan_deadline
        if caller.deadline is None and limit:
            caller.deadline = time.monotonic() + limit
            caller.deadline_note = f" ({limit:g} s, ADSAGE_PLAN_DEADLINE)"

    def fallback(self) -> Engine:
        if self._fallback_engine is None:
            from adsage.drafting.offline import OfflineEngine

            self._fallback_engine = OfflineEngine()
        return self._fallback_engine

    def _ask(
        self,
        ctx: DraftContext,
        part: str,
        base: Callable[[Trim], list[Message]],
        schema: type[B],
        convert: Callable[[B], list[T]],
        previous: Callable[[list[T]], Any],
        reserve: int,
    ) -> Callable[[Reask[T] | None], list[T]]:
        def call(reask: Reask[T] | None) -> list[T]:
            def build(trim: Trim) -> list[Message]:
                msgs = base(trim)  # a new list every time: re-asks never touch the base
                if reask is not None:
                    if reask.previous and trim.previous:
                        shown = json.dumps(previous(reask.previous), ensure_ascii=False)
                        msgs.append(("assistant", shown))
                    repair = render(
                        "repair",
                        part=reask.part,
                        findings=reask.findings_data(),
                        language_name=LANGUAGES.get(ctx.lang, ctx.lang),
                    )
                    msgs.append(("user", repair))
                return msgs

            prov = ctx.provenance
            prov.engine, prov.model = "openai", self.model
            caller = self.caller()
            self._start_clock(caller)
            self.progress.begin(part)
            try:
                result = caller.invoke(
                    build,
                    schema,
                    usage=prov.token_usage,
                    budget=self.max_tokens_per_plan,
                    reserve=reserve,
                )
            finally:
                if ctx.verbose and caller.last_messages:
                    msgs = self._redact(caller.last_messages)
                    prov.prompts.append({"part": part, "messages": msgs})
            prov.structured_output = result.method
            return convert(result.value)

        return call

    def _redact(self, msgs: list[Message]) -> list[dict[str, str]]:
        """Prompts as the ``--verbose`` trace keeps them: no canary, no credentials."""
        from adsage.security import redact

        return [{"role": r, "content": redact(c.replace(self.canary, "[canary]"))} for r, c in msgs]

    def _guard(self, part: str, ctx: DraftContext, **kw: Any) -> list[Any]:
        prov = ctx.provenance
        attempts, tokens, fell = prov.attempts, prov.token_usage.total, len(prov.fallbacks)
        try:
            out = draft_with_guard(
                part,
                provenance=prov,
                max_reasks=self.max_reasks,
                canary=self.canary,
                allowed_hosts=landing_hosts(ctx),
                **kw,
            )
        finally:
            self.progress.close()
        new = prov.fallbacks[fell:]
        whole = any(f.startswith(f"{part}:") for f in new) or len(new) >= len(out)
        prov.parts.append(
            PartTrace(
                part=part,
                source="offline" if whole else "mixed" if new else "model",
                reason="; ".join(dict.fromkeys(_reason(f) for f in new)) or None,
                attempts=prov.attempts - attempts,
                tokens=prov.token_usage.total - tokens,
            )
        )
        return out

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
        )
        hosts = landing_hosts(ctx)
        keep = ctx.brief.brand.split()

        facts = brief_facts(ctx.brief)

        def fix(draft: CopyDraft, found: list[Finding]) -> tuple[CopyDraft, list[str]]:
            cut = drop_unsupported(draft, found, facts)
            dropped = cut.primary_text != draft.primary_text
            draft, notes = repair_copy(cut, found, keep_caps=keep, allowed_hosts=hosts)
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
            lambda v: [FormatPick(**f.model_dump()) for f in v.formats],
            _listed("formats", set(FormatOut.model_fields)),
            RESERVE["formats"],
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


def _reason(fallback: str) -> str:
    """``copy[1]: offline (why)`` -> ``why``."""
    head, _, rest = fallback.partition(": offline (")
    return rest[:-1] if rest.endswith(")") else fallback


def _listed(key: str, fields: set[str] | None = None) -> Callable[[list[Any]], Any]:
    """How a re-ask shows the previous answer: the JSON the model itself would have sent."""

    def show(items: list[Any]) -> Any:
        return {key: [i.model_dump(mode="json", include=fields) for i in items]}

    return show
