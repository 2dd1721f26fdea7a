"""Structured output from any OpenAI-compatible endpoint, with retries and token accounting.

OpenAI honours ``response_format: json_schema``; llama.cpp may answer it with HTTP 500,
older vLLM and Ollama builds handle tools better than schemas, and some servers only do JSON
mode.  Rather than a per-vendor table, the first call probes the methods in order of
strictness and the one that worked is remembered per endpoint and model (in memory and in
``ADSAGE_HOME/llm_strategies.json``), so later runs go straight to it.

Every request is fitted to the model's context window first (:mod:`adsage.drafting.llm_window`)
and asks for no more answer tokens than the window has left.  Only an endpoint that cannot be
reached or used at all (refused, DNS, key, unknown model) raises :class:`LLMError` for the
user to fix; a request that times out, drops, overflows or keeps failing raises
:class:`PartFailed`, which the guard answers by drafting that part offline.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from adsage.drafting.llm_errors import (
    LLMError,
    PartFailed,
    StructuredOutputError,
    TokenBudgetExceeded,
    status_error,
)
from adsage.drafting.llm_fit import Build, Fitter, Narrow
from adsage.drafting.llm_store import METHODS, StrategyStore
from adsage.drafting.llm_transport import (
    _add_completion_usage,
    _add_usage,
    _detail,
    _raw_text,
    _refused,
    _repeated_name_call,
    _unsupported,
    retry_after,
)
from adsage.drafting.llm_window import Message, Trim, prompt_tokens_from_error, window_from_error
from adsage.models.plan import TokenUsage
from adsage.models.validation import format_validation_error

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

__all__ = [
    "METHODS",
    "Build",
    "LLMError",
    "Message",
    "PartFailed",
    "RetryPolicy",
    "StrategyStore",
    "StructuredCaller",
    "StructuredOutputError",
    "TokenBudgetExceeded",
    "retry_after",
]

M = TypeVar("M", bound=BaseModel)
CUT_OFF = "the answer was cut off at the output token limit; answer shorter"
DEFAULT_RESERVE = 512


class _Unsupported(Exception):
    """The endpoint rejected a structured-output method while we were probing."""


class _Overflow(Exception):
    """The server said the request is longer than its window (and how long the window is)."""

    def __init__(self, window: int | None, prompt: int | None) -> None:
        super().__init__(f"window {window}")
        self.window = window
        self.prompt = prompt


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries; tests pass tiny delays and a recording ``sleep``."""

    tries: int = 3
    base_delay: float = 1.0
    max_delay: float = 20.0
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = time.sleep

    def backoff(self, attempt: int) -> float:
        return float(min(self.max_delay, self.base_delay * 2**attempt))


@dataclass
class Structured(Generic[M]):
    value: M
    method: str
    raw: str = ""
    usage: TokenUsage = field(default_factory=TokenUsage)


