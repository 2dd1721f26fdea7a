"""Input loops: prompt_toolkit on a terminal, plain lines from a pipe.

The terminal loop gets history (a file under ADSAGE_HOME), completion of slash commands and a
multi-line mode toggled with Esc+M (then Esc+Enter sends).  Ctrl-C at the prompt clears the
line, Ctrl-C during an answer stops the answer (see :meth:`Chat.handle`), Ctrl-D leaves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.chat.texts import t

if TYPE_CHECKING:
    from prompt_toolkit.completion import CompleteEvent, Completion
    from prompt_toolkit.document import Document

    from adsage.chat.core import Chat


def _completer() -> Any:
    from prompt_toolkit.completion import Completer, Completion

    from adsage.advisor.brief_fields import FIELDS
    from adsage.chat.commands import COMMANDS
    from adsage.chat.draft import VARY

    second = {"set": list(FIELDS), "variants": list(VARY), "check": ["goal", "copy"]}

    class SlashCompleter(Completer):
        """Command names after "/", then the fields a command takes."""

        def get_completions(
            self, document: Document, complete_event: CompleteEvent
        ) -> Iterator[Completion]:
            text = document.text_before_cursor
            if not text.startswith("/"):
                return
            name, space, rest = text[1:].partition(" ")
            if not space:
                for c in COMMANDS:
                    if c.startswith(name.lower()):
                        yield Completion(f"/{c}", start_position=-len(text))
                return
            if " " in rest:
                return
            for option in second.get(name.lower(), []):
                if option.startswith(rest.lower()):
                    yield Completion(option, start_position=-len(rest))

    return SlashCompleter()


def run_terminal(chat: Chat, *, history: Path | None = None) -> None:
    """The interactive loop; input and output come from the current prompt_toolkit session."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @bindings.add("escape", "m")
    def _toggle(event: Any) -> None:
        chat.multiline = not chat.multiline

    def prompt() -> str:
        return "... " if chat.multiline else "> "

    if history is not None:
        history.parent.mkdir(parents=True, exist_ok=True)
    session: PromptSession[str] = PromptSession(
        history=FileHistory(str(history)) if history else InMemoryHistory(),
        completer=_completer(),
        complete_while_typing=False,
        multiline=Condition(lambda: chat.multiline),
        key_bindings=bindings,
    )
    while chat.running:
        try:
            line = session.prompt(prompt)
        except KeyboardInterrupt:
            continue
        except EOFError:
            chat.handle("/exit")
            break
        chat.handle(line)


def run_lines(chat: Chat, lines: Iterable[str]) -> None:
    """Answer each line of a pipe in turn; stops at /exit or the end of input."""
    for line in lines:
        if not chat.handle(line.rstrip("\r\n")):
            break


def welcome(chat: Chat, resumed: bool) -> None:
    if resumed:
        n = len(chat.sessions.history(chat.session))
        chat.out.hint(t(chat.lang, "resumed", id=chat.session.id, n=n))
        for item in chat.sessions.history(chat.session, last=4):
            who = "you" if item.get("role") == "user" else "adsage"
            first = str(item.get("text", "")).splitlines()[:1]
            chat.out.hint(f"  {who}: {first[0][:100] if first else ''}")
    else:
        chat.out.hint(t(chat.lang, "welcome", id=chat.session.id))
    chat.out.take_transcript()  # the greeting is not part of the history
