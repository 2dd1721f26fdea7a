"""Offline, extractive answers: the best sentences from the best chunks, with citations.

Without a model, adsage must still answer from its knowledge and show where each sentence
came from.  Sentences are ranked by meaning (the same encoder as the index) plus keyword
overlap, near-duplicates are dropped, and the question's language is preferred when the
knowledge covers it.

When the user's own documents cover the question they come first in the search (see
:mod:`adsage.knowledge.search`), and then the answer is drawn from them alone and says so in
the question's language: the user's guidance outranks the bundled one, and a sentence from it
is quoted as written (offline there is nothing to translate it with).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from adsage.i18n.catalogue import t
from adsage.knowledge.answer_form import asked_form
from adsage.knowledge.poison import is_suspect
from adsage.knowledge.search import Hit, Searcher
from adsage.knowledge.terms import terms
from adsage.lang.detect import detect_lang

MAX_SENTENCES = 4
MIN_RELEVANCE = 0.25
# a sentence in the form the question asks for ("how long" -> "at least 7 days"), on its topic
FORM_BONUS = 0.3


@dataclass
class Citation:
    n: int
    id: str
    title: str
    section: str
    source: str
    lang: str
    origin: str = "bundled"  # "mine": a document the user indexed

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Answer:
    question: str
    lang: str
    answer: str
    sentences: list[dict[str, Any]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.sentences)

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "lang": self.lang,
            "answer": self.answer,
            "sentences": self.sentences,
            "citations": [c.as_dict() for c in self.citations],
        }


def model_safe(hits: list[Hit]) -> list[Hit]:
    """Hits that may steer an answer: flagged chunks (planted instructions, foreign links)
    stay searchable but are never quoted as an answer or handed to a model."""
    return [h for h in hits if not is_suspect(h.flags)]


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _candidates(searcher: Searcher, hits: list[Hit]) -> list[tuple[int, str, Any]]:
    """Answer candidates: each hit's sentences with the vectors stored at index time."""
    units = searcher.sentence_vectors([h.id for h in hits])
    out: list[tuple[int, str, Any]] = []
    for hi, hit in enumerate(hits):
        entry = units.get(hit.id)
        if entry is None:
            continue
        for text, vec in zip(*entry, strict=True):
            if text == hit.section or not 25 <= len(text) <= 400 or text.startswith(("|", "#")):
                continue
            out.append((hi, text, vec))
    return out


def answer_question(searcher: Searcher, question: str, *, k: int = 4) -> Answer:
    """Answer from the index; falls back to any language when the question's has nothing."""
    from adsage.knowledge.embedding import embed

    lang = detect_lang(question)
    hits = model_safe(
        searcher.search(question, k + 1, lang=lang) or searcher.search(question, k + 1)
    )
    # A document's opening overview matches every question and answers none of them.
    focused = [h for h in hits if not h.is_intro]
    hits = focused or hits
    settings = getattr(searcher, "settings", None)
    if getattr(settings, "knowledge_priority", "mine") == "mine":
        hits = own_first(hits)
    hits = hits[:k]
    cands = _candidates(searcher, hits)
    if not cands:
        return Answer(question=question, lang=lang, answer="")
    qvec = embed([question])[0]
    qterms = set(terms(question))
    asked = asked_form(question)
    scored = []
    for hi, text, vec in cands:
        overlap = len(qterms & set(terms(text))) / (len(qterms) or 1)
        rank_bonus = 0.15 * (len(hits) - hi) / len(hits)
        form = FORM_BONUS if asked and asked.answers(text, hits[hi].section) else 0.0
        scored.append((float(vec @ qvec) + 0.3 * overlap + rank_bonus + form, hi, text))
    scored.sort(key=lambda x: -x[0])
    chosen: list[tuple[float, int, str]] = []
    for score, hi, text in scored:
        if score < MIN_RELEVANCE and chosen:
            break
        t = set(terms(text))
        if any(_jaccard(t, set(terms(c[2]))) > 0.6 for c in chosen):
            continue
        chosen.append((score, hi, text))
        if len(chosen) == MAX_SENTENCES:
            break
    if not chosen or chosen[0][0] < MIN_RELEVANCE:
        return Answer(question=question, lang=lang, answer="")
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    for _, hi, _ in sorted(chosen, key=lambda c: c[1]):
        if hi not in numbers:
            numbers[hi] = len(numbers) + 1
            h = hits[hi]
            citations.append(
                Citation(numbers[hi], h.id, h.title, h.section, h.source, h.lang, h.origin)
            )
    ordered = sorted(chosen, key=lambda c: (c[1], -c[0]))
    parts = [
        {"text": text, "citation": numbers[hi], "lang": hits[hi].lang} for _, hi, text in ordered
    ]
    answer = " ".join(f"{p['text']} [{p['citation']}]" for p in parts)
    lead = _own_lead(citations, lang)
    return Answer(
        question=question,
        lang=lang,
        answer=f"{lead} {answer}" if lead else answer,
        sentences=parts,
        citations=citations,
    )


def own_first(hits: list[Hit]) -> list[Hit]:
    """The user's own chunks when the search put them first (under the "mine" priority that
    means they cover the question): the answer then rests on them alone, not on a mix."""
    lead = list(takewhile(lambda h: h.origin == "mine", hits))
    return lead or hits


def _own_lead(citations: list[Citation], lang: str) -> str:
    """The opening words that say the answer is the user's own guidance, and in which language
    it is quoted when that is not the question's."""
    if not citations or any(c.origin != "mine" for c in citations):
        return ""
    other = sorted({c.lang for c in citations if c.lang != lang and c.lang in ("en", "pl")})
    if not other:
        return t("knowledge.from_mine", lang)
    names = ", ".join(t(f"knowledge.lang.{o}", lang) for o in other)
    return t("knowledge.from_mine_quoted", lang, language=names)
