"""An offer's parts that stand on their own: the deal, and each thing it comes with.

An offer often packs several reasons into one line ("Fifth-anniversary block party on 14
August 2027 with free entry, live bands and a limited anniversary IPA").  A 125-character
text keeps its start, so the reasons at its end (the bands, the beer brewed for the day) never
reach an ad, and a 40-character headline cannot hold the whole line.  Split at the offer's own
list boundaries, each part is a fact in the brief's words that a headline or a description can
carry: nothing is reworded, and a part that depends on what comes before it ("od 1 do 14 marca
2027", "płatny w 3 ratach") stays with its deal rather than standing alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from adsage.drafting.offline.cuts import length
from adsage.drafting.offline.hygiene import capitalise

# Words a dependent item starts with: a condition, a date range, a comparison, a participle
# of payment ("od 1 do 14 marca", "when you book", "płatny w 3 ratach").
_DEPENDENT = re.compile(
    r"(?:od|do|przy|dla|gdy|jeśli|zamiast|w|we|na|po|płatn\w*|ważn\w*|from|until|till|to|"
    r"when|if|for|on|in|at|by|before|after|instead|paid|payable|valid|then)\b",
    re.IGNORECASE,
)
_AMOUNT_START = re.compile(r"^[€£$]?\d")
# "with" followed by a list of what the deal comes with (English only: a Polish list after
# "z" is in the instrumental and cannot stand alone as a headline).
_WITH = re.compile(r"\s+with\s+(?=[^,]+(?:,|\sand\s))", re.IGNORECASE)
_AND = {"en": " and ", "pl": " i "}
_LAST_AND = {"en": re.compile(r",?\s+and\s+"), "pl": re.compile(r",?\s+i\s+")}


@lru_cache(maxsize=256)
def offer_parts(offer: str, lang: str, limit: int) -> tuple[str, ...]:
    """The offer's standalone parts, its deal first (``()`` when it is one piece): clauses
    joined by ";" each stand; after the first clause, a comma item stands when it names a
    thing rather than a condition ("no credit card needed", "dodatek za dyżury nocne"); an
    English "with" list gives its items, grouped to fit ``limit``, the headline's length
    ("Live bands and a limited anniversary IPA")."""
    offer = offer.strip().rstrip(".")
    clauses = [c.strip() for c in offer.split(";") if c.strip()]
    out: list[str] = []
    for clause in clauses:
        out += _clause_parts(clause, lang, limit)
    parts = tuple(dict.fromkeys(capitalise(p) for p in out if len(p.split()) >= 2))
    return parts if len(parts) > 1 else ()


def _clause_parts(clause: str, lang: str, limit: int) -> list[str]:
    found = _WITH.split(clause, maxsplit=1) if lang != "pl" else [clause]
    if len(found) == 2:
        deal, listed = found
        items = _items(listed, lang)
        if len(items) >= 2 and not any(re.search(r"\d", i) for i in items):
            whole = _joined(items, lang)
            if length(whole) <= limit:
                return [deal, whole]
            # the deal keeps its first item, as a text cut at its first clause does
            # ("... with free entry"), and the rest is what a headline must bring
            return [clause[: len(clause) - len(listed)] + items[0], _joined(items[1:], lang)]
    items = [i.strip() for i in clause.split(", ") if i.strip()]
    rest = items[1:]
    if not all(_stands(i) for i in rest):
        return [clause]  # a dependent item belongs to the deal: the clause stays whole
    return items


def _stands(item: str) -> bool:
    """Whether a comma item names a thing of its own (no condition, no bare number)."""
    if _DEPENDENT.match(item):
        return False
    return not re.search(r"\d", item) or bool(_AMOUNT_START.match(item))


def _items(text: str, lang: str) -> list[str]:
    """The items of "a, b and c"."""
    parts = [p.strip() for p in text.split(", ") if p.strip()]
    if parts:
        last = _LAST_AND.get(lang, _LAST_AND["en"]).split(parts[-1])
        parts = parts[:-1] + [p.strip() for p in last if p.strip()]
    return parts


def _joined(items: list[str], lang: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])}{_AND.get(lang, ' and ')}{items[-1]}"
