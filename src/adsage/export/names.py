"""Campaign, ad set and ad names a media buyer reads at a glance.

``Brand | Product | Headline test | 2026-12-01`` for the campaign and ``Brand | Product |
Headline B | 2026-12-01`` for an ad: brand and product, the tested element and the variant
letter, and the launch date. ``adsage check sheet`` reads the element and letter back from
the ad names to find the ads of one test, so :func:`parse_variant` mirrors :func:`variant`.
"""

from __future__ import annotations

import re
from datetime import date

from adsage.export.spec import ExportRules


def join(rules: ExportRules, *parts: str) -> str:
    sep = rules.names.separator
    return sep.join(p.replace(sep, " ").strip() for p in parts if p and p.strip())


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
