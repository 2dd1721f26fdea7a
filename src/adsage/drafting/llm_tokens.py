"""Exact token counts from the server's own tokenizer, where it offers one.

A chars-per-token estimate must be pessimistic to be safe, and on a 2,048-token window that
pessimism alone can decide whether a part is tried at all.  Local servers that expose their
tokenizer are asked instead:

- llama-cpp-python's server: ``POST /extras/tokenize/count`` ``{"input": ...}`` -> ``count``;
- llama.cpp's own server: ``POST /tokenize`` ``{"content": ...}`` -> ``tokens``;
- vLLM: ``POST /tokenize`` ``{"model": ..., "prompt": ...}`` -> ``count``.

The route that answered is remembered per endpoint and model (``"none"`` when none did), so
the probe runs once; counts are cached per text.  Any failure returns None and the caller
falls back to the estimate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from adsage.drafting.llm_store import StrategyStore

NONE = "none"
_CACHE_LIMIT = 512


def _body_input(text: str, model: str) -> dict[str, Any]:
    return {"input": text, "model": model}


def _body_content(text: str, model: str) -> dict[str, Any]:
    return {"content": text}


def _body_prompt(text: str, model: str) -> dict[str, Any]:
    return {"model": model, "prompt": text}


# name -> (path under the server root, request body)
ROUTES: dict[str, tuple[str, Callable[[str, str], dict[str, Any]]]] = {
    "llama-cpp-python": ("/extras/tokenize/count", _body_input),
    "llama.cpp": ("/tokenize", _body_content),
    "vllm": ("/tokenize", _body_prompt),
}


def _read_count(data: Any) -> int | None:
    if not isinstance(data, dict):
        return None
    count = data.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        return count
    tokens = data.get("tokens")
    return len(tokens) if isinstance(tokens, list) else None


class ServerTokenizer:
    """Counts text with the endpoint's tokenizer; ``count`` is None when it has none."""

    def __init__(
        self, base_url: str, model: str, store: StrategyStore, *, timeout: float = 10.0
    ) -> None:
        root = base_url.rstrip("/")
        self.server = root[: -len("/v1")] if root.endswith("/v1") else root
        self.model = model
        self.store = store
        self.key = StrategyStore.key(base_url, model)
        self.timeout = timeout
        self._cache: dict[str, int] = {}
        self._client: Any = None

    @property
    def route(self) -> str:
        """The working route's name, probing the known ones once per endpoint."""
        known = self.store.tokenizer(self.key)
        if known is None:
            known = next((name for name in ROUTES if self._ask(name, "adsage")), NONE)
            self.store.put_tokenizer(self.key, known)
        return known

    def count(self, text: str) -> int | None:
        if text in self._cache:
            return self._cache[text]
        route = self.route
        if route not in ROUTES:
            return None
        n = self._ask(route, text)
        if n is not None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = n
        return n

    def _ask(self, route: str, text: str) -> int | None:
        import httpx

        path, body = ROUTES[route]
        try:
            if self._client is None:
                self._client = httpx.Client(timeout=self.timeout)
            resp = self._client.post(self.server + path, json=body(text, self.model))
            if resp.status_code != 200:
                return None
            return _read_count(resp.json())
        except (httpx.HTTPError, ValueError):
            return None
