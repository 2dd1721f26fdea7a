"""Structured output from any OpenAI-compatible endpoint, with retries and token accounting.

OpenAI honours ``response_format: json_schema``; llama.cpp may answer it with HTTP 500,
older vLLM and Ollama builds handle tools better than schemas, and some servers only do JSON
mode.  Rather than a per-vendor table, the first call probes the methods in order of
strictness and the one that worked is remembered per endpoint and model (in memory and in
``ADSAGE_HOME/llm_strategies.json``), so later runs go straight to it.

Transport failures become :class:`LLMError` with one line naming the fix; transient ones
(429, 5xx, timeouts) are retried with bounded backoff first.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from adsage.drafting.guard import OutputUnusable, SkipToFallback
from adsage.drafting.llm_transport import _detail, _refused, _unsupported, retry_after
from adsage.errors import AdsageError
from adsage.models.plan import TokenUsage
from adsage.models.validation import format_validation_error

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

M = TypeVar("M", bound=BaseModel)
METHODS = ("json_schema", "function_calling", "json_mode")
Message = tuple[str, str]
CUT_OFF = "the answer was cut off at the output token limit; answer shorter"

_JSON_MODE_NOTE = (
    "Reply with one JSON object only, no other text, that matches this JSON Schema:\n{schema}"
)


class LLMError(AdsageError):
    """The model endpoint failed in a way the user must fix (start it, fix the key, wait).

    ``attempts`` is how many requests were sent before giving up, so a log or a batch report
    can tell "down at once" from "failed after every retry".
    """

    exit_code = 2

    def __init__(self, message: str, *, attempts: int = 0) -> None:
        super().__init__(" ".join(message.split()))
        self.attempts = attempts


class TokenBudgetExceeded(LLMError, SkipToFallback):
    """The plan's token budget is spent: the guard falls back to the offline engine."""


