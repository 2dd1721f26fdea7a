"""Asking the model for one part of a plan, guarded: the machinery under
:class:`adsage.drafting.llm.LLMEngine`.

One :class:`ModelDrafter` per plan owns the structured caller (and with it the window, the
tokenizer and the plan's deadline), the progress line and the offline fallback, and turns a
part's prompt builder and schema into the ``call`` the guard (:mod:`adsage.drafting.guard`)
re-asks through.  After the guard each part is recorded in ``provenance.parts``: the
model's, offline (with why) or mixed, with its requests and tokens.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from adsage.config import Settings
from adsage.drafting.base import DraftContext, Engine
from adsage.drafting.client import make_chat_model, resolve_endpoint
from adsage.drafting.guard import Reask, draft_with_guard
from adsage.drafting.limits import TokenMeter
from adsage.drafting.llm_errors import PartFailed
from adsage.drafting.llm_fit import Narrow
from adsage.drafting.llm_progress import Progress
from adsage.drafting.llm_prompts import LANGUAGES, landing_hosts
from adsage.drafting.llm_structured import Message, RetryPolicy, StrategyStore, StructuredCaller
from adsage.drafting.llm_window import Trim
from adsage.models.plan import PartTrace
from adsage.prompts import render

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

T = TypeVar("T", bound=BaseModel)
B = TypeVar("B", bound=BaseModel)
# The parts of a plan in the order the plan builder drafts them (the goal rewrite only when
# the goal needs one): what is still to come when a part shares out the deadline.
PLAN_PARTS = ("goal_rewrite", "personas", "copy", "formats")


class ModelDrafter:
    """The plumbing of one plan's model calls: client and caller built on first use, the
    deadline clock, the progress line, the offline engine to fall back to, and ``_ask`` and
    ``_guard``, which turn a part's prompt and schema into guarded, recorded drafting."""

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
        self._part_started = self._last_took = 0.0

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
        narrow: Narrow | None = None,
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
            if reask is not None:
                self._check_share(part, caller)
            self.progress.begin(part)
            started = time.monotonic()
            try:
                result = caller.invoke(
                    build,
                    schema,
                    usage=prov.token_usage,
                    budget=self.max_tokens_per_plan,
                    reserve=reserve,
                    narrow=narrow,
                )
            finally:
                self._last_took = time.monotonic() - started
                if ctx.verbose and caller.last_messages:
                    msgs = self._redact(caller.last_messages)
                    prov.prompts.append({"part": part, "messages": msgs})
            prov.structured_output = result.method
            return convert(result.value)

        return call

    def _check_share(self, part: str, caller: StructuredCaller) -> None:
        """Refuse a re-ask that would run past this part's share of the plan's deadline.

        A slow local model can spend the whole deadline re-asking the first part, and every
        later part then comes out offline untried.  Each part gets an equal share of the
        time left when it starts (parts after it counted from :data:`PLAN_PARTS`); a re-ask
        goes ahead only when one more answer as slow as the last still fits that share.
        """
        if caller.deadline is None:
            return
        later = PLAN_PARTS[PLAN_PARTS.index(part) + 1 :] if part in PLAN_PARTS else ()
        share = (caller.deadline - self._part_started) / (1 + len(later))
        if time.monotonic() + self._last_took > self._part_started + share:
            raise PartFailed(
                f"no time for another try within this part's share of the plan's time "
                f"limit{caller.deadline_note}"
            )

    def _redact(self, msgs: list[Message]) -> list[dict[str, str]]:
        """Prompts as the ``--verbose`` trace keeps them: no canary, no credentials."""
        from adsage.security import redact

        return [{"role": r, "content": redact(c.replace(self.canary, "[canary]"))} for r, c in msgs]

    def _guard(self, part: str, ctx: DraftContext, **kw: Any) -> list[Any]:
        self._part_started, self._last_took = time.monotonic(), 0.0
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


def _reason(fallback: str) -> str:
    """``copy[1]: offline (why)`` -> ``why``."""
    head, _, rest = fallback.partition(": offline (")
    return rest[:-1] if rest.endswith(")") else fallback


def _listed(key: str, fields: set[str] | None = None) -> Callable[[list[Any]], Any]:
    """How a re-ask shows the previous answer: the JSON the model itself would have sent."""

    def show(items: list[Any]) -> Any:
        return {key: [i.model_dump(mode="json", include=fields) for i in items]}

    return show
