"""Objections and their answers: which brief fact answers a persona's question, if any.

A persona's objection is worth printing only with its answer, and a wrong answer is worse
than none: the fact must be on the question's topic (its words) and of the kind of fact
that answers it (``answer_kinds``), else the plan says what to show or what to ask the
client.  Also the brief text a persona's service must be named in, and the template fill
that drops an aside whose slot is empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from adsage.drafting.offline.answer_kinds import is_kind
from adsage.drafting.offline.categories import Objection
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.hygiene import capitalise, decapitalise, typography
from adsage.drafting.offline.phrases import Bank, fill
from adsage.models.brief import Brief

_EMPTY_PARENS = re.compile(r"\s*\([^()]*\{\w+\}[^()]*\)")


def brief_text(brief: Brief) -> str:
    """Everything the brief says about what it sells and how: a service a persona assumes
    must be named here (the landing page's path counts: ".../zamow", ".../order")."""
    path = re.sub(r"[/._?=&-]+", " ", brief.landing_url.split("://", 1)[-1])
    parts = [brief.product, brief.offer, *brief.benefits, brief.goal, brief.audience.description]
    return " \n ".join([*parts, path])


def answering(benefits: Sequence[str], words: Sequence[str], kind: str | None = None) -> list[str]:
    """Benefits that answer an objection (a word of its topic starts a word of theirs, so
    "free" is not found in "itch-free"), in brief order; with ``kind``, only those that are
    that kind of fact too (a price shares "turnus" with "Do the dates work?" but says
    nothing of the dates)."""
    return list(_answering(tuple(benefits), tuple(words), kind))


def answers(facts: Sequence[str], objection: Objection, offer: str = "") -> list[str]:
    """:func:`answering` for one objection: its topic words and the kind of fact it needs.
    A question about the offer itself is answered only by the offer (or a part of it),
    never by a benefit; ``offer`` is empty where only benefits are weighed."""
    if objection.offer_only:
        own = {offer, *clauses(offer)} - {""}
        facts = [f for f in facts if f in own]
    return answering(facts, objection.words, objection.kind)


@lru_cache(maxsize=4096)
def _answering(
    benefits: tuple[str, ...], words: tuple[str, ...], kind: str | None
) -> tuple[str, ...]:
    """Cached: each persona asks it for every objection, again for its slots and its copy."""
    found = [_topic(w) for w in words if w.strip()]
    return tuple(b for b in benefits if any(p.search(b) for p in found) and is_kind(b, kind))


@lru_cache(maxsize=1024)
def _topic(word: str) -> re.Pattern[str]:
    """A topic word where a word starts; a trailing space in the data ("bez ") asks for
    the whole word."""
    end = r"(?![^\W_])" if word.endswith(" ") else ""
    return re.compile(rf"(?<![^\W_]|-){re.escape(word.strip())}{end}", re.IGNORECASE)


def live_objections(
    objections: Sequence[Objection], brief: Brief, sells: str | None = None
) -> list[Objection]:
    """The objections that fit this business and are still open.  One that ``needs`` words
    the brief never uses is someone else's question (a watch for a language app, a free
    version the offer never mentions) and is dropped always; one whose ``moot`` stems appear
    in the product or offer (a free event, a signature, a visit) is answered already.  At
    least one fitting objection stays, so a persona never loses every question.  ``sells``:
    the brief's text (:func:`brief_text`) when the caller has it already."""
    text = [brief_text(brief) if sells is None else sells]
    fitting = [o for o in objections if not o.needs or answering(text, o.needs)]
    said = [brief.product, brief.offer]
    live = [o for o in fitting if not (o.moot and answering(said, o.moot))]
    return live or (fitting or list(objections))[:1]


def objection_lines(
    bank: Bank,
    objections: Sequence[Objection],
    facts: Facts,
    places: Sequence[str] = (),
    slots: dict[str, str] | None = None,
) -> list[str]:
    """Each objection with its answer: the offer or a benefit from the brief that answers
    it (each used once), the places the brief gives for one about the area, else the kind
    of proof the ad should show (which may name the brief's own words, ``slots``)."""
    # A compound fact ("3400 zł in 3 instalments; summer groups") answers each question
    # with its own part only: "When are the lessons?" is answered by the summer groups,
    # never by the price that shares the sentence.
    candidates = [p for f in (facts.offer, *facts.benefits) for p in clauses(f)]
    used: set[str] = set()
    out = []
    for o in objections:
        found = [
            c
            for c in answers(candidates, o, facts.offer)
            if c not in used and not (o.unless and answering([c], o.unless))
        ]
        # the part naming the question's first topic word answers it best (the summer
        # groups before the pick-up for "When are the lessons?")
        found.sort(key=lambda c: _first_topic(c, o.words))
        if found:
            used.add(found[0])
            line = bank.personas.proof_brief.format(q=o.q, proof=decapitalise(found[0]))
        elif o.place and places:
            line = bank.personas.proof_brief.format(q=o.q, proof=", ".join(places))
        elif o.ask:
            line = bank.personas.proof_ask.format(q=o.q, proof=capitalise(o.ask))
        else:
            line = bank.personas.proof_show.format(q=o.q, proof=loose_fill(o.proof, slots or {}))
        out.append(typography(line.replace("..", "."), facts.lang))
    return out


def clauses(fact: str) -> list[str]:
    """The parts of a brief fact joined by semicolons, each a statement of its own; a fact
    without one is a single part."""
    return [p.strip() for p in fact.split(";") if p.strip()]


def _first_topic(fact: str, words: Sequence[str]) -> int:
    """The position in ``words`` of the first topic word the fact names (a large number
    when it names none)."""
    for i, w in enumerate(words):
        if w.strip() and _topic(w).search(fact):
            return i
    return len(words)


def loose_fill(template: str, slots: dict[str, str]) -> str:
    """Fill a template; a parenthetical whose slot is empty is left out rather than shown."""
    filled = fill(template, slots)
    if filled is not None:
        return filled
    bare = _EMPTY_PARENS.sub("", template)
    return fill(bare, slots) or bare.split("{", 1)[0].rstrip(" :(,")
