"""How an endpoint's failures read: Retry-After, refused versus dropped connections, and the
error bodies that mean "this server does not do that kind of structured output".

Kept apart from :mod:`adsage.drafting.llm_structured` so the retry loop reads on its own.
"""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

from adsage.models.plan import TokenUsage

# Words in an error body that mean "this server does not do that kind of structured output".
_UNSUPPORTED_HINTS = ("response_format", "json_schema", "schema", "grammar", "tool", "function")

__all__ = [
    "_add_completion_usage",
    "_add_usage",
    "_detail",
    "_raw_text",
    "_refused",
    "_repeated_name_call",
    "_unsupported",
    "retry_after",
]


def retry_after(headers: Any) -> float | None:
    """Seconds from ``retry-after-ms``, ``retry-after`` (seconds or an HTTP date)."""
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / scale)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            continue
        return max(0.0, when.timestamp() - time.time())
    return None


def _refused(exc: BaseException) -> bool:
    """True when the connection was never made (refused, no such host), as opposed to
    dropped mid-answer."""
    import socket

    import httpx
    import httpx2

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(
            seen,
            httpx.ConnectError | httpx2.ConnectError | ConnectionRefusedError | socket.gaierror,
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _unsupported(exc: Any, method: str) -> bool:
    status = int(exc.status_code)
    if method == "json_mode":
        return False
    if status >= 500:
        return True
    text = _detail(exc).lower()
    return status in (400, 404, 422) and any(h in text for h in _UNSUPPORTED_HINTS)


def _detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        msg = inner.get("message") if isinstance(inner, dict) else inner
        if msg:
            return str(msg)[:300]
    return str(getattr(exc, "message", exc))[:300]


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


def _add_usage(usage: TokenUsage, message: Any) -> bool:
    """Add the tokens the server reported for ``message``; False when it reported none."""
    meta = getattr(message, "usage_metadata", None) or {}
    total = int(meta.get("total_tokens", 0) or 0)
    usage.prompt += int(meta.get("input_tokens", 0) or 0)
    usage.completion += int(meta.get("output_tokens", 0) or 0)
    usage.total += total
    return total > 0


def _add_completion_usage(usage: TokenUsage, counts: Any) -> None:
    """Tokens of a raw SDK completion (an answer refused before LangChain wrapped it)."""
    usage.prompt += int(getattr(counts, "prompt_tokens", 0) or 0)
    usage.completion += int(getattr(counts, "completion_tokens", 0) or 0)
    usage.total += int(getattr(counts, "total_tokens", 0) or 0)


def _repeated_name_call(message: Any, name: str | None) -> Any:
    """The arguments of a streamed tool call whose name came back repeated.

    llama-cpp-python's server sends the tool's name (and id) again in every streamed chunk,
    and the client joins the chunks, so a call to ``PersonaList`` arrives named
    ``PersonaListPersonaList...`` and the structured-output parser finds no call to it.
    The arguments themselves are whole; None when there is no such call.
    """
    if not name:
        return None
    for call in getattr(message, "tool_calls", None) or []:
        got = str(call.get("name") or "")
        if got and len(got) % len(name) == 0 and got == name * (len(got) // len(name)):
            return call.get("args")
    return None
