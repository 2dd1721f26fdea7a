"""Fitting one request to the model's context window: which window, how many tokens a
prompt takes, which trim of it leaves room for the answer, and what an overflow teaches.

Kept apart from the request loop (:mod:`adsage.drafting.llm_structured`) because it is a
question of sizes only: the caller asks :meth:`Fitter.fit` for messages, schema and answer
cap, sends them, and reports an overflow back through :meth:`Fitter.learn`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adsage.drafting.llm_errors import PartFailed
from adsage.drafting.llm_schema import answer_tokens, compact_schema, schema_text
from adsage.drafting.llm_store import StrategyStore
from adsage.drafting.llm_window import Message, TokenCounter, Trim, discover_window, trims

Build = Callable[[Trim], list[Message]]
# A part's small-window schema: the full schema and the trim in, the bounded schema out.
Narrow = Callable[[dict[str, Any], Trim], dict[str, Any]]
# Tokens kept free beyond the count: chat templates and the assistant prefix.
SAFETY = 32

JSON_MODE_NOTE = (
    "Reply with one JSON object only, no other text, that matches this JSON Schema:\n{schema}"
)


class Fitter:
    """The window of one endpoint and model, and prompts fitted into it.

    ``context`` is ``ADSAGE_LLM_CONTEXT`` (None: learn it); ``max_tokens`` caps the answer.
    With a ``base_url`` the server's own tokenizer counts (when it has one) and the server
    is asked for its window once.
    """

    def __init__(
        self,
        *,
        base_url: str | None,
        model: str,
        store: StrategyStore,
        context: int | None,
        max_tokens: int,
        discover: bool,
        timeout: float,
    ) -> None:
        self.base_url = base_url
        self.model = model
        self.store = store
        self.key = StrategyStore.key(base_url, model)
        self.context = context
        self.max_tokens = max_tokens
        self.discover = discover and base_url is not None
        self.timeout = timeout
        exact = None
        if self.discover and base_url is not None:
            from adsage.drafting.llm_tokens import ServerTokenizer

            exact = ServerTokenizer(base_url, model, store, timeout=min(10.0, timeout)).count
        self.counter = TokenCounter(model, local=base_url is not None, exact=exact)
        self.last_trim: Trim | None = None
        self.last_prompt_tokens = 0
        self.last_messages: list[Message] = []
        self._probed = False

    def window(self) -> int | None:
        """The context window in tokens: the setting, what was learnt, what the server says."""
        if self.context:
            return self.context
        known = self.store.window(self.key)
        if known:
            return known
        if self.discover and not self._probed:
            self._probed = True
            found = discover_window(self.base_url, self.model, timeout=min(5.0, self.timeout))
            if found:
                self.store.put_window(self.key, found)
                return found
        return None

    def fit(
        self,
        build: Build,
        spec: dict[str, Any],
        method: str,
        reserve: int,
        narrow: Narrow | None = None,
    ) -> tuple[list[Message], dict[str, Any], int]:
        """The largest trim of the prompt that leaves room for the answer (``reserve``, or
        for a small-window trim with ``narrow`` the longest answer its bounded schema
        allows), and the answer cap that fills the rest of the window."""
        window = self.window()
        n = need = 0
        for trim in trims(window) if window else [Trim()]:
            if trim.small and narrow is not None:
                shape = narrow(spec, trim)
                need = answer_tokens(shape)
            else:
                shape = compact_schema(spec) if trim.compact else spec
                need = reserve
            msgs = build(trim)
            if method == "json_mode":
                msgs.append(("user", JSON_MODE_NOTE.format(schema=schema_text(shape))))
            n = self.counter.messages(
                msgs, schema_text(shape) if method == "function_calling" else ""
            )
            self.last_trim, self.last_prompt_tokens, self.last_messages = trim, n, msgs
            if window is None:
                return msgs, shape, self.max_tokens
            room = window - n - SAFETY
            if room >= need:
                return msgs, shape, min(self.max_tokens, room)
        raise PartFailed(
            f"the prompt does not fit the model's {window}-token context window even trimmed "
            f"(about {n} tokens plus {need} for the answer); raise the server's context "
            "size or ADSAGE_LLM_CONTEXT"
        )

    def learn(self, window: int | None, prompt: int | None) -> None:
        """Remember the window the server named (it beats a larger ADSAGE_LLM_CONTEXT) and
        trust its prompt count over ours."""
        before = self.window()
        if window and (not self.context or window < self.context):
            self.store.put_window(self.key, window)
            self.context = window if self.context else None
        if prompt:
            self.counter.learn(self.last_prompt_tokens, prompt)
        elif window == before:  # same window, no count: our estimate was short
            self.counter.learn(self.last_prompt_tokens, int(self.last_prompt_tokens * 1.2) + 1)
