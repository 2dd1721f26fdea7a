"""Rule data as plain dataclasses, validated by pydantic only when a file or its reader changes.

The goal checker's rule files (lexicon, objectives, benchmarks) are read on every ``check
goal``, and importing pydantic and building its models cost more than the whole check.  The
shapes are stdlib dataclasses instead: pydantic validates a file against them (types, unknown
keys, via ``__pydantic_config__``) when :func:`adsage.startup_cache.checked_rules` has no
acceptance of that content by that code, and the dataclasses' own ``__post_init__`` checks
(orderings, non-empty lists) run on every load.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from adsage.errors import BadInput

STRICT = {"extra": "forbid"}  # pydantic's config of a dataclass: an unknown key fails
T = TypeVar("T")


def non_empty(owner: object, *names: str) -> None:
    """Raise ValueError naming the first of ``names`` that is empty on ``owner``."""
    for name in names:
        if not getattr(owner, name):
            raise ValueError(f"{name} needs at least one item")


def as_float(owner: object, *names: str) -> None:
    """Store numbers as floats (YAML writes 5 for 5.0), as a pydantic float field would."""
    for name in names:
        object.__setattr__(owner, name, float(getattr(owner, name)))


def _validate(path: Path, shape: Any, raw: object) -> None:
    from pydantic import TypeAdapter, ValidationError

    try:
        TypeAdapter(shape).validate_python(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise BadInput(f"{path}: invalid rule data at {where}: {first['msg']}") from None


def load_checked(path: Path, shape: Any, build: Callable[[Any], T], *sources: str) -> T:
    """``build(data)`` of the rule file at ``path``, once pydantic accepted it as ``shape``
    (checked again only when the file or one of ``sources``, the modules defining the
    shape, changed).  BadInput names the file and the first bad key."""
    from adsage.startup_cache import checked_rules, source_stamp

    schema = source_stamp(__file__, *sources)
    raw = checked_rules(path, schema, lambda data: _validate(path, shape, data))
    try:
        return build(raw)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise BadInput(f"{path}: invalid rule data: {exc}") from None