class StructuredOutputError(OutputUnusable):
    """The answer could not be parsed into the schema (the guard re-asks with the message)."""

    def __init__(self, message: str, *, method: str, raw: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.raw = raw


class _Unsupported(Exception):
    """The endpoint rejected a structured-output method while we were probing."""


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


class StrategyStore:
    """Which structured-output method works for an endpoint and model.

    The in-process dict spares the probe within a run; the JSON file spares it across runs.
    A broken or unwritable file only costs a probe, so its errors are swallowed.
    """

    _memory: ClassVar[dict[str, str]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @staticmethod
    def key(base_url: str | None, model: str) -> str:
        return f"{(base_url or 'https://api.openai.com/v1').rstrip('/')}|{model}"

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        method = self._read().get(key, {}).get("method")
        if method in METHODS:
            with self._lock:
                self._memory[key] = method
            return str(method)
        return None

    def put(self, key: str, method: str) -> None:
        with self._lock:
            self._memory[key] = method
        if self.path is None:
            return
        data = self._read()
        data[key] = {
            "method": method,
            "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".strategies-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=2, sort_keys=True)
            os.replace(tmp, self.path)

    def _read(self) -> dict[str, dict[str, str]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    @classmethod
    def forget_all(cls) -> None:
        """Drop the in-process memory (tests)."""
        with cls._lock:
            cls._memory.clear()


@dataclass
class Structured(Generic[M]):
    value: M
    method: str
    raw: str = ""
    usage: TokenUsage = field(default_factory=TokenUsage)


class StructuredCaller:
    """Sends one message list and returns a validated pydantic object."""

    def __init__(
        self,
        chat: ChatOpenAI,
        *,
        base_url: str | None,
        model: str,
        store: StrategyStore,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.chat = chat
        self.base_url = base_url
        self.model = model
        self.store = store
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.key = StrategyStore.key(base_url, model)

    @property
    def where(self) -> str:
        return self.base_url or "https://api.openai.com/v1"

    def invoke(
        self,
        messages: Sequence[Message],
        schema: type[M],
        *,
        usage: TokenUsage,
        budget: int | None = None,
    ) -> Structured[M]:
        """Probe or reuse the structured-output method; add every response's tokens to
        ``usage``.  Raises :class:`StructuredOutputError` for unusable answers,
        :class:`TokenBudgetExceeded` once ``usage.total`` reaches ``budget`` and
        :class:`LLMError` for transport failures."""
        known = self.store.get(self.key)
        methods = [known] if known else list(METHODS)
        for i, method in enumerate(methods):
            probing = known is None and i < len(methods) - 1
            try:
                value, raw, error = self._once(method, messages, schema, usage, budget, probing)
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
        messages: Sequence[Message],
        schema: type[M],
        usage: TokenUsage,
        budget: int | None,
        probing: bool,
    ) -> tuple[M | None, str, str]:
        spec = schema.model_json_schema()
        msgs = list(messages)
        if method == "json_mode":
            note = _JSON_MODE_NOTE.format(schema=json.dumps(spec, ensure_ascii=False))
            msgs.append(("user", note))
        runnable = self.chat.with_structured_output(
            spec,
            method=method,  # type: ignore[arg-type]
            include_raw=True,
            strict=True if method == "json_schema" else None,
        )
        import openai

        try:
            out = self._with_retries(lambda: runnable.invoke(msgs), method, usage, budget, probing)
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
            # The SDK's own parser (json_schema) refuses these before we see the message.
            done = getattr(exc, "completion", None)
            _add_completion_usage(usage, getattr(done, "usage", None))
            choices = getattr(done, "choices", None) or [None]
            raw = str(getattr(getattr(choices[0], "message", None), "content", "") or "")
            if isinstance(exc, openai.LengthFinishReasonError):
                return None, raw, CUT_OFF
            return None, raw, "the endpoint's content filter withheld the answer"
        raw_msg = out.get("raw")
        raw = _raw_text(raw_msg)
        _add_usage(usage, raw_msg)
        parsed = out.get("parsed")
        meta = getattr(raw_msg, "response_metadata", None) or {}
        if meta.get("finish_reason") == "length":
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
            return None, raw, format_validation_error(exc, "the answer")

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
            last = attempt == tries - 1
            try:
                return send()
            except openai.APITimeoutError as exc:
                if last:
                    raise LLMError(
                        f"the model endpoint at {self.where} did not answer within "
                        f"{self.timeout:g} s ({tries} tries); check that it is "
                        "running or raise the timeout",
                        attempts=tries,
                    ) from exc
                self.retry.sleep(self.retry.backoff(attempt))
            except openai.APIConnectionError as exc:
                # Refused: nothing listens, retrying only delays the message.  Dropped mid-
                # answer (a restart, a proxy timeout): transient, worth another try.
                if _refused(exc) or last:
                    how = "cannot reach" if _refused(exc) else "lost the connection to"
                    raise LLMError(
                        f"{how} the model endpoint at {self.where}"
                        + ("" if _refused(exc) else f" ({attempt + 1} tries)")
                        + "; start it or check OPENAI_BASE_URL",
                        attempts=attempt + 1,
                    ) from exc
                self.retry.sleep(self.retry.backoff(attempt))
            except openai.APIStatusError as exc:
                if probing and _unsupported(exc, method):
                    raise _Unsupported(str(exc)) from exc
                delay = self._retry_delay(exc, attempt)
                if delay is None or last:
                    error = self._status_error(exc)
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

    def _status_error(self, exc: Any) -> LLMError:
        status = int(exc.status_code)
        detail = _detail(exc)
        if status == 401:
            return LLMError("the endpoint rejected the API key; check OPENAI_API_KEY")
        if status == 403:
            return LLMError(
                f"the endpoint refused access (HTTP 403: {detail}); check OPENAI_API_KEY and "
                "the model's permissions"
            )
        if status == 404:
            return LLMError(
                f"the endpoint at {self.where} does not know model '{self.model}' (HTTP 404); "
                "check ADSAGE_MODEL and OPENAI_BASE_URL"
            )
        if status == 429:
            after = retry_after(exc.response.headers)
            wait = f" (it asks to wait {after:g} s)" if after else ""
            return LLMError(f"the endpoint is rate limiting requests{wait}; try again later")
        if status >= 500:
            return LLMError(
                f"the model endpoint at {self.where} failed with HTTP {status} after "
                f"{self.retry.tries} tries: {detail}"
            )
        return LLMError(f"the model endpoint rejected the request (HTTP {status}): {detail}")


def _raw_text(message: Any) -> str:
    if message is None:
        return ""
    calls = getattr(message, "tool_calls", None) or getattr(message, "invalid_tool_calls", None)
    if calls:
        first = calls[0]
        args = first.get("args")
        return args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
    content = getattr(message, "content", "")
    return content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)


def _add_usage(usage: TokenUsage, message: Any) -> None:
    meta = getattr(message, "usage_metadata", None) or {}
    usage.prompt += int(meta.get("input_tokens", 0) or 0)
    usage.completion += int(meta.get("output_tokens", 0) or 0)
    usage.total += int(meta.get("total_tokens", 0) or 0)


def _add_completion_usage(usage: TokenUsage, counts: Any) -> None:
    """Tokens of a raw SDK completion (an answer refused before LangChain wrapped it)."""
    usage.prompt += int(getattr(counts, "prompt_tokens", 0) or 0)
    usage.completion += int(getattr(counts, "completion_tokens", 0) or 0)
    usage.total += int(getattr(counts, "total_tokens", 0) or 0)
