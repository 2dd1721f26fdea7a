"""The EN<->PL glossary of Meta interface terms (knowledge/glossary.yaml).

Polish users read Meta's Polish interface; guidance that names the same thing three ways
("faza uczenia", "faza nauki", "faza uczenia się") reads as careless and sends them looking
for settings that do not exist.  The glossary fixes one Polish form per term and lists the
variants and calques that must not appear; :func:`find_variants` is what the tests run over
every Polish text the product ships.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field, field_validator

from adsage.models.validation import validate_or_bad_input
from adsage.paths import knowledge_dir
from adsage.rules.base import Sourced, Strict
from adsage.rules.loader import read_yaml_mapping


def _compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(
                f"pattern {pattern!r} is not a valid regular expression: {exc}"
            ) from None
    return patterns


class Term(Strict):
    en: str = Field(min_length=2)
    pl: str = Field(min_length=2)
    # Meta's own Polish label when the product deliberately writes another one.
    ui_pl: str | None = None
    avoid: list[str] = []

    @field_validator("avoid")
    @classmethod
    def _valid(cls, v: list[str]) -> list[str]:
        return _compiles(v)


class Calque(Strict):
    avoid: str
    use: str = Field(min_length=2)

    @field_validator("avoid")
    @classmethod
    def _valid(cls, v: str) -> str:
        return _compiles([v])[0]


class Glossary(Sourced):
    terms: list[Term] = Field(min_length=1)
    calques: list[Calque] = []

    def polish(self, en: str) -> str | None:
        """The Polish form of an English interface term, or ``None``."""
        key = en.strip().lower()
        return next((t.pl for t in self.terms if t.en.lower() == key), None)


@dataclass(frozen=True)
class Variant:
    """A non-glossary wording found in a Polish text."""

    found: str
    use: str
    offset: int


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    path = knowledge_dir() / "glossary.yaml"
    data = read_yaml_mapping(path, "glossary file")
    return validate_or_bad_input(Glossary, data, f"glossary file {path}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    g = glossary()
    out: list[tuple[re.Pattern[str], str]] = []
    for term in g.terms:
        out += [(re.compile(p), term.pl) for p in term.avoid]
    out += [(re.compile(c.avoid), c.use) for c in g.calques]
    return tuple(out)


def find_variants(text: str) -> list[Variant]:
    """Every place where ``text`` uses a variant or calque instead of the glossary form."""
    found = [
        Variant(found=m.group(0), use=use, offset=m.start())
        for rx, use in _patterns()
        for m in rx.finditer(text)
    ]
    return sorted(found, key=lambda v: v.offset)


def clear_cache() -> None:
    glossary.cache_clear()
    _patterns.cache_clear()
