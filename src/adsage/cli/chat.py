"""``adsage chat``: the conversational advisor in a terminal or a pipe."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from adsage.errors import BadInput


def start_chat(
    resume: str | None = None,
    llm: str | None = None,
    lang: str | None = None,
    *,
    out: Any | None = None,
    searcher: Any | None = None,
) -> Any:
    """The settings, session and :class:`Chat` for the options (shared with tests)."""
    from adsage.chat.core import Chat
    from adsage.chat.output import Output
    from adsage.chat.session import Sessions
    from adsage.cli.options import llm_settings
    from adsage.state.store import open_state

    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang must be en or pl, not '{lang}'")
    settings = llm_settings(llm)
    sessions = Sessions(open_state(settings))
    if resume is None:
        session = sessions.new(lang or "en")
    else:
        session = sessions.load(resume or None)
        if lang:
            session.lang = lang
    return Chat(settings, session, sessions, out=out or Output(), searcher=searcher)


def chat(
    session_id: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="Session to continue with --resume.", show_default=False),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Continue the last session, or session ID (--resume ID)."),
    ] = False,
    llm: Annotated[
        str | None,
        typer.Option("--llm", help="Answers: offline (default) or openai.", metavar="ENGINE"),
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Reply language: en or pl.", metavar="LANG")
    ] = None,
) -> None:
    """Talk about a campaign: fill a brief, ask questions, draft and check (/help inside)."""
    from adsage.chat.repl import run_lines, run_terminal, welcome

    if session_id is not None and not resume:
        raise BadInput(f"to continue session {session_id} use: adsage chat --resume {session_id}")
    c = start_chat((session_id or "") if resume else None, llm, lang)
    welcome(c, resumed=resume)
    if sys.stdin.isatty():
        run_terminal(c, history=c.settings.home / "chat_history")
    else:
        run_lines(c, sys.stdin)


def register(app: typer.Typer) -> None:
    app.command()(chat)