class StructuredCaller:
    """Sends one prompt (fitted to the window) and returns a validated pydantic object.

    ``context`` is ``ADSAGE_LLM_CONTEXT`` (None: learn it); ``max_tokens`` caps the answer;
    ``deadline`` (a ``time.monotonic()`` value, set by the engine) ends asking for good.
    """

    def __init__(
        self,
        chat: ChatOpenAI,
        *,
        base_url: str | None,
        model: str,
        store: StrategyStore,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
        context: int | None = None,
        max_tokens: int = 4096,
        discover: bool = True,
    ) -> None:
        self.chat = chat
        self.base_url = base_url
        self.model = model
        self.store = store
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.deadline: float | None = None
        self.deadline_note = ""
        self.key = StrategyStore.key(base_url, model)
        self.fitter = Fitter(
            base_url=base_url,
            model=model,
            store=store,
            context=context,
            max_tokens=max_tokens,
            discover=discover,
            timeout=timeout,
        )

    @property
    def last_messages(self) -> list[Message]:
        return self.fitter.last_messages

    @property
    def where(self) -> str:
        return self.base_url or "https://api.openai.com/v1"

    def invoke(
        self,
        messages: Sequence[Message] | Build,
        schema: type[M],
        *,
        usage: TokenUsage,
        budget: int | None = None,
        reserve: int = DEFAULT_RESERVE,
        narrow: Narrow | None = None,
    ) -> Structured[M]:
        """Probe or reuse the structured-output method; add every response's tokens to
        ``usage``.  ``messages`` may be a builder taking a :class:`Trim`, so the prompt can
        shrink to the window; ``reserve`` is the room the answer needs and ``narrow`` the
        part's bounded schema for small windows (:mod:`adsage.drafting.llm_fit`).  Raises
        :class:`StructuredOutputError` for unusable answers, :class:`PartFailed` when this
        part should be drafted offline and :class:`LLMError` when the endpoint is unusable."""
        if callable(messages):
            build: Build = messages
        else:
            fixed = list(messages)

            def build(_: Trim) -> list[Message]:
                return list(fixed)

        known = self.store.get(self.key)
        methods = [known] if known else list(METHODS)
        for i, method in enumerate(methods):
            probing = known is None and i < len(methods) - 1
            try:
                value, raw, error = self._once(
                    method, build, schema, usage, budget, probing, (reserve, narrow)
                )
            except _Unsupported:
                continue
            if value is not None:
                if known is None:
                    self.store.put(self.key, method)
                return Structured(value, method, raw, usage)
            if not probing:
                raise StructuredOutputError(error, method=method, raw=raw)
        raise StructuredOutputError("no structured-output method worked", method=methods[-1])

    def _once(
        self,
        method: str,
        build: Build,
        schema: type[M],
        usage: TokenUsage,
        budget: int | None,
        probing: bool,
        room: tuple[int, Narrow | None],
    ) -> tuple[M | None, str, str]:
        import openai

        full = schema.model_json_schema()
        for _ in range(3):  # each overflow names the window; refit and send again
            msgs, spec, max_tokens = self.fitter.fit(build, full, method, *room)
            runnable = self._chat_capped(max_tokens).with_structured_output(
                spec,
                method=method,  # type: ignore[arg-type]
                include_raw=True,
                strict=True if method == "json_schema" else None,
            )
            try:
                out = self._with_retries(
                    partial(runnable.invoke, msgs), method, usage, budget, probing
                )
                break
            except _Overflow as exc:
                self.fitter.learn(exc.window, exc.prompt)
            except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
                # The SDK's own parser (json_schema) refuses these before we see the message.
                done = getattr(exc, "completion", None)
                _add_completion_usage(usage, getattr(done, "usage", None))
                choices = getattr(done, "choices", None) or [None]
                raw = str(getattr(getattr(choices[0], "message", None), "content", "") or "")
                if isinstance(exc, openai.LengthFinishReasonError):
                    return None, raw, CUT_OFF
                return None, raw, "the endpoint's content filter withheld the answer"
        else:
            raise PartFailed(
                f"the model endpoint at {self.where} kept rejecting the prompt as longer than "
                "its context window; set ADSAGE_LLM_CONTEXT to the server's context size"
            )
        raw_msg = out.get("raw")
        raw = _raw_text(raw_msg)
        before = usage.completion
        if not _add_usage(usage, raw_msg):
            # llama-cpp-python reports no usage on a streamed answer: count it ourselves,
            # with the server's tokenizer where it has one.
            counted = self.fitter.counter.text(raw) if raw else 0
            usage.prompt += self.fitter.last_prompt_tokens
            usage.completion += counted
            usage.total += self.fitter.last_prompt_tokens + counted
        parsed = out.get("parsed")
        if parsed is None and method == "function_calling":
            parsed = _repeated_name_call(raw_msg, spec.get("title"))
        meta = getattr(raw_msg, "response_metadata", None) or {}
        # llama-cpp-python ends a streamed tool call as "tool_calls" even when the token cap
        # cut it (and the client completes the broken JSON): an answer that filled the cap
        # and does not validate was cut off all the same.
        filled = usage.completion - before >= max_tokens * 0.95
        if meta.get("finish_reason") == "length" or (filled and parsed is None):
            # Cut off at the output limit: even if the prefix parses, items may be missing.
            return None, raw, CUT_OFF
        if out.get("parsing_error") is not None:
            return None, raw, "the answer was not valid JSON"
        if parsed is None:
            why = "no usable tool call" if method == "function_calling" else "an empty answer"
            return None, raw, f"the answer had {why}"
        try:
            return schema.model_validate(parsed), raw, ""
        except ValidationError as exc:
            return None, raw, CUT_OFF if filled else format_validation_error(exc, "the answer")

    def _chat_capped(self, max_tokens: int) -> Any:
        """The chat model asking for at most ``max_tokens`` answer tokens."""
        if getattr(self.chat, "max_tokens", None) == max_tokens:
            return self.chat
        try:
            return self.chat.model_copy(update={"max_tokens": max_tokens})
        except (AttributeError, TypeError, ValueError):
            return self.chat

    def check_deadline(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise PartFailed(f"the plan's time limit was reached{self.deadline_note}")

    def _with_retries(
        self,
        send: Callable[[], Any],
        method: str,
        usage: TokenUsage,
        budget: int | None,
        probing: bool,
    ) -> Any:
        import openai

        tries = self.retry.tries
        for attempt in range(tries):
            if budget is not None and usage.total >= budget:
                raise TokenBudgetExceeded(
                    f"token budget of {budget} per plan spent ({usage.total} used)",
                    attempts=attempt,
                )
            self.check_deadline()
            last = attempt == tries - 1
            try:
                return send()
            except ValueError as exc:
                # llama-cpp-python fails a streamed request inside the stream (after HTTP 200),
                # so the answer arrives empty; a prompt over its window is the usual cause.
                if "no generations" not in str(exc).lower():
                    raise
                raise PartFailed(
                    f"the model endpoint at {self.where} ended its answer without any content "
                    "(a server-side error, often a prompt longer than its context window); "
                    "set ADSAGE_LLM_CONTEXT to the server's context size",
                    attempts=attempt + 1,
                ) from exc
            except openai.APITimeoutError as exc:
                if last:
                    raise PartFailed(
                        f"the model endpoint at {self.where} did not answer within "
                        f"{self.timeout:g} s ({tries} tries); check that it is "
                        "running or raise ADSAGE_LLM_TIMEOUT",
                        attempts=tries,
                    ) from exc
                self.retry.sleep(self.retry.backoff(attempt))
            except openai.APIConnectionError as exc:
                # Refused or no such host: nothing listens, retrying only delays the message.
                # Dropped mid-answer (a restart, a proxy timeout): transient, worth another try.
                if _refused(exc):
                    raise LLMError(
                        f"cannot reach the model endpoint at {self.where}; start it or check "
                        "OPENAI_BASE_URL",
                        attempts=attempt + 1,
                    ) from exc
                if last:
                    raise PartFailed(
                        f"lost the connection to the model endpoint at {self.where} "
                        f"({attempt + 1} tries)",
                        attempts=attempt + 1,
                    ) from exc
                self.retry.sleep(self.retry.backoff(attempt))
            except openai.APIStatusError as exc:
                detail = _detail(exc)
                if int(exc.status_code) in (400, 413, 422) and (
                    window_from_error(detail) or prompt_tokens_from_error(detail)
                ):
                    raise _Overflow(
                        window_from_error(detail), prompt_tokens_from_error(detail)
                    ) from exc
                if probing and _unsupported(exc, method):
                    raise _Unsupported(str(exc)) from exc
                delay = self._retry_delay(exc, attempt)
                if delay is None or last:
                    error = status_error(exc, self.where, self.model, self.retry.tries)
                    error.attempts = attempt + 1
                    raise error from exc
                self.retry.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _retry_delay(self, exc: Any, attempt: int) -> float | None:
        status = int(exc.status_code)
        if status == 429:
            after = retry_after(exc.response.headers)
            if after is None:
                return self.retry.backoff(attempt)
            if after > self.retry.max_retry_after:
                return None
            return after
        if status >= 500 or status == 408:
            return self.retry.backoff(attempt)
        return None
