"""Small language helpers shared by BM25, search and the extractive answerer.

Tokens are folded (lower case, Polish letters kept) and cut to a short stem so that Polish
inflection ("budżetu", "budżetem") and English plurals meet on one term without a stemmer
dependency.
"""

from __future__ import annotations

import re

from adsage.lang.detect import detect_lang as _detect
from adsage.lang.folding import tokenise

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


def words(text: str) -> list[str]:
    """Words in the index's normal form (see :func:`adsage.lang.folding.tokenise`)."""
    return tokenise(text)


def terms(text: str) -> list[str]:
    """BM25 terms: words minus stop words, cut to a stem, numbers kept whole."""
    out = []
    for w in words(text):
        if w in _STOP or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(w if w.isdigit() else w[:STEM_LEN])
    return out


def detect_lang(text: str) -> str:
    """``pl`` or ``en`` by the one detector every surface uses (:mod:`adsage.lang.detect`)."""
    return _detect(text)


def sentences(text: str) -> list[str]:
    """Split prose into sentences; list items and headings count as their own sentences."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)", text):
        block = " ".join(block.split())
        if not block:
            continue
        out.extend(s.strip() for s in _SENT.split(block) if s.strip())
    return out
