"""What kind of fact a brief line is (``knowledge/categories/answers/fact_kinds.yaml``).

An objection is answered by a fact on its topic, and a shared word is not enough: "turnus"
is in "Czy terminy pasują?" and in "Turnus 10 dni od 2890 zł", yet a price says nothing of
the dates, and "Kadra z uprawnieniami instruktora żeglarstwa" names sailing without saying
what the children do all day.  A category's objection therefore names the kind of fact that
answers it (price, schedule, deadline, access, staff, ...), and a brief fact answers it only
when it is of that kind as well as on its topic.  The kinds are data, in both languages at
once, because a brief's facts are quoted in the brief's own language whatever the plan's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from adsage.models.validation import validate_or_bad_input
from adsage.rules.base import Sourced
from adsage.rules.loader import read_yaml_mapping

_BUNDLED = "categories/answers/fact_kinds.yaml"


class FactKind(BaseModel):
    """The words (stems where a word starts; a trailing space asks for the whole word) and
    patterns that show a fact is of this kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str] = Field(min_length=1)
    patterns: list[str] = []


class FactKindFile(Sourced):
    kinds: dict[str, FactKind] = Field(min_length=1)


def kinds_path() -> Path:
    """Next to the categories in use; a category folder of one's own without the kinds
    uses the bundled ones."""
    from adsage.drafting.offline.categories import categories_dir
    from adsage.paths import project_root

    own = categories_dir() / "answers" / "fact_kinds.yaml"
    return own if own.is_file() else project_root() / "knowledge" / _BUNDLED


@lru_cache(maxsize=2)
def _load(path: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    data = read_yaml_mapping(Path(path), "fact kinds file")
    kinds = validate_or_bad_input(FactKindFile, data, f"fact kinds file {path}").kinds
    return {name: _compiled(kind) for name, kind in kinds.items()}


def _compiled(kind: FactKind) -> tuple[re.Pattern[str], ...]:
    words = [
        rf"(?<![^\W_]){re.escape(w.strip())}" + (r"(?![^\W_])" if w.endswith(" ") else "")
        for w in kind.words
        if w.strip()
    ]
    out = [re.compile("|".join(words), re.IGNORECASE)] if words else []
    return tuple(out + [re.compile(p, re.IGNORECASE) for p in kind.patterns])


def _kinds() -> dict[str, tuple[re.Pattern[str], ...]]:
    return _load(str(kinds_path()))


def kind_names() -> frozenset[str]:
    return frozenset(_kinds())


@lru_cache(maxsize=4096)
def kinds_of(fact: str) -> frozenset[str]:
    """Every kind the fact shows (a booking discount with its end date is a price and a
    deadline)."""
    return frozenset(name for name, found in _kinds().items() if any(p.search(fact) for p in found))


def is_kind(fact: str, kind: str | None) -> bool:
    """Whether ``fact`` is of ``kind``; an objection that names no kind takes any fact on
    its topic."""
    return kind is None or kind in kinds_of(fact)
