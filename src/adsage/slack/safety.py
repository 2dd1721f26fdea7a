"""What crosses the Slack boundary: incoming markup made plain, outgoing text made inert.

Slack renders ``<!channel>``, ``<@U123>`` and ``<http://evil|click>`` as pings and disguised
links, and a model (or a pasted brief) can produce any of them.  Every piece of model or
user text therefore goes out with ``&``, ``<`` and ``>`` escaped; broadcast words are broken
so no client auto-links them; and configured secrets are scrubbed from whatever we post or log.
"""

from __future__ import annotations

import re

MAX_INPUT_CHARS = 4000

_LINK = re.compile(r"<((?:https?|mailto):[^|>\s]+)(?:\|[^>]*)?>")
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_TOKENISH = re.compile(r"\bx(?:ox[abpre]|app)-[0-9A-Za-z-]{6,}")
_WORD_JOINER = "\u2060"


def from_slack(text: str) -> str:
    """Slack message text as the user typed it: links back to bare URLs, entities decoded.

    Slack wraps every URL as ``<https://x>`` or ``<https://x|x>``; a brief's ``landing_url``
    must reach the validator as the URL itself.  Mentions stay in their ``<@U...>`` form so
    that echoing them back (escaped) shows exactly what was written, never a ping.
    """
    text = _LINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text or "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The request without the leading ``@adsage`` that addressed it."""
    text = text.strip()
    if bot_user_id:
        text = re.sub(rf"^(?:<@{re.escape(bot_user_id)}(?:\|[^>]*)?>\s*)+", "", text)
    return text.strip()


def escape(text: str) -> str:
    """Inert mrkdwn: Slack's three control characters escaped, broadcast words broken."""
    out = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: "@" + _WORD_JOINER + m.group(1), out)


def scrub(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    """Remove configured secrets and anything shaped like a token or API key."""
    from adsage.security import redact

    for s in secrets:
        if s:
            text = text.replace(s, "[redacted]")
    return redact(_TOKENISH.sub("[redacted]", text))


def too_long(text: str) -> bool:
    return len(text) > MAX_INPUT_CHARS
