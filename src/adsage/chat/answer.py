"""Questions answered from the knowledge base, with numbered sources.

Offline the answer is extractive (:func:`adsage.knowledge.answer.answer_question`).  With a
model configured the answer is generated from the same retrieved snippets, streamed token by
token, and then validated: it must be the JSON the answer prompt asks for, cite only snippets
it was given and not leak the system prompt's canary.  A rejected answer is replaced by the
extractive one, so an ungrounded model answer is never the last word.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from adsage.chat.texts import t

if TYPE_CHECKING:
    from adsage.chat.core import Chat

MAX_SENTENCES = 4
_FIELD = re.compile(r'"answer"\s*:\s*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class AnswerField:
    """Streams the decoded value of ``"answer"`` out of a JSON object arriving in pieces."""

    def __init__(self) -> None:
        self.buffer = ""
        self._pos: int | None = None  # next undecoded character of the value
        self.done = False

    def feed(self, piece: str) -> str:
        self.buffer += piece
        if self._pos is None:
            m = _FIELD.search(self.buffer)
            if m is None:
                return ""
            self._pos = m.end()
        out: list[str] = []
        buf, i = self.buffer, self._pos
        while i < len(buf) and not self.done:
            c = buf[i]
            if c == '"':
                self.done = True
                i += 1
            elif c == "\\":
                if i + 1 >= len(buf):
                    break
                e = buf[i + 1]
                if e == "u":
                    if i + 6 > len(buf):
                        break
                    out.append(chr(int(buf[i + 2 : i + 6], 16)))
                    i += 6
                else:
                    out.append(_ESCAPES.get(e, e))
                    i += 2
            else:
                out.append(c)
                i += 1
        self._pos = i
        return "".join(out)


def _remember(chat: Chat, citations: list[Any]) -> None:
    chat.session.sources = [
        {"n": c.n, "title": c.title, "section": c.section, "source": c.source} for c in citations
    ]


def answer(chat: Chat, question: str) -> None:
    from adsage.security import MAX_QUESTION_CHARS

    if len(question) > MAX_QUESTION_CHARS:
        chat.out.error(t(chat.lang, "question_too_long", n=MAX_QUESTION_CHARS))
        return
    if chat.settings.llm == "openai" and answer_with_model(chat, question):
        return
    answer_offline(chat, question)


def answer_offline(chat: Chat, question: str) -> None:
    from adsage.knowledge.answer import answer_question

    result = answer_question(chat.searcher, question)
    if not result.found:
        chat.out.say(t(chat.lang, "no_answer"))
        return
    chat.out.say(result.answer)
    chat.out.footnotes(result.citations)
    _remember(chat, result.citations)


def _tokens(
    chat: Chat, messages: list[tuple[str, str]], field: AnswerField, canary: str
) -> Iterator[str]:
    """Answer text as it streams, with the canary masked before the user can see it:
    validation only runs once the stream ends, so the stream itself must not leak."""
    from adsage.drafting.llm import make_chat_model

    model = make_chat_model(chat.settings, timeout=chat.settings.llm_timeout)
    mask = CanaryMask(canary)
    for chunk in model.stream(messages):
        content = chunk.content if isinstance(chunk.content, str) else ""
        piece = mask.feed(field.feed(content))
        if piece:
            yield piece
    rest = mask.flush()
    if rest:
        yield rest


class CanaryMask:
    """Streams text with every occurrence of ``canary`` replaced, holding back only a tail
    that could still grow into the canary."""

    def __init__(self, canary: str) -> None:
        self.canary = canary
        self.pending = ""

    def feed(self, piece: str) -> str:
        self.pending = (self.pending + piece).replace(self.canary, "[...]")
        for k in range(min(len(self.canary) - 1, len(self.pending)), 0, -1):
            if self.canary.startswith(self.pending[-k:]):
                out, self.pending = self.pending[:-k], self.pending[-k:]
                return out
        out, self.pending = self.pending, ""
        return out

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def validate(raw: str, n_snippets: int, canary: str) -> tuple[str, list[int]]:
    """``(answer, sources)`` from the model's JSON, or ValueError saying what is wrong."""
    try:
        data = json.loads(raw.strip().removeprefix("```json").removesuffix("```"))
    except json.JSONDecodeError:
        raise ValueError("not the JSON object asked for") from None
    if not isinstance(data, dict) or not isinstance(data.get("answer"), str):
        raise ValueError("no answer text")
    text = data["answer"]
    if canary in raw:
        raise ValueError("it repeated its instructions")
    sources = data.get("sources") or []
    if not isinstance(sources, list) or not all(isinstance(s, int) for s in sources):
        raise ValueError("sources must be snippet numbers")
    cited = {int(m) for m in re.findall(r"\[(\d+)\]", text)} | set(sources)
    unknown = sorted(n for n in cited if not 1 <= n <= n_snippets)
    if unknown:
        raise ValueError(f"it cited snippets that do not exist ({unknown})")
    if not cited and text.strip():
        raise ValueError("it cited no snippet")
    return text, sorted(cited)


def answer_with_model(chat: Chat, question: str) -> bool:
    """Stream a grounded answer; False when it failed validation (the caller falls back)."""
    from adsage.drafting.llm import LANGUAGES
    from adsage.knowledge.answer import Citation, model_safe
    from adsage.lang.detect import detect_lang
    from adsage.prompts import render

    lang = detect_lang(question)
    hits = chat.searcher.search(question, 5, lang=lang) or chat.searcher.search(question, 5)
    hits = model_safe(hits)  # flagged chunks never reach the model
    hits = [h for h in hits if not h.is_intro][:4] or hits[:4]
    if not hits:
        chat.out.say(t(chat.lang, "no_answer"))
        return True
    canary = f"ADSAGE-CANARY-{secrets.token_hex(6)}"
    name = LANGUAGES.get(lang, lang)
    knowledge = [
        {"n": i, "title": h.title, "section": h.section, "text": h.text}
        for i, h in enumerate(hits, 1)
    ]
    messages = [
        ("system", render("system", canary=canary, lang=lang, language_name=name)),
        (
            "user",
            render(
                "answer",
                question=question,
                knowledge=knowledge,
                language_name=name,
                max_sentences=MAX_SENTENCES,
            ),
        ),
    ]
    field = AnswerField()
    import httpx2
    import openai

    try:
        chat.out.stream(_tokens(chat, messages, field, canary))  # Ctrl-C reaches Chat.handle
    except (openai.APIError, httpx2.HTTPError) as exc:
        # A dropped stream is the endpoint's fault, not the question's: answer from the
        # knowledge base instead of leaving the user with half a sentence.
        reason = f"the connection dropped mid-answer ({type(exc).__name__})"
        chat.out.hint(t(chat.lang, "llm_rejected", reason=reason))
        return False
    try:
        _, cited = validate(field.buffer, len(hits), canary)
    except ValueError as exc:
        chat.out.hint(t(chat.lang, "llm_rejected", reason=exc))
        return False
    citations = [
        Citation(
            n,
            hits[n - 1].id,
            hits[n - 1].title,
            hits[n - 1].section,
            hits[n - 1].source,
            hits[n - 1].lang,
        )
        for n in cited
    ]
    chat.out.footnotes(citations)
    _remember(chat, citations)
    return True
