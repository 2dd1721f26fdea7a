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
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

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
    drop_unsupported,
    format_findings,
    goal_findings,
    repair_format,
)
from adsage.drafting.llm_structured import (
    LLMError,
    Message,
    RetryPolicy,
    StrategyStore,
    StructuredCaller,
    TokenBudgetExceeded,
)
from adsage.drafting.repair import repair_copy
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft, FormatPick, Framework, Persona
from adsage.prompts import render

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

__all__ = [
    "DEFAULT_OPENAI_MODEL",
    "PLACEHOLDER_KEY",
    "CopyList",
    "FormatList",
    "GoalRewrite",
    "LLMEngine",
    "LLMError",
    "PersonaList",
    "RetryPolicy",
    "TokenBudgetExceeded",
    "make_chat_model",
    "prompt_messages",
    "resolve_endpoint",
]

LANGUAGES = {"en": "English", "pl": "Polish"}
FRAMEWORKS = ("AIDA", "PAS", "BAB", "FAB", "4U")
FORMATS = ("image", "video", "carousel", "collection", "dynamic")
T = TypeVar("T", bound=BaseModel)
B = TypeVar("B", bound=BaseModel)


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
) -> list[Message]:
    """The system and user messages for one part (``persona``, ``copy``, ``formats``,
    ``goal_rewrite``); pure, so golden tests pin exactly what the model is sent."""
    from adsage.rules.ad_text import copy_rules

    lang_name = LANGUAGES.get(ctx.lang, ctx.lang)
    brief = ctx.brief
    system = render("system", canary=canary, lang=ctx.lang, language_name=lang_name)
    data: dict[str, Any] = {
        "objective": ctx.objective,
        "language_name": lang_name,
        "brief": brief.model_dump(mode="json", exclude_none=True),
        "knowledge": [
            {"n": s.n, "title": s.title, "section": s.section, "text": s.text}
            for s in ctx.knowledge
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
        data["cta_values"] = list(cta_values or rules.cta.values)
        data["frameworks"] = list(FRAMEWORKS)
        data["personas"] = [p.model_dump(mode="json") for p in personas]
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


def landing_hosts(ctx: DraftContext) -> list[str]:
    host = urlsplit(ctx.brief.landing_url).hostname or ""
    return [host.lower().removeprefix("www.")] if host else []


class LLMEngine:
    """Drafts with a chat model; each part is guarded and falls back to ``fallback``.

    ``fallback`` defaults to the offline engine, imported when first needed.  Transport
    errors (endpoint down, bad key) raise :class:`LLMError` rather than falling back: a user
    who asked for the model should learn it is unreachable, not get offline text silently.
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
        self._caller: StructuredCaller | None = None

    # -- plumbing ---------------------------------------------------------------------------

    def caller(self) -> StructuredCaller:
        if self._caller is None:
            chat = self._chat or make_chat_model(
                self.settings, timeout=self.timeout, meter=self.meter
            )
            store = StrategyStore(self.settings.home / "llm_strategies.json")
            self._caller = StructuredCaller(
                chat,
                base_url=self.base_url,
                model=self.model,
                store=store,
                retry=self.retry,
                timeout=self.timeout,
            )
        return self._caller

    def fallback(self) -> Engine:
        if self._fallback_engine is None:
            from adsage.drafting.offline import OfflineEngine

            self._fallback_engine = OfflineEngine()
        return self._fallback_engine

    def _ask(
        self,
        ctx: DraftContext,
        part: str,
        base: list[Message],
        schema: type[B],
        convert: Callable[[B], list[T]],
        previous: Callable[[list[T]], Any],
    ) -> Callable[[Reask[T] | None], list[T]]:
        def call(reask: Reask[T] | None) -> list[T]:
            msgs = list(base)  # a new list every time: re-asks never touch ``base``
            if reask is not None:
                if reask.previous:
                    shown = json.dumps(previous(reask.previous), ensure_ascii=False)
                    msgs.append(("assistant", shown))
                repair = render(
                    "repair",
                    part=reask.part,
                    findings=reask.findings_data(),
                    language_name=LANGUAGES.get(ctx.lang, ctx.lang),
                )
                msgs.append(("user", repair))
            prov = ctx.provenance
            prov.engine, prov.model = "openai", self.model
            if ctx.verbose:
                prov.prompts.append({"part": part, "messages": self._redact(msgs)})
            result = self.caller().invoke(
                msgs, schema, usage=prov.token_usage, budget=self.max_tokens_per_plan
            )
            prov.structured_output = result.method
            return convert(result.value)

        return call

    def _redact(self, msgs: list[Message]) -> list[dict[str, str]]:
        """Prompts as the ``--verbose`` trace keeps them: no canary, no credentials."""
        from adsage.security import redact

        return [{"role": r, "content": redact(c.replace(self.canary, "[canary]"))} for r, c in msgs]

    def _guard(self, part: str, ctx: DraftContext, **kw: Any) -> list[Any]:
        return draft_with_guard(
            part,
            provenance=ctx.provenance,
            max_reasks=self.max_reasks,
            canary=self.canary,
            allowed_hosts=landing_hosts(ctx),
            **kw,
        )

    # -- the Engine protocol ------------------------------------------------------------------

    def personas(self, ctx: DraftContext) -> list[Persona]:
        base = prompt_messages("persona", ctx, canary=self.canary, count=3)
        call = self._ask(
            ctx, "personas", base, PersonaList, lambda v: list(v.personas), _listed("personas")
        )
        out: list[Persona] = self._guard(
            "personas",
            ctx,
            call=call,
            validate=lambda p: [],
            repair=None,
            fallback=lambda: self.fallback().personas(ctx),
        )
        return out[:3]

    def copy(self, ctx: DraftContext, personas: list[Persona], n: int) -> list[CopyDraft]:
        base = prompt_messages("copy", ctx, canary=self.canary, count=n, personas=personas)
        link = ctx.brief.landing_url
        names = [p.name for p in personas]
        call = self._ask(
            ctx,
            "copy",
            base,
            CopyList,
            lambda v: [CopyDraft(**d.model_dump(), link=link) for d in v.drafts],
            _listed("drafts", set(CopyOut.model_fields)),
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
            validate=lambda d: copy_findings(d, ctx.lang, names, facts),
            repair=fix,
            fallback=lambda: self.fallback().copy(ctx, personas, n),
            expected=n,
        )
        return out

    def formats(self, ctx: DraftContext) -> list[FormatPick]:
        base = prompt_messages("formats", ctx, canary=self.canary)
        call = self._ask(
            ctx,
            "formats",
            base,
            FormatList,
            lambda v: [FormatPick(**f.model_dump()) for f in v.formats],
            _listed("formats", set(FormatOut.model_fields)),
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
        base = prompt_messages("goal_rewrite", ctx, canary=self.canary, suggestion=suggestion)
        call = self._ask(
            ctx,
            "goal_rewrite",
            base,
            GoalRewrite,
            lambda v: [v],
            lambda items: items[0].model_dump(),
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


def _listed(key: str, fields: set[str] | None = None) -> Callable[[list[Any]], Any]:
    """How a re-ask shows the previous answer: the JSON the model itself would have sent."""

    def show(items: list[Any]) -> Any:
        return {key: [i.model_dump(mode="json", include=fields) for i in items]}

    return show
