"""The terminal chat: a conversational surface over the advisor core.

The chat only translates: text in, core calls, rendered text out.  Planning, drafting, checks
and brief extraction live in the core so the Slack bot behaves the same way.
"""

from adsage.chat.core import Chat

__all__ = ["Chat"]
