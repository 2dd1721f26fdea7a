"""Small language helpers shared by BM25, search and the extractive answerer.

Tokens are folded (lower case, Polish letters kept) and cut to a short stem so that Polish
inflection ("budżetu", "budżetem") and English plurals meet on one term without a stemmer
dependency.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9\"„(])")
STEM_LEN = 6

_STOP = frozenset(
    """
    a an and are as at be by can do does for from has have how i if in is it its of on or that
    the this to was what when where which who why will with you your my our we they not no yes
    should would could about into than then there these those so just also more most i w z na
    do że to się nie jak jest są czy co o od po dla przy ze za lub oraz albo ale ile jaki jaka
    jakie jakich które który która ten ta te tym tego moja mój moje twój nasz mam ma mają by
    być był była może można musi trzeba jeśli gdy kiedy aby żeby tak też już
    """.split()  # noqa: SIM905
)

_PL_MARKERS = frozenset(
    """
    i w z na że się nie jak jest są czy co dla oraz ile jaki jaka jakie który która można
    trzeba jeśli kiedy aby żeby mój moja moje jakiego ile
    """.split()  # noqa: SIM905
)
_PL_LETTERS = set("ąćęłńóśźż")


def fold(token: str) -> str:
    return unicodedata.normalize("NFC", token.lower())


_AB = re.compile(r"\ba\s?/\s?b\b", re.IGNORECASE)


def words(text: str) -> list[str]:
    # "A/B" would fall apart into two one-letter words; keep it as one term
    return [fold(m.group()) for m in _WORD.finditer(_AB.sub("abtest", text))]


def terms(text: str) -> list[str]:
    """BM25 terms: words minus stop words, cut to a stem, numbers kept whole."""
    out = []
    for w in words(text):
        if w in _STOP or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(w if w.isdigit() else w[:STEM_LEN])
    return out


def detect_lang(text: str) -> str:
    """Guess ``pl`` or ``en``; Polish letters or function words tip it to Polish."""
    ws = words(text)
    if not ws:
        return "en"
    letters = sum(1 for ch in text.lower() if ch in _PL_LETTERS)
    # "i" is Polish "and" only in lower case; the English pronoun "I" must not count.
    raw = [m.group() for m in _WORD.finditer(text)]
    markers = sum(1 for w, r in zip(ws, raw, strict=False) if w in _PL_MARKERS and r != "I")
    score = letters * 2 + markers * 3
    return "pl" if score >= max(2, len(ws) * 0.25) else "en"


def sentences(text: str) -> list[str]:
    """Split prose into sentences; list items and headings count as their own sentences."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)", text):
        block = " ".join(block.split())
        if not block:
            continue
        out.extend(s.strip() for s in _SENT.split(block) if s.strip())
    return out
