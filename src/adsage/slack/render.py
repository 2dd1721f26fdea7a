"""Words the bot builds from core results: sources, personas, and a routed request as a
command (kept apart from :mod:`adsage.slack.work`, which decides what runs)."""

from __future__ import annotations

from typing import Any

from adsage.advisor.intents import Intent
from adsage.i18n import t as i18n_t
from adsage.slack.safety import escape
from adsage.slack.texts import t


def as_command(intent: Intent) -> tuple[str, list[str]] | None:
    """A routed request as one of the bot's commands (None for what the bot cannot do)."""
    args: dict[str, Any] = dict(intent.args)
    name = intent.command
    if name in ("help", "plan", "persona", "formats", "sources"):
        return name, []
    if name == "copy":
        return name, [str(v) for v in (args.get("n"), args.get("field")) if v]
    if name == "variants":
        return name, [str(v) for v in (args.get("field"), args.get("n")) if v]
    if name == "check":
        return name, [str(args.get("kind") or "goal"), *str(args.get("text") or "").split()]
    if name == "abplan":
        names = {"daily_budget": "daily"}
        return name, [f"{names.get(k, k)}={v}" for k, v in args.items() if v is not None]
    return None


def sources_text(sources: list[dict[str, Any]], lang: str) -> str:
    lines = [f"*{t(lang, 'sources')}*"]
    lines += [
        f"[{c['n']}] {escape(c['title'])} › {escape(c['section'])} ({escape(c['source'])})"
        for c in sources
    ]
    return "\n".join(lines)


def persona_text(p: Any, lang: str) -> str:
    label = lambda key: i18n_t(f"conversation.persona.{key}", lang)  # noqa: E731
    return "\n".join(
        [
            f"*{escape(p.name)}*: {escape(p.demographics)}",
            f"• {label('wants')}: {escape('; '.join(p.motivations))}",
            f"• {label('pains')}: {escape('; '.join(p.pains))}",
            f"• {label('objections')}: {escape('; '.join(p.objections))}",
            f"• {label('scrolls')}: {escape(', '.join(p.where_they_scroll))}",
            f"• {label('angle')}: {escape(p.message_angle)}",
        ]
    )
