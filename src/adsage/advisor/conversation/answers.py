"""A question answered from the knowledge base: by the model when one is configured, else
extractively, always with numbered sources.

Chat and Slack both call :func:`answer`; chat passes ``show`` to print the model's answer
as it streams, Slack collects it and posts it once.  The model answer is generated from the
retrieved snippets and then validated: it must be the JSON the answer prompt asks for, cite
only snippets it was given and not leak the system prompt's canary.  A rejected answer is
replaced by the extractive one, so an ungrounded model answer is never the last word.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from adsage.config import Settings

MAX_SENTENCES = 4
_FIELD = re.compile(r'"answer"\s*:\s*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

Show = Callable[[Iterable[str]], str]


@dataclass
class Reply:
    """An answer as a surface renders it.

    ``streamed`` says the text was already shown through ``show``; ``rejected`` holds why a
    model answer was replaced by the extractive one (surfaces may say so).
    """

    text: str
    lang: str
    citations: list[Any] = field(default_factory=list)
    found: bool = True
    by_model: bool = False
    streamed: bool = False
    rejected: str | None = None


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


def extractive(searcher: Any, question: str, lang: str) -> Reply:
    """The offline answer: sentences picked from the knowledge base, each cited."""
    from adsage.knowledge.answer import answer_question

    result = answer_question(searcher, question)
    said = result.lang if result.lang in ("en", "pl") else lang
    return Reply(result.answer, said, list(result.citations), found=result.found)


def answer(
    question: str,
    *,
    settings: Settings,
    searcher: Any,
    lang: str,
    show: Show | None = None,
    previous: str | None = None,
) -> Reply:
    """The answer to ``question``: the model's when one is configured and its answer holds
    up, otherwise the extractive one (with ``rejected`` saying why the model's was not used).

    ``previous`` is the conversation's last question: a follow-up ("And for Stories?") is
    searched and answered together with it."""
    from adsage.advisor.conversation.follow_up import in_context

    question = in_context(question, previous)
    if settings.llm != "openai":
        return extractive(searcher, question, lang)
    try:
        return with_model(question, settings=settings, searcher=searcher, show=show)
    except ValueError as exc:
        reply = extractive(searcher, question, lang)
        reply.rejected = str(exc)
        return reply


def _tokens(
    settings: Settings, messages: list[tuple[str, str]], fld: AnswerField, canary: str
) -> Iterator[str]:
    """Answer text as it streams, with the canary masked before anyone can see it:
    validation only runs once the stream ends, so the stream itself must not leak."""
    from adsage.drafting.llm import make_chat_model

    model = make_chat_model(settings, timeout=settings.llm_timeout)
    mask = CanaryMask(canary)
    for chunk in model.stream(messages):
        content = chunk.content if isinstance(chunk.content, str) else ""
        piece = mask.feed(fld.feed(content))
        if piece:
            yield piece
    rest = mask.flush()
    if rest:
        yield rest


def with_model(question: str, *, settings: Settings, searcher: Any, show: Show | None) -> Reply:
    """A grounded model answer; ValueError says why it cannot be used (the caller falls back)."""
    import httpx2
    import openai

    from adsage.drafting.llm import LANGUAGES
    from adsage.knowledge.answer import Citation, model_safe
    from adsage.lang.detect import detect_lang
    from adsage.prompts import render

    lang = detect_lang(question)
    hits = searcher.search(question, 5, lang=lang) or searcher.search(question, 5)
    hits = model_safe(hits)  # flagged chunks never reach the model
    hits = [h for h in hits if not h.is_intro][:4] or hits[:4]
    if not hits:
        return Reply("", lang, found=False)
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
    fld = AnswerField()
    tokens = _tokens(settings, messages, fld, canary)
    try:
        text = show(tokens) if show is not None else "".join(tokens)
    except (openai.APIError, httpx2.HTTPError) as exc:
        # A dropped stream is the endpoint's fault, not the question's: answer from the
        # knowledge base instead of leaving the user with half a sentence.
        raise ValueError(f"the connection dropped mid-answer ({type(exc).__name__})") from None
    _, cited = validate(fld.buffer, len(hits), canary)
    citations = [
        Citation(n, h.id, h.title, h.section, h.source, h.lang)
        for n, h in ((n, hits[n - 1]) for n in cited)
    ]
    return Reply(text, lang, citations, by_model=True, streamed=show is not None)
