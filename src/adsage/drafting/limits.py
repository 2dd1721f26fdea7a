"""Caps on model use that hold whichever surface makes the call (OWASP LLM10).

A batch with ``--concurrency 32``, a busy Slack workspace and a chat can all draft in one
process; each request is cheap, but together they can exhaust a rate limit, a local GPU or a
budget.  So every chat model adsage builds is a :class:`ChatOpenAI` subclass that

- takes one of ``ADSAGE_MAX_CONCURRENT_LLM`` process-wide slots for the length of a call, and
  gives up with one clear line when no slot frees up in time (never an unbounded queue);
- asks for at most ``ADSAGE_LLM_MAX_TOKENS`` completion tokens per request;
- charges a shared :class:`TokenMeter` (a batch's budget) and refuses calls once it is spent;
- streams (when built with ``streaming=True``), so a slow model that is still producing
  tokens is never cut off by the per-request timeout, which then bounds only silence.

Per-plan budgets stay in :class:`~adsage.drafting.llm_structured.StructuredCaller`; the meter
covers what spans plans.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

_SLOTS: dict[int, threading.BoundedSemaphore] = {}
_SLOTS_LOCK = threading.Lock()


def _semaphore(limit: int) -> threading.BoundedSemaphore:
    with _SLOTS_LOCK:
        sem = _SLOTS.get(limit)
        if sem is None:
            sem = _SLOTS[limit] = threading.BoundedSemaphore(limit)
        return sem


@contextmanager
def llm_slot(limit: int, wait: float) -> Iterator[None]:
    """Hold one of ``limit`` process-wide model-call slots; LLMError after ``wait`` seconds."""
    from adsage.drafting.llm_structured import LLMError

    sem = _semaphore(max(1, limit))
    if not sem.acquire(timeout=max(0.0, wait)):
        raise LLMError(
            f"{limit} model calls are already running in this process and none finished within "
            f"{wait:g} s; lower --concurrency or raise ADSAGE_MAX_CONCURRENT_LLM"
        )
    try:
        yield
    finally:
        sem.release()


class TokenMeter:
    """Tokens spent across many engines (one batch); thread-safe because batch jobs run in
    worker threads."""

    def __init__(self, limit: int | None, scope: str = "batch") -> None:
        self.limit = limit
        self.scope = scope
        self.used = 0
        self._lock = threading.Lock()

    @property
    def spent(self) -> bool:
        with self._lock:
            return self.limit is not None and self.used >= self.limit

    def check(self) -> None:
        """Raise TokenBudgetExceeded (the guard then falls back offline) once spent."""
        from adsage.drafting.llm_structured import TokenBudgetExceeded

        if self.spent:
            raise TokenBudgetExceeded(
                f"token budget of {self.limit} per {self.scope} spent ({self.used} used)"
            )

    def add(self, tokens: int) -> None:
        with self._lock:
            self.used += max(0, int(tokens))


def _total_tokens(message: Any) -> int:
    meta = getattr(message, "usage_metadata", None) or {}
    return int(meta.get("total_tokens", 0) or 0)


def _chunk_text(message: Any) -> str:
    """What a streamed piece adds: text content or tool-call arguments."""
    content = getattr(message, "content", "")
    text = content if isinstance(content, str) else ""
    for call in getattr(message, "tool_call_chunks", None) or []:
        text += str(call.get("args") or "")
    return text


@lru_cache(maxsize=1)
def limited_chat_class() -> type[Any]:
    """The subclass, built on first use so importing this module never imports LangChain."""
    from langchain_openai import ChatOpenAI
    from pydantic import Field

    class LimitedChatOpenAI(ChatOpenAI):
        """ChatOpenAI whose every call holds a process slot and charges the meter."""

        adsage_slots: int = 4
        adsage_wait: float = 60.0
        adsage_meter: Any = Field(default=None, exclude=True)
        # Called with each streamed piece of text: progress display and the plan's deadline.
        adsage_watch: Any = Field(default=None, exclude=True)

        def _charge(self, tokens: int) -> None:
            if self.adsage_meter is not None:
                self.adsage_meter.add(tokens)

        def _generate(self, *args: Any, **kwargs: Any) -> Any:
            with llm_slot(self.adsage_slots, self.adsage_wait):
                if self.adsage_meter is not None:
                    self.adsage_meter.check()
                result = super()._generate(*args, **kwargs)
            self._charge(sum(_total_tokens(g.message) for g in result.generations))
            return result

        def _stream(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            with llm_slot(self.adsage_slots, self.adsage_wait):
                if self.adsage_meter is not None:
                    self.adsage_meter.check()
                for chunk in super()._stream(*args, **kwargs):
                    self._charge(_total_tokens(chunk.message))
                    if self.adsage_watch is not None:
                        self.adsage_watch(_chunk_text(chunk.message))
                    yield chunk

    return LimitedChatOpenAI
