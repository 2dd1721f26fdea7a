"""Follow-up questions: "And for Stories?" after "How long should an A/B test run?".

A short question that opens with "and", "what about", "a co z", "a dla" ... names only what
changes; on its own it retrieves whatever mentions Stories.  Searched together with the
question before it, it finds the answer the marketer means.  Only the retrieval query and
the question the model reads change; the question as asked is what is stored and shown.
"""

from __future__ import annotations

from adsage.lang.folding import fold

# Openings (folded) that make a short question lean on the one before it.
_OPENINGS = (
    "and",
    "also",
    "what about",
    "how about",
    "same for",
    "and for",
    "a",
    "i",
    "oraz",
    "tez",
    "a co z",
    "a jak",
    "a dla",
    "a w",
    "to samo dla",
)
MAX_WORDS = 7  # longer questions say what they are about


def in_context(question: str, previous: str | None) -> str:
    """The question to search and answer with: a follow-up carries the previous question."""
    if not previous or not previous.strip():
        return question
    words = fold(question).strip(" ?!.").split()
    if not words or len(words) > MAX_WORDS:
        return question
    opening = any(words[: len(o.split())] == o.split() for o in _OPENINGS)
    return f"{previous.strip()} {question.strip()}" if opening else question


def anchor(question: str, previous: str | None) -> str:
    """The question a later follow-up should lean on: the topic question, not the follow-up
    ("And for Reels?" after "And for Stories?" still means the A/B test question)."""
    return previous or question if in_context(question, previous) != question else question
