"""The category term index finds exactly the terms a term-by-term look finds: every term of
every category, written into the fields at word starts, inside words, with punctuation and
case changes around it, weighs the same either way."""

from __future__ import annotations

import pytest

from adsage.drafting.offline.categories import load_categories
from adsage.drafting.offline.category_match import _weight, vocabulary


def _terms() -> list[str]:
    out: set[str] = set()
    for c in load_categories():
        out |= {*c.match.exclude, *c.match.require_any, *c.match.keywords}
    return sorted(out)


def _fields(texts: list[str]) -> tuple[tuple[str, int], ...]:
    weights = (3, 2, 2, 2, 1, 1)
    return tuple((t.casefold(), w) for t, w in zip(texts, weights, strict=False) if t.strip())


@pytest.mark.parametrize(
    "shape",
    [
        "{t}",  # the term alone
        "Best {t} in town",  # at a word start
        "x{t}y",  # inside a word: no match for a stem
        "({t}).",  # punctuation around it
        "_{t}_",  # underscores count as word edges for the term's start
        "{T}ING",  # upper case, a longer word
    ],
)
def test_index_weighs_every_term_as_the_plain_look(shape: str) -> None:
    cats = load_categories()
    vocab = vocabulary(cats)
    terms = _terms()
    for i in range(0, len(terms), 40):  # several terms per brief, spread over the fields
        chunk = terms[i : i + 40]
        texts = [
            " · ".join(shape.format(t=t.strip(), T=t.strip().upper()) for t in chunk[j::6])
            for j in range(6)
        ]
        fields = _fields(texts)
        plain = {t: w for t in terms if (w := _weight(t, fields))}
        assert vocab.weights(fields) == plain
    assert any(vocab.weights(_fields([t])) for t in terms)  # the look finds something
