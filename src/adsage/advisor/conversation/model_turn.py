"""One conversation turn with a model: read the brief from the message, then let the model act
through the core's tools, within a bounded loop.

1. :func:`understand` reads the message with the rules (language, request, brief details):
   the offline path, and the base the model's reading is checked against.
2. :func:`read_brief` asks the model for a brief patch through the drafting engine's
   structured-output chain; :func:`~adsage.advisor.conversation.brief_patch.apply_patch`
   keeps only what is grounded in the user's words and passes validation.
3. :func:`converse` runs the tool loop: the model may call only the tools in
   :mod:`adsage.advisor.conversation.tools`, at most ``chat_max_tool_calls`` calls and
   ``chat_max_tokens`` tokens per turn.  A loop cut at a cap, or an endpoint that fails,
   ends as a typed :class:`ModelTurnError` on the turn, with the brief read so far kept.
4. The model's final text is checked like its other answers: no canary, only the knowledge
   numbers the tools returned, and no figure that no tool result, brief or message gave.
   A reply that fails is replaced by a catalogue message; the checks, citations and plan
   the tools produced are shown either way, because the core made them.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from adsage.advisor.conversation.brief_patch import Applied, BriefPatch, apply_patch, numbers
from adsage.advisor.conversation.tools import Check, ToolContext, as_text, run_tool
from adsage.advisor.conversation.understanding import Turn, is_question, understand
from adsage.config import Settings
from adsage.errors import AdsageError
from adsage.i18n import t
from adsage.models.plan import TokenUsage

log = logging.getLogger("adsage.conversation")
_CITE = re.compile(r"\[(\d+)\]")


class ModelTurnError(AdsageError):
    """A model turn that ended early: ``attempts`` model requests were sent, ``last_output``
    is the model's last message (for logs), ``usage`` the tokens the turn spent."""

    exit_code = 2

    def __init__(self, message: str, *, attempts: int, last_output: str, usage: TokenUsage) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_output = last_output
        self.usage = usage


class ToolCallLimit(ModelTurnError):
    """The model asked for more tool calls than one turn allows."""


class TokenLimit(ModelTurnError):
    """The turn spent its token allowance."""


class EndpointFailed(ModelTurnError):
    """The endpoint failed mid-turn (refused, timed out, an HTTP error)."""


@dataclass
class ModelTurn:
    """What a model turn produced, for a surface to render."""

    turn: Turn
    text: str
    brief: dict[str, Any]
    changed: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    plan: Any = None
    usage: TokenUsage = field(default_factory=TokenUsage)
    calls: list[str] = field(default_factory=list)
    stopped: ModelTurnError | None = None
    rejected: str | None = None
    read_failed: str | None = None

    @property
    def lang(self) -> str:
        return self.turn.lang

    def cited(self) -> list[dict[str, Any]]:
        """The knowledge passages the reply cites, numbered as in its text."""
        used = {int(n) for n in _CITE.findall(self.text)}
        return [c for c in self.citations if int(c["n"]) in used]

    @property
    def missing(self) -> list[str]:
        from adsage.advisor.brief_extract import missing_fields

        return missing_fields(self.brief) if self.brief else []

    def notes(self) -> list[str]:
        """One line each about values dropped or asked back, and a reading that failed."""
        lang, out = self.lang, []
        if self.read_failed:
            out.append(t("conversation.model.read_failed", lang, reason=self.read_failed))
        if self.dropped:
            fields = ", ".join(dict.fromkeys(f for f, _ in self.dropped))
            out.append(t("conversation.model.dropped", lang, fields=fields))
        if self.asked:
            items = "; ".join(why for _, why in self.asked)
            out.append(t("conversation.model.asked", lang, items=items))
        return out


def _add(usage: TokenUsage, message: Any) -> None:
    meta = getattr(message, "usage_metadata", None) or {}
    usage.prompt += int(meta.get("input_tokens", 0) or 0)
    usage.completion += int(meta.get("output_tokens", 0) or 0)
    usage.total += int(meta.get("total_tokens", 0) or 0)


def _language(lang: str) -> str:
    from adsage.drafting.llm_prompts import LANGUAGES

    return LANGUAGES.get(lang, lang)


@lru_cache(maxsize=4)
def _caller(settings: Settings) -> Any:
    """One structured-output caller per configuration: its HTTP client, the method that
    works and the context window it learnt are kept across turns."""
    from adsage.drafting.client import make_chat_model, resolve_endpoint
    from adsage.drafting.llm_structured import RetryPolicy, StrategyStore, StructuredCaller

    base_url, _, model = resolve_endpoint(settings)
    return StructuredCaller(
        make_chat_model(settings, timeout=settings.llm_timeout),
        base_url=base_url,
        model=model,
        store=StrategyStore(settings.home / "llm_strategies.json"),
        retry=RetryPolicy(tries=2, base_delay=0.5, max_delay=2.0),
        timeout=settings.llm_timeout,
        context=settings.llm_context,
        max_tokens=min(settings.llm_max_tokens, 1500),
    )


