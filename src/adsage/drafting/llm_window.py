"""The model's context window: where to learn it and how to fit a prompt into it.

Local servers ship small windows (Ollama and llama.cpp default to 2,048-4,096 tokens) and a
plan prompt with the bundled knowledge is larger.  The window comes from, in order:
``ADSAGE_LLM_CONTEXT``; what an earlier run learnt for this endpoint and model; the server
itself (vLLM's ``/v1/models`` ``max_model_len``, llama.cpp's ``/props`` ``n_ctx``, Ollama's
``/api/show``); and the "maximum context length is N tokens" error every one of them sends
when a request is too long.  Prompts are then trimmed in a fixed order until prompt plus the
room reserved for the answer fit (:func:`fit`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

Message = tuple[str, str]

# "This model's maximum context length is 4096 tokens" (OpenAI, vLLM, llama-cpp-python) and
# llama.cpp's own "exceeds the available context size (2048 tokens)".
_WINDOW_ERRORS = (
    re.compile(r"maximum context length is (\d+) tokens", re.IGNORECASE),
    re.compile(r"context (?:size|window|length)[^\d]{0,40}(\d{3,7})", re.IGNORECASE),
)
_REQUESTED = re.compile(r"you requested (\d+) tokens \((\d+) in the messages", re.IGNORECASE)
# Ollama silently truncates past its window; when a model file sets no num_ctx the server's
# default applies, which is 2,048 tokens on older builds: assume the smaller.
OLLAMA_DEFAULT_CONTEXT = 2048
# Chat templates add a few tokens around every message.
PER_MESSAGE = 8
# An estimate for tokenizers we cannot load: small local models' vocabularies split JSON and
# Polish text finer than OpenAI's ~4 characters per token.  A server that counts more tokens
# says so in its too-long error, and the estimate scales up from then on.
CHARS_PER_TOKEN = 3.0


def window_from_error(text: str) -> int | None:
    """The window a too-long-request error names, or None."""
    for pattern in _WINDOW_ERRORS:
        m = pattern.search(text)
        if m:
            return int(m.group(1))
    return None


def prompt_tokens_from_error(text: str) -> int | None:
    """How many prompt tokens the server counted ("... (3900 in the messages, ...")."""
    m = _REQUESTED.search(text)
    return int(m.group(2)) if m else None


def discover_window(base_url: str | None, model: str, timeout: float = 5.0) -> int | None:
    """Ask the server for its window; None when none of the known places says.

    Short timeouts and every error swallowed: not knowing only means fitting starts once the
    first too-long error names the window.
    """
    if not base_url:
        return None
    import httpx

    root = base_url.rstrip("/")
    server = root[: -len("/v1")] if root.endswith("/v1") else root
    probes: list[tuple[str, str, Any, Callable[[Any], int | None]]] = [
        ("GET", f"{root}/models", None, lambda d: _vllm(d, model)),
        ("GET", f"{server}/props", None, _llamacpp),
        ("POST", f"{server}/api/show", {"model": model}, _ollama),
    ]
    with httpx.Client(timeout=timeout) as client:
        for method, url, body, read in probes:
            try:
                resp = client.request(method, url, json=body)
                if resp.status_code != 200:
                    continue
                found = read(resp.json())
            except (httpx.HTTPError, ValueError, TypeError, AttributeError):
                continue
            if found:
                return found
    return None


def _vllm(data: Any, model: str) -> int | None:
    items = data.get("data", []) if isinstance(data, dict) else []
    for item in items:
        if isinstance(item, dict) and item.get("id") == model and item.get("max_model_len"):
            return int(item["max_model_len"])
    lens = [int(i["max_model_len"]) for i in items if isinstance(i, dict) and "max_model_len" in i]
    return min(lens) if lens else None


def _llamacpp(data: Any) -> int | None:
    if not isinstance(data, dict):
        return None
    settings = data.get("default_generation_settings") or {}
    n = settings.get("n_ctx") if isinstance(settings, dict) else None
    n = n or data.get("n_ctx")
    return int(n) if n else None


def _ollama(data: Any) -> int | None:
    if not isinstance(data, dict) or "model_info" not in data and "parameters" not in data:
        return None
    m = re.search(r"num_ctx\s+(\d+)", str(data.get("parameters") or ""))
    if m:
        return int(m.group(1))
    info = data.get("model_info") or {}
    trained = [int(v) for k, v in info.items() if k.endswith(".context_length")]
    return min([OLLAMA_DEFAULT_CONTEXT, *trained])


class TokenCounter:
    """Counts prompt tokens: the server's own tokenizer when it has one (``exact``, see
    :mod:`adsage.drafting.llm_tokens`), tiktoken for OpenAI models whose encoding is already
    on disk (nothing is downloaded at run time), otherwise a deliberately high estimate.

    ``scale`` grows when a server reports more prompt tokens than estimated, so the next fit
    of the same run is right.
    """

    def __init__(
        self, model: str, *, local: bool, exact: Callable[[str], int | None] | None = None
    ) -> None:
        self.scale = 1.0
        self._encode = None if local else _cached_encoding(model)
        self._exact = exact
        self.exact_counts = 0  # texts the server's tokenizer counted (the rest: estimated)

    def text(self, text: str) -> int:
        if self._exact is not None:
            n = self._exact(text)
            if n is not None:
                self.exact_counts += 1
                # A server that counted more (its chat template, tool definitions) scales
                # even exact counts up.
                return n if self.scale == 1.0 else math.ceil(n * self.scale)
        if self._encode is not None:
            return len(self._encode(text))
        return math.ceil(len(text) / CHARS_PER_TOKEN * self.scale)

    def messages(self, messages: Sequence[Message], extra: str = "") -> int:
        body = sum(self.text(c) + PER_MESSAGE for _, c in messages)
        return body + (self.text(extra) if extra else 0)

    def learn(self, estimated: int, actual: int) -> None:
        if estimated > 0 and actual > estimated:
            self.scale *= actual / estimated * 1.05


def _cached_encoding(model: str) -> Callable[[str], list[int]] | None:
    """tiktoken's encoder for ``model`` when its file is cached locally, else None."""
    import hashlib
    import os
    import tempfile

    try:
        import tiktoken
        from tiktoken.model import encoding_name_for_model
    except ImportError:
        return None
    try:
        name = encoding_name_for_model(model)
    except KeyError:
        return None
    urls = {
        "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    }
    url = urls.get(name)
    cache = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    cache = cache or os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if url is None or not os.path.exists(
        os.path.join(cache, hashlib.sha1(url.encode()).hexdigest())
    ):
        return None
    try:
        enc = tiktoken.get_encoding(name)
    except Exception:  # a broken cache file: estimate instead
        return None
    return lambda text: enc.encode(text, disallowed_special=())


# At or below this many tokens a window gets the small-window prompts from the first try: a
# short system prompt, short part instructions and a schema that bounds every list and text
# (prompts/*_small.j2, :func:`adsage.drafting.llm_schema.bounded`).  Ollama's and llama.cpp's
# default windows (2,048-4,096) are here; a long prompt trimmed down to fit such a window
# would keep its long rules and lose the knowledge, the worse trade for a small model.
SMALL_WINDOW = 4096


@dataclass(frozen=True)
class Trim:
    """How much of a prompt to keep.  ``snippets``/``snippet_chars`` None means all/whole;
    ``small`` selects the small-window prompts and bounded schema."""

    snippets: int | None = None
    snippet_chars: int | None = None
    previous: bool = True
    compact: bool = False
    small: bool = False

    def describe(self) -> str:
        parts = ["small-window prompts"] if self.small else []
        if self.snippets is not None:
            parts.append(f"{self.snippets} snippets")
        if self.snippet_chars is not None:
            parts.append(f"snippets cut to {self.snippet_chars} chars")
        if not self.previous:
            parts.append("no earlier answer")
        if self.compact and not self.small:
            parts.append("compact schema")
        return ", ".join(parts) or "full"


def trims(window: int | None = None) -> list[Trim]:
    """The fixed trimming order: fewer snippets, shorter snippets, no earlier failed answer
    in a re-ask (its findings stay), a compact schema, and last no snippets at all.  A
    builder keeps at most the snippets it has, so a level may repeat the one before.

    A window of at most :data:`SMALL_WINDOW` tokens starts with the small-window prompts and
    trims only those; a larger one falls back to them after the last full-prompt level."""
    small = [Trim(small=True, compact=True, snippets=c) for c in (3, 2, 1)]
    last = Trim(small=True, compact=True, snippets=1, snippet_chars=200)
    small += [last, last := replace(last, previous=False), replace(last, snippets=0)]
    if window is not None and window <= SMALL_WINDOW:
        return small
    last = Trim(snippets=1, snippet_chars=150)
    out = [Trim(), *(Trim(snippets=c) for c in (4, 2, 1))]
    out += [Trim(snippets=1, snippet_chars=300), last]
    out.append(last := replace(last, previous=False))
    out.append(last := replace(last, compact=True))
    out.append(replace(last, snippets=0))
    return out + small
