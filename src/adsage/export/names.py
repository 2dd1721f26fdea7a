"""Campaign, ad set and ad names a media buyer reads at a glance.

``Brand | Product | Headline test | 2026-12-01`` for the campaign and ``Brand | Product |
Headline B | 2026-12-01`` for an ad: brand and a short product (:func:`short_product`), the
tested element and the variant letter, and the launch date. ``adsage check sheet`` reads the
element and letter back from the ad names to find the ads of one test, so
:func:`parse_variant` mirrors :func:`variant`.
"""

from __future__ import annotations

import re
from datetime import date

from adsage.export.spec import ExportRules


def join(rules: ExportRules, *parts: str) -> str:
    sep = rules.names.separator
    return sep.join(p.replace(sep, " ").strip() for p in parts if p and p.strip())


# what may be left hanging at the end of a cut product: dashes and clause punctuation
_LOOSE_END = " -–—,;:/&+|(\"„“”'"


def short_product(rules: ExportRules, product: str, brand: str = "") -> str:
    """The product as a name shows it: a brief's product is often a whole product line
    ("Online furniture shop - sofas, tables, beds"), and repeated in every campaign, ad set and
    ad name it hides the part of the name that differs. Keeps the first clause, at most a few
    words (export.yaml ``names.product``), cut at a word boundary and never ending on a joining
    word ("with", "z", "dla"), a bare number or a dash. A product that opens with the brand
    ("Lingomo - language app") drops it, and one that is only the brand is left out: the name
    already starts with the brand."""
    cut = rules.names.product
    joining = {w.lower() for w in cut.trailing}
    head = _without_brand(product, brand, joining)
    if not head:
        return ""
    for mark in cut.clause_marks:
        head = head.split(mark, 1)[0]
    words = head.split() or product.split()
    kept = words[: cut.max_words]
    while len(kept) > 1 and len(" ".join(kept)) > cut.max_chars:
        kept.pop()
    if len(kept) < len(words) and _bare(words[len(kept)]) not in joining:
        # cut inside a phrase ("for rescued | dogs"): end before its joining word instead
        at = [i for i, w in enumerate(kept) if i >= _MIN_WORDS and _bare(w) in joining]
        kept = kept[: at[-1]] if at else kept
    cut_short = len(kept) < len(words)
    while len(kept) > 1 and (
        _bare(kept[-1]) in joining or (cut_short and not _has_letter(kept[-1]))
    ):
        kept.pop()
    return " ".join(kept).strip(_LOOSE_END)


def _without_brand(product: str, brand: str, joining: set[str]) -> str:
    rest = product.strip()
    if not brand.strip() or not rest.lower().startswith(brand.strip().lower()):
        return rest
    rest = rest[len(brand.strip()) :]
    if rest[:1].isalnum():
        return product  # the brand is only the start of a longer word
    words = rest.strip(_LOOSE_END + " ").split()
    while words and words[0].lower() in joining:
        words.pop(0)  # "Tilefall - a relaxing puzzle game": no leading "a"
    return " ".join(words)


# a cut back to a joining word keeps at least this many words ("New-build two" says nothing)
_MIN_WORDS = 3


def _bare(word: str) -> str:
    return word.strip(_LOOSE_END).lower()


def _has_letter(word: str) -> bool:
    """A cut that ends on "20" (of "20 000 zl") or "4-12" states a number it cut in half."""
    return any(c.isalpha() for c in word)


def test_label(rules: ExportRules, element: str, lang: str) -> str:
    template = rules.names.test.get(lang) or rules.names.test["en"]
    label = rules.label(element, lang)
    return template.format(element=label if template.startswith("{") else label.lower())


def variant(rules: ExportRules, element: str, index: int, lang: str) -> str:
    """``Headline A (control)``, ``Headline B``, ...: the letters Meta's test tool uses."""
    letter = chr(ord("A") + index)
    control = rules.names.control.get(lang) or rules.names.control["en"]
    suffix = f" ({control})" if index == 0 else ""
    return f"{rules.label(element, lang)} {letter}{suffix}"


def parse_variant(rules: ExportRules, name: str) -> tuple[str, str] | None:
    """(element, letter) when a name carries a variant segment written by :func:`variant`."""
    controls = "|".join(re.escape(c) for c in rules.names.control.values())
    for part in name.split(rules.names.separator.strip()):
        part = part.strip()
        for words in rules.names.elements.values():
            for element, label in words.items():
                m = re.fullmatch(rf"{re.escape(label)} ([A-Z])(?: \((?:{controls})\))?", part)
                if m:
                    return element, m.group(1)
    return None


def day(start: date) -> str:
    return start.isoformat()
