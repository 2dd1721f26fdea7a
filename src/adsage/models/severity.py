"""What every finding shares with the command line, without pydantic: the severity levels
and how ``--ignore`` names rules (an exact id or a family prefix).

Kept apart from :mod:`adsage.models.findings` so a command that only prints findings (the
``check goal`` fast path) starts without loading pydantic.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol, TypeVar

Severity = Literal["error", "warning", "info"]


class FindingLike(Protocol):
    """What printing a finding reads: a pydantic Finding or a checker's plain one."""

    @property
    def rule(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def field(self) -> str | None: ...

    @property
    def suggestion(self) -> str | None: ...


F = TypeVar("F", bound=FindingLike)


def ignored(rule: str, skip: set[str]) -> bool:
    """A rule is ignored by its exact id or by a family prefix such as ``policy``."""
    if rule in skip:
        return True
    parts = rule.split(".")
    return any(".".join(parts[:i]) in skip for i in range(1, len(parts)))


def kept(findings: Iterable[F], ignore: Iterable[str] = ()) -> tuple[list[F], bool]:
    """The findings ``ignore`` leaves, and whether none of them is an error."""
    skip = set(ignore)
    out = [f for f in findings if not ignored(f.rule, skip)]
    return out, not any(f.severity == "error" for f in out)
