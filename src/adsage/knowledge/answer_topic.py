"""Whether a sentence is on the question's topic, by the question's key terms.

Meaning alone lets an answer drift: "What budget for a garage in Rzeszów?" sits close in
meaning to a sentence about multilingual ad sets that happens to say "budget", and an
extractive answer then quotes Dutch and French ad sets to a local garage.  A sentence stays
in an answer only when it shares a key term with the question in its section heading or in
its own words; a term that most retrieved sections share (the question's main word, such as
"budget") counts only in a heading, since a sentence that mentions it in passing under a
heading about something else is not on topic.

Key terms are the question's words folded (diacritics off, so "budżet" and "budzet" meet) and
cut to a short prefix after the commonest English and Polish endings are dropped, so "tests"
meets "test" and "warsztatu" meets "warsztat"; words every ad question shares ("ad",
"reklama", "Facebook") are not a topic.
"""

from __future__ import annotations

from adsage.knowledge.terms import terms, words
from adsage.lang.folding import fold

PREFIX = 5
# words any question about Meta ads may contain, and the words that only ask ("how much"):
# they say nothing about its topic
_GENERIC = frozenset(
    """
    ad ads adver rekla meta faceb insta fb ig campa kampa much many long get need
    """.split()  # noqa: SIM905
)
# endings dropped before the prefix cut (longest first, on folded words): English plurals and
# verb forms, common Polish case endings ("celu", "celów" -> "cel")
_ENDINGS = (
    "ing",
    "ies",
    "ami",
    "ach",
    "es",
    "ed",
    "ow",
    "om",
    "em",
    "ie",
    "s",
    "y",
    "u",
    "a",
    "e",
    "i",
)


def stem(word: str) -> str:
    """A word's topic stem: folded, one common ending off, then a short prefix."""
    w = fold(word)
    if w.isdigit():
        return w
    for end in _ENDINGS:
        if len(w) - len(end) >= 3 and w.endswith(end):
            w = w[: -len(end)]
            break
    return w[:PREFIX]


def topic_terms(text: str) -> set[str]:
    """The stems of ``text``'s content words (stop words and generic ad words left out)."""
    out = {stem(w) for w in words(text) if terms(w) and fold(w)[:PREFIX] not in _GENERIC}
    return {s for s in out if s not in _GENERIC and len(s) > 1}


def weak_terms(key: set[str], sections: list[str]) -> set[str]:
    """Key terms at least half the retrieved sections share: the whole pool is about them
    ("budget" for a budget question), so a sentence that only repeats one says nothing about
    which part of the question it answers."""
    if not sections:
        return set()
    heads = [topic_terms(s) for s in sections]
    return {k for k in key if 2 * sum(k in h for h in heads) >= len(heads)}


def on_topic(key: set[str], sentence: str, section: str = "", weak: set[str] | None = None) -> bool:
    """Whether ``sentence`` (under ``section``) stays on the topic named by ``key``: its
    heading shares a key term, or its own words share one that is not ``weak``.

    With no key terms (the question is all generic words) nothing can be judged off topic."""
    if not key:
        return True
    if key & topic_terms(section):
        return True
    return bool((key - (weak or set())) & topic_terms(sentence))


def metric_acronyms(question: str) -> list[str]:
    """The acronyms of the metrics a question names in words ("koszt pozyskania kontaktu"
    is CPL, "return on ad spend" is ROAS), when it does not already use them.

    Guidance states benchmarks by acronym ("CPL 27,66 USD"), so a question worded out in full
    would otherwise miss the very sentences that answer it.  The words come from the goal
    lexicon, the one place metric names live."""
    from adsage.checks.goal.lexicon import load_lexicon
    from adsage.errors import BadInput

    try:
        lex = load_lexicon()
    except BadInput:  # a knowledge folder of the user's own, without the rule files
        return []
    folded = fold(question).lower()
    have = {w.lower() for w in words(question)}
    out: list[str] = []
    for m in lex.mentions(folded):
        if m.metric is None:
            continue
        name = lex.entry(m.metric).name.get("en", "")
        if name.isupper() and name.isalpha() and name.lower() not in have and name not in out:
            out.append(name)
    return out
