"""Questions answered from the knowledge base, with numbered sources.

The answer itself is the conversation core's (:func:`adsage.advisor.conversation.answers.answer`:
the model's when one is configured and its answer holds up, else the extractive one); the chat
streams a model answer as it arrives and prints the sources under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adsage.advisor.conversation.answers import (  # noqa: F401 - the streaming pieces' home
    AnswerField,
    CanaryMask,
    Reply,
    validate,
)
from adsage.chat.texts import t

if TYPE_CHECKING:
    from adsage.chat.core import Chat


def _remember(chat: Chat, citations: list[Any]) -> None:
    chat.session.sources = [
        {"n": c.n, "title": c.title, "section": c.section, "source": c.source} for c in citations
    ]


def answer(chat: Chat, question: str) -> None:
    from adsage.advisor.conversation.answers import answer as core_answer
    from adsage.advisor.conversation.follow_up import anchor, in_context
    from adsage.security import MAX_QUESTION_CHARS

    if len(question) > MAX_QUESTION_CHARS:
        chat.out.error(t(chat.lang, "question_too_long", n=MAX_QUESTION_CHARS))
        return
    previous = chat.session.last_question
    chat.session.last_question = anchor(question, previous)
    if chat.settings.llm != "openai":
        answer_offline(chat, in_context(question, previous))
        return
    reply = core_answer(
        question,
        settings=chat.settings,
        searcher=chat.searcher,
        lang=chat.lang,
        show=chat.out.stream,  # Ctrl-C while streaming reaches Chat.handle
        previous=previous,
    )
    if reply.rejected:
        chat.out.hint(t(chat.lang, "llm_rejected", reason=reply.rejected))
    show(chat, reply)


def answer_offline(chat: Chat, question: str) -> None:
    from adsage.advisor.conversation.answers import extractive

    show(chat, extractive(chat.searcher, question, chat.lang))


def show(chat: Chat, reply: Reply) -> None:
    if not reply.found:
        chat.out.say(t(chat.lang, "no_answer"))
        return
    if not reply.streamed:
        chat.out.say(reply.text)
    chat.out.footnotes(reply.citations)
    _remember(chat, reply.citations)