@lru_cache(maxsize=4)
def _tool_model(settings: Settings) -> Any:
    """The chat model with the core's tools bound, kept across turns like :func:`_caller`."""
    from adsage.advisor.conversation.tools import schemas
    from adsage.drafting.client import make_chat_model

    return make_chat_model(settings, timeout=settings.llm_timeout).bind_tools(schemas())


def read_brief(
    text: str, turn: Turn, brief: dict[str, Any], settings: Settings, usage: TokenUsage
) -> BriefPatch:
    """The model's brief patch for ``text``, through json_schema -> function calling -> JSON
    mode (the method that works is remembered per endpoint, as for drafting)."""
    from adsage.advisor.brief_fields import FIELDS
    from adsage.prompts import render

    caller = _caller(settings)
    canary = f"ADSAGE-CANARY-{secrets.token_hex(6)}"
    name = _language(turn.lang)
    messages = [
        ("system", render("system", canary=canary, lang=turn.lang, language_name=name)),
        (
            "user",
            render(
                "brief_patch",
                fields=[(k, t(key, "en")) for k, (_, key) in FIELDS.items()],
                brief=brief,
                message=text,
            ),
        ),
    ]
    return caller.invoke(messages, BriefPatch, usage=usage, reserve=400).value


def _reads_brief(turn: Turn, brief: dict[str, Any], patch: BriefPatch) -> bool:
    """The rules' own test for "this message gives brief details" (see :func:`understand`):
    a check request's text is what to check; a question with one detail is a question."""
    if turn.intent is not None and turn.intent.command == "check":
        return False
    started = any(k != "language" for k in brief)
    return started or len(patch.items) >= 2 or not is_question(turn.text)


def read_turn(
    text: str, *, lang: str, brief: dict[str, Any], settings: Settings, usage: TokenUsage
) -> tuple[Turn, Applied, str | None]:
    """The rules' reading and the model's patch over it; the third value says why the
    model's reading was not used (None when it was)."""
    from adsage.drafting.llm_errors import LLMError, StructuredOutputError

    turn = understand(text, lang=lang, brief=brief)
    rules_only = Applied(turn.brief, list(turn.changed))
    if not turn.text or turn.text.startswith("/"):
        return turn, rules_only, None
    try:
        patch = read_brief(turn.text, turn, brief, settings, usage)
    except (StructuredOutputError, LLMError) as exc:
        log.warning("model brief reading failed: %s", exc)
        return turn, rules_only, str(exc).splitlines()[0][:200] if str(exc) else "error"
    if not patch.items or not _reads_brief(turn, brief, patch):
        return turn, rules_only, None
    applied = apply_patch(brief, patch, turn.text, rules=turn.brief, lang=turn.lang)
    return turn, applied, None


def wants_model(turn: Turn, settings: Settings) -> bool:
    """Whether a message goes to the model's turn: with a model configured, anything but a
    routed request (run as the rules read it, the same on every surface), a plain question
    (answered from the knowledge by :mod:`.answers`, streamed and validated) or nothing."""
    if settings.llm != "openai" or turn.intent is not None or turn.kind == "empty":
        return False
    return not (is_question(turn.text) and not turn.changed)


def _limits(settings: Settings) -> tuple[int, int]:
    return settings.chat_max_tool_calls, settings.chat_max_tokens


def _loop(ctx: ToolContext, messages: list[Any], settings: Settings, out: ModelTurn) -> str:
    """The tool loop; returns the model's final text or raises a :class:`ModelTurnError`."""
    import httpx2
    import openai
    from langchain_core.messages import ToolMessage

    max_calls, max_tokens = _limits(settings)
    model = _tool_model(settings)
    requests, last = 0, ""
    while True:
        requests += 1
        try:
            ai = model.invoke(messages)
        except (openai.APIError, httpx2.HTTPError) as exc:
            raise EndpointFailed(
                t("conversation.model.failed", ctx.lang, reason=type(exc).__name__),
                attempts=requests,
                last_output=last,
                usage=out.usage,
            ) from None
        _add(out.usage, ai)
        last = ai.content if isinstance(ai.content, str) else json.dumps(ai.content)
        calls = list(ai.tool_calls or []) + [
            {"name": c.get("name") or "", "args": c.get("args") or "{}", "id": c.get("id") or ""}
            for c in getattr(ai, "invalid_tool_calls", None) or []
        ]
        if not calls:
            return last
        if out.usage.total >= max_tokens:
            raise TokenLimit(
                t("conversation.model.token_cap", ctx.lang, used=out.usage.total, n=max_tokens),
                attempts=requests,
                last_output=last or json.dumps(calls, default=str)[:500],
                usage=out.usage,
            )
        messages.append(ai)
        for call in calls:
            if len(out.calls) >= max_calls:
                raise ToolCallLimit(
                    t("conversation.model.tool_cap", ctx.lang, n=max_calls),
                    attempts=requests,
                    last_output=json.dumps(call, default=str)[:500],
                    usage=out.usage,
                )
            out.calls.append(str(call["name"])[:60])
            result = as_text(run_tool(ctx, str(call["name"]), call["args"]))
            ctx.results.append(result)
            messages.append(ToolMessage(content=result, tool_call_id=str(call["id"])))


