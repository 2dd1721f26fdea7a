"""The earlier messages of a conversation, as the model sees them with each turn.

A turn that says "make the second one shorter" or "zmień budżet na ten z poprzedniej
wiadomości" means nothing without what came before, so the chat and Slack pass their stored
history to the core.  The core keeps only the last few messages and cuts each one: the
working brief already carries every detail that was agreed, so the history is there for
references and tone, not as a second source of facts.  Messages were redacted when they
were stored; they are redacted again here because a stored history may predate a rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MESSAGE_CHARS = 600  # a stored assistant message can hold a whole plan; the start is enough


def recent(history: Sequence[Mapping[str, Any]], current: str, keep: int) -> list[dict[str, str]]:
    """The last ``keep`` messages before ``current``, oldest first, as ``{"role", "text"}``
    with ``role`` either ``marketer`` or ``adsage``.

    ``history`` may already end with the current message (the chat and Slack store it
    before the turn runs, Slack with its command word); that copy is dropped so the model
    does not read the message twice."""
    from adsage.security import redact

    items = [dict(h) for h in history if str(h.get("text") or "").strip()]
    last = str(items[-1]["text"]).strip() if items else ""
    if (
        items
        and _role(items[-1]) == "marketer"
        and current.strip()
        and last.endswith(current.strip())
    ):
        items.pop()
    out = []
    for item in items[-keep:] if keep > 0 else []:
        text = redact(str(item["text"]).strip())
        if len(text) > MESSAGE_CHARS:
            text = text[: MESSAGE_CHARS - 1].rstrip() + "…"
        out.append({"role": _role(item), "text": text})
    return out


def said_before(earlier: Sequence[Mapping[str, str]]) -> str:
    """What the marketer said earlier: figures from it may be repeated in a reply."""
    return " ".join(m["text"] for m in earlier if m["role"] == "marketer")


def _role(item: Mapping[str, Any]) -> str:
    return "marketer" if str(item.get("role") or "") == "user" else "adsage"
