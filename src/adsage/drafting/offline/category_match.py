"""How well a brief fits a category: the brief's words per field, and each category's terms
scored against them (``category_for`` runs this for every category on every brief, so the
term lists are built once per loaded category and each term is looked up once per brief)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adsage.drafting.offline.categories import Category, Match
    from adsage.models.brief import Brief

# Where a brief says what it sells, and how much a word there counts.  The product line says
# it best; the offer, the audience description and its interests back it up.  A benefit or
# the brand name is incidental ("Faktura VAT" for a plumber, "Studio" in a gym's name): it
# adds weight to a category the brief already names, never picks one on its own.
_PRODUCT, _STRONG, _WEAK = 3, 2, 1


def brief_fields(brief: Brief) -> tuple[tuple[str, int], ...]:
    """The brief's words per field with the field's weight, casefolded."""
    fields = (
        (brief.product, _PRODUCT),
        (brief.offer, _STRONG),
        (brief.audience.description, _STRONG),
        (" · ".join(brief.audience.interests), _STRONG),
        (" · ".join(brief.benefits), _WEAK),
        (brief.brand, _WEAK),
    )
    return tuple((text.casefold(), weight) for text, weight in fields if text.strip())


def _weight(term: str, fields: tuple[tuple[str, int], ...]) -> int:
    """The weight of the strongest field where ``term`` starts a word (a stem: "restaurac"
    finds "restauracja"); a term written with a trailing space must be the whole word
    ("tea " is not "team"), for short words whose stem misfires."""
    probe = term.strip().casefold()
    best = 0
    for text, weight in fields:
        if weight > best and probe in text and _starts(term).search(text):
            best = weight
    return best


_KEY = 3  # characters of a term that index it
_WORD_START = re.compile(r"(?<![^\W_])")  # where ``_starts`` lets a term begin


class Terms:
    """A category's term lists as :func:`score` reads them, built once per loaded category
    (scoring runs for every category on every brief)."""

    __slots__ = ("exclude", "gated", "floor", "hits", "keywords", "needed")

    def __init__(self, m: Match) -> None:
        self.gated = bool(m.special_ad_categories or m.objectives)
        self.exclude = frozenset(m.exclude)
        self.needed = frozenset(m.require_any or ([] if self.gated else m.keywords))
        self.floor = 1 if self.gated else _STRONG
        self.keywords = frozenset(m.keywords)
        self.hits = frozenset([*m.require_any, *m.keywords])


class Vocabulary:
    """Every term of the loaded categories, indexed by its first characters, so the terms a
    brief contains are found from the places a term may start in its text (a few dozen per
    brief) rather than by testing the thousand-odd terms one by one."""

    def __init__(self, cats: tuple[Category, ...]) -> None:
        self.cats = cats
        self.tables = tuple(Terms(c.match) for c in cats)
        self.index: dict[str, list[str]] = {}
        self.short: list[str] = []  # terms shorter than the index key: tried on every brief
        for t in self.tables:
            for term in sorted(t.exclude | t.hits):
                probe = term.strip().casefold()
                if len(probe) < _KEY:
                    self.short.append(term)
                else:
                    self.index.setdefault(probe[:_KEY], []).append(term)

    def weights(self, fields: tuple[tuple[str, int], ...]) -> dict[str, int]:
        """The terms found in ``fields``, with their weights (:func:`_weight`); every other
        term weighs 0.  A term found in a field starts at a word start of that field, which
        is a word start of the fields joined by a non-word character, so the index finds
        every such term (and :func:`_weight` settles each candidate)."""
        joined = "\x00".join(text for text, _ in fields)
        found: dict[str, int] = {}
        candidates = list(self.short)
        index = self.index
        for m in _WORD_START.finditer(joined):
            at = m.start()
            hit = index.get(joined[at : at + _KEY])
            if hit is not None:
                candidates += hit
        for term in candidates:
            if term not in found:
                found[term] = _weight(term, fields)
        return {term: w for term, w in found.items() if w}


# The vocabulary of the loaded categories (the tuple ``load_categories`` returned).
_vocabulary: list[Vocabulary] = []


def vocabulary(cats: tuple[Category, ...]) -> Vocabulary:
    if not _vocabulary or _vocabulary[0].cats is not cats:
        _vocabulary[:] = [Vocabulary(cats)]
    return _vocabulary[0]


def score(cat: Category, brief: Brief, objective: str, found: dict[str, int], t: Terms) -> int:
    """How well a category fits; 0 rules it out.  A category that no special ad category or
    objective singles out needs a product-level hit: one of ``require_any`` (else of
    ``keywords``) in the product, offer, audience description or interests, so a benefit,
    the brand name or ``catalog: true`` alone never picks it; and one of its ``keywords``
    anywhere.  Every hit adds its field's weight.  ``found``: the brief's terms and their
    weights (:meth:`Vocabulary.weights`), ``t``: the category's terms."""
    m = cat.match
    total = 0
    if m.special_ad_categories:
        if brief.special_ad_category not in m.special_ad_categories:
            return 0
        total += 100
    if m.objectives:
        if objective not in m.objectives:
            return 0
        total += 50
    if m.catalog is not None and brief.catalog != m.catalog:
        return 0
    if m.min_products is not None and brief.product_count < m.min_products:
        return 0
    if m.max_products is not None and brief.product_count > m.max_products:
        return 0
    if any(found[k] >= _PRODUCT for k in t.exclude.intersection(found)):
        return 0
    if t.needed and not any(found[k] >= t.floor for k in t.needed.intersection(found)):
        return 0
    # What is sold is not enough on its own: a keyword (how it is sold) must appear too,
    # so "bilety lotnicze" is no festival and a vet clinic "dla psów" no dog-food plan; where
    # the brief says what it sells, or twice in its incidental fields: a driving course with
    # one benefit "online" is no online course.
    sold_as = [found[k] for k in t.keywords.intersection(found)]
    if (
        t.keywords
        and not t.gated
        and (not sold_as or (max(sold_as) < _STRONG and len(sold_as) < 2))
    ):
        return 0
    hits = sum(found[k] for k in t.hits.intersection(found))
    if not t.gated and not hits:
        return 0
    return total + 10 * hits + (30 if m.catalog else 0) + cat.priority


@lru_cache(maxsize=1024)
def _starts(keyword: str) -> re.Pattern[str]:
    end = r"(?![^\W_])" if keyword.endswith(" ") else ""
    return re.compile(rf"(?<![^\W_]){re.escape(keyword.strip().casefold())}{end}")
