"""One chat turn: a slash command, a routed request, brief details or a question.

``Chat.handle`` never raises for bad input: every :class:`AdsageError` becomes one line and the
conversation goes on, and Ctrl-C stops only the work in progress.  The user's message is
stored before anything runs and the reply right after, so a crash loses at most the message
being typed.
"""

from __future__ import annotations

import difflib
import shlex
from typing import TYPE_CHECKING, Any

from adsage.chat.output import Output
from adsage.chat.session import ChatSession, Sessions
from adsage.chat.texts import t
from adsage.errors import AdsageError, BadInput

if TYPE_CHECKING:
    from adsage.advisor.conversation.understanding import Turn
    from adsage.config import Settings
    from adsage.drafting.base import Engine


class Chat:
    """A conversation bound to one session; surfaces feed it lines and read ``out``."""

    def __init__(
        self,
        settings: Settings,
        session: ChatSession,
        sessions: Sessions,
        *,
        out: Output | None = None,
        searcher: Any | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.settings = settings
        self.session = session
        self.sessions = sessions
        self.out = out or Output()
        self._searcher = searcher
        self._engine = engine
        self.last_variants: Any | None = None
        self.last_turn: Turn | None = None
        self.lang = session.lang
        self.running = True
        self.multiline = False

    # -- lazily built core pieces -----------------------------------------------------------

    @property
    def searcher(self) -> Any:
        if self._searcher is None:
            from adsage.knowledge.ingest import ready_searcher

            announce = lambda: self.out.hint(t(self.lang, "indexing"))  # noqa: E731
            self._searcher = ready_searcher(self.settings, announce=announce)
        return self._searcher

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from adsage.advisor.plan import make_engine

            self._engine = make_engine(self.settings)
        return self._engine

    def brief(self) -> Any:
        """The working brief as a validated Brief, or BadInput listing what is missing."""
        from adsage.advisor.brief_extract import missing_fields, to_brief

        missing = missing_fields(self.session.brief)
        if missing:
            raise BadInput(t(self.lang, "need_more", fields=", ".join(missing)))
        return to_brief(self.session.brief)

    # -- a turn -------------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """Process one message; False once the user asked to leave."""
        from adsage.security import MAX_CHAT_CHARS, redact

        text = line.strip()
        if not text:
            return self.running
        if len(text) > MAX_CHAT_CHARS:  # refused before it is stored or parsed
            self.out.error(t(self.lang, "message_too_long", size=len(text), n=MAX_CHAT_CHARS))
            self.sessions.log(self.session, "assistant", self.out.take_transcript())
            return self.running
        # A pasted key is redacted before anything sees it: the working brief, the model
        # prompt and the session history in state.sqlite.
        text = redact(text)
        self.sessions.log(self.session, "user", text)
        try:
            if text.startswith("/"):
                self.command(text)
            else:
                self.free_text(text)
        except KeyboardInterrupt:
            self.out.hint(t(self.lang, "stopped"))
        except AdsageError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "error"
            self.out.error(redact(first))
        except Exception as exc:  # a chat must survive a broken dependency or endpoint
            detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
            self.out.error(redact(f"error: {type(exc).__name__}: {detail}"))
        finally:
            self.session.lang = self.lang
            self.sessions.save(self.session)
            reply = self.out.take_transcript()
            if reply:
                self.sessions.log(self.session, "assistant", redact(reply))
        return self.running

    def command(self, text: str) -> None:
        from adsage.chat.commands import COMMANDS

        name, _, rest = text[1:].partition(" ")
        name = name.strip().lower()
        spec = COMMANDS.get(name)
        if spec is None:
            self.out.error(t(self.lang, "unknown", name=name))
            close = difflib.get_close_matches(name, list(COMMANDS), n=1, cutoff=0.4)
            self.out.hint(t(self.lang, "did_you_mean", close=close[0]) if close else "/help")
            return
        try:
            args = shlex.split(rest)
        except ValueError:
            args = rest.split()
        spec.run(self, args, rest.strip())

    def free_text(self, text: str) -> None:
        from adsage.advisor.conversation.model_turn import wants_model
        from adsage.advisor.conversation.understanding import understand

        turn = understand(text, lang=self.lang, brief=self.session.brief)
        if wants_model(turn, self.settings):
            from adsage.chat.model import model_turn

            model_turn(self, text)
            return
        self.last_turn = turn
        self.lang = turn.lang
        self.session.brief = turn.brief
        if turn.changed:
            self.report_brief_changes(list(turn.changed), quiet=turn.intent is not None)
        if turn.intent is not None:
            from adsage.chat.commands import run_intent

            self.out.hint(t(self.lang, "routed", command=turn.intent.as_command()))
            run_intent(self, turn.intent)
            return
        if turn.kind == "question":
            from adsage.chat.answer import answer

            answer(self, text)

    def report_brief_changes(self, changed: list[str], *, quiet: bool = False) -> None:
        from adsage.advisor.brief_extract import missing_fields
        from adsage.advisor.brief_fields import flat_fields

        flat = flat_fields(self.session.brief)
        picked = "; ".join(f"{k} = {flat[k]}" for k in changed if k in flat)
        self.out.say(t(self.lang, "picked", fields=picked))
        if quiet:
            return
        missing = missing_fields(self.session.brief)
        if missing:
            self.out.hint(t(self.lang, "missing", fields=", ".join(missing)))
        else:
            self.out.hint(t(self.lang, "complete"))
