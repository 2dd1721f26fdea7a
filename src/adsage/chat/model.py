"""The chat's side of a model turn: call the conversation core, render what it returns.

The core (:func:`adsage.advisor.conversation.model_turn.converse`) reads the brief, runs the
model's tool calls and checks its reply; the chat stores the brief, prints the reply, the
check reports and the sources, and the plan when one was built.  Slash commands never come
here: they stay deterministic.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from adsage.i18n import t as t_common

if TYPE_CHECKING:
    from adsage.advisor.conversation.model_turn import ModelTurn
    from adsage.chat.core import Chat


def model_turn(chat: Chat, text: str) -> ModelTurn:
    from adsage.advisor.conversation.model_turn import converse

    result = converse(
        text,
        lang=chat.lang,
        brief=chat.session.brief,
        settings=chat.settings,
        searcher=lambda: chat.searcher,
        engine=chat.engine,
        files_root=chat.settings.files_root or Path.cwd(),
        history=chat.sessions.history(chat.session, last=chat.settings.chat_history + 1),
    )
    chat.last_turn = result.turn
    chat.lang = result.lang
    chat.session.brief = result.brief
    show(chat, result)
    return result


def show(chat: Chat, result: ModelTurn) -> None:
    if result.changed:
        chat.report_brief_changes(result.changed, quiet=bool(result.text))
    for note in result.notes():
        chat.out.hint(note)
    if result.stopped is not None:
        chat.out.error(result.text)
    elif result.rejected is not None:
        chat.out.hint(result.text)
    elif result.text:
        chat.out.say(result.text)
    for check in result.checks:
        title = t_common(f"conversation.check.{check.name}", chat.lang)
        chat.out.report(title, check.report.findings, check.report.ok, chat.lang)
    if result.plan is not None:
        from adsage.render.plan_md import plan_markdown

        chat.out.markdown(plan_markdown(result.plan))
    cited = result.cited()
    if cited:
        chat.out.footnotes([SimpleNamespace(**c) for c in cited])
        chat.session.sources = [
            {k: c[k] for k in ("n", "title", "section", "source")} for c in cited
        ]
