"""How an endpoint's failures read: Retry-After, refused versus dropped connections, and the
error bodies that mean "this server does not do that kind of structured output".

Kept apart from :mod:`adsage.drafting.llm_structured` so the retry loop reads on its own.
"""

from __future__ import annotations

import email.utils
import time
from typing import Any

# Words in an error body that mean "this server does not do that kind of structured output".
_UNSUPPORTED_HINTS = ("response_format", "json_schema", "schema", "grammar", "tool", "function")

__all__ = ["_detail", "_refused", "_unsupported", "retry_after"]


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
    """True when the connection was never made (as opposed to dropped mid-answer)."""
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, httpx.ConnectError | ConnectionRefusedError):
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