def _grounded_reply(text: str, ctx: ToolContext, said: str, canary: str, lang: str) -> str | None:
    """Why the final text cannot be shown (None when it can)."""
    if canary in text:
        return t("conversation.model.reason.canary", lang)
    known = {int(c["n"]) for c in ctx.citations}
    unknown = sorted({int(n) for n in _CITE.findall(text)} - known)
    if unknown:
        return t("conversation.model.reason.sources", lang, n=", ".join(map(str, unknown)))
    evidence = " ".join([said, json.dumps(ctx.brief, ensure_ascii=False), *ctx.results])
    invented = sorted(numbers(_CITE.sub(" ", text)) - numbers(evidence))
    if invented:
        return t("conversation.model.reason.numbers", lang, n=", ".join(invented[:5]))
    return None


def converse(
    text: str,
    *,
    lang: str,
    brief: dict[str, Any],
    settings: Settings,
    searcher: Any,
    engine: Any = None,
    files_root: Path | None = None,
    attachments: dict[str, Path | Callable[[], Path]] | None = None,
    history: Sequence[Mapping[str, Any]] = (),
) -> ModelTurn:
    """One turn: the brief read from ``text``, then the model's tool loop over the core.

    ``searcher`` is a callable returning the knowledge searcher (built only when a tool needs
    it); ``engine`` drafts plans and copy (None: the configured one); ``history`` holds the
    conversation's stored messages (``role``, ``text``), of which the model sees the last
    ``chat_history``.  A brief reading that
    fails leaves the rules' reading (``read_failed`` says why); a loop that fails or hits a
    cap ends on the turn (``stopped``); only a missing setting raises."""
    from langchain_core.messages import HumanMessage, SystemMessage

    from adsage.advisor.conversation.history import recent, said_before
    from adsage.prompts import render
    from adsage.security import redact

    usage = TokenUsage()
    earlier = recent(history, text, settings.chat_history)
    turn, applied, failed = read_turn(text, lang=lang, brief=brief, settings=settings, usage=usage)
    ctx = ToolContext(
        settings=settings,
        searcher=searcher,
        brief=applied.brief,
        text=turn.text,
        lang=turn.lang,
        engine=engine,
        files_root=files_root,
        attachments=dict(attachments or {}),
    )
    out = ModelTurn(
        turn, "", applied.brief, list(applied.changed), list(applied.dropped),
        list(applied.asked), usage=usage, read_failed=failed,
    )  # fmt: skip
    canary = f"ADSAGE-CANARY-{secrets.token_hex(6)}"
    notes = [{"field": f, "why": w} for f, w in (*applied.dropped, *applied.asked)]
    messages: list[Any] = [
        SystemMessage(
            render(
                "conversation", canary=canary, lang=turn.lang, language_name=_language(turn.lang)
            )
        ),
        HumanMessage(
            render(
                "conversation_turn",
                message=turn.text,
                history=earlier,
                brief=applied.brief,
                missing=out.missing,
                notes=notes,
                files=sorted(ctx.attachments),
            )
        ),
    ]
    try:
        reply = _loop(ctx, messages, settings, out)
    except ModelTurnError as exc:
        log.warning("model turn stopped: %s (%d requests)", exc, exc.attempts)
        out.stopped, reply = exc, ""
    out.brief = ctx.brief
    out.changed += [c for c in ctx.changed if c not in out.changed]
    out.dropped += ctx.dropped
    out.asked += ctx.asked
    out.checks, out.citations, out.plan = ctx.checks, ctx.citations, ctx.plan
    if out.stopped is not None:
        out.text = str(out.stopped)
        return out
    said = f"{said_before(earlier)} {turn.text}"
    why = _grounded_reply(reply, ctx, said, canary, turn.lang)
    if why is not None:
        log.warning("model reply rejected: %s", why)
        out.rejected = why
        out.text = t("conversation.model.rejected", turn.lang, reason=why)
    else:
        out.text = redact(reply.strip())
    return out
