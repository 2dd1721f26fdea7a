"""Fast matching of hand-written lexicons over ad text.

Copy checks run in drafting loops and batch evals, so the common case (clean copy) must be
cheap.  Every lexicon entry starts with a plain literal; a text's word prefixes are indexed
once, and a lexicon's full regular expression only runs when one of its literals is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"\w+")
_PLAIN = re.compile(r"[\w ']+")
_TRIGGER_LENGTHS = (2, 3, 4, 5)
# Words too common to be a useful trigger when an entry offers a rarer one.
_COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "for",
        "in",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "you",
        "your",
        "w",
        "z",
        "na",
        "po",
        "do",
        "od",
        "za",
        "masz",
        "jesteś",
        "jestes",
        "czy",
        "nie",
        "się",
        "sie",
    ]
)

# Characters that join or decorate the previous one and are not seen as separate characters.
_ZWJ_SEQ = re.compile("\u200d[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*.", re.S)
_EXTEND = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u200d\ufe00-\ufe0f"
    "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
)
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")


def char_count(text: str) -> int:
    """Count characters the way a reader sees them: an emoji, a flag or a family emoji joined
    with zero-width joiners is one character.  An approximation of grapheme clusters that
    stays fast (plain ASCII is just ``len``)."""
    if text.isascii():
        return len(text)
    text = _ZWJ_SEQ.sub("", text)
    text = _EXTEND.sub("", text)
    return len(_FLAG.sub("F", text))


def normalise(text: str) -> str:
    """Lower-case and unify apostrophes, the form every lexicon entry is written against."""
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


class TextIndex:
    """Word prefixes of a normalised text, built once and shared by every lexicon."""

    __slots__ = ("text", "prefixes")

    def __init__(self, text: str) -> None:
        self.text = text
        # One set for all lengths: a trigger shorter than the cap is a whole literal, and
        # w[:n] of a shorter word is the word itself, which is still a correct prefix.
        self.prefixes = {w[:n] for w in set(_WORD.findall(text)) for n in _TRIGGER_LENGTHS}


def literal_prefix(term: str) -> str:
    """The rarest plain word an entry starts with: ``"depress"`` for ``depress(?:ed|ion)``,
    ``"wózku"`` for ``na wózku`` (a short first word like "na" would trigger on everything).

    Raises ``ValueError`` when the entry starts with no plain word of two or more letters,
    because such an entry could never be pre-filtered."""
    end = 0
    while end < len(term) and (term[end].isalnum() or term[end] == " "):
        end += 1
    literal = term[:end]
    if end < len(term) and term[end] in "?*{":
        literal = literal[:-1]  # the last character is optional
    words = literal.split()
    if not words or (len(words) == 1 and len(words[0]) < 2) or term[:1] == " ":
        raise ValueError(f"entry {term!r} must start with at least two plain letters or digits")
    if _has_top_level_bar(term):
        raise ValueError(f"entry {term!r} has a top-level '|'; split it into separate entries")
    if not _PLAIN.fullmatch(term):  # words and spaces alone are always a valid pattern
        re.compile(term)  # surface a syntax error here, naming the entry
    # Prefer words that are neither function words nor bare numbers ("20s" beats "your").
    rare = [w for w in words if w.lower() not in _COMMON_WORDS and not w.isdigit()] or words
    return max(rare, key=lambda w: (not w.isalpha() or len(w) > 3, len(w)))


def _has_top_level_bar(term: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(term):
        ch = term[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


@dataclass(frozen=True)
class Part:
    """One category's pattern and the literals that can start a match."""

    category: str
    pattern: str
    triggers: frozenset[str]

    @property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use: most texts never reach most categories, and compiling every
        lexicon up front was most of a command's start (each entry is checked on its own
        when the lexicon is built, see :func:`literal_prefix`)."""
        return _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class Lexicon:
    """Compiled per category, so a trigger only costs the search of its own category."""

    parts: tuple[Part, ...]
    triggers: frozenset[str]

    def candidates(self, index: TextIndex) -> list[Part]:
        """Parts whose patterns can match somewhere in the indexed text."""
        if self.triggers.isdisjoint(index.prefixes):
            return []
        return [
            p
            for p in self.parts
            if not p.triggers.isdisjoint(index.prefixes) and p.regex.search(index.text)
        ]

    def matches(
        self, text: str, parts: Iterable[Part] | None = None
    ) -> Iterable[tuple[str, int, int]]:
        """Yield ``(category, start, end)`` for every hit in a normalised text."""
        for part in self.parts if parts is None else parts:
            for m in part.regex.finditer(text):
                yield part.category, m.start(), m.end()


def triggers_for(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(literal_prefix(term)[: _TRIGGER_LENGTHS[-1]] for term in terms)


def alternation(terms: Iterable[str]) -> str:
    return "|".join(f"(?:{t})" for t in terms)


def compile_parts(parts: Iterable[tuple[str, str, list[str]]]) -> Lexicon:
    """Compile ``(category, regex, trigger terms)`` triples with whole-word edges."""
    compiled = tuple(
        Part(category, rf"(?<!\w)(?:{rx})(?!\w)", triggers_for(terms))
        for category, rx, terms in parts
    )
    union = frozenset().union(*(p.triggers for p in compiled))
    return Lexicon(parts=compiled, triggers=union)


def compile_terms(categories: Mapping[str, list[str]]) -> Lexicon:
    """A lexicon whose hits are reported by category name."""
    return compile_parts((name, alternation(terms), terms) for name, terms in categories.items())
