"""Offline, extractive answers: the best sentences from the best chunks, with citations.

Without a model, adsage must still answer from its knowledge and show where each sentence
came from.  Sentences are ranked by meaning (the same encoder as the index) plus keyword
overlap, near-duplicates are dropped, and the question's language is preferred when the
knowledge covers it.

When the user's own documents cover the question they come first in the search (see
:mod:`adsage.knowledge.search`), and then the answer is drawn from them alone and says so in
the question's language: the user's guidance outranks the bundled one, and a sentence from it
is quoted as written (offline there is nothing to translate it with).

An answer says only what is on the question's topic: a sentence must share the question's
key terms (see :mod:`adsage.knowledge.answer_topic`) and score near the best one, so a short
answer is preferred to one padded with the nearest unrelated guidance.  A question that asks
for a form ("how long", "what budget") searches a wider pool, since the sentence that gives
the form often sits in a lower-ranked section, and when no sentence gives it the answer says
so in one catalogue sentence instead of pretending.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import takewhile
from typing import Any

from adsage.i18n.catalogue import t
from adsage.knowledge.answer_form import Asked, asked_form
from adsage.knowledge.answer_topic import metric_acronyms, on_topic, topic_terms, weak_terms
from adsage.knowledge.poison import is_suspect
from adsage.knowledge.search import Hit, Searcher
from adsage.knowledge.terms import terms
from adsage.lang.detect import detect_lang

MAX_SENTENCES = 4
MIN_RELEVANCE = 0.25
# a sentence in the form the question asks for ("how long" -> "at least 7 days"), on its topic
FORM_BONUS = 0.3
# a sentence scoring below this share of the best one is padding, not an answer
RELATIVE_FLOOR = 0.75


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
    # what the guidance does not give that the question asked for; already the answer's last
    # sentence, so the JSON shape (shared with the MCP tool) stays as it was
    note: str = ""

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
    lang = detect_lang(question)
    asked = asked_form(question)
    pool = 2 * k + 1 if asked else k + 1
    # a metric asked for in words is also searched by its acronym, the form benchmarks use
    wide = " ".join([question, *metric_acronyms(question)])
    query = f"{wide} {asked.cue(lang)}".strip() if asked else wide
    hits = model_safe(searcher.search(query, pool, lang=lang) or searcher.search(query, pool))
    # A document's opening overview matches every question and answers none of them.
    focused = [h for h in hits if not h.is_intro]
    hits = focused or hits
    settings = getattr(searcher, "settings", None)
    if getattr(settings, "knowledge_priority", "mine") == "mine":
        hits = own_first(hits)
    hits = hits[: 2 * k if asked else k]
    chosen = _choose(searcher, hits, question, lang, asked)
    if not chosen:
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
    note = _unknown(asked, question, [(hits[hi], text) for _, hi, text in chosen], lang)
    if note:
        answer = f"{answer} {note}"
    lead = _own_lead(citations, lang)
    return Answer(
        question=question,
        lang=lang,
        answer=f"{lead} {answer}" if lead else answer,
        sentences=parts,
        citations=citations,
        note=note,
    )


def _choose(
    searcher: Searcher, hits: list[Hit], question: str, lang: str, asked: Asked | None
) -> list[tuple[float, int, str]]:
    """The answer's sentences as ``(score, hit index, text)``: on the question's topic, near
    the best score (or giving the asked-for form's rule), no near-duplicates, at most
    MAX_SENTENCES."""
    from adsage.knowledge.embedding import embed

    cands = _candidates(searcher, hits)
    if not cands:
        return []
    qvec = embed([question])[0]
    qterms = set(terms(question))
    key = topic_terms(f"{question} {asked.subject}" if asked else question)
    weak = weak_terms(key, [h.section for h in hits])
    scored = []
    for hi, text, vec in cands:
        hit = hits[hi]
        # The best chunk is trusted to its meaning (a synonym is no reason to drop it); a
        # lower one must share the question's key terms.  Key terms only meet in one
        # language, so a cross-language chunk is judged by meaning alone.
        if hi and hit.lang == lang and not on_topic(key, text, hit.section, weak):
            continue
        overlap = len(qterms & set(terms(text))) / (len(qterms) or 1)
        rank_bonus = 0.15 * (len(hits) - hi) / len(hits)
        strength = asked.strength(text, hit.section) if asked else 0.0
        score = float(vec @ qvec) + 0.3 * overlap + rank_bonus + FORM_BONUS * strength
        scored.append((score, hi, text, strength >= 1))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best = scored[0][0]
    if best < MIN_RELEVANCE:
        return []
    floor = max(MIN_RELEVANCE, RELATIVE_FLOOR * best)
    chosen: list[tuple[float, int, str]] = []
    for score, hi, text, rule in scored:
        # a sentence giving the asked-for form's rule is the answer, not padding
        if score < floor and not (rule and score >= MIN_RELEVANCE):
            continue
        own = set(terms(text))
        if any(_jaccard(own, set(terms(c[2]))) > 0.6 for c in chosen):
            continue
        chosen.append((score, hi, text))
        if len(chosen) == MAX_SENTENCES:
            break
    return chosen


def _unknown(asked: Asked | None, question: str, said: list[tuple[Hit, str]], lang: str) -> str:
    """One sentence saying what the question asked for that the chosen sentences lack: the
    asked-for form itself, or (for a budget) a figure for the question's own case when only a
    general method was found.  Never a figure of its own."""
    if asked is None or any(hit.lang != lang for hit, _ in said):
        return ""  # the form's words only meet in one language: no verdict across two
    if not any(asked.answers(text, hit.section) for hit, text in said):
        return t(f"knowledge.unknown.{asked.form}", lang)
    if asked.form != "budget":
        return ""
    covered = set().union(*(topic_terms(f"{hit.section} {text}") for hit, text in said))
    case = topic_terms(question) - covered
    return t("knowledge.unknown.budget_case", lang) if case else ""


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
