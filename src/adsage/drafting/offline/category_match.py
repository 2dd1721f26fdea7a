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


class Weights:
    """The weights of terms in one brief's fields, each term looked up once: the categories
    share many terms, and nearly every term is absent, which one substring test over all
    the fields tells (a term found nowhere has weight 0; one found somewhere gets the full
    word-start test of :func:`_weight`)."""

    __slots__ = ("fields", "joined", "memo")

    def __init__(self, fields: tuple[tuple[str, int], ...]) -> None:
        self.fields = fields
        self.joined = "\x00".join(text for text, _ in fields)
        self.memo: dict[str, int] = {}

    def __call__(self, term: str) -> int:
        found = self.memo.get(term)
        if found is None:
            present = _probe(term) in self.joined
            found = self.memo[term] = _weight(term, self.fields) if present else 0
        return found


@lru_cache(maxsize=4096)
def _probe(term: str) -> str:
    return term.strip().casefold()


class Terms:
    """A category's term lists as :func:`score` reads them, built once per loaded category
    (scoring runs for every category on every brief)."""

    __slots__ = ("exclude", "floor", "gated", "hits", "keywords", "needed")

    def __init__(self, m: Match) -> None:
        self.gated = bool(m.special_ad_categories or m.objectives)
        self.exclude = tuple(m.exclude)
        self.needed = tuple(m.require_any or ([] if self.gated else m.keywords))
        self.floor = 1 if self.gated else _STRONG
        self.keywords = tuple(m.keywords)
        self.hits = tuple(dict.fromkeys([*m.require_any, *m.keywords]))


# The term tables of the loaded categories (the tuple ``load_categories`` returned).
_tables: list[tuple[tuple[Category, ...], tuple[Terms, ...]]] = []


def term_tables(cats: tuple[Category, ...]) -> tuple[Terms, ...]:
    if not _tables or _tables[0][0] is not cats:
        _tables[:] = [(cats, tuple(Terms(c.match) for c in cats))]
    return _tables[0][1]


def score(
    cat: Category, brief: Brief, objective: str, weigh: Weights, terms: Terms | None = None
) -> int:
    """How well a category fits; 0 rules it out.  A category that no special ad category or
    objective singles out needs a product-level hit: one of ``require_any`` (else of
    ``keywords``) in the product, offer, audience description or interests, so a benefit,
    the brand name or ``catalog: true`` alone never picks it; and one of its ``keywords``
    anywhere.  Every hit adds its field's weight."""
    m = cat.match
    t = terms or Terms(m)
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
    if any(weigh(k) >= _PRODUCT for k in t.exclude):
        return 0
    if t.needed and not any(weigh(k) >= t.floor for k in t.needed):
        return 0
    # What is sold is not enough on its own: one keyword (how it is sold) must appear too,
    # so "bilety lotnicze" is no festival and a vet clinic "dla psów" no dog-food plan.
    if t.keywords and not t.gated and not any(weigh(k) for k in t.keywords):
        return 0
    hits = sum(weigh(k) for k in t.hits)
    if not t.gated and not hits:
        return 0
    return total + 10 * hits + (30 if m.catalog else 0) + cat.priority


@lru_cache(maxsize=1024)
def _starts(keyword: str) -> re.Pattern[str]:
    end = r"(?![^\W_])" if keyword.endswith(" ") else ""
    return re.compile(rf"(?<![^\W_]){re.escape(keyword.strip().casefold())}{end}")
